import { describe, expect, it } from 'vitest';
import { LatestOnly } from './latest';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('LatestOnly', () => {
  it('drops an older answer that arrives after a newer one', async () => {
    const latest = new LatestOnly();
    const slow = deferred<string>();
    const fast = deferred<string>();
    const first = latest.run(() => slow.promise);
    const second = latest.run(() => fast.promise);
    fast.resolve('neu');
    slow.resolve('alt');
    expect(await second).toEqual({ current: true, value: 'neu' });
    expect(await first).toEqual({ current: false });
  });

  it('passes the error of the newest run and hides that of an older one', async () => {
    const latest = new LatestOnly();
    const old = deferred<string>();
    const first = latest.run(() => old.promise);
    const second = latest.run(() => Promise.reject(new Error('neu kaputt')));
    old.reject(new Error('alt kaputt'));
    await expect(second).rejects.toThrow('neu kaputt');
    expect(await first).toEqual({ current: false });
  });

  it('passes a single answer through', async () => {
    expect(await new LatestOnly().run(async () => 3)).toEqual({ current: true, value: 3 });
  });
});
