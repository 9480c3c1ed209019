import { extractArticle } from './extract-article.ts';
import type { ExtractedArticle } from '../types.ts';

/** The parts of the DOM's DOMParser this needs (a browser's, or a test's). */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

/**
 * Parses a page's HTML (as sent by a content script or fetched) and extracts its article.
 * A `<base>` is added when the page has none, so relative links resolve against `url`.
 */
export function extractFromHtml(html: string, url: string, parser: HtmlParser): ExtractedArticle {
  const doc = parser.parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    (doc.head ?? doc.documentElement).prepend(base);
  }
  return extractArticle(doc, url);
}
