/**
 * A link to a session in the same process, through the same wire encoding as
 * the real port: what the happy-dom tests of the content script use (the
 * browser tests in test/e2e run the real port to the background).
 * @module extension/live/local-link
 */
import type { Link } from './link.ts';
import { viewDecoder } from './link.ts';
import type { View } from './protocol.ts';
import { LiveSession } from './session.ts';

export function localLink(signal: AbortSignal): Link {
  let listener: ((v: View) => void) | null = null;
  const decode = viewDecoder();
  // JSON round trip, as Chrome's messaging does, so nothing passes that a port would not carry.
  const session = new LiveSession((m) => { if (!signal.aborted) listener?.(decode(JSON.parse(JSON.stringify(m)))); });
  signal.addEventListener('abort', () => session.close(), { once: true });
  return {
    open(scope, current) { session.handle(JSON.parse(JSON.stringify({ t: 'open', scope, current }))); },
    send(m) { session.handle(JSON.parse(JSON.stringify(m))); },
    onView(cb) { listener = cb; },
  };
}
