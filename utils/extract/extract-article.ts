/**
 * Article extraction: Readability on a clone of the page, then the cleaning rules
 * (utils/clean-*.ts) that remove the page chrome Readability keeps. Never mutates `doc`.
 */
import { Readability } from '@mozilla/readability';
import { normalizeDate, readArticleMetadata } from '../page/article-metadata.ts';
import type { Block } from './clean-block.ts';
import { cleanArticle } from './clean-article.ts';
import { detectArticle } from '../page/detect-article.ts';
import { detectLanguage } from '../language/detect-language.ts';
import { findAlternates } from '../page/find-alternates.ts';
import { textDirection } from '../language/lang-codes.ts';
import type { ExtractedArticle } from '../types.ts';

/**
 * Readability's cost grows faster than linearly with the page (seconds for 20,000 elements
 * in jsdom): larger pages are first trimmed of chrome, then narrowed to the element that holds
 * the most running text, and read without Readability if that is still too big.
 */
export const MAX_ELEMENTS = 12_000;

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'figcaption',
  'dt',
  'dd',
  'tr',
  'caption',
  'address',
  'summary',
]);
/** Elements whose text is set apart by spaces when a block's text is read (table cells in a row…). */
const SPACED_TAGS = new Set(['td', 'th', 'li', 'p', 'div', 'dt', 'dd', 'tr', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CONTAINER_TAGS = new Set([
  'div',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'td',
  'th',
  'figure',
  'header',
  'footer',
  'aside',
  'nav',
  'details',
  'form',
  'fieldset',
  'center',
  'hgroup',
  'picture',
]);
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'img',
  'hr',
]);
const NESTED_BLOCK = 'p, div, ul, ol, li, h1, h2, h3, h4, h5, h6, blockquote, table, figure, section, article, pre, dl';

/** Pre-cleaning: page chrome removed from the clone before Readability scores it. */
/** Class and id words of page chrome, as regular-expression sources. */
const CHROME_WORDS = [
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
  'subscribe',
  'subscription',
  'share',
  'sharing',
  'social',
  'sharebar',
  'share-bar',
  'related',
  'recommended',
  'teaser',
  'teasers',
  'promo',
  'advert',
  'advertisement',
  'ads',
  'ad-slot',
  'paywall',
  'tags',
  'tag-list',
  'taglist',
  'keywords',
  'breadcrumbs?',
  'font-?size',
  'text-?size',
  'print',
  'toolbar',
  'page-tools',
  'article-tools',
  'comments?',
];
const CHROME_HINT = new RegExp(`(?:^|[\\s_-])(?:${CHROME_WORDS.join('|')})(?:$|[\\s_-])`, 'i');

function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

function normalize(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function hintOf(el: Element, root: Element): string {
  const parts: string[] = [];
  for (
    let node: Element | null = el, depth = 0;
    node && node !== root && depth < 4;
    node = node.parentElement, depth++
  ) {
    parts.push(node.getAttribute('class') ?? '', node.getAttribute('id') ?? '');
  }
  return parts.join(' ').toLowerCase().replace(/\s+/g, ' ').trim();
}

function linkCharsOf(node: Node): number {
  if (node.nodeType !== 1) return 0;
  const el = node as Element;
  if (tagOf(el) === 'a') return normalize(el.textContent ?? '').length;
  let sum = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) sum += normalize(a.textContent ?? '').length;
  return sum;
}

/** Text of a block element, `<br>` read as a space, skipped tags left out. */
function textOf(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = tagOf(el);
  if (tag === 'br') return ' ';
  if (SKIP_TAGS.has(tag)) return '';
  let out = '';
  for (const child of Array.from(el.childNodes)) out += textOf(child);
  return SPACED_TAGS.has(tag) ? ` ${out} ` : out;
}

/** The article's blocks in reading order: one per p, li, heading, quote…; loose text as its own block. */
export function blocksOf(root: Element): Block[] {
  const blocks: Block[] = [];
  const push = (text: string, tag: string, linkChars: number, el: Element): void => {
    const clean = normalize(text);
    if (!clean) return;
    blocks.push({
      text: clean,
      tag,
      linkChars: Math.min(linkChars, clean.length),
      inFigure: tag === 'figcaption' || el.closest('figure, figcaption') !== null,
      hint: hintOf(el, root),
    });
  };
  const walk = (el: Element): void => {
    let inline = '';
    let inlineLinks = 0;
    const flush = (): void => {
      push(inline, 'div', inlineLinks, el);
      inline = '';
      inlineLinks = 0;
    };
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) {
        inline += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const childEl = child as Element;
      const tag = tagOf(childEl);
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'br') {
        inline += ' ';
        continue;
      }
      const hasNested = childEl.querySelector(NESTED_BLOCK) !== null;
      if (CONTAINER_TAGS.has(tag) || (BLOCK_TAGS.has(tag) && hasNested) || (!BLOCK_TAGS.has(tag) && hasNested)) {
        flush();
        walk(childEl);
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        push(textOf(childEl), tag, linkCharsOf(childEl), childEl);
      } else {
        inline += textOf(childEl);
        inlineLinks += linkCharsOf(childEl);
      }
    }
    flush();
  };
  walk(root);
  return blocks;
}

