/**
 * Last year's official result per agency and year, imported on the Options
 * page (assessment file, Tauval API JSON or report text) and shown beside
 * this year's values. One @wxt-dev/storage item per agency and year; exact
 * values are stored as fractions ("259/100"). A result belongs to a scope
 * when its agency is the scope's (extension/store/scope.ts: sameAgency), so
 * a result imported with the agency code still shows on portal pages that
 * name the agency without it. The background writes these items
 * (extension/store/service.ts).
 * @module extension/store/last-year
 */
import { storage } from '@wxt-dev/storage';
import { Rational } from '../../core/rational.ts';
import { isFrameworkId } from '../../core/frameworks/index.ts';
import type { LastResult } from '../../core/compare/last-result.ts';
import { agencyKey, sameAgency, type Scope } from './scope.ts';

export const LAST_PREFIX = 'spbe-lens:last:v1:';

export interface StoredLast {
  v: 1;
  agency: Scope['agency'];
  framework: LastResult['framework'];
  year: number;
  source: LastResult['source'];
  index: string | null;
  indicators: Record<string, string>;
  aspects: Record<string, string>;
  domains: Record<string, string>;
  importedAt: number;
}

export const lastKey = (agency: Scope['agency'], year: number) => `${LAST_PREFIX}${agencyKey(agency)}:${year}`;

export function lastItem(agency: Scope['agency'], year: number) {
  return storage.defineItem<StoredLast | null>(`local:${lastKey(agency, year)}`, { fallback: null, version: 1 });
}

const enc = (m: Map<number, Rational>) => Object.fromEntries([...m].map(([k, v]) => [String(k), v.toString()]));
const dec = (o: Record<string, string>) => new Map(Object.entries(o).flatMap(([k, v]) => {
  const r = Rational.parse(v);
  return r ? [[Number(k), r] as [number, Rational]] : [];
}));

/** The stored form of a result for an agency and year (the result must know its year or be given one). */
export function toStoredLast(agency: Scope['agency'], r: LastResult, year = r.year, importedAt = Date.now()): StoredLast {
  if (!year) throw new Error('last-year result without a year');
  return {
    v: 1, agency, framework: r.framework, year, source: r.source, index: r.index?.toString() ?? null,
    indicators: enc(r.indicators), aspects: enc(r.aspects), domains: enc(r.domains), importedAt,
  };
}

function readable(raw: unknown): raw is StoredLast {
  const s = raw as Partial<StoredLast> | null;
  return !!s && s.v === 1 && isFrameworkId(s.framework) && typeof s.year === 'number' && typeof s.agency?.name === 'string';
}

export function decodeLast(s: StoredLast): LastResult {
  return {
    framework: s.framework, year: s.year, agency: s.agency.name, source: s.source ?? 'assessment',
    index: s.index ? Rational.parse(s.index) : null,
    indicators: dec(s.indicators ?? {}), aspects: dec(s.aspects ?? {}), domains: dec(s.domains ?? {}), notes: [],
  };
}

/** Every readable stored result with its storage key. */
export async function listStoredLast(): Promise<{ key: string; stored: StoredLast }[]> {
  const all = await storage.snapshot('local');
  return Object.entries(all).flatMap(([key, raw]) => (key.startsWith(LAST_PREFIX) && !key.endsWith('$') && readable(raw) ? [{ key, stored: raw }] : []));
}

/** The agency's most recent result before the scope's year (normally the year before); the latest import on a tie. */
export async function loadLastResult(scope: Scope): Promise<LastResult | null> {
  let best: StoredLast | null = null;
  for (const { stored } of await listStoredLast()) {
    if (stored.year >= scope.year || !sameAgency(stored.agency, scope.agency)) continue;
    if (!best || stored.year > best.year || (stored.year === best.year && stored.importedAt > best.importedAt)) best = stored;
  }
  return best ? decodeLast(best) : null;
}
