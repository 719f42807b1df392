/** A first-come first-served lock for one resource shared by async callers. */

export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  /** Waits for the lock; resolves to the function that releases it. */
  lock(): Promise<() => void> {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }

  /** Runs `fn` holding the lock. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.lock();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
