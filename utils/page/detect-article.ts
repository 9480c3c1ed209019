/**
 * Is this page a news article? Runs in the content script on every page at load, so it is
 * cheap (no Readability, no franc, paragraphs read by index from live tag collections, the
 * cheapest decisive signals first, every scan stopped once the answer is known, and what only a
 * page without a body of running text needs — published time, <article> count, links — read
 * only there) and small.
 *
 * Positive signals: JSON-LD article types, og:type=article, a published time, an <article>
 * element, a readerable body (the heuristic of Readability-readerable.js, re-implemented here
 * because that file is CommonJS without types), a block of running paragraphs.
 * Negative: a page of links (homepage, section page) is never an article, whatever it declares.
 */
import { isArticleType, jsonLdObjects, jsonLdTypesOf } from './article-metadata.ts';

export interface ArticleDetection {
  isArticle: boolean;
  /** What was seen: positive signals, and `not:`-prefixed negative ones. */
  signals: string[];
}

// Readability-readerable.js (Apache-2.0), kept in sync by hand.
const UNLIKELY_CANDIDATES =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;

function isVisible(el: Element): boolean {
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none/i.test(style)) return false;
  if (el.hasAttribute('hidden')) return false;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image'))
    return false;
  return true;
}

/** Readability's isProbablyReaderable with its default options (minContentLength 140, minScore 20). */
export function isProbablyReaderable(doc: Document): boolean {
  const nodes = new Set<Element>(Array.from(doc.querySelectorAll('p, pre, article')));
  for (const br of Array.from(doc.querySelectorAll('div > br'))) {
    if (br.parentElement) nodes.add(br.parentElement);
  }
  let score = 0;
  for (const node of nodes) {
    if (!isVisible(node)) continue;
    const match = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (UNLIKELY_CANDIDATES.test(match) && !MAYBE_CANDIDATE.test(match)) continue;
    if (node.matches('li p')) continue;
    const length = (node.textContent ?? '').trim().length;
    if (length < 140) continue;
    score += Math.sqrt(length - 140);
    if (score > 20) return true;
  }
  return false;
}

interface BodyText {
  /** Readerable-style score: Σ √(chars − 140) over paragraphs of 140+ own characters (not link text, not teasers). */
  score: number;
  /** The most paragraph text under one parent. */
  group: number;
  /** Paragraphs that sit beside a linked headline in a small box: homepage teasers. */
  teasers: number;
  /** The parent holding that most paragraph text (the article body, on an article). */
  box: Element | null;
}

function collapsedLength(text: string | null): number {
  return (text ?? '').replace(/\s+/g, ' ').trim().length;
}

/**
 * Built on first use, not as a literal: V8 checks a literal's syntax when it compiles the script,
 * on every page, and Unicode property classes are the costliest part of that.
 */
let denseScript: RegExp | undefined;
const DENSE_SCRIPT_SOURCE = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]';
/**
 * Every character denseScript matches lies in these blocks (CJK, kana, Hangul, and any character
 * outside the BMP, by its high surrogate): a test V8 compiles and runs far faster than the Unicode script
 * classes, so Latin, Cyrillic or Arabic text never pays for those.
 */
const MAYBE_DENSE = /[\u1100-\u11FF\u2E80-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFF00-\uFFEF\uD800-\uDBFF]/;

/** Length in "Latin-equivalent" characters: a Chinese, Japanese or Korean character says as much as ~2.5 Latin ones. */
function weightedLength(text: string | null): number {
  const collapsed = (text ?? '').replace(/\s+/g, ' ').trim();
  if (collapsed.length === 0) return 0;
  const dense = MAYBE_DENSE.test(collapsed)
    ? (collapsed.match((denseScript ??= new RegExp(DENSE_SCRIPT_SOURCE, 'gu')))?.length ?? 0)
    : 0;
  return collapsed.length + Math.round(dense * 1.5);
}

const HEADLINE_LINK = 25;
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/**
 * The HTML links in `el`: SVG and MathML <a> elements are left out (labels of a graphic, not
 * links to read). So an XPath `a` test, which matches only HTML elements in an HTML document,
 * counts what this counts (quickArticleCheck relies on it).
 */
