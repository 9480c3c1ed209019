/**
 * Chromium: HTML is parsed in an offscreen document (the service worker has no DOM), and
 * alignments run in workers it starts (a service worker cannot start workers).
 */
import { browser } from 'wxt/browser';
import { workerAligner, type AlignWorker } from '../../utils/align/worker-aligner.ts';
import type {
  AlignRequest,
  ExtractRequest,
  ExtractResponse,
  OffscreenAlignMessage,
  TranslateRequest,
} from '../../utils/messaging.ts';
import type { ExtractedArticle, LangCode } from '../../utils/types.ts';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER', 'WORKERS'],
      justification: 'Parse article pages to extract their text; align texts in workers',
    })
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
export async function translateInOffscreen(
  sentences: string[],
  from: LangCode,
  to: LangCode,
): Promise<string[] | null> {
  await ensureOffscreen();
  const request: TranslateRequest = { target: 'offscreen', type: 'translate', sentences, from, to };
  const response = (await browser.runtime.sendMessage(request)) as unknown;
  return Array.isArray(response) && response.every((s) => typeof s === 'string') ? response : null;
}

/** A worker in the offscreen document, seen from here: requests and cancellations go by message. */
function offscreenWorker(): AlignWorker {
  let running: number | undefined;
  const send = (message: OffscreenAlignMessage): Promise<unknown> => browser.runtime.sendMessage(message);
  const proxy: AlignWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request: AlignRequest) {
      running = request.id;
      ensureOffscreen()
        .then(() => send({ target: 'offscreen', type: 'align', request }))
        .then(
          (response) => {
            running = undefined;
            if (response === undefined) proxy.onerror?.(new Error('offscreen document did not answer'));
            else proxy.onmessage?.({ data: response });
          },
          (error: unknown) => {
            running = undefined;
            proxy.onerror?.(error);
          },
        );
    },
    terminate() {
      if (running === undefined) return;
      void send({ target: 'offscreen', type: 'align-cancel', id: running }).catch(() => undefined);
      running = undefined;
    },
  };
  return proxy;
}

/** Aligns in a worker of the offscreen document, ended when the tab moves on. */
export const alignInOffscreen = workerAligner(offscreenWorker);
