// Entry of the bundle bench/rule-cost.mjs builds with vite: the evaluation
// rules, the function that runs them and the loader (parse + schema).
export { rules } from '../../core/lint/rules/index.ts';
export { runRules } from '../../core/lint/run-rules.ts';
export { loadAssessmentText } from '../../core/assessment/load.ts';
