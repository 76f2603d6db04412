/**
 * Everything `spbe score` reports, computed once from an assessment: the score,
 * the gap to the next predicate and the best next steps. Formatters
 * (score-text.ts, score-json.ts) are pure functions of this report.
 * @module core/report/score-report
 */
import type { Assessment, Framework } from '../types.ts';
import { frameworks } from '../frameworks/index.ts';
import { scoreAssessment, type Score } from '../engine/score.ts';
import { gapToNextPredicate, nextSteps, type Gap, type Step } from '../engine/steps.ts';

export interface ScoreReport {
  assessment: Assessment;
  framework: Framework;
  score: Score;
  gap: Gap;
  steps: Step[];
}

export function scoreReport(assessment: Assessment): ScoreReport {
  const framework = frameworks[assessment.framework];
  return {
    assessment,
    framework,
    score: scoreAssessment(framework, assessment),
    gap: gapToNextPredicate(framework, assessment),
    steps: nextSteps(framework, assessment),
  };
}
