/**
 * A DOM `Document` for Node (CLI, tests, benchmarks): jsdom with no script execution and no
 * resource loading, the same shape the extension gets from the browser.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/** Pages beyond this many characters are cut before parsing (a 20 MB page must not hang). */
export const MAX_HTML_CHARS = 6_000_000;

/** Parses `html` as the page at `url`. Never runs scripts, never fetches anything. */
export function parseHtmlNode(html: string, url: string): Document {
  const source = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  let pageUrl = 'about:blank';
  try {
    pageUrl = new URL(url).href;
  } catch {
    // not a URL: keep about:blank
  }
  const dom = new JSDOM(source, {
    url: pageUrl,
    contentType: 'text/html',
    runScripts: undefined,
    resources: undefined,
    pretendToBeVisual: false,
    virtualConsole: new VirtualConsole(),
  });
  return dom.window.document;
}
