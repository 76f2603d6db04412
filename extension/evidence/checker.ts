/**
 * The checker page's work (entrypoints/evidence-check/): the file a user
 * picked in a portal's upload input, judged with the same core checks as
 * `spbe lint` judges a cited file (core/evidence/judge.ts), for the item or
 * indicator the input belongs to. pdf.js is loaded the first time a PDF comes,
 * here and never in the content script (bench/: content-script budget). The
 * framework data here is the slim one the whole extension carries; the items'
 * content terms come from virtual:item-content (build/slim-frameworks-plugin.mjs).
 * @module extension/evidence/checker
 */
import itemContent from 'virtual:item-content';
import { frameworks, findIndicator } from '../../core/frameworks/index.ts';
import { judgeFile } from '../../core/evidence/judge.ts';
import { inspectBytes } from '../../core/evidence/inspect-bytes.ts';
import type { PdfJs } from '../../core/evidence/pdf-facts.ts';
import { itemOf, type EvidenceSubject } from '../../core/evidence/subject.ts';
import type { FileFinding } from '../../core/evidence/judge.ts';
import { overlayMessages, translate } from '../i18n/overlay.ts';
import type { PickedFile, RunUploadCheck, UploadCheckResult, UploadLine, UploadSubject } from './protocol.ts';

let pdfjs: Promise<PdfJs> | undefined;
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('unpdf/pdfjs') as unknown as Promise<PdfJs>);

export function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The findings on one picked file, or null when its indicator is not the framework's. */
export async function checkFile(f: PickedFile, subject: UploadSubject): Promise<FileFinding[] | null> {
  const fw = frameworks[subject.framework];
  const ind = fw && findIndicator(fw, subject.indicator);
  if (!ind) return null;
  const { item, itemLabel } = itemOf(ind, fw.aspects, subject.item ?? undefined);
  const content = item ? itemContent[item.code] : undefined;
  const s: EvidenceSubject = {
    framework: fw, indicator: ind, item: item && content ? { ...item, content } : item, itemLabel,
    agency: { name: subject.agency ?? '' }, file: f.name,
  };
  return judgeFile(await inspectBytes(fromBase64(f.data), f.size, loadPdfJs), s);
}

/** The answer for the tab: every file's findings worded in its locale, a line for a file that could not be checked. */
export async function checkUpload(m: RunUploadCheck): Promise<UploadCheckResult> {
  const lines: UploadLine[] = [];
  for (const f of m.files) {
    const findings = await checkFile(f, m.subject).catch(() => null);
    if (!findings) lines.push({ severity: 'error', text: `${f.name}: ${translate(overlayMessages, m.locale, 'uploadFailed')}`, rule: '' });
    else for (const d of findings) lines.push({ severity: d.severity, text: d.message[m.locale], rule: d.ruleId });
  }
  return { lines, ok: translate(overlayMessages, m.locale, 'uploadOk') };
}
