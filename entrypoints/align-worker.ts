/**
 * Firefox: a worker that aligns two texts, so that a long article's alignment never blocks
 * the extension's pages (the sidebar shares the background page's main thread there).
 * Chromium aligns in its service worker, which is off the panel's thread already.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { alignSentences } from '../utils/align/align-sentences.ts';
import { parseAlignRequest, type AlignResponse } from '../utils/messaging.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: AlignResponse): void;
}

export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    const scope = globalThis as unknown as WorkerScope;
    scope.onmessage = (event) => {
      const request = parseAlignRequest(event.data);
      if (!request) return;
      try {
        scope.postMessage({ id: request.id, ok: true, beads: alignSentences(request.a, request.b) });
      } catch (error) {
        scope.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    };
  },
});