const htmlLinks = (el: Element): HTMLCollectionOf<Element> => el.getElementsByTagNameNS(HTML_NS, 'a');
const BODY_SCORE = 20;
const BODY_GROUP = 500;
const MIN_HEADLINE_LINKS = 8;

function visibleTextChars(body: HTMLElement): number {
  let chars = collapsedLength(body.textContent);
  for (const el of Array.from(body.querySelectorAll('script, style, noscript, template'))) {
    chars -= collapsedLength(el.textContent);
  }
  return Math.max(chars, 0);
}

/**
 * Calls `visit` on the paragraph-like blocks of `body` until it returns true: every p, then every
 * pre, then each div holding a <br>, once each. Live collections read by index, so a scan that
 * stops early never walks the rest of the document.
 */
function eachParagraph(body: HTMLElement, visit: (node: Element) => boolean): void {
  for (const tag of ['p', 'pre']) {
    const nodes = body.getElementsByTagName(tag);
    for (let i = 0; i < nodes.length; i++) if (visit(nodes[i]!)) return;
  }
  const seen = new Set<Element>();
  const breaks = body.getElementsByTagName('br');
  for (let i = 0; i < breaks.length; i++) {
    const parent = breaks[i]!.parentElement;
    if (parent && parent.localName === 'div' && !seen.has(parent)) {
      seen.add(parent);
      if (visit(parent)) return;
    }
  }
}

/**
 * Running text that is neither link text nor a teaser (the only paragraph of a small box that
 * also holds a linked headline): a readerable-style score and the most paragraph text under one
 * parent (short-paragraph news). Stops as soon as either says "article body" — whether it does
 * is the same in any order, since both only grow.
 */
function bodyText(body: HTMLElement): BodyText {
  let teasers = 0;
  let score = 0;
  let group = 0;
  let box: Element | null = null;
  const groups = new Map<Element, number>();
  eachParagraph(body, (node) => {
    let own = weightedLength(node.textContent);
    if (own < 30) return false;
    const links = htmlLinks(node);
    for (let i = 0; i < links.length; i++) own -= weightedLength(links[i]!.textContent);
    if (own < 30) return false;
    const parent = node.parentElement;
    if (!parent) return false;
    if (parent !== body && parent.getElementsByTagName('p').length <= 1) {
      const boxLinks = Array.from(htmlLinks(parent)).filter((a) => !node.contains(a));
      if (boxLinks.some((a) => collapsedLength(a.textContent) >= HEADLINE_LINK)) {
        if (own >= 80) teasers++;
        return false;
      }
    }
    if (own >= 140) score += Math.sqrt(own - 140);
    const sum = (groups.get(parent) ?? 0) + own;
    groups.set(parent, sum);
    if (sum > group) {
      group = sum;
      box = parent;
    }
    return score > BODY_SCORE || group >= BODY_GROUP;
  });
  return { score, group, teasers, box };
}

/** Characters of link text in `body`, and how many links read like a headline. */
function linkText(body: HTMLElement): { linkChars: number; headlineLinks: number } {
  let linkChars = 0;
  let headlineLinks = 0;
  const links = htmlLinks(body);
  for (let i = 0; i < links.length; i++) {
    const length = collapsedLength(links[i]!.textContent);
    linkChars += length;
    if (length >= HEADLINE_LINK) headlineLinks++;
  }
  return { linkChars, headlineLinks };
}

/**
 * Whether the first og:type meta tag says article. One native selector query (it stops at the
 * tag, which sits in the head) rather than reading every meta tag's attributes from script.
 */
function ogArticle(doc: Document): boolean {
  return isArticleOgType(
    doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content') ?? '',
  );
}

/** Whether an og:type meta tag's content says article (`article`, `…:article`, `blog`). */
export function isArticleOgType(content: string): boolean {
  const type = content.trim().toLowerCase();
  return type === 'article' || type.endsWith(':article') || type === 'blog';
}

/** A published time: the article:published_time meta tag or anything marked datePublished. */
function hasPublishedTime(doc: Document): boolean {
  return (
    doc.querySelector(
      'meta[property="article:published_time"], meta[name="article:published_time"], [itemprop="datePublished"]',
    ) !== null
  );
}

