/**
 * The page's own editions in other languages: `<link rel="alternate" hreflang>` (absolute
 * URLs, `x-default` left out, one per language), and — when the head declares none — the
 * site's language-switcher links (`<a hreflang>`, `<a lang>` in a language menu). Cheap: the
 * content script runs it on every article page.
 */
import { normalizeLang } from '../language/lang-codes.ts';
import type { Alternate } from '../types.ts';

function resolve(href: string | null, base: string): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#') || /^(?:javascript|mailto|tel|data):/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

function baseOf(doc: Document, baseUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (href) {
    try {
      return new URL(href, baseUrl).href;
    } catch {
      // ignore a broken <base>
    }
  }
  return baseUrl;
}

const SWITCHER = /lang|language|locale|i18n|sprache|langue|idioma|lingua|translat|switch/i;

/** Language-switcher links: `<a hreflang>` anywhere, or `<a lang>` inside a language menu. */
function switcherLinks(doc: Document): { lang: string; href: string | null }[] {
  const out: { lang: string; href: string | null }[] = [];
  const links = doc.querySelectorAll('a[hreflang][href], a[lang][href]');
  for (let i = 0; i < links.length && i < 200; i++) {
    const a = links[i]!;
    const hreflang = a.getAttribute('hreflang');
    if (hreflang) {
      out.push({ lang: hreflang, href: a.getAttribute('href') });
      continue;
    }
    // `<a lang>` only counts inside something that looks like a language menu.
    let el: Element | null = a.parentElement;
    for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
      const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
      if (SWITCHER.test(hint)) {
        out.push({ lang: a.getAttribute('lang') ?? '', href: a.getAttribute('href') });
        break;
      }
    }
  }
  return out;
}

/**
 * Other-language editions `doc` links to, absolute, resolved against `baseUrl` (or the
 * page's <base>), one per language, in document order. The page's own language is not
 * removed here: the caller knows it.
 */
export function findAlternates(doc: Document, baseUrl: string): Alternate[] {
  const base = baseOf(doc, baseUrl);
  const seen = new Set<string>();
  const out: Alternate[] = [];
  const add = (rawLang: string | null, href: string | null): void => {
    if (!rawLang || rawLang.trim().toLowerCase() === 'x-default') return;
    const lang = normalizeLang(rawLang);
    if (lang === 'und' || seen.has(lang)) return;
    const url = resolve(href, base);
    if (!url) return;
    seen.add(lang);
    out.push({ lang, url });
  };
  for (const link of Array.from(doc.querySelectorAll('link[hreflang][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('alternate')) add(link.getAttribute('hreflang'), link.getAttribute('href'));
  }
  if (out.length === 0) {
    for (const { lang, href } of switcherLinks(doc)) add(lang, href);
  }
  return out;
}
