/**
 * A DOM `Document` for Node (CLI, tests, benchmarks): jsdom with no script execution and no
 * resource loading, the same shape the extension gets from the browser.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { MAX_HTML_CHARS } from '../../utils/page/page-html.ts';
import { capNesting } from './cap-nesting.ts';
import { slimHtml } from './slim-html.ts';

/** From this size on, scripts (but JSON-LD), styles, comments and inline SVG are dropped before parsing. */
export const SLIM_HTML_CHARS = 1_000_000;

export interface ParseHtmlOptions {
  /** Told when the page, slimmed, is still longer than MAX_HTML_CHARS and is cut there (its length in characters). */
  onCut?: (chars: number) => void;
}

/**
 * Parses `html` as the page at `url`. Never runs scripts, never fetches anything. Elements
 * nested deeper than MAX_NESTING are placed beside their parent (see capNesting).
 */
export function parseHtmlNode(html: string, url: string, options: ParseHtmlOptions = {}): Document {
  let source = html.length > SLIM_HTML_CHARS ? slimHtml(html) : html;
  // What is left is cut like a page the extension handles (a 20 MB page must not hang the parser).
  if (source.length > MAX_HTML_CHARS) {
    options.onCut?.(source.length);
    source = source.slice(0, MAX_HTML_CHARS);
  }
  source = capNesting(source);
  let pageUrl = 'about:blank';
  try {
    pageUrl = new URL(url).href;
  } catch {
    // not a URL: keep about:blank
  }
  const dom = new JSDOM(source, {
    url: pageUrl,
    contentType: 'text/html',
    pretendToBeVisual: false,
    virtualConsole: new VirtualConsole(),
  });
  return dom.window.document;
}
