/**
 * What every portal page shares: which framework its host serves, the
 * indicator title ("Indikator 12", portals.md A4) and whose assessment it is
 * (agency, code, year) as far as the page shows it.
 * @module extension/portal/context
 */
import type { FrameworkId } from '../../core/types.ts';
import { hasIndicator } from '../../core/frameworks/ids.ts';
import type { PortalContext } from './types.ts';
import { findByText, labelText, visibleText } from './text.ts';
import { EVAL_WORDS, TAUVAL_WORDS, type PortalWords } from './words.ts';

export const PORTAL_HOSTS: Readonly<Record<string, FrameworkId>> = {
  'tauval.spbe.go.id': 'spbe-2020',
  'eval.spbe.go.id': 'pemdi-2026',
};

export function frameworkOfHost(url: URL): FrameworkId | null {
  return PORTAL_HOSTS[url.hostname.toLowerCase()] ?? null;
}

const TITLE_RE = /^Indikator\s+(\d{1,3})$/i;
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
// Breadcrumbs, menus and table cells repeat "Indikator 12" but are not the title.
const NOT_TITLE = 'li, a, td, th, nav, ol, ul';

export interface Title {
  element: Element;
  indicator: number;
}

/**
 * The element titled "Indikator {n}" (a heading first, else a lone text block
 * outside lists, links and tables), when it names exactly one indicator that
 * the framework has.
 */
export function findTitle(doc: Document, framework: FrameworkId): Title | null {
  const hits = findByText(doc, TITLE_RE, 20);
  const headings = hits.filter((el) => el.matches(HEADING) || el.closest(HEADING));
  const pool = headings.length ? headings : hits.filter((el) => !el.closest(NOT_TITLE));
  const numbers = new Set(pool.map((el) => Number(TITLE_RE.exec(visibleText(el))?.[1])));
  if (pool.length === 0 || numbers.size !== 1) return null;
  const indicator = [...numbers][0]!;
  if (!hasIndicator(framework, indicator)) return null;
  return { element: pool[0]!, indicator };
}

// Agency names as the portals show them; only searched in the top bar.
const AGENCY_RE = /^(Pemerintah (Provinsi|Kabupaten|Kota)|Kementerian|Badan|Lembaga|Sekretariat|Kejaksaan|Kepolisian|Komisi|Mahkamah|Arsip|Perpustakaan|Ombudsman|Otorita)\s+\S/;
const TOP_BAR = 'nav, header, [role="banner"], [role="navigation"]';

type Labels = PortalWords['labels'];

function agencyOf(doc: Document, labels: Labels): string | null {
  const labelled = labelText(doc, labels.agency);
  if (labelled) return labelled;
  for (const bar of Array.from(doc.querySelectorAll(TOP_BAR))) {
    const hit = findByText(bar, AGENCY_RE, 120)[0];
    if (hit) return visibleText(hit);
  }
  return null;
}

const YEAR_RE = /\bTahun\s+(20\d{2})\b/i;

function yearOf(doc: Document, labels: Labels): number | null {
  const tahun = labelText(doc, labels.year)?.match(/\b20\d{2}\b/)?.[0];
  if (tahun) return Number(tahun);
  const kegiatan = labelText(doc, labels.activity)?.match(YEAR_RE)?.[1];
  if (kegiatan) return Number(kegiatan);
  const shown = findByText(doc, /^Tahun\s+20\d{2}$/i, 20)[0];
  return shown ? Number(visibleText(shown).slice(-4)) : null;
}

/** Agency, agency code and year where the page shows them (null otherwise). */
export function readContext(doc: Document, framework: FrameworkId): PortalContext {
  const { labels } = framework === 'spbe-2020' ? TAUVAL_WORDS : EVAL_WORDS;
  return {
    framework,
    agency: agencyOf(doc, labels),
    agencyCode: labelText(doc, labels.agencyCode),
    year: yearOf(doc, labels),
  };
}

export interface IndicatorLabels {
  domain: string | null;
  aspect: string | null;
  /** The indicator name without an appended code. */
  name: string | null;
  question: string | null;
  /** The code the page shows: "(I2001)" after the name on Tauval assessor views (A5), "Kode Indikator" on Pemdi. */
  code: string | null;
}

const NAME_CODE_RE = /\s*\((I\d{4})\)$/;

/** The label rows under the title (portals.md A4: Domain, Aspek, Indikator, Pertanyaan), null where absent. */
export function readIndicatorLabels(doc: Document): IndicatorLabels {
  const name = labelText(doc, 'Indikator');
  return {
    domain: labelText(doc, 'Domain'),
    aspect: labelText(doc, 'Aspek'),
    name: name?.replace(NAME_CODE_RE, '') ?? null,
    question: labelText(doc, 'Pertanyaan'),
    code: name?.match(NAME_CODE_RE)?.[1] ?? labelText(doc, 'Kode Indikator'),
  };
}
