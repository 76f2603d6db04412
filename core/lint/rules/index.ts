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
import itemRevisi from './item-revisi.ts';
import externalIndexEvidence from './external-index-evidence.ts';
import duplicateEvidence from './duplicate-evidence.ts';
import evidenceFileName from './evidence-file-name.ts';
import evidenceFilePattern from './evidence-file-pattern.ts';
import unknownItem from './unknown-item.ts';
import externalIndexValue from './external-index-value.ts';
import finalValueMissing from './final-value-missing.ts';
import evidenceFolderNotFound from './evidence-folder-not-found.ts';
import evidenceFileMissing from './evidence-file-missing.ts';
import evidenceFileEmpty from './evidence-file-empty.ts';
import evidenceFileType from './evidence-file-type.ts';
import evidencePdfUnreadable from './evidence-pdf-unreadable.ts';
import evidenceContentSkipped from './evidence-content-skipped.ts';
import evidenceAgencyMentioned from './evidence-agency-mentioned.ts';
import evidenceYearMentioned from './evidence-year-mentioned.ts';
import evidenceItemContent from './evidence-item-content.ts';

/** The rules that judge the cited files as opened (RuleContext.evidence): `spbe lint` runs them once the files are inspected. */
export const openedEvidenceRules: readonly Rule[] = [
  evidenceFolderNotFound,
  evidenceFileMissing,
  evidenceFileEmpty,
  evidenceFileType,
  evidencePdfUnreadable,
  evidenceContentSkipped,
  evidenceItemContent,
  evidenceAgencyMentioned,
  evidenceYearMentioned,
];

/**
 * The rules that judge the assessment alone, without opening its files: what
 * runRules runs by default, and what the extension's background bundles (the
 * opened-evidence rules, their texts included, stay out of it).
 */
export const assessmentRules: readonly Rule[] = [
  // the file as a whole
  unknownIndicator,
  unknownItem,
  incompleteAssessment,
  // claimed levels and their evidence
  levelNeedsEvidence,
  itemRevisi,
  pemdiGatedLevel,
  externalIndexEvidence,
  externalIndexValue,
  finalValueMissing,
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

/** Every rule: the assessment's, then the cited files' as opened (spbe lint: cli/evidence/). */
// concat, not spread, and marked pure: a bundle that uses assessmentRules alone (the extension) drops the rest.
export const rules: readonly Rule[] = /* @__PURE__ */ assessmentRules.concat(openedEvidenceRules);
