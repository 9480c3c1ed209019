import { describe, expect, it } from 'vitest';
import { HostQueue } from '../../../utils/counterpart/host-queue.ts';

/** A task that records when it starts and ends, and ends when told to. */
function gate(log: string[], name: string) {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    open = () => resolve(name);
    fail = reject;
  });
  const task = async () => {
    log.push(`start ${name}`);
    try {
      return await done;
    } finally {
      log.push(`end ${name}`);
    }
  };
  return { task, open, fail };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('HostQueue', () => {
  it('runs one task at a time per key, in order', async () => {
    const queue = new HostQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const c = gate(log, 'c');
    const results = [
      queue.run('news.example', a.task),
      queue.run('news.example', b.task),
      queue.run('news.example', c.task),
    ];
    await settle();
    expect(log).toEqual(['start a']);
    a.open();
    await settle();
    expect(log).toEqual(['start a', 'end a', 'start b']);
    b.open();
    await settle();
    c.open();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs tasks of different keys side by side', async () => {
    const queue = new HostQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const results = [queue.run('one.example', a.task), queue.run('two.example', b.task)];
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    b.open();
    a.open();
    expect(await Promise.all(results)).toEqual(['a', 'b']);
  });

  it('goes on after a task that fails, and passes its error to its caller', async () => {
    const queue = new HostQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const first = queue.run('news.example', a.task);
    const second = queue.run('news.example', b.task);
    a.fail(new Error('boom'));
    await expect(first).rejects.toThrow('boom');
    await settle();
    expect(log).toContain('start b');
    b.open();
    expect(await second).toBe('b');
  });

  it('forgets a key once its tasks are done', async () => {
    const queue = new HostQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    const result = queue.run('news.example', a.task);
    expect(queue.busyKeys).toBe(1);
    a.open();
    await result;
    await settle();
    expect(queue.busyKeys).toBe(0);
  });
});
