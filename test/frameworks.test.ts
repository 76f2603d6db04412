// The frameworks as data: valid against schemas/framework.schema.json, weights
// that add up as the regulations say, and the facts later code relies on.
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { frameworks } from '../core/frameworks/index.ts';
import { INDICATOR_COUNT, hasIndicator } from '../core/frameworks/ids.ts';
import { Rational, sum } from '../core/rational.ts';
import type { Framework } from '../core/types.ts';

const schema = JSON.parse(readFileSync(new URL('../schemas/framework.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
const r = (x: number) => Rational.fromNumber(x);

describe.each(Object.values(frameworks))('$id', (fw: Framework) => {
  it('is valid against framework.schema.json', () => {
    const ok = validate(fw);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('keeps indicators in order 1..N so indicatorAt can index them', () => {
    expect(fw.indicators.map((i) => i.number)).toEqual(fw.indicators.map((_, k) => k + 1));
  });

  it('has as many indicators as core/frameworks/ids.ts says (what the content script knows without the data)', () => {
    expect(fw.indicators).toHaveLength(INDICATOR_COUNT[fw.id]);
    expect(hasIndicator(fw.id, 0)).toBe(false);
    expect(hasIndicator(fw.id, fw.indicators.length)).toBe(true);
    expect(hasIndicator(fw.id, fw.indicators.length + 1)).toBe(false);
  });

  it('has indicator weights that sum to their aspect weight, exactly', () => {
    for (const a of fw.aspects) {
      const ws = a.indicators.map((n) => r(fw.indicators[n - 1]!.weight));
      expect(sum(ws).eq(r(a.weight)), `aspect ${a.number}`).toBe(true);
      for (const n of a.indicators) expect(fw.indicators[n - 1]!.aspect).toBe(a.number);
    }
  });

  it('has aspect weights that sum to their domain weight (spbe-2020), and everything to 100', () => {
    for (const d of fw.domains ?? []) {
      expect(sum(d.aspects.map((n) => r(fw.aspects[n - 1]!.weight))).eq(r(d.weight)), `domain ${d.number}`).toBe(true);
    }
    if (fw.domains) expect(sum(fw.domains.map((d) => r(d.weight))).eq(Rational.int(100))).toBe(true);
    expect(sum(fw.aspects.map((a) => r(a.weight))).eq(Rational.int(100))).toBe(true);
    expect(sum(fw.indicators.map((i) => r(i.weight))).eq(Rational.int(100))).toBe(true);
  });

  it('covers every indicator by exactly one aspect', () => {
    const covered = fw.aspects.flatMap((a) => a.indicators).sort((x, y) => x - y);
    expect(covered).toEqual(fw.indicators.map((i) => i.number));
  });

  it('has five contiguous predicate bands from 1 to 5', () => {
    const b = fw.predicates.bands;
    expect(b.map((x) => x.name)).toEqual(['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan']);
    for (let i = 1; i < b.length; i++) {
      expect(b[i]!.min).toBe(b[i - 1]!.max);
      expect(b[i]!.minInclusive).toBe(!b[i - 1]!.maxInclusive);
    }
    expect(b[4]!.max).toBe(5);
    expect(b[4]!.maxInclusive).toBe(true);
  });

  it('cites a source beside every piece of data', () => {
    for (const x of [...fw.aspects, ...fw.indicators, ...(fw.domains ?? []), fw.predicates, fw.indexFormula]) {
      expect(x.source.length).toBeGreaterThan(10);
    }
  });
});

describe('spbe-2020 facts (PermenPANRB 59/2020)', () => {
  const fw = frameworks['spbe-2020'];
  it('has 4 domains, 8 aspects, 47 indicators', () => {
    expect([fw.domains!.length, fw.aspects.length, fw.indicators.length]).toEqual([4, 8, 47]);
  });
  it('uses the process scale for 1-31 and the service scale for 32-47 (Lampiran I Tabel 1, 2)', () => {
    expect(fw.indicators.filter((i) => i.scale === 'proses').map((i) => i.number)).toEqual([...Array(31)].map((_, k) => k + 1));
    expect(fw.scales.proses!.levels['3']!.name).toBe('Terdefinisi');
    expect(fw.scales.layanan!.levels['3']!.name).toBe('Transaksi');
  });
  it('has criteria text for every level of every indicator', () => {
    for (const i of fw.indicators) for (const l of ['1', '2', '3', '4', '5']) expect(i.levels[l]!.criteria.length).toBeGreaterThan(10);
  });
  it('prints the bands of Tabel 13', () => {
    expect(fw.predicates.bands.map((b) => b.printed)).toEqual(['< 1,8', '1,8 – < 2,6', '2,6 – < 3,5', '3,5 – < 4,2', '4,2 – 5,0']);
  });
});

describe('pemdi-2026 facts (PermenPANRB 8/2026)', () => {
  const fw = frameworks['pemdi-2026'];
  it('has 7 aspects and 20 indicators, no domains', () => {
    expect([fw.domains, fw.aspects.length, fw.indicators.length]).toEqual([undefined, 7, 20]);
  });
  it('marks I5, I6, I7 and I18 as fed by national indices, with no upload items', () => {
    expect(fw.pemdi!.externalIndicators).toEqual([5, 6, 7, 18]);
    for (const n of [5, 6, 7, 18]) {
      const ind = fw.indicators[n - 1]!;
      expect(ind.valueSource).toBe('external');
      expect(Object.values(ind.levels).every((l) => (l.items ?? []).length === 0)).toBe(true);
    }
  });
  it('gives every evidence item a unique code I{n}-L{level}-{NN} matching its place', () => {
    const codes = new Set<string>();
    for (const ind of fw.indicators) {
      for (const [lv, l] of Object.entries(ind.levels)) {
        (l.items ?? []).forEach((it, k) => {
          expect(it.code).toBe(`I${ind.number}-L${lv}-${String(k + 1).padStart(2, '0')}`);
          expect(codes.has(it.code)).toBe(false);
          codes.add(it.code);
        });
      }
    }
    expect(codes.size).toBeGreaterThan(200);
  });
  it('keeps the floor 1.00, the gating note and the estimate bands', () => {
    expect(fw.pemdi!.floor).toBe(1);
    expect(fw.pemdi!.gating.autoRejectNote).toBe('Otomatis ditolak karena tingkat kematangan sebelumnya ditolak.');
    expect(fw.pemdi!.estimate.bands).toEqual({ 1: [1, 1.5], 2: [1.5, 2.5], 3: [2.5, 3.5], 4: [3.5, 4], 5: [4, 5] });
  });
  it('prints the bands of Tabel 4', () => {
    expect(fw.predicates.bands.map((b) => b.printed)).toEqual(['1,00 - < 1,50', '1,50 - < 2,50', '2,50 - < 3,50', '3,50 - < 4,00', '4,00 - 5,00']);
  });
});
