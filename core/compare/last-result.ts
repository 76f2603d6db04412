/**
 * Last year's official result, however it arrived: an assessment file with
 * stage "akhir", the Tauval data API's JSON, or text pasted from the result
 * report. Values are exact decimals; a level that is absent is unknown.
 * @module core/compare/last-result
 */
import type { Assessment, FrameworkId } from '../types.ts';
import { Rational } from '../rational.ts';
import { frameworks } from '../frameworks/index.ts';
import { scoreAssessment } from '../engine/score.ts';
import type { Message } from '../lint/diagnostic.ts';

export type ResultSource = 'assessment' | 'tauval-api' | 'report-text';

export interface LastResult {
  framework: FrameworkId;
  year: number | null;
  agency: string | null;
  source: ResultSource;
  index: Rational | null;
  /** By indicator / aspect / domain number. */
  indicators: Map<number, Rational>;
  aspects: Map<number, Rational>;
  domains: Map<number, Rational>;
  /** The assessment itself when the result came as a file (for evidence ages). */
  assessment?: Assessment;
  /** What an importer could not read, with where. */
  notes: Message[];
  /** Whether the values rest on an estimate (a Pemdi file whose values come from its evidence items). */
  estimated?: boolean;
}

/** From an assessment file (normally stage "akhir"): values through the engine. */
export function lastFromAssessment(a: Assessment): LastResult {
  const fw = frameworks[a.framework];
  const s = scoreAssessment(fw, a);
  const groups = (gs: { number: number; value: Rational | null }[] | null) =>
    new Map((gs ?? []).flatMap((g) => (g.value ? [[g.number, g.value] as [number, Rational]] : [])));
  const notes: Message[] = a.stage === 'akhir' ? [] : [{
    id: `Berkas tahun lalu bertahap "${a.stage}", bukan "akhir": nilainya mungkin bukan hasil resmi.`,
    en: `Last year's file is at stage "${a.stage}", not "akhir": its values may not be the official result.`,
  }];
  return {
    framework: a.framework, year: a.year, agency: a.agency.name, source: 'assessment',
    index: s.complete ? s.index : null, estimated: s.estimated,
    indicators: new Map([...s.indicators].map(([n, v]) => [n, v.value])),
    aspects: groups(s.aspects), domains: groups(s.domains), assessment: a, notes: s.complete ? notes : [...notes, {
      id: `Berkas tahun lalu hanya berisi ${s.filled} dari ${s.total} indikator: indeks tahun lalu tidak dihitung.`,
      en: `Last year's file holds only ${s.filled} of ${s.total} indicators: last year's index is not computed.`,
    }],
  };
}
