/**
 * Every evaluation rule, in the order their findings are usually fixed.
 * test/rules-convention.test.ts checks each has a test and a docs page.
 * @module core/lint/rules
 */
import type { Rule } from '../rule.ts';
import unknownIndicator from './unknown-indicator.ts';
import incompleteAssessment from './incomplete-assessment.ts';
import levelNeedsEvidence from './level-needs-evidence.ts';
import explanationRequired from './explanation-required.ts';
import explanationTemplate from './explanation-template.ts';
import evidenceDateFuture from './evidence-date-future.ts';
import reviewTooOld from './review-too-old.ts';
import auditTooOld from './audit-too-old.ts';
import followupTooSoon from './followup-too-soon.ts';
import serviceEvidenceKinds from './service-evidence-kinds.ts';
import pemdiGatedLevel from './pemdi-gated-level.ts';
import externalIndexEvidence from './external-index-evidence.ts';
import duplicateEvidence from './duplicate-evidence.ts';
import evidenceFileName from './evidence-file-name.ts';
import evidenceFilePattern from './evidence-file-pattern.ts';
import unknownItem from './unknown-item.ts';
import externalIndexValue from './external-index-value.ts';

export const rules: readonly Rule[] = [
  // the file as a whole
  unknownIndicator,
  unknownItem,
  incompleteAssessment,
  // claimed levels and their evidence
  levelNeedsEvidence,
  pemdiGatedLevel,
  externalIndexEvidence,
  externalIndexValue,
  serviceEvidenceKinds,
  // explanations
  explanationRequired,
  explanationTemplate,
  // dates
  evidenceDateFuture,
  reviewTooOld,
  auditTooOld,
  followupTooSoon,
  // tidiness
  duplicateEvidence,
  evidenceFileName,
  evidenceFilePattern,
];
