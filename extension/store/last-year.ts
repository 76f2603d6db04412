/**
 * Last year's official result per agency and year, imported on the Options
 * page (assessment file, Tauval API JSON or report text) and shown beside this
 * year's values. Exact values are stored as fractions ("259/100").
 * @module extension/store/last-year
 */
import { browser } from 'wxt/browser';
import { Rational } from '../../core/rational.ts';
import { isFrameworkId } from '../../core/frameworks/index.ts';
import type { LastResult } from '../../core/compare/last-result.ts';
import { agencyKey, type Scope } from './scope.ts';

const PREFIX = 'spbe-lens:last:v1:';

interface StoredLast {
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

const key = (agency: Scope['agency'], year: number) => `${PREFIX}${agencyKey(agency)}:${year}`;
const enc = (m: Map<number, Rational>) => Object.fromEntries([...m].map(([k, v]) => [String(k), v.toString()]));
const dec = (o: Record<string, string>) => new Map(Object.entries(o).flatMap(([k, v]) => {
  const r = Rational.parse(v);
  return r ? [[Number(k), r] as [number, Rational]] : [];
}));

/** Save a result as the agency's result for its year (the result must know its year). */
export async function saveLastResult(agency: Scope['agency'], r: LastResult, year = r.year, importedAt = Date.now()): Promise<void> {
  if (!year) throw new Error('last-year result without a year');
  const stored: StoredLast = {
    v: 1, agency, framework: r.framework, year, source: r.source, index: r.index?.toString() ?? null,
    indicators: enc(r.indicators), aspects: enc(r.aspects), domains: enc(r.domains), importedAt,
  };
  await browser.storage.local.set({ [key(agency, year)]: stored });
}

function decode(raw: unknown): LastResult | null {
  const s = raw as Partial<StoredLast> | null;
  if (!s || s.v !== 1 || !isFrameworkId(s.framework) || typeof s.year !== 'number') return null;
  return {
    framework: s.framework, year: s.year, agency: s.agency?.name ?? null, source: s.source ?? 'assessment',
    index: s.index ? Rational.parse(s.index) : null,
    indicators: dec(s.indicators ?? {}), aspects: dec(s.aspects ?? {}), domains: dec(s.domains ?? {}), notes: [],
  };
}

/** The agency's most recent result before the scope's year (normally the year before). */
export async function loadLastResult(scope: Scope): Promise<LastResult | null> {
  const prefix = `${PREFIX}${agencyKey(scope.agency)}:`;
  const items = (await browser.storage.local.get(null)) as Record<string, unknown>;
  let best: LastResult | null = null;
  for (const [k, raw] of Object.entries(items)) {
    if (!k.startsWith(prefix)) continue;
    const r = decode(raw);
    if (r && r.year! < scope.year && (!best || r.year! > best.year!)) best = r;
  }
  return best;
}

export async function listLastResults(): Promise<{ key: string; agency: Scope['agency']; year: number; framework: string; index: string | null }[]> {
  const items = (await browser.storage.local.get(null)) as Record<string, unknown>;
  return Object.entries(items).flatMap(([k, raw]) => {
    const s = raw as StoredLast;
    return k.startsWith(PREFIX) && decode(raw) ? [{ key: k, agency: s.agency, year: s.year, framework: s.framework, index: s.index }] : [];
  });
}

export async function deleteLastResult(storageKey: string): Promise<void> {
  if (storageKey.startsWith(PREFIX)) await browser.storage.local.remove(storageKey);
}