/** Only JSON-LD blocks that mention one of these can declare an article type (see isArticleType). */
export const mentionsArticleType = (text: string): boolean =>
  text.includes('Article') || text.includes('Posting') || text.includes('Report') || text.includes('Review');

/**
 * Decides whether `doc` is an article page, cheaply; never mutates `doc`. Cheapest decisive
 * signals first: what the page declares (JSON-LD article types, og:type, <article>), then its
 * paragraphs, which stop as soon as they read like an article body; the scans of links and
 * total text that catch a page of links only run when there is no such body, and Readability's
 * readerable test only when nothing else decides. `signals` lists what was seen on the way.
 */
export function detectArticle(doc: Document): ArticleDetection {
  const signals: string[] = [];
  let articleObjects = 0;
  for (const object of jsonLdObjects(doc, mentionsArticleType))
    if (jsonLdTypesOf(object).some(isArticleType)) articleObjects++;
  if (articleObjects > 0) signals.push('jsonld-article');
  const ogSaysArticle = ogArticle(doc);
  if (ogSaysArticle) signals.push('og-article');
  const strongMeta = articleObjects > 0 || ogSaysArticle;

  const body = doc.body;
  const text: BodyText = body ? bodyText(body) : { score: 0, group: 0, teasers: 0, box: null };
  const hasBody = text.score > BODY_SCORE || text.group >= BODY_GROUP;
  if (hasBody) signals.push('body-text');
  if (text.teasers >= 3) signals.push('not:teasers');

  let readerableResult: boolean | undefined;
  const readerable = (): boolean => {
    if (readerableResult === undefined) {
      readerableResult = isProbablyReaderable(doc);
      if (readerableResult) signals.push('readerable');
    }
    return readerableResult;
  };

  // A body of running text is never a page of links: an article if it says so or reads like one.
  if (hasBody) return { isArticle: strongMeta || readerable(), signals };

  // No such body: a page made of links and teasers (homepage, section page) is never an article.
  const articleElements = doc.getElementsByTagName('article').length;
  if (articleElements >= 1 && articleElements <= 2) signals.push('article-element');
  if (articleElements >= 4) signals.push('not:many-articles');
  const published = hasPublishedTime(doc);
  if (published) signals.push('published-time');
  const metaSignals = (articleObjects > 0 ? 1 : 0) + (ogSaysArticle ? 1 : 0) + (published ? 1 : 0);
  const { linkChars, headlineLinks } = body ? linkText(body) : { linkChars: 0, headlineLinks: 0 };
  // Total text is only needed to judge link density on pages with many headline links.
  const textChars = !body ? 0 : headlineLinks >= MIN_HEADLINE_LINKS ? visibleTextChars(body) : -1;
  const linkDensity = textChars > 0 ? linkChars / textChars : textChars === 0 ? 1 : 0;
  const linkHeavy =
    headlineLinks >= MIN_HEADLINE_LINKS &&
    (linkDensity > 0.5 || (text.teasers >= 3 && linkDensity > 0.3) || (articleElements >= 4 && linkDensity > 0.35));
  // A page that describes itself as one article (one JSON-LD article, or og:type=article with a
  // published time) and reads like one is a short article among many links, not a link page.
  const declaresOneArticle = articleObjects === 1 || (ogSaysArticle && published);
  const linkPage = linkHeavy && !(text.teasers < 3 && declaresOneArticle && (text.score > 5 || readerable()));
  if (linkPage) {
    signals.push('not:link-page');
    return { isArticle: false, signals };
  }
  const isArticle = (strongMeta && text.score > 5) || (metaSignals >= 2 && textChars !== 0) || readerable();
  return { isArticle, signals };
}

/**
 * The element that holds an article's body, for sending less than the whole page: the one
 * <article>, else the <main>, around the paragraphs that read as the body, else their parent's
 * parent (headline and all). Null when the page has no such paragraphs.
 */
export function articleContainer(doc: Document): Element | null {
  const body = doc.body;
  const box = body ? bodyText(body).box : null;
  if (!box || !body) return null;
  const landmark = box.closest('article, main, [role="main"]');
  if (landmark) return landmark;
  const parent = box.parentElement;
  return parent && parent !== body && parent !== doc.documentElement ? parent : box;
}
