/**
 * Is this page a news article? Runs in the content script on every page at load, so it is
 * cheap (one pass over the paragraphs and links, no Readability, no franc) and small.
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
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return false;
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

const LISTING_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|WebSite|SiteNavigationElement|ProfilePage)$/;

interface PageShape {
  /** Characters of visible text in the body (scripts and styles left out); -1 when not needed. */
  textChars: number;
  /** Characters of that text inside links. */
  linkChars: number;
  /** Links whose text reads like a headline (4+ words or 25+ characters). */
  headlineLinks: number;
  /** Paragraphs that sit beside a linked headline in a small box: homepage teasers. */
  teasers: number;
  /**
   * Readerable-style score of running text that is neither link text nor a teaser:
   * Σ √(chars − 140) over paragraphs (p, pre, div with <br>) of 140+ own characters.
   */
  bodyScore: number;
  /** Enough running text for an article body (by score, or 500+ characters under one parent). */
  hasBody: boolean;
}

function collapsedLength(text: string | null): number {
  return (text ?? '').replace(/\s+/g, ' ').trim().length;
}

const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Length in "Latin-equivalent" characters: a Chinese, Japanese or Korean character says as much as ~2.5 Latin ones. */
function weightedLength(text: string | null): number {
  const collapsed = (text ?? '').replace(/\s+/g, ' ').trim();
  if (collapsed.length === 0) return 0;
  const dense = collapsed.match(DENSE_SCRIPT)?.length ?? 0;
  return collapsed.length + Math.round(dense * 1.5);
}

const HEADLINE_LINK = 25;

function visibleTextChars(body: HTMLElement): number {
  let chars = collapsedLength(body.textContent);
  for (const el of Array.from(body.querySelectorAll('script, style, noscript, template'))) {
    chars -= collapsedLength(el.textContent);
  }
  return Math.max(chars, 0);
}

/**
 * Running text that is neither link text nor a teaser (the only paragraph of a small box that
 * also holds a linked headline): a readerable-style score, Σ √(chars − 140) over paragraphs of
 * 140+ own characters, and the most paragraph text under one parent (short-paragraph news).
 * Stops as soon as either says "article body".
 */
function bodyText(body: HTMLElement): { score: number; group: number; teasers: number } {
  const nodes = new Set<Element>(Array.from(body.querySelectorAll('p, pre')));
  for (const br of Array.from(body.querySelectorAll('div > br'))) {
    if (br.parentElement) nodes.add(br.parentElement);
  }
  let teasers = 0;
  let score = 0;
  let group = 0;
  const groups = new Map<Element, number>();
  for (const node of nodes) {
    let own = weightedLength(node.textContent);
    if (own < 30) continue;
    for (const a of Array.from(node.querySelectorAll('a'))) own -= weightedLength(a.textContent);
    if (own < 30) continue;
    const box = node.parentElement;
    if (!box) continue;
    if (box !== body && box.querySelectorAll('p').length <= 1) {
      const links = Array.from(box.querySelectorAll('a')).filter((a) => !node.contains(a));
      if (links.some((a) => collapsedLength(a.textContent) >= HEADLINE_LINK)) {
        if (own >= 80) teasers++;
        continue;
      }
    }
    if (own >= 140) score += Math.sqrt(own - 140);
    const sum = (groups.get(box) ?? 0) + own;
    groups.set(box, sum);
    group = Math.max(group, sum);
    if (score > BODY_SCORE || group >= BODY_GROUP) break;
  }
  return { score, group, teasers };
}

/** The numbers the link-page test needs, computed lazily (most articles stop early). */
export function pageShape(doc: Document): PageShape {
  const body = doc.body;
  if (!body) return { textChars: 0, linkChars: 0, headlineLinks: 0, teasers: 0, bodyScore: 0, hasBody: false };
  let linkChars = 0;
  let headlineLinks = 0;
  for (const a of Array.from(body.querySelectorAll('a'))) {
    const length = collapsedLength(a.textContent);
    linkChars += length;
    if (length >= HEADLINE_LINK) headlineLinks++;
  }
  const { score, group, teasers } = bodyText(body);
  const hasBody = score > BODY_SCORE || group >= BODY_GROUP;
  // Total text is only needed to judge link density on pages without running text.
  const textChars = !hasBody && headlineLinks >= MIN_HEADLINE_LINKS ? visibleTextChars(body) : -1;
  return { textChars, linkChars, headlineLinks, teasers, hasBody, bodyScore: score };
}

const BODY_SCORE = 20;
const BODY_GROUP = 500;
const MIN_HEADLINE_LINKS = 8;

/** Decides whether `doc` is an article page, cheaply; never mutates `doc`. */
export function detectArticle(doc: Document): ArticleDetection {
  const signals: string[] = [];

  const objects = jsonLdObjects(doc);
  const types = objects.flatMap(jsonLdTypesOf);
  const articleObjects = objects.filter((object) => jsonLdTypesOf(object).some(isArticleType)).length;
  if (articleObjects > 0) signals.push('jsonld-article');
  const ogType = (doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content') ?? '').trim().toLowerCase();
  if (ogType === 'article' || ogType.endsWith(':article') || ogType === 'blog') signals.push('og-article');
  if (doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], [itemprop="datePublished"]')) {
    signals.push('published-time');
  }
  const articleElements = doc.querySelectorAll('article').length;
  if (articleElements >= 1 && articleElements <= 2) signals.push('article-element');
  const readerable = isProbablyReaderable(doc);
  if (readerable) signals.push('readerable');

  const shape = pageShape(doc);
  if (shape.hasBody) signals.push('body-text');

  // Negative signals: a page made of links and teasers (homepage, section page).
  const linkDensity = shape.textChars > 0 ? shape.linkChars / shape.textChars : shape.textChars === 0 ? 1 : 0;
  const listingOnly =
    types.length > 0 &&
    types.every((t) => LISTING_TYPES.test(t) || /Organization|BreadcrumbList|WebPage|ImageObject|Person|SearchAction/.test(t));
  if (listingOnly && !signals.includes('jsonld-article')) signals.push('not:jsonld-listing');
  if (articleElements >= 4) signals.push('not:many-articles');
  if (shape.teasers >= 3) signals.push('not:teasers');
  // A page that describes itself as one article (one JSON-LD article, or og:type=article with a
  // published time) and reads like one is a short article among many links, not a link page.
  const metaSignals = ['jsonld-article', 'og-article', 'published-time'].filter((signal) => signals.includes(signal)).length;
  const declaresOneArticle =
    (readerable || shape.bodyScore > 5) &&
    (articleObjects === 1 || (signals.includes('og-article') && signals.includes('published-time')));
  const linkPage =
    !shape.hasBody &&
    shape.headlineLinks >= MIN_HEADLINE_LINKS &&
    (linkDensity > 0.5 || (shape.teasers >= 3 && linkDensity > 0.3) || (articleElements >= 4 && linkDensity > 0.35)) &&
    !(declaresOneArticle && shape.teasers < 3);
  if (linkPage) signals.push('not:link-page');

  const strongMeta = signals.includes('jsonld-article') || signals.includes('og-article');
  const isArticle =
    !linkPage && (readerable || (strongMeta && (shape.hasBody || shape.bodyScore > 5)) || (metaSignals >= 2 && shape.textChars !== 0));
  return { isArticle, signals };
}
