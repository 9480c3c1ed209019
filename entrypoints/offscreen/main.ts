/**
 * Chromium offscreen document (a page, so it has a DOM and Chrome's window-only APIs):
 * parses HTML for the service worker and extracts the article; translates on the device
 * for the optional alignment signal, never downloading a language pack.
 */
import { browser } from 'wxt/browser';
import { translateWithChrome } from '../../utils/translation/chrome-translator-glue.ts';
import { extractFromHtml } from '../../utils/extract/extract-from-html.ts';
import { parseExtractRequest, parseTranslateRequest, type ExtractResponse } from '../../utils/messaging.ts';

const ownId = browser.runtime.id;
const extensionOrigin = browser.runtime.getURL('/');

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only the extension's own background is heard, never a content script (which sends from a tab,
  // at a web page's address). Chrome gives a service worker's messages no url; later versions may
  // give its script's, which is the extension's.
  if (sender.id !== ownId || sender.tab !== undefined) return;
  if (sender.url !== undefined && !sender.url.startsWith(extensionOrigin)) return;
  const translate = parseTranslateRequest(message);
  if (translate) {
    void translateWithChrome(translate.sentences, translate.from, translate.to, { allowDownload: false }).then(
      (outcome) => sendResponse(outcome.ok ? outcome.sentences : null),
      () => sendResponse(null),
    );
    return true;
  }
  const request = parseExtractRequest(message);
  if (!request) return; // not for us (the side panel's messages go over its port)
  let response: ExtractResponse;
  try {
    response = { ok: true, article: extractFromHtml(request.html, request.url, new DOMParser()) };
  } catch (error) {
    response = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  sendResponse(response);
  return true;
});
