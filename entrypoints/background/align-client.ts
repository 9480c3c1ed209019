/**
 * Firefox: alignment in a worker (entrypoints/align-worker.ts), one per request, ended when
 * the tab moves on (see utils/align/worker-aligner.ts).
 */
import { browser } from 'wxt/browser';
import { workerAligner, type AlignWorker } from '../../utils/align/worker-aligner.ts';

export const alignInWorker = workerAligner(
  () => new Worker(browser.runtime.getURL('/align-worker.js')) as unknown as AlignWorker,
);
