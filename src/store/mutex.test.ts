import { describe, expect, it } from 'vitest';
import { Mutex } from './mutex.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('Mutex', () => {
  it('run(fn) never lets two holders interleave, and serves them in order', async () => {
    const mutex = new Mutex();
    const log: string[] = [];
    const holder = (name: string) =>
      mutex.run(async () => {
        log.push(`${name} in`);
        await tick();
        log.push(`${name} out`);
      });
    await Promise.all([holder('a'), holder('b'), holder('c')]);
    expect(log).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
  });

  it('run(fn) releases the lock when fn throws', async () => {
    const mutex = new Mutex();
    await expect(mutex.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(mutex.run(async () => 'next')).resolves.toBe('next');
  });
});
