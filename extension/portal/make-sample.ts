/**
 * A page sample from what the content script sent (./page-sample.ts): the
 * page with its live state, sanitised (core/page-sample/sanitize.ts), the adapter's recognition
 * report on the sanitised page itself (so it says what a maintainer will see
 * in the file), both in one HTML file. Runs in the popup, never in the
 * content script: the sanitizer and its HTML parser stay out of every portal
 * page. Nothing is sent anywhere.
 * @module extension/portal/make-sample
 */
import { sanitizePage, withSampleInfo, type SanitizeResult } from '../../core/page-sample/sanitize.ts';
import { recognitionReport, type RecognitionReport } from './recognition-report.ts';
import { withLiveState, type RawPage } from './page-sample.ts';

export interface PageSample {
  /** The file's content: the sanitised page with its report embedded. */
  html: string;
  fileName: string;
  report: RecognitionReport;
  counts: SanitizeResult['counts'];
  removed: SanitizeResult['removed'];
}

/** What the caller already knows of the page's agency (read by the adapter), replaced wherever it appears. */
export interface KnownAgency { name?: string | null; code?: string | null }

const KIND_NAME: Record<NonNullable<RecognitionReport['kind']>, string> = {
  'tauval-indicator': 'indikator', 'eval-indicator': 'indikator', 'tauval-indicator-list': 'daftar-indikator',
  'eval-indicator-list': 'daftar-indikator', 'tauval-assessor': 'asesor',
};

export function makeSample(raw: RawPage, agency: KnownAgency = {}, version = ''): PageSample {
  const html0 = withLiveState(new DOMParser().parseFromString(raw.html, 'text/html'), raw.state);
  const s = sanitizePage(html0, { url: raw.url, agencies: agency.name ? [agency.name] : [], agencyCodes: agency.code ? [agency.code] : [] });
  const url = new URL(s.url ?? raw.url);
  const report = recognitionReport(new DOMParser().parseFromString(s.html, 'text/html'), url);
  const html = withSampleInfo(s.html, { source: `SPBE Lens ${version}`.trim(), report, replaced: s.counts, removed: s.removed });
  const site = url.hostname.split('.')[0] ?? 'portal';
  const what = report.kind ? KIND_NAME[report.kind] : 'tidak-dikenali';
  const n = report.title && report.kind?.endsWith('indicator') ? `-${report.title.indicator}` : '';
  return { html, fileName: `contoh-halaman-${site}-${what}${n}.html`, report, counts: s.counts, removed: s.removed };
}