/** A byline without its `By`/`Von`/`Par` and stray separators; null when empty or too long to be one. */
function cleanByline(raw: string | null): string | null {
  if (!raw) return null;
  const text = normalize(raw)
    .replace(/^(?:by|von|par|por|di|door|от|автор[:：]?|بقلم)\s+/iu, '')
    .replace(/^[|,·•–—-]\s*|\s*[|,·•–—-]$/g, '');
  return text.length > 0 && text.length <= 150 ? text : null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Removes obvious chrome (by class/id) from the clone, sparing anything that holds body text. */
function preClean(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected) continue;
    const tag = tagOf(el);
    if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') continue;
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!CHROME_HINT.test(hint)) continue;
    // Spare containers of running text (a wrapper like `article-share-wrapper` around the body).
    let bodyChars = 0;
    for (const p of Array.from(el.querySelectorAll('p'))) {
      const chars = normalize(p.textContent ?? '').length;
      if (chars >= 120) bodyChars += chars;
    }
    if (bodyChars >= 300) continue;
    el.remove();
  }
  for (const el of Array.from(
    body.querySelectorAll(
      'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"], [hidden]',
    ),
  )) {
    if (el.isConnected && !el.querySelector('article, main')) el.remove();
  }
}

/** The element holding the most paragraph text (grouped by parent, scored per ancestor up to 3 levels). */
function densestContainer(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const paragraphs = body.querySelectorAll('p, pre, blockquote');
  for (let i = 0; i < paragraphs.length && i < 20_000; i++) {
    const p = paragraphs[i]!;
    const chars = normalize(p.textContent ?? '').length;
    if (chars < 25) continue;
    let el = p.parentElement;
    for (let depth = 0; el && el !== body && depth < 3; depth++, el = el.parentElement) {
      scores.set(el, (scores.get(el) ?? 0) + chars / (depth + 1));
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Keeps only `container` in the body of `doc`. */
function narrowTo(doc: Document, container: Element): void {
  const body = doc.body;
  if (!body) return;
  container.remove();
  while (body.firstChild) body.removeChild(body.firstChild);
  body.appendChild(container);
}

export interface ExtractOptions {
  /** Cleaning rules to leave out (by name; benchmarks and tests). */
  skipRules?: readonly string[];
  /** Skip pre-cleaning by class/id (benchmarks and tests). */
  noPreClean?: boolean;
}

/**
 * Extracts the article of `doc` (the page at `url`): metadata, body paragraphs without page
 * chrome, language, alternates. A page that is not an article gets `isArticle: false` and a
 * `reason`; its text may still be filled in or be empty.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractedArticle {
  const meta = readArticleMetadata(doc, url);
  const pageUrl = meta.canonical ?? url;
  const detection = detectArticle(doc);
  const elements = doc.getElementsByTagName('*').length;

  // A normal page is cloned whole; a huge one (cloning alone takes seconds) only its densest part.
  let clone: Document;
  if (elements <= MAX_ELEMENTS * 2) {
    clone = doc.cloneNode(true) as Document;
  } else {
    clone = doc.implementation.createHTMLDocument(meta.title ?? '');
    const container = densestContainer(doc);
    if (container) clone.body.appendChild(clone.importNode(container, true));
  }
  if (!options.noPreClean || elements > MAX_ELEMENTS) preClean(clone);
  let tooLarge = false;
  if (clone.getElementsByTagName('*').length > MAX_ELEMENTS) {
    const container = densestContainer(clone);
    if (container) narrowTo(clone, container);
    tooLarge = clone.getElementsByTagName('*').length > MAX_ELEMENTS;
  }

  let parsed: ReturnType<Readability<Node>['parse']> = null;
  if (!tooLarge) {
    try {
      parsed = new Readability<Node>(clone, {
        maxElemsToParse: MAX_ELEMENTS,
        keepClasses: true,
        serializer: (node) => node,
      }).parse();
    } catch {
      parsed = null;
    }
  }

  const title = meta.title ?? normalize(parsed?.title ?? '') ?? '';
  const byline = cleanByline(meta.byline ?? parsed?.byline ?? null);
  const siteName = meta.siteName ?? (parsed?.siteName ? normalize(parsed.siteName) : null);
  const content = parsed?.content;
  // Too large even when narrowed: the blocks are read straight from the densest container.
  const root = content && content.nodeType === 1 ? (content as Element) : tooLarge ? densestContainer(clone) : null;
  const blocks = root
    ? cleanArticle(blocksOf(root), { title, siteName, host: hostOf(pageUrl), byline }, options.skipRules ?? [])
    : [];
  const paragraphs = blocks.map((block) => block.text);
  const text = paragraphs.join('\n\n');

  const { lang } = detectLanguage(text.length > 0 ? text : title, meta.declaredLang ?? parsed?.lang ?? null);
  const alternates = findAlternates(doc, url).filter((alternate) => alternate.lang !== lang);
  const published = meta.published ?? normalizeDate(parsed?.publishedTime);

  const result: ExtractedArticle = {
    isArticle: false,
    title,
    lang,
    byline,
    published,
    siteName,
    text,
    paragraphs,
    alternates,
    url: pageUrl,
    dir: textDirection(lang),
  };
  // A page of links has no body: its teasers are not text to read or align.
  if (detection.signals.includes('not:link-page')) return { ...result, text: '', paragraphs: [], reason: 'link-page' };
  if (tooLarge && paragraphs.length === 0) return { ...result, reason: 'too-large' };
  if (!detection.isArticle) return { ...result, reason: 'not-article' };
  // A Chinese, Japanese or Korean character carries about as much as 2.5 Latin ones.
  const denseChars =
    text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  if (text.length + 1.5 * denseChars < 150) return { ...result, reason: 'no-content' };
  return { ...result, isArticle: true };
}
