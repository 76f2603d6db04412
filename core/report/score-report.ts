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

/**
 * What a view of one indicator at a time draws: the score and each
 * indicator's chain of next steps. The portal page's content script computes
 * this on every change and carries nothing more (its 60 kB budget,
 * test/budget.test.ts): the gap and the cheapest path are for the full
 * summary (side panel, popup, `spbe score`).
 */
export interface ScoreView {
  assessment: Assessment;
  framework: Framework;
  score: Score;
  /** Every indicator's chain of steps (the overlay reads one indicator's first step). */
  chains: Map<number, Step[]>;
}

export interface ScoreReport extends ScoreView {
  gap: Gap;
  steps: Step[];
}

export function scoreReport(assessment: Assessment): ScoreReport {
  return scoreReportWith(frameworks[assessment.framework], assessment);
}

/** The score and the step chains, values computed once (the content script's view). */
export function scoreView(framework: Framework, assessment: Assessment): ScoreView {
  const values = indicatorValues(framework, assessment);
  return { assessment, framework, score: scoreValues(framework, values), chains: stepChains(framework, assessment, values) };
}

/**
 * The same with the framework given: an extension page has only the framework
 * its tab sent it, not the bundled data of both.
 */
export function scoreReportWith(framework: Framework, assessment: Assessment): ScoreReport {
  const view = scoreView(framework, assessment);
  return {
    ...view,
    gap: gapToNextPredicate(framework, assessment, view.score.indicators, view.chains),
    steps: nextSteps(framework, assessment, view.chains),
  };
}
