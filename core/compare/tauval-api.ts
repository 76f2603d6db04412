/**
 * Reading the Tauval data API's JSON (portals.md A6): records shaped
 * { kode, tahun, nama_instansi, nilai: { D2001…D2004, A2001…A2008, I20NN?, indeks } }
 * with values as strings of 10 decimals. Indicator codes I20NN are used where
 * present (only I2001 has been seen; NN = indicator number is assumed and
 * checked against 1-47), else only aspect/domain values and the index exist.
 * @module core/compare/tauval-api
 */
import { parseDecimal, Rational } from '../rational.ts';
import type { Message } from '../lint/diagnostic.ts';
import type { LastResult } from './last-result.ts';

interface ApiRecord {
  kode?: unknown;
  tahun?: unknown;
  nama_instansi?: unknown;
  nilai?: Record<string, unknown>;
}

/** mustPick: the response holds several records, or none for the code and year asked; the caller says how to choose. */
export type ApiParse = { ok: true; result: LastResult } | { ok: false; reason: Message; mustPick?: true };

const CODE = /^([DAI])20(\d{2})$/;

function value(v: unknown): Rational | null {
  if (typeof v === 'number' && Number.isFinite(v)) return Rational.fromNumber(v);
  return typeof v === 'string' ? parseDecimal(v) : null;
}

/**
 * @param data the parsed JSON: one record, an array of records, or { data: [...] }
 * @param pick which record when there are several: agency code and/or year
 */
export function lastFromTauvalApi(data: unknown, pick: { code?: string; year?: number } = {}): ApiParse {
  const list: ApiRecord[] = Array.isArray(data) ? data : Array.isArray((data as { data?: unknown })?.data) ? (data as { data: ApiRecord[] }).data : [data as ApiRecord];
  const records = list.filter((r) => r && typeof r === 'object' && r.nilai && typeof r.nilai === 'object');
  if (!records.length) return { ok: false, reason: { id: 'Tidak ada rekaman dengan "nilai" dalam JSON ini (bukan respons API Tauval?)', en: 'No record with "nilai" in this JSON (not a Tauval API response?)' } };
  const chosen = records.filter((r) => (pick.code === undefined || String(r.kode) === pick.code) && (pick.year === undefined || Number(r.tahun) === pick.year));
  if (chosen.length !== 1) {
    const all = records.map((r) => `${r.kode}/${r.tahun} ${r.nama_instansi ?? ''}`.trim()).slice(0, 10).join('; ');
    return { ok: false, mustPick: true, reason: chosen.length
      ? { id: `Ada ${chosen.length} rekaman; pilih dengan kode instansi dan tahun: ${all}`, en: `${chosen.length} records; choose one by agency code and year: ${all}` }
      : { id: `Tidak ada rekaman untuk kode/tahun yang diminta; tersedia: ${all}`, en: `No record for the requested code/year; available: ${all}` } };
  }
  const r = chosen[0]!;
  // A value that is no decimal at all (NaN, 1e400, Infinity, text) means the record was not read right:
  // refused whole, as unreadable text is, rather than compared without it.
  const unreadable = Object.entries(r.nilai!).filter(([, raw]) => !value(raw) && !(typeof raw === 'string' && raw.trim() === '')).map(([k, raw]) => `${k}=${JSON.stringify(raw)}`);
  if (unreadable.length) {
    const list = unreadable.slice(0, 5).join(', ') + (unreadable.length > 5 ? ` (+${unreadable.length - 5})` : '');
    return { ok: false, reason: { id: `Rekaman API Tauval berisi nilai yang bukan angka desimal: ${list}`, en: `The Tauval API record holds values that are not decimal numbers: ${list}` } };
  }
  const result: LastResult = {
    framework: 'spbe-2020', year: Number.isInteger(Number(r.tahun)) ? Number(r.tahun) : null,
    agency: typeof r.nama_instansi === 'string' ? r.nama_instansi : null, source: 'tauval-api',
    index: null, indicators: new Map(), aspects: new Map(), domains: new Map(), notes: [],
  };
  for (const [key, raw] of Object.entries(r.nilai!)) {
    const v = value(raw);
    if (key === 'indeks') { result.index = v; if (!v) result.notes.push({ id: `"indeks" tidak terbaca: ${JSON.stringify(raw)}`, en: `"indeks" unreadable: ${JSON.stringify(raw)}` }); continue; }
    const m = CODE.exec(key);
    const n = m ? Number(m[2]) : NaN;
    const max = m?.[1] === 'D' ? 4 : m?.[1] === 'A' ? 8 : 47;
    if (!m || n < 1 || n > max || !v || v.lt(Rational.int(1)) || v.gt(Rational.int(5))) {
      result.notes.push({ id: `Kode "${key}" dengan nilai ${JSON.stringify(raw)} dilewati (tidak dikenal atau di luar 1-5)`, en: `Code "${key}" with value ${JSON.stringify(raw)} skipped (unknown or outside 1-5)` });
      continue;
    }
    ({ D: result.domains, A: result.aspects, I: result.indicators } as const)[m[1] as 'D' | 'A' | 'I'].set(n, v);
  }
  return { ok: true, result };
}
