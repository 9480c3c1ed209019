/**
 * A worker that aligns two texts, so that a long article's alignment never blocks the
 * background (which serves every tab's panel): Firefox's background page starts it,
 * Chromium's offscreen document does (a service worker cannot). One request per worker.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { alignSentences } from '../utils/align/align-sentences.ts';
import { parseAlignRequest, type AlignResponse } from '../utils/messaging.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: AlignResponse): void;
}

export default defineUnlistedScript({
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
