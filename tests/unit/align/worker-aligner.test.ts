import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../utils/align/align-sentences.ts';
import { AlignmentCancelled, workerAligner, type AlignWorker } from '../../../utils/align/worker-aligner.ts';
import { parseAlignRequest, type AlignRequest } from '../../../utils/messaging.ts';
import type { SegmentedText } from '../../../utils/types.ts';

const a: SegmentedText = { lang: 'en', sentences: ['One in 1863.', 'Two in 1980.'], paragraphOf: [0, 0] };
const b: SegmentedText = { lang: 'de', sentences: ['Eins 1863.', 'Zwei 1980.'], paragraphOf: [0, 0] };

/** A worker in this thread: answers `delay` ms after a request (never, if delay is null). */
class FakeWorker implements AlignWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  received: AlignRequest[] = [];
  constructor(
    private readonly delay: number | null,
    private readonly fail = false,
  ) {}
  postMessage(message: AlignRequest): void {
    const request = parseAlignRequest(message)!;
    this.received.push(request);
    if (this.delay === null) return;
    setTimeout(() => {
      if (this.terminated) return;
      if (this.fail) this.onerror?.(new Error('crash'));
      else this.onmessage?.({ data: { id: request.id, ok: true, beads: alignSentences(request.a, request.b) } });
    }, this.delay);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('workerAligner', () => {
  it('aligns in a worker of its own and ends it once the answer is in', async () => {
    const workers: FakeWorker[] = [];
    const align = workerAligner(() => {
      const worker = new FakeWorker(5);
      workers.push(worker);
      return worker;
    });
    const beads = await align(a, b);
    expect(beads.map((x) => `${x.a.join(',')}:${x.b.join(',')}`)).toEqual(['0:0', '1:1']);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('runs two requests side by side: the second does not wait for the first', async () => {
    const workers: FakeWorker[] = [];
    const delays = [null, 5];
    const align = workerAligner(
      () => {
        const worker = new FakeWorker(delays[workers.length]!);
        workers.push(worker);
        return worker;
      },
      { timeoutMs: 2000 },
    );
    let firstDone = false;
    const first = align(a, b).finally(() => (firstDone = true));
    const second = await align(a, b);
    expect(second).toHaveLength(2);
    expect(firstDone).toBe(false);
    void first.catch(() => undefined);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('ends the worker and gives up when the caller no longer wants the result', async () => {
    const worker = new FakeWorker(null);
    const align = workerAligner(() => worker, { pollMs: 5 });
    let wanted = true;
    const pending = align(a, b, () => wanted);
    setTimeout(() => (wanted = false), 20);
    await expect(pending).rejects.toBeInstanceOf(AlignmentCancelled);
    expect(worker.terminated).toBe(true);
  });

  it('starts no worker for a result already unwanted', async () => {
    let started = 0;
    const align = workerAligner(() => {
      started++;
      return new FakeWorker(5);
    });
    await expect(align(a, b, () => false)).rejects.toBeInstanceOf(AlignmentCancelled);
    expect(started).toBe(0);
  });

  it('ends a worker that takes too long, and one that fails', async () => {
    const slow = new FakeWorker(null);
    await expect(workerAligner(() => slow, { timeoutMs: 20 })(a, b)).rejects.toThrow(/too long/);
    expect(slow.terminated).toBe(true);
    const broken = new FakeWorker(1, true);
    await expect(workerAligner(() => broken)(a, b)).rejects.toThrow(/worker failed/);
    expect(broken.terminated).toBe(true);
  });

  it('ignores answers to other requests', async () => {
    const worker = new FakeWorker(null);
    const pending = workerAligner(() => worker, { timeoutMs: 50 })(a, b);
    worker.onmessage?.({ data: { id: 999, ok: true, beads: [] } });
    worker.onmessage?.({ data: 'garbage' });
    await expect(pending).rejects.toThrow(/too long/);
  });
});
