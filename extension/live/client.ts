/**
 * The content script's end of the live protocol (extension/live/protocol.ts):
 * requests to the background by runtime.sendMessage, which starts a stopped
 * service worker by itself (no port, no keep-alive), and the background's
 * pushes by runtime.onMessage. Tests pass a Link to a host in the same process.
 * @module extension/live/client
 */
import { browser } from 'wxt/browser';
import { LIVE_MESSAGE, PUSH_MESSAGE, type Answers, type Push, type RequestOf } from './protocol.ts';

export interface Link {
  request<K extends keyof Answers>(m: RequestOf<K>): Promise<Answers[K]>;
  onPush(cb: (p: Push) => void, signal: AbortSignal): void;
}

/** The background's answer: `{ v }`, or `{ e }` when it failed (extension/background/host.ts: listenerOf). */
export async function unwrap<T>(answer: Promise<unknown>): Promise<T> {
  const a = (await answer) as { v?: T; e?: string } | undefined;
  if (!a || 'e' in a) throw new Error(a?.e ?? 'no answer from the background');
  return a.v as T;
}

export const runtimeLink: Link = {
  request: (m) => unwrap(browser.runtime.sendMessage({ type: LIVE_MESSAGE, ...m })),
  onPush(cb, signal) {
    const listener = (msg: unknown) => { if ((msg as Push | null)?.type === PUSH_MESSAGE && !signal.aborted) cb(msg as Push); };
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  },
};
