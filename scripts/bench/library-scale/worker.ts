/**
 * Web Worker of the library-scale bench: makes articles of the synthetic library (synthesise.ts)
 * with their anchors computed by the real storyAnchors, off the page's main thread (which
 * writes them to IndexedDB meanwhile).
 */
import { storyAnchors } from '../../../utils/match/story-anchors.ts';
import type { LibraryEntry } from '../../../utils/types.ts';
import { synthesiser, type CorpusDocument, type Synthesiser } from './synthesise.ts';

export type WorkerRequest =
  | { type: 'init'; id: number; corpusUrl: string }
  | { type: 'make'; id: number; from: number; to: number; anchors: boolean };
export type WorkerReply = { id: number; entries?: LibraryEntry[]; ms: number; error?: string };

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: { data: WorkerRequest }) => void): void;
  postMessage(message: WorkerReply): void;
};
let made: Synthesiser | undefined;

scope.addEventListener('message', (event) => {
  const request = event.data;
  const started = performance.now();
  void (async () => {
    try {
      if (request.type === 'init') {
        const corpus = (await (await fetch(request.corpusUrl)).json()) as CorpusDocument[];
        made = synthesiser(corpus);
        scope.postMessage({ id: request.id, ms: performance.now() - started });
        return;
      }
      if (!made) throw new Error('worker not initialised');
      const entries: LibraryEntry[] = [];
      for (let index = request.from; index < request.to; index++) {
        const entry = made.article(index);
        if (request.anchors) entry.anchors = storyAnchors({ title: entry.title, text: entry.text, lang: entry.lang });
        entries.push(entry);
      }
      scope.postMessage({ id: request.id, entries, ms: performance.now() - started });
    } catch (error) {
      scope.postMessage({ id: request.id, ms: 0, error: String((error as Error).stack ?? error) });
    }
  })();
});
