// Entry of the page probe bench/overlay-latency.run.ts injects into the
// replica page's main world: the same code a change runs through, on both
// sides of the port (the content script reads and draws; the background
// computes the view), so their costs can be timed apart in the same browser
// (neither the content script's world nor the service worker can be reached
// from a test).
export { recognise } from '../../extension/portal/detect.ts';
export { toEntry } from '../../extension/portal/to-entry.ts';
export { viewOf } from '../../extension/live/session.ts';
export { encodeWire } from '../../extension/live/wire.ts';
export { viewDecoder } from '../../extension/live/link.ts';
export { LiveState } from '../../extension/content/live-state.ts';
export { features } from '../../extension/features/index.ts';
