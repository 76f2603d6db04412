/**
 * Shared types of the core: the two frameworks as data and the assessment file
 * (format v1, see docs/assessment-format.md and schemas/assessment.schema.json).
 * @module core/types
 */

export type FrameworkId = 'spbe-2020' | 'pemdi-2026';
export const FRAMEWORK_IDS: readonly FrameworkId[] = ['spbe-2020', 'pemdi-2026'];

export interface LevelName {
  name: string;
  nameEn?: string;
  summary?: string;
}

export interface Scale {
  appliesTo: string;
  levels: Record<string, LevelName>;
  source: string;
}

export interface EvidenceItemDef {
  /** Local item code I{n}-L{level}-{NN}, the one assessment files use. */
  code: string;
  /** The Modul Indikator id GT.I{n}_L{level}_{k}. */
  moduleId: string;
  title: string;
  /** What the item's document says, where known: the evidence content checks (core/evidence/). */
  content?: ItemContent;
}

/**
 * What a fitting document for one module item carries, and the look-alike
 * documents assessors rejected for it (framework data; docs/reference/pemdi-2026.md,
 * "Evidence content"). Terms are normalised words (core/evidence/text.ts).
 */
export interface ItemContent {
  /** The document the item asks for, as messages name it ("SK Tim Auditor Internal Pemerintah Digital"). */
  asks: string;
  /** Any one of these in the document is enough. */
  expects: string[];
  lookAlikes?: { name: string; terms: string[]; source: string }[];
  source: string;
}

export interface IndicatorLevelDef {
  criteria: string;
  /** Pemdi only: the evidence items (butir data dukung) of this level. */
  items?: EvidenceItemDef[];
  /** Pemdi external indicators: what the value is based on. */
  basis?: string[];
  /** false where the module did not state the item count (list taken as given). */
  itemCountStated?: boolean;
}

export type ValueSource = 'evidence' | 'external' | 'evidence_plus_external_band';

export interface IndicatorDef {
  number: number;
  code: string | null;
  name: string;
  shortName?: string;
  question?: string;
  description?: string;
  assessorCode?: string;
  aspect: number;
  /** Weight in percent of the whole index (Bobot Indikator). */
  weight: number;
  scale: string;
  valueSource?: ValueSource;
  externalIndex?: { index: string; pembina: string };
  levels: Record<string, IndicatorLevelDef>;
  source: string;
}

export interface AspectDef {
  number: number;
  domain?: number;
  name: string;
  nameEn?: string;
  weight: number;
  indicators: number[];
  portalCodePrefix?: string | null;
  source: string;
}

export interface DomainDef {
  number: number;
  name: string;
  weight: number;
  aspects: number[];
  source: string;
}

export interface PredicateBand {
  name: string;
  nameEn: string;
  /** null: no lower bound ("< 1,8" in PermenPANRB 59/2020 Tabel 13). */
  min: number | null;
  minInclusive: boolean;
  max: number;
  maxInclusive: boolean;
  printed: string;
}

/** A national index an external Pemdi indicator takes its value from (framework data pemdi.externalSources). */
export type ExternalSourceId = 'SDI' | 'SJIG' | 'IPS';

export interface ExternalSource {
  name: string;
  pembina: string;
  indicators: number[];
  /** The score's range as the index publishes it. */
  scale: [number, number];
  /** Piecewise-linear score → value through ascending [score, value] points; null where no conversion is established. */
  conversion: { points: [number, number][]; examples: [number, number][]; confidence: Confidence; source: string } | null;
  note: string;
}

export type Confidence = 'high' | 'medium' | 'low';

/** The reference date document-age rules measure against in one evaluation year (framework data `rounds`). */
export interface Round {
  referenceDate: string;
  basis: string;
  source: string;
  confidence: Confidence;
}

export interface PemdiRules {
  floor: number;
  floorRule: string;
  floorSource: string;
  gating: { rule: string; autoRejectNote: string; missingNote: string; source: string };
  estimate: { status: 'approximate'; formula: string; bands: Record<string, [number, number]>; source: string };
  externalIndicators: number[];
  externalSources: Record<ExternalSourceId, ExternalSource>;
}

export interface Framework {
  id: FrameworkId;
  name: string;
  regulation: string;
  regulationShort: string;
  years: { from: number; to: number | null };
  portal: string;
  itemsPerLevel: boolean;
  valueRange: { min: number; max: number };
  scales: Record<string, Scale>;
  domains?: DomainDef[];
  aspects: AspectDef[];
  indicators: IndicatorDef[];
  predicates: { bands: PredicateBand[]; source: string };
  indexFormula: { text: string; source: string };
  pemdi?: PemdiRules;
  /** Reference dates by evaluation year ("2025"), where the round's schedule is known. */
  rounds?: Record<string, Round>;
}

// ---- the assessment file (format v1) ----

export type Stage = 'mandiri' | 'dokumen' | 'interviu' | 'visitasi' | 'akhir';
export type EvidenceKind =
  | 'kebijakan' | 'reviu' | 'audit' | 'laporan' | 'notulen' | 'sk'
  | 'screenshot' | 'video' | 'tautan' | 'lainnya';
export type ItemStatus = 'diterima' | 'revisi';

export interface Evidence {
  title?: string;
  file?: string;
  url?: string;
  kind?: EvidenceKind;
  date?: string;
  levels?: number[];
  item?: string;
  status?: ItemStatus;
  note?: string;
}

/**
 * A Pemdi external-index indicator's raw score as the portal shows it (I5 and
 * I18: SDI; I6: SJIG; I7: IPS). docs/assessment-format.md.
 */
export interface ExternalScore {
  source: ExternalSourceId;
  score: number;
  /** ISO date of the score (when the index was published or read). */
  date?: string;
}

export interface IndicatorEntry {
  level?: number;
  value?: number;
  external?: ExternalScore;
  explanation?: string;
  evidence?: Evidence[];
}

export interface Assessment {
  $schema?: string;
  framework: FrameworkId;
  year: number;
  agency: { name: string; code?: string; kind?: string };
  stage: Stage;
  indicators: Record<string, IndicatorEntry>;
}

export type Locale = 'id' | 'en';
