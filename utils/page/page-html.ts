/**
 * The HTML a content script hands over for extraction. The whole document when it fits;
 * when it does not (a short article under megabytes of comments or filler), the article's
 * container with the head's metadata, which is all extraction reads.
 */
import { articleContainer } from './detect-article.ts';

/**
 * The largest page HTML handled (characters): what a content script hands over, what a fetched
 * counterpart page is cut to, what the command-line tool parses.
 */
export const MAX_HTML_CHARS = 8_000_000;

/** Head elements extraction reads: title, meta tags, links (canonical, hreflang), <base>, JSON-LD. */
function headMetadata(doc: Document): string {
  const parts: string[] = [];
  const head = doc.head;
  if (!head) return '';
  for (const el of Array.from(head.children)) {
    const name = el.localName;
    const isJsonLd =
      name === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
    if (name === 'title' || name === 'meta' || name === 'link' || name === 'base' || isJsonLd) parts.push(el.outerHTML);
  }
  return parts.join('');
}

/**
 * `doc` serialised for extraction, at most `maxChars` characters: the whole document, else the
 * `<html>` element's attributes (lang, dir), the head's metadata and the article's container
 * (see articleContainer), else null (nothing that fits).
 */
export function pageHtml(doc: Document, maxChars: number): string | null {
  const whole = doc.documentElement.outerHTML;
  if (whole.length <= maxChars) return whole;
  const container = articleContainer(doc);
  if (!container) return null;
  const shell = (doc.documentElement.cloneNode(false) as Element).outerHTML;
  const open = shell.slice(0, shell.lastIndexOf('</'));
  const html = `${open}<head>${headMetadata(doc)}</head><body>${container.outerHTML}</body></html>`;
  return html.length <= maxChars ? html : null;
}
