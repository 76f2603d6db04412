// Entry of the page probe bench/overlay-latency.run.ts injects into the
// replica page's main world: the same adapter and engine code the content
// script runs on every change, so their costs can be timed apart in the same
// browser (the content script's own world cannot be reached from a test).
export { recognise } from '../../extension/portal/detect.ts';
export { toEntry } from '../../extension/portal/to-entry.ts';
export { scoreReport } from '../../core/report/score-report.ts';
export { runRules } from '../../core/lint/run-rules.ts';
export { LiveState } from '../../extension/content/live-state.ts';
export { features } from '../../extension/features/index.ts';
