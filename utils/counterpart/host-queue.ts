/**
 * One task at a time per key (a site's host), in the order they were asked for; tasks under
 * different keys run side by side. A task that fails does not stop the ones after it.
 */
export class HostQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many keys have a task running or waiting. */
  get busyKeys(): number {
    return this.tails.size;
  }
}
