/**
 * The pre-upload check's messages: a portal tab asks the background to check
 * the file the user picked (its bytes, read locally; nothing is uploaded), the
 * background hands it to the checker page, where pdf.js runs
 * (extension/evidence/checker.ts), and the answer goes back to the tab.
 * Bytes travel as base64: Chrome passes extension messages as JSON.
 * @module extension/evidence/protocol
 */
import type { FrameworkId, Locale } from '../../core/types.ts';

/** What the picked file is for, as the portal page shows it. */
export interface UploadSubject {
  framework: FrameworkId;
  indicator: number;
  /** The item the input belongs to (eval.spbe.go.id), in the core's local form, or null. */
  item: string | null;
  agency: string | null;
}

/** One picked file: its name, size and bytes in base64 (all, or the first ones for a file above the PDF limit). */
export interface PickedFile {
  name: string;
  size: number;
  data: string;
}

/** Content script → background. */
export interface CheckUpload {
  t: 'spbe-lens:check-upload';
  files: PickedFile[];
  subject: UploadSubject;
  locale: Locale;
}

/** Background → checker page: the same request, forwarded. */
export interface RunUploadCheck extends Omit<CheckUpload, 't'> {
  t: 'spbe-lens:run-upload-check';
}

/** One line of the answer, worded in the request's locale: a finding (with its rule), or that a file could not be checked. */
export interface UploadLine {
  severity: 'error' | 'warning' | 'info';
  text: string;
  rule: string;
}

/**
 * What the tab shows beside the input: the lines, or, when there are none,
 * `ok` (the overlay's "no problems found" text, in the locale).
 */
export type UploadCheckResult = { lines: UploadLine[]; ok: string };

export const CHECK_UPLOAD = 'spbe-lens:check-upload';
export const RUN_UPLOAD_CHECK = 'spbe-lens:run-upload-check';
