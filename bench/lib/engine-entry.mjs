// Entry of the small engine bundle bench/engine.mjs builds with vite (Node 20
// cannot import core/*.ts, and dist/spbe.cjs exports nothing).
export { getFramework } from '../../core/frameworks/index.ts';
export { nextSteps, gapToNextPredicate } from '../../core/engine/steps.ts';
export { scoreAssessment } from '../../core/engine/score.ts';
export { scoreReport } from '../../core/report/score-report.ts';
