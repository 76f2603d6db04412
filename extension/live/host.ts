/**
 * The background's side of the live sessions: one LiveSession per portal
 * page, living as long as the page's port (extension/live/protocol.ts).
 * Only our own content scripts can connect (runtime.connect from a web page
 * needs externally_connectable, which the manifest does not declare).
 * @module extension/live/host
 */
import { browser, type Browser } from 'wxt/browser';
import { LIVE_PORT, type ToBackground, type ToContent } from './protocol.ts';
import { LiveSession } from './session.ts';

export function serveLiveSessions(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== LIVE_PORT) return;
    const session = new LiveSession((m: ToContent) => {
      try { port.postMessage(m); } catch { /* the page went away meanwhile */ }
    });
    port.onMessage.addListener((m: ToBackground) => {
      try { session.handle(m); } catch (e) { console.error('[SPBE Lens] live session', e); }
    });
    port.onDisconnect.addListener(() => session.close());
  });
}
