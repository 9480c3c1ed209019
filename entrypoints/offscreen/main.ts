/** Chromium offscreen document: parses HTML for the service worker and extracts the article. */
import { browser } from 'wxt/browser';
import { extractFromHtml } from '../../utils/extract-from-html.ts';
import { parseExtractRequest, type ExtractResponse } from '../../utils/messaging.ts';

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== browser.runtime.id) return;
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
