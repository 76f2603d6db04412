/**
 * One read-modify-write at a time per key, within the process that owns the
 * key (the background): a change waits for every earlier change of the same
 * key to finish, failed or not.
 * @module extension/store/serial
 */
const queues = new Map<string, Promise<unknown>>();

export function serial<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => { if (queues.get(key) === tail) queues.delete(key); });
  return run;
}
