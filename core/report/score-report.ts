/**
 * Everything `spbe score` reports, computed once from an assessment: the score,
 * the gap to the next predicate and the best next steps. Formatters
 * (score-text.ts, score-json.ts) are pure functions of this report.
 * @module core/report/score-report
 */
import type { Assessment, Framework } from '../types.ts';
import { frameworks } from '../frameworks/index.ts';
import { indicatorValues, scoreValues, type Score } from '../engine/score.ts';
import { gapToNextPredicate, nextSteps, stepChains, type Gap, type Step } from '../engine/steps.ts';

export interface ScoreReport {
  assessment: Assessment;
  framework: Framework;
  score: Score;
  gap: Gap;
  steps: Step[];
  /** Every indicator's chain of steps (the overlay reads one indicator's first step). */
  chains: Map<number, Step[]>;
}

export function scoreReport(assessment: Assessment): ScoreReport {
  return scoreReportWith(frameworks[assessment.framework], assessment);
}

/**
 * The same with the framework given: the extension's content script has only
 * the framework its session sent it, not the bundled data of both.
 */
export function scoreReportWith(framework: Framework, assessment: Assessment): ScoreReport {
  // Values and chains once: the overlay recomputes this report on every change.
  const values = indicatorValues(framework, assessment);
  const chains = stepChains(framework, assessment, values);
  return {
    assessment,
    framework,
    score: scoreValues(framework, values),
    gap: gapToNextPredicate(framework, assessment, values, chains),
    steps: nextSteps(framework, assessment, chains),
    chains,
  };
}
