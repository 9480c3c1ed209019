/** Chromium: HTML is parsed in an offscreen document (the service worker has no DOM). */
import { browser } from 'wxt/browser';
import type { ExtractRequest, ExtractResponse, TranslateRequest } from '../../utils/messaging.ts';
import type { ExtractedArticle, LangCode } from '../../utils/types.ts';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Parse article pages to extract their text' })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export async function extractInOffscreen(html: string, url: string): Promise<ExtractedArticle> {
  await ensureOffscreen();
  const request: ExtractRequest = { target: 'offscreen', type: 'extract', html, url };
  const response = await browser.runtime.sendMessage<ExtractRequest, ExtractResponse | undefined>(request);
  if (!response) throw new Error('offscreen document did not answer');
  if (!response.ok) throw new Error(response.error);
  return response.article;
}

/** On-device translation for the alignment signal (null where Chrome has no language pack or no API). */
export async function translateInOffscreen(sentences: string[], from: LangCode, to: LangCode): Promise<string[] | null> {
  await ensureOffscreen();
  const request: TranslateRequest = { target: 'offscreen', type: 'translate', sentences, from, to };
  const response = (await browser.runtime.sendMessage(request)) as unknown;
  return Array.isArray(response) && response.every((s) => typeof s === 'string') ? response : null;
}
