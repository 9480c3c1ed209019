/**
 * Page metadata an article declares about itself: title, byline, published date, site name,
 * canonical URL and declared language, from JSON-LD, <meta> tags and <time>. Cheap (no
 * Readability), so the content script may use it.
 */

export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  siteName: string | null;
  /** Absolute canonical URL, when the page declares one. */
  canonical: string | null;
  /** Language as the page declares it, raw (`en-US`); normalise with normalizeLang. */
  declaredLang: string | null;
  /** og:type, lowercased. */
  ogType: string | null;
  /** Every JSON-LD `@type` on the page (including those of @graph items). */
  jsonLdTypes: string[];
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every object of the page's JSON-LD blocks, @graph items flattened; malformed blocks skipped.
 * With `mentioning`, only blocks whose text passes it are parsed (a cheap test before JSON.parse).
 * Plain loops and string tests rather than Array.from and regular expressions: the content
 * script calls this in a fresh isolated world, where every first use of a builtin or a regular
 * expression costs its own compilation.
 */
export function jsonLdObjects(doc: Document, mentioning?: (text: string) => boolean): JsonObject[] {
  const out: JsonObject[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    for (const object of jsonLdBlockObjects(scripts[i]!.textContent ?? '', mentioning)) out.push(object);
  }
  return out;
}

/**
 * The objects of one JSON-LD block, from its text, @graph items flattened (4 levels deep); none
 * for a block that is malformed, over 500,000 characters, or (with `mentioning`) fails that test.
 */
export function jsonLdBlockObjects(raw: string, mentioning?: (text: string) => boolean): JsonObject[] {
  const out: JsonObject[] = [];
  if (raw.length > 500_000 || (mentioning && !mentioning(raw))) return out;
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (isObject(value)) {
      out.push(value);
      if (Array.isArray(value['@graph'])) visit(value['@graph'], depth + 1);
    }
  };
  try {
    visit(JSON.parse(raw.includes('<!--') || raw.includes('-->') ? raw.replace(/^\s*<!--|-->\s*$/g, '') : raw), 0);
  } catch {
    // not JSON: ignore
  }
  return out;
}

/** `@type` of a JSON-LD object as a list of strings. */
export function jsonLdTypesOf(object: JsonObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** Article kinds besides any …NewsArticle (schema.org names). */
const ARTICLE_TYPES = [
  'Article',
  'BlogPosting',
  'SocialMediaPosting',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'Review',
];

/** Whether every character of `text` is an ASCII word character (as `\w` in a regular expression). */
function isWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

/**
 * Whether a JSON-LD @type names an article kind (NewsArticle, BlogPosting, …): a schema.org name,
 * bare, as a schema.org URL or with a `prefix:`. String tests, no regular expression (see jsonLdObjects).
 */
export function isArticleType(type: string): boolean {
  let name = type.startsWith('http://schema.org/')
    ? type.slice(18)
    : type.startsWith('https://schema.org/')
      ? type.slice(19)
      : type;
  const colon = name.indexOf(':');
  if (colon >= 0) {
    if (colon === 0 || !isWord(name.slice(0, colon))) return false;
    name = name.slice(colon + 1);
  }
  if (name.endsWith('NewsArticle')) return isWord(name);
  return ARTICLE_TYPES.includes(name);
}

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text : null;
}

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = clean(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null);
    if (value) return value;
  }
  return null;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (isObject(value)) return typeof value['name'] === 'string' ? [value['name']] : [];
  return [];
}

/** An ISO 8601 date or date-time from a date string as pages write it; null if unreadable. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const value = clean(raw);
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?/.exec(value);
  if (iso) {
    const [, date, time, zone] = iso;
    if (!time) return date ?? null;
    return `${date}T${time}${zone ? (zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`) : ''}`;
  }
  if (/^\d{8}$/.test(value)) return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  const year = new Date(parsed).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** JSON-LD headline, or its `name` when the two differ and the page's <title> holds the name. */
function headlineOf(article: JsonObject, documentTitle: string | null): string | null {
  const headline = clean(article['headline']);
  const name = clean(article['name']);
  if (headline && name && headline !== name && documentTitle?.includes(name) && !documentTitle.includes(headline))
    return name;
  return headline ?? name;
}

