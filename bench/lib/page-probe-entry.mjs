// Entry of the page probe bench/overlay-latency.run.ts injects into the
// replica page's main world: the code a change runs through in the tab (read
// the page, recompute and redraw in LiveState.setPage, the features mounted),
// so its parts can be timed apart in the same browser (the content script's
// world cannot be reached from a test). The background computes no index.
export { recognise } from '../../extension/portal/detect.ts';
export { toEntry } from '../../extension/portal/to-entry.ts';
export { LiveState } from '../../extension/content/live-state.ts';
export { features } from '../../extension/features/index.ts';
export { overlayMessages } from '../../extension/i18n/overlay.ts';
export { frameworks } from '../../core/frameworks/index.ts';
