/**
 * Alignment off the caller's thread: each request runs in a worker of its own (started by
 * the given function), which is ended as soon as its answer is in, when the caller no longer
 * wants it (the tab moved on: `stillWanted` turns false) or when it takes too long. So a long
 * alignment never holds up anything else, and a stale one stops using the processor.
 * Pure: the worker is anything with postMessage / onmessage / onerror / terminate.
 */
import type { AlignRequest, AlignResponse } from '../messaging.ts';
import type { Bead, SegmentedText } from '../types.ts';

export interface AlignWorker {
  postMessage(message: AlignRequest): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/** The alignment was given up: nobody wants it any more. */
export class AlignmentCancelled extends Error {
  constructor() {
    super('alignment cancelled');
    this.name = 'AlignmentCancelled';
  }
}

export interface WorkerAlignerOptions {
  /** Longest an alignment may run before its worker is ended (ms). */
  timeoutMs?: number;
  /** How often `stillWanted` is asked (ms). */
  pollMs?: number;
}

export type OffThreadAligner = (a: SegmentedText, b: SegmentedText, stillWanted?: () => boolean) => Promise<Bead[]>;

/** Generous: a bounded alignment (see align-sentences.ts) takes a few seconds. */
const TIMEOUT_MS = 60_000;
const POLL_MS = 200;

function isResponse(value: unknown): value is AlignResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<AlignResponse>;
  return (
    typeof v.id === 'number' &&
    (v.ok === true
      ? Array.isArray((v as { beads?: unknown }).beads)
      : typeof (v as { error?: unknown }).error === 'string')
  );
}

export function workerAligner(start: () => AlignWorker, options: WorkerAlignerOptions = {}): OffThreadAligner {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const pollMs = options.pollMs ?? POLL_MS;
  let nextId = 0;
  return (a, b, stillWanted) =>
    new Promise<Bead[]>((resolve, reject) => {
      const id = nextId++;
      let worker: AlignWorker | undefined;
      let settled = false;
      const finish = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(poll);
        try {
          worker?.terminate();
        } catch {
          // already gone
        }
        outcome();
      };
      const timer = setTimeout(() => finish(() => reject(new Error('alignment took too long'))), timeoutMs);
      const poll = setInterval(() => {
        if (stillWanted && !stillWanted()) finish(() => reject(new AlignmentCancelled()));
      }, pollMs);
      if (stillWanted && !stillWanted()) {
        finish(() => reject(new AlignmentCancelled()));
        return;
      }
      try {
        worker = start();
      } catch (error) {
        finish(() => reject(error instanceof Error ? error : new Error(String(error))));
        return;
      }
      worker.onmessage = (event) => {
        const data = event.data;
        if (!isResponse(data) || data.id !== id) return;
        finish(() => (data.ok ? resolve(data.beads) : reject(new Error(data.error))));
      };
      worker.onerror = () => finish(() => reject(new Error('alignment worker failed')));
      worker.postMessage({ id, a, b });
    });
}