/** `Budget passes | Daily` → `Budget passes`: the site name, or a short last part after a separator, cut off. */
function withoutSiteSuffix(title: string, siteName: string | null): string {
  if (siteName) {
    const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = title.replace(new RegExp(`\\s*[|–—:·_»-]\\s*${site}\\s*$`, 'i'), '');
    if (stripped.length > 0 && stripped !== title) return stripped;
  }
  const match = /^(.*\S)\s+[|–—·»-]\s+([^|–—·»]{1,40})$/u.exec(title) ?? /^(.*\S)\s*[|_]\s*([^|_]{1,40})$/u.exec(title);
  if (match) {
    const [, rest, suffix] = match;
    if (rest && suffix && suffix.trim().split(/\s+/).length <= 4 && rest.split(/\s+/).length >= 2) return rest;
  }
  return title;
}

/** Reads the metadata `doc` declares; `url` resolves relative URLs. Never mutates `doc`. */
export function readArticleMetadata(doc: Document, url: string): ArticleMetadata {
  const objects = jsonLdObjects(doc);
  const jsonLdTypes = objects.flatMap(jsonLdTypesOf);
  const article = objects.find((object) => jsonLdTypesOf(object).some(isArticleType));

  const siteName =
    metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]']) ??
    (article ? clean(names(article['publisher'])[0]) : null) ??
    metaContent(doc, ['meta[name="application-name"]', 'meta[name="apple-mobile-web-app-title"]']);

  const documentTitle = clean(doc.querySelector('title')?.textContent);
  let title =
    (article ? headlineOf(article, documentTitle) : null) ??
    metaContent(doc, [
      'meta[name="dc.title" i]',
      'meta[name="dcterm:title" i]',
      'meta[property="og:title"]',
      'meta[name="og:title"]',
      'meta[name="twitter:title"]',
      'meta[property="twitter:title"]',
      'meta[name="parsely-title"]',
      'meta[name="title"]',
    ]);
  const h1s = doc.querySelectorAll('h1');
  const h1 = h1s.length === 1 ? clean(h1s[0]?.textContent) : null;
  // The one <h1>, when the <title> is it plus site and section names.
  if (!title && documentTitle && h1 && h1.length >= 8 && documentTitle.includes(h1)) title = h1;
  if (!title && documentTitle) title = withoutSiteSuffix(documentTitle, siteName);
  if (!title) title = h1;

  const authorNames = article
    ? names(article['author'])
        .map((n) => n.trim())
        .filter(Boolean)
    : [];
  let byline = authorNames.length > 0 ? authorNames.join(', ') : null;
  if (!byline) {
    const meta = metaContent(doc, [
      'meta[name="author"]',
      'meta[property="article:author"]',
      'meta[name="byl"]',
      'meta[name="sailthru.author"]',
      'meta[name="dc.creator"]',
      'meta[name="DC.creator"]',
    ]);
    byline = meta && !/^https?:\/\//.test(meta) ? meta : null;
  }
  if (!byline) {
    byline = clean(
      doc.querySelector('[itemprop="author"] [itemprop="name"], [rel="author"], .byline, .author-name')?.textContent,
    );
    if (byline && byline.length > 100) byline = null;
  }

  const published = normalizeDate(
    (article ? (clean(article['datePublished']) ?? clean(article['dateCreated'])) : null) ??
      metaContent(doc, [
        'meta[property="article:published_time"]',
        'meta[name="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[name="publish-date"]',
        'meta[name="date"]',
        'meta[name="dc.date.issued"]',
        'meta[name="DC.date.issued"]',
        'meta[name="dcterms.created"]',
        'meta[name="parsely-pub-date"]',
        'meta[name="sailthru.date"]',
        'meta[property="og:published_time"]',
        'time[itemprop="datePublished"]',
        'time[pubdate]',
        'article time[datetime]',
        'time[datetime]',
      ]),
  );

  const canonical =
    absolute(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), url) ??
    absolute(metaContent(doc, ['meta[property="og:url"]']), url);

  const html = doc.documentElement;
  const declaredLang =
    clean(html?.getAttribute('lang')) ??
    clean(html?.getAttribute('xml:lang')) ??
    metaContent(doc, [
      'meta[http-equiv="content-language" i]',
      'meta[name="language" i]',
      'meta[property="og:locale"]',
      'meta[name="dc.language" i]',
    ]) ??
    (article ? clean(article['inLanguage']) : null);

  return {
    title,
    byline,
    published,
    siteName,
    canonical,
    declaredLang,
    ogType: metaContent(doc, ['meta[property="og:type"]', 'meta[name="og:type"]'])?.toLowerCase() ?? null,
    jsonLdTypes,
  };
}
