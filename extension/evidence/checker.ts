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
import type { RunUploadCheck, UploadCheckResult } from './protocol.ts';

let pdfjs: Promise<PdfJs> | undefined;
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('unpdf/pdfjs') as unknown as Promise<PdfJs>);

export function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function checkUpload(m: RunUploadCheck): Promise<UploadCheckResult> {
  const fw = frameworks[m.subject.framework];
  const ind = fw && findIndicator(fw, m.subject.indicator);
  if (!ind) return { ok: false, reason: `unknown indicator ${m.subject.indicator}` };
  const { item, itemLabel } = itemOf(ind, fw.aspects, m.subject.item ?? undefined);
  const content = item ? itemContent[item.code] : undefined;
  const subject: EvidenceSubject = {
    framework: fw, indicator: ind, item: item && content ? { ...item, content } : item, itemLabel,
    agency: { name: m.subject.agency ?? '' }, file: m.name,
  };
  const inspection = await inspectBytes(fromBase64(m.data), m.size, loadPdfJs);
  const pdfRead = inspection.found === 'file' && inspection.pdf?.status === 'read';
  return { ok: true, findings: judgeFile(inspection, subject), pdfRead };
}
