/**
 * "Simpan contoh halaman (tanpa data instansi)": the popup asks the portal
 * tab's content script for the page (extension/portal/page-sample.ts),
 * sanitises it here (the sanitizer and its parser load only when asked:
 * extension/portal/make-sample.ts), shows what will be saved and what was
 * replaced, and saves it through an <a download> (docs/page-sample.md). No
 * permission beyond the popup's own; nothing is sent anywhere. Its texts
 * live here, both languages, so the section stands on its own.
 * @module extension/pages/popup/page-sample-section
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Locale } from '../../../core/types.ts';
import type { Counts } from '../../../core/page-sample/secrets.ts';
import type { PageSample } from '../../portal/make-sample.ts';
import type { RawPage } from '../../portal/page-sample.ts';

/** Kept equal to PAGE_SAMPLE_MESSAGE (extension/portal/page-sample.ts, which imports the content script's browser listener; pinned by the section's test). */
export const PAGE_SAMPLE_MESSAGE = 'spbe-lens:page-sample';

const TEXT = {
  save: ['Simpan contoh halaman (tanpa data instansi)', 'Save a page sample (without agency data)'],
  about: ['Untuk melaporkan halaman yang tidak terbaca: struktur halaman disimpan, data instansi dihapus atau diganti. Tidak ada yang dikirim; Anda memutuskan akan membagikannya atau tidak.',
    'To report a page that is not read: the page structure is kept, the agency\'s data removed or replaced. Nothing is sent; you decide whether to share it.'],
  working: ['Menyiapkan contoh…', 'Preparing the sample…'],
  failed: ['Halaman tidak dapat dibaca. Muat ulang halaman portal, lalu coba lagi.', 'The page could not be read. Reload the portal page and try again.'],
  preview: ['Pratinjau isi berkas', 'Preview of the file'],
  replaced: ['Diganti atau dihapus:', 'Replaced or removed:'],
  nothing: ['tidak ada data yang dikenali sebagai milik instansi', 'nothing recognised as the agency\'s'],
  recognised: ['Terbaca sebagai: {kind}', 'Read as: {kind}'],
  notRecognised: ['Tidak dikenali: {reason}', 'Not recognised: {reason}'],
  items: ['{n} butir terbaca', '{n} items read'],
  check: ['Periksa pratinjau. Bila masih ada data instansi, jangan bagikan berkasnya.', 'Check the preview. If any agency data is left, do not share the file.'],
  download: ['Simpan berkas', 'Save the file'],
} as const;

const COUNTED: Record<keyof Counts, readonly [string, string]> = {
  field: ['isian', 'field values'], file: ['nama berkas', 'file names'], agency: ['nama instansi', 'agency names'],
  agencyCode: ['kode instansi', 'agency codes'], person: ['nama orang', 'people\'s names'], nip: ['NIP', 'NIP numbers'],
  nik: ['NIK', 'NIK numbers'], email: ['alamat surel', 'e-mail addresses'], phone: ['nomor telepon', 'phone numbers'],
  url: ['alamat web', 'web addresses'], token: ['token dan nomor', 'tokens and numbers'],
};

const KINDS: Record<string, readonly [string, string]> = {
  'tauval-indicator': ['halaman indikator SPBE', 'SPBE indicator page'], 'eval-indicator': ['halaman indikator Pemdi', 'Pemdi indicator page'],
  'tauval-indicator-list': ['daftar indikator SPBE', 'SPBE indicator list'], 'eval-indicator-list': ['daftar indikator Pemdi', 'Pemdi indicator list'],
  'tauval-assessor': ['tampilan asesor SPBE', 'SPBE assessor view'],
};

const say = (locale: Locale, key: keyof typeof TEXT, vars: Record<string, string | number> = {}) =>
  TEXT[key][locale === 'en' ? 1 : 0].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** Chrome refuses data: downloads over 2 MB; below that a data: address outlives the popup (Firefox closes it while asking where to save, which ends blob: addresses). */
export function downloadHref(html: string): string {
  return html.length < 1_500_000 ? `data:text/html;charset=utf-8,${encodeURIComponent(html)}` : URL.createObjectURL(new Blob([html], { type: 'text/html' }));
}

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'failed' } | { kind: 'ready'; sample: PageSample; href: string };

export interface PageSampleSectionProps {
  locale: Locale;
  /** The agency the adapter read on the page, replaced wherever it appears. */
  agency?: { name?: string | null; code?: string | null } | undefined;
}

export function PageSampleSection({ locale, agency }: PageSampleSectionProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const ready = state.kind === 'ready' ? state : null;
  useEffect(() => () => { if (ready?.href.startsWith('blob:')) URL.revokeObjectURL(ready.href); }, [ready?.href]);
  const i = locale === 'en' ? 1 : 0;

  const start = async () => {
    setState({ kind: 'working' });
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const raw = (await browser.tabs.sendMessage(tab!.id!, { type: PAGE_SAMPLE_MESSAGE })) as RawPage | undefined;
      if (!raw || typeof raw.html !== 'string') throw new Error('no page');
      const { makeSample } = await import('../../portal/make-sample.ts');
      const sample = makeSample(raw, agency ?? {}, browser.runtime.getManifest().version);
      setState({ kind: 'ready', sample, href: downloadHref(sample.html) });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  const counted = ready ? (Object.keys(COUNTED) as (keyof Counts)[]).filter((k) => ready.sample.counts[k] > 0) : [];
  const report = ready?.sample.report;
  return (
    <section class="page-sample" data-testid="page-sample" data-state={state.kind} style={{ marginTop: '10px', paddingTop: '8px', borderTop: '1px solid #e5e7eb' }}>
      {state.kind !== 'ready' && (
        <>
          <button type="button" disabled={state.kind === 'working'} onClick={() => void start()}>{say(locale, 'save')}</button>
          <p class="muted">{say(locale, state.kind === 'working' ? 'working' : 'about')}</p>
          {state.kind === 'failed' && <p class="warn">{say(locale, 'failed')}</p>}
        </>
      )}
      {ready && report && (
        <>
          <p data-testid="sample-recognition" data-kind={report.kind ?? ''} data-items={report.items?.read ?? ''}>
            {report.recognised ? say(locale, 'recognised', { kind: KINDS[report.kind!]?.[i] ?? report.kind! }) : say(locale, 'notRecognised', { reason: report.reason?.[locale] ?? '' })}
            {report.items && ` · ${say(locale, 'items', { n: report.items.read })}`}
          </p>
          <p>
            {say(locale, 'replaced')}{' '}
            {counted.length ? counted.map((k) => `${ready.sample.counts[k]} ${COUNTED[k][i]}`).join(', ') : say(locale, 'nothing')}
          </p>
          <p class="muted">{say(locale, 'check')}</p>
          <a class="button" data-testid="sample-download" href={ready.href} download={ready.sample.fileName}>{say(locale, 'download')}</a>
          <iframe class="sample-preview" title={say(locale, 'preview')} sandbox="" srcdoc={ready.sample.html} style={{ width: '100%', height: '220px', marginTop: '8px', border: '1px solid #e5e7eb' }} />
        </>
      )}
    </section>
  );
}
