/**
 * The content script's end of the live session: a port to the background that
 * survives the background being stopped. Chrome stops an idle service worker
 * after 30 s and closes its ports; the next message reconnects and re-opens
 * the session with the page as it is now. While the tab is visible a ping every
 * 20 s keeps the worker running, so a change after a pause is not answered late
 * by a worker starting up (Chrome counts each port message as activity).
 * @module extension/live/link
 */
import { browser, type Browser } from 'wxt/browser';
import type { Framework } from '../../core/types.ts';
import type { Scope } from '../store/scope.ts';
import { LIVE_PORT, type Current, type ToBackground, type ToContent, type View } from './protocol.ts';
import { decodeWire } from './wire.ts';

export interface Link {
  /** Start the session; views arrive through onView from now on. */
  open(scope: Scope, current: Current): void;
  send(m: Exclude<ToBackground, { t: 'open' }>): void;
  onView(cb: (v: View) => void): void;
}

const PING_MS = 20_000;

/** Decodes views, keeping the frameworks each connection has sent. */
export function viewDecoder(): (m: ToContent) => View {
  const frameworks = new Map<string, Framework>();
  return (m) => {
    for (const f of m.frameworks) frameworks.set(f.id, f);
    const v = decodeWire<Omit<View, 'report'> & { report: Omit<View['report'], 'assessment'> }>(m.text, frameworks);
    return { ...v, report: { ...v.report, assessment: m.assessment } };
  };
}

export function portLink(signal: AbortSignal): Link {
  let port: Browser.runtime.Port | null = null;
  let opened: { scope: Scope; current: Current } | null = null;
  let listener: ((v: View) => void) | null = null;

  const connect = (): Browser.runtime.Port => {
    const p = browser.runtime.connect({ name: LIVE_PORT });
    const decode = viewDecoder();
    p.onMessage.addListener((m: ToContent) => { if (m?.t === 'view' && !signal.aborted) listener?.(decode(m)); });
    p.onDisconnect.addListener(() => { if (port === p) port = null; });
    if (opened) p.postMessage({ t: 'open', ...opened } satisfies ToBackground);
    return p;
  };
  const post = (m: ToBackground) => {
    if (signal.aborted) return;
    try {
      if (!port) {
        port = connect(); // re-opens the session itself
        if (m.t === 'open') return;
      }
      port.postMessage(m);
    } catch {
      // The port died between its disconnect event and this message: start again.
      port = connect();
      if (m.t !== 'open') port.postMessage(m);
    }
  };

  const ping = setInterval(() => { if (document.visibilityState === 'visible') post({ t: 'ping' }); }, PING_MS);
  signal.addEventListener('abort', () => { clearInterval(ping); port?.disconnect(); port = null; }, { once: true });

  return {
    open(scope, current) {
      opened = { scope, current };
      post({ t: 'open', scope, current });
    },
    send(m) {
      if (m.t === 'page' && opened) opened = { ...opened, current: m.current };
      post(m);
    },
    onView(cb) { listener = cb; },
  };
}
