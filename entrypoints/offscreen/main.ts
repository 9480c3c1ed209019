/**
 * Chromium offscreen document (a page, so it has a DOM and Chrome's window-only APIs):
 * parses HTML for the service worker and extracts the article; translates on the device
 * for the optional alignment signal, never downloading a language pack; runs alignments in
 * workers of their own (the service worker cannot start one), so that neither the service
 * worker nor this page is held up by a long one, and ends a worker the background gives up.
 */
import { browser } from 'wxt/browser';
import { translateWithChrome } from '../../utils/translation/chrome-translator-glue.ts';
import { extractFromHtml } from '../../utils/extract/extract-from-html.ts';
import {
  parseExtractRequest,
  parseOffscreenAlignMessage,
  parseTranslateRequest,
  type AlignRequest,
  type AlignResponse,
  type ExtractResponse,
} from '../../utils/messaging.ts';

const ownId = browser.runtime.id;
const extensionOrigin = browser.runtime.getURL('/');

/** Running alignments, by request id: their worker and who waits for the answer. */
const alignments = new Map<number, { worker: Worker; answer(response: AlignResponse): void }>();

function endAlignment(id: number, response: AlignResponse): void {
  const job = alignments.get(id);
  if (!job) return;
  alignments.delete(id);
  job.worker.terminate();
  job.answer(response);
}

function startAlignment(request: AlignRequest, answer: (response: AlignResponse) => void): void {
  // an id still running belongs to a background that has since restarted: nobody waits for it
  endAlignment(request.id, { id: request.id, ok: false, error: 'alignment cancelled' });
  const worker = new Worker(browser.runtime.getURL('/align-worker.js'));
  alignments.set(request.id, { worker, answer });
  worker.onmessage = (event: MessageEvent<AlignResponse>) => endAlignment(request.id, event.data);
  worker.onerror = () => endAlignment(request.id, { id: request.id, ok: false, error: 'alignment worker failed' });
  worker.postMessage(request);
}

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only the extension's own background is heard, never a content script (which sends from a tab,
  // at a web page's address). Chrome gives a service worker's messages no url; later versions may
  // give its script's, which is the extension's.
  if (sender.id !== ownId || sender.tab !== undefined) return;
  if (sender.url !== undefined && !sender.url.startsWith(extensionOrigin)) return;
  const align = parseOffscreenAlignMessage(message);
  if (align?.type === 'align') {
    startAlignment(align.request, sendResponse);
    return true;
  }
  if (align?.type === 'align-cancel') {
    endAlignment(align.id, { id: align.id, ok: false, error: 'alignment cancelled' });
    return;
  }
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
