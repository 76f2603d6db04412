/**
 * The background in the test's own process: extension pages reach it through
 * fakeBrowser's runtime.sendMessage (their store calls), portal tabs through
 * linkFor(tab). Every message and push is copied through JSON, as the
 * browsers' messaging does, so nothing passes here that would not pass there.
 * @module test/extension/live-host
 */
import { browser } from 'wxt/browser';
import { createHost, listenerOf, type Host } from '../../extension/background/host.ts';
import type { Link } from '../../extension/live/client.ts';
import type { Push } from '../../extension/live/protocol.ts';

const json = <T>(x: T): T => (x === undefined ? x : JSON.parse(JSON.stringify(x)));

export interface TestHost {
  host: Host;
  /** The link a content script in `tab` uses. */
  linkFor(tab: number): Link;
  /** Every push each tab received, in order. */
  pushes: Map<number, Push[]>;
  /** Every request each tab sent, in order. */
  requests: Map<number, string[]>;
}

export function startHost(): TestHost {
  const inboxes = new Map<number, (p: Push) => void>();
  const pushes = new Map<number, Push[]>();
  const requests = new Map<number, string[]>();
  const host = createHost(async (tab, m) => {
    const cb = inboxes.get(tab);
    if (!cb) throw new Error(`no content script in tab ${tab}`);
    pushes.set(tab, [...(pushes.get(tab) ?? []), json(m)]);
    cb(json(m));
  });
  browser.runtime.onMessage.addListener(listenerOf(host) as never);
  return {
    host, pushes, requests,
    linkFor: (tab) => ({
      request: async (m) => {
        requests.set(tab, [...(requests.get(tab) ?? []), m.t]);
        return json(await host.live(json(m), tab));
      },
      onPush(cb, signal) {
        inboxes.set(tab, cb);
        signal.addEventListener('abort', () => { if (inboxes.get(tab) === cb) inboxes.delete(tab); }, { once: true });
      },
    }),
  };
}
