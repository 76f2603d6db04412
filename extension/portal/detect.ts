/**
 * Page predicates as a tested mini-library (style.md, after
 * github-url-detection): each decides by host and by what the page shows
 * (title, table header texts, level headings), never by URL path or class
 * names. `recognise` returns the read page, or why it is none of them.
 * Pure functions over a Document; read only.
 * @module extension/portal/detect
 */
import type { Recognition } from './types.ts';
import { findTitle, frameworkOfHost, readContext } from './context.ts';
import { reasons } from './reasons.ts';
import { criteriaProblem, findCriteriaTable, hasTauvalList, isAssessorTable, readTauvalIndicator, TAUVAL_LIST_HEADERS } from './tauval.ts';
import { readTauvalAssessor } from './tauval-assessor.ts';
import { readTauvalList } from './list-page.ts';
import { EVAL_LIST_HEADERS, findLevelHeadings, hasEvalList, readEvalIndicator } from './eval.ts';

const onTauval = (url: URL) => frameworkOfHost(url) === 'spbe-2020';
const onEval = (url: URL) => frameworkOfHost(url) === 'pemdi-2026';

/** Tauval self-assessment indicator page: title + Tingkat | Kriteria | Capaian, no EM column (portals.md A4). */
export function isTauvalIndicatorPage(doc: Document, url: URL): boolean {
  return onTauval(url) && readTauvalIndicator(doc, url).ok;
}

/** Tauval assessor view: title + Tingkat | Kriteria | EM | … | Capaian (portals.md A5). */
export function isTauvalAssessorView(doc: Document, url: URL): boolean {
  return onTauval(url) && readTauvalAssessor(doc).ok;
}

/** Tauval Daftar Indikator: the list table and no criteria table. */
export function isTauvalIndicatorList(doc: Document, url: URL): boolean {
  return onTauval(url) && !findCriteriaTable(doc) && hasTauvalList(doc);
}

/** Pemdi indicator page: title "Indikator {n}" + "Tingkat k" sections (portals.md B5). */
export function isEvalIndicatorPage(doc: Document, url: URL): boolean {
  return onEval(url) && readEvalIndicator(doc, url).ok;
}

/** Pemdi Daftar Indikator: the list table and no level sections. */
export function isEvalIndicatorList(doc: Document, url: URL): boolean {
  return onEval(url) && findLevelHeadings(doc).length === 0 && hasEvalList(doc);
}

function recogniseTauval(doc: Document, url: URL): Recognition {
  const table = findCriteriaTable(doc);
  if (table) return isAssessorTable(table) ? readTauvalAssessor(doc) : readTauvalIndicator(doc, url);
  if (hasTauvalList(doc)) return { ok: true, page: readTauvalList(doc, readContext(doc, 'spbe-2020')) };
  return { ok: false, reason: reasons.notListEither(criteriaProblem(doc), TAUVAL_LIST_HEADERS) };
}

function recogniseEval(doc: Document, url: URL): Recognition {
  if (findLevelHeadings(doc).length > 0 || findTitle(doc, 'pemdi-2026')) return readEvalIndicator(doc, url);
  if (hasEvalList(doc)) return { ok: true, page: { kind: 'eval-indicator-list', context: readContext(doc, 'pemdi-2026') } };
  return { ok: false, reason: reasons.notListEither(reasons.levelsMissing(), EVAL_LIST_HEADERS) };
}

/** What this page is, read; or why it is not a page the extension knows. */
export function recognise(doc: Document, url: URL): Recognition {
  switch (frameworkOfHost(url)) {
    case 'spbe-2020': return recogniseTauval(doc, url);
    case 'pemdi-2026': return recogniseEval(doc, url);
    default: return { ok: false, reason: reasons.unknownHost(url.hostname) };
  }
}

/* Test URLs (replicas in test/fixtures/portal; detect.test.ts runs every page):
https://tauval.spbe.go.id/penilaian-mandiri/indikator/12               tauval-indicator
https://tauval.spbe.go.id/penilaian-mandiri                            tauval-indicator-list
https://tauval.spbe.go.id/penilaian-dokumen/instansi/9901/indikator/1  tauval-assessor
https://eval.spbe.go.id/penilaian-mandiri/indikator/4                  eval-indicator
https://eval.spbe.go.id/penilaian-mandiri                              eval-indicator-list
https://tauval.spbe.go.id/ and https://eval.spbe.go.id/                none (reason)
*/
