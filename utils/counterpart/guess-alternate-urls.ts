/**
 * Where a site's other-language edition of a page probably is, when the page doesn't say:
 * the language code in the path (`/en/…` → `/de/…`, `/en-gb/…` → `/de/…`), in a `lang` or
 * `hl` query parameter, or as a subdomain (`en.site.org` → `de.site.org`). Same site only;
 * every guess is fetched and verified like a declared alternate before it is shown.
 */
import { isLangCode } from '../language/lang-codes.ts';
import type { LangCode } from '../types.ts';

const LANG_SEGMENT = /^([a-z]{2,3})(?:[-_][a-z]{2,4})?$/i;
const LANG_PARAMS = ['lang', 'hl', 'language', 'locale'];

export function guessAlternateUrls(pageUrl: string, pageLang: LangCode, targetLang: LangCode): string[] {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return [];
  }
  if (!isLangCode(pageLang) || !isLangCode(targetLang) || pageLang === targetLang) return [];
  url.hash = '';
  const guesses: string[] = [];
  const isPageLang = (part: string) => LANG_SEGMENT.exec(part)?.[1]?.toLowerCase() === pageLang;

  const segments = url.pathname.split('/');
  const at = segments.findIndex((part, i) => i > 0 && i <= 3 && isPageLang(part));
  if (at > 0) {
    const next = new URL(url);
    next.pathname = [...segments.slice(0, at), targetLang, ...segments.slice(at + 1)].join('/');
    guesses.push(next.toString());
  }
  for (const param of LANG_PARAMS) {
    const value = url.searchParams.get(param);
    if (value && isPageLang(value)) {
      const next = new URL(url);
      next.searchParams.set(param, targetLang);
      guesses.push(next.toString());
    }
  }
  const [first, ...rest] = url.hostname.split('.');
  if (first && rest.length >= 2 && isPageLang(first)) {
    const next = new URL(url);
    next.hostname = [targetLang, ...rest].join('.');
    guesses.push(next.toString());
  }
  return [...new Set(guesses)].filter((guess) => guess !== url.toString());
}
