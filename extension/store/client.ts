/**
 * The extension pages' way to change stored data: every write goes to the
 * background, the only writer (extension/background/store-service.ts), which
 * also tells the open portal tabs. Reads stay direct (records.ts,
 * last-year.ts, settings.ts). A refused write throws StoreError with its
 * sizes, and nothing was changed.
 * @module extension/store/client
 */
import { browser } from 'wxt/browser';
import type { StoreOps } from '../background/store-service.ts';
import { STORE_MESSAGE, StoreError, type StoreAnswer } from './rpc.ts';
import { unwrap } from '../live/client.ts';

export async function callStore<K extends keyof StoreOps>(op: K, ...args: Parameters<StoreOps[K]>): Promise<Awaited<ReturnType<StoreOps[K]>>> {
  const answer = await unwrap<StoreAnswer>(browser.runtime.sendMessage({ type: STORE_MESSAGE, op, args }));
  if (answer.ok) return answer.value as Awaited<ReturnType<StoreOps[K]>>;
  const e = answer.error;
  if ('code' in e) throw new StoreError(e.code, e.bytes, e.limit);
  throw new Error(`store ${op}: ${e.message}`);
}
