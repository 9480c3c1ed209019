/** Firefox: alignment in a worker (entrypoints/align-worker.ts), one request at a time per id. */
import { browser } from 'wxt/browser';
import type { AlignRequest, AlignResponse } from '../../utils/messaging.ts';
import type { Bead, SegmentedText } from '../../utils/types.ts';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve(beads: Bead[]): void; reject(error: Error): void }>();

function startWorker(): Worker {
  const started = new Worker(browser.runtime.getURL('/align-worker.js'));
  started.onmessage = (event: MessageEvent<AlignResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if (event.data.ok) waiting.resolve(event.data.beads);
    else waiting.reject(new Error(event.data.error));
  };
  started.onerror = () => {
    // A crashed worker fails what it had; the next request starts a new one.
    for (const waiting of pending.values()) waiting.reject(new Error('alignment worker failed'));
    pending.clear();
    worker = undefined;
  };
  return started;
}

export function alignInWorker(a: SegmentedText, b: SegmentedText): Promise<Bead[]> {
  worker ??= startWorker();
  const request: AlignRequest = { id: nextId++, a, b };
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    worker!.postMessage(request);
  });
}
