/**
 * The pre-upload check's messages: a portal tab asks the background to check
 * the file the user picked (its bytes, read locally; nothing is uploaded), the
 * background hands it to the checker page, where pdf.js runs
 * (extension/evidence/checker.ts), and the answer goes back to the tab.
 * Bytes travel as base64: Chrome passes extension messages as JSON.
 * @module extension/evidence/protocol
 */
import type { FrameworkId } from '../../core/types.ts';
import type { FileFinding } from '../../core/evidence/judge.ts';

/** What the picked file is for, as the portal page shows it. */
export interface UploadSubject {
  framework: FrameworkId;
  indicator: number;
  /** The item the input belongs to (eval.spbe.go.id), in the core's local form, or null. */
  item: string | null;
  agency: string | null;
}

/** Content script → background. */
export interface CheckUpload {
  t: 'spbe-lens:check-upload';
  name: string;
  size: number;
  /** The file's bytes in base64: all of them, or the first ones for a file above the PDF limit. */
  data: string;
  subject: UploadSubject;
}

/** Background → checker page: the same request, forwarded. */
export interface RunUploadCheck extends Omit<CheckUpload, 't'> {
  t: 'spbe-lens:run-upload-check';
}

export type UploadCheckResult = { ok: true; findings: FileFinding[]; pdfRead: boolean } | { ok: false; reason: string };

export const CHECK_UPLOAD = 'spbe-lens:check-upload';
export const RUN_UPLOAD_CHECK = 'spbe-lens:run-upload-check';
