// The Pemdi item-share estimate (an approximation, see indicator-value.ts) and
// the spbe-2020 level value.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frameworks, indicatorAt } from '../frameworks/index.ts';
import { fillsIndicator, indicatorValue, itemState } from './indicator-value.ts';
import type { Evidence } from '../types.ts';

const pemdi = frameworks['pemdi-2026'];
const spbe = frameworks['spbe-2020'];
const items = (codes: string[], status?: 'diterima' | 'revisi'): Evidence[] =>
  codes.map((item) => ({ item, file: `${item}.pdf`, ...(status ? { status } : {}) }));
const value = (n: number, evidence: Evidence[], extra = {}) => indicatorValue(pemdi, indicatorAt(pemdi, n), { evidence, ...extra })!;

describe('Pemdi item-share estimate', () => {
  // I3 has 5 items at each of L1-L3, 4 at L4, 6 at L5.
  it('no accepted item gives the floor 1.00', () => {
    expect(value(3, []).value.toNumber()).toBe(1);
  });
  it('the reference examples: L1 1 of 5 → 1.10', () => {
    expect(value(3, items(['I3-L1-01'], 'diterima')).value.toNumber()).toBeCloseTo(1.1, 12);
  });
  it('L1 complete, L2 half → 1.50 + share of 1.0 (I1: L1 1 item, L2 4 items, 2 accepted → 2.00)', () => {
    const v = value(1, items(['I1-L1-01', 'I1-L2-01', 'I1-L2-02'], 'diterima'));
    expect(v.value.toNumber()).toBe(2);
    expect(v.estimate).toBe(true);
    expect(v.progress!.workingLevel).toBe(2);
  });
  it('L1 and L2 complete, L3 3 of 4 → 3.25 (I1)', () => {
    const codes = ['I1-L1-01', 'I1-L2-01', 'I1-L2-02', 'I1-L2-03', 'I1-L2-04', 'I1-L3-01', 'I1-L3-02', 'I1-L3-03'];
    expect(value(1, items(codes, 'diterima')).value.toNumber()).toBe(3.25);
  });
  it('all items of every level → 5.00', () => {
    const all = Object.values(indicatorAt(pemdi, 2).levels).flatMap((l) => l.items!.map((i) => i.code));
    const v = value(2, items(all));
    expect(v.value.toNumber()).toBe(5);
    expect(v.progress!.workingLevel).toBeNull();
  });
  it('gating: items above an incomplete level do not count and are reported as blocked', () => {
    // I1 L1 missing, L2 all uploaded: value stays at the floor.
    const v = value(1, items(['I1-L2-01', 'I1-L2-02', 'I1-L2-03', 'I1-L2-04']));
    expect(v.value.toNumber()).toBe(1);
    expect(v.progress!.blocked).toBe(4);
  });
  it('revisi items never count; evidence without file or url does not count', () => {
    expect(value(1, items(['I1-L1-01'], 'revisi')).value.toNumber()).toBe(1);
    expect(value(1, [{ item: 'I1-L1-01', title: 'lupa diunggah' } as Evidence]).value.toNumber()).toBe(1);
  });
  it('stops below a level the module lists no items for (I9 L3): no jump from 2,50 to 4,00 on the level-4 item', () => {
    const l12 = ['I9-L1-01', 'I9-L1-02', 'I9-L2-01'];
    expect(value(9, items(l12)).value.toNumber()).toBe(2.5);
    const v = value(9, items([...l12, 'I9-L4-01', 'I9-L5-01']));
    expect(v.value.toNumber()).toBe(2.5);
    expect([v.progress?.stoppedAt, v.progress?.notEstimated, v.progress?.workingLevel]).toEqual([3, 2, null]);
  });
  it('an explicit value always wins and is not an estimate', () => {
    const v = value(1, items(['I1-L1-01']), { value: 2.37 });
    expect([v.value.toNumber(), v.basis, v.estimate]).toEqual([2.37, 'value', false]);
  });
  it('external-index indicators without a value take the floor 1.00, labelled', () => {
    const v = value(5, []);
    expect([v.value.toNumber(), v.basis, v.estimate]).toEqual([1, 'external-floor', true]);
  });
  it('reads the portal\'s item codes as the module items they number (PG_04_04 = I4 level 2 item 1)', () => {
    const portal = value(4, [
      { item: 'PG_04_01', file: 'SK-Tim-Koordinasi-Pemdi-2026.pdf', status: 'diterima' },
      { item: 'PG_04_02', file: 'Renja-2026.pdf', status: 'diterima' },
      { item: 'PG_04_03', file: 'Notulen-Kolaborasi-OPD.pdf', status: 'diterima' },
      { item: 'PG_04_04', file: 'Renstra-2025-2029.pdf', status: 'diterima' },
    ]);
    const local = value(4, items(['I4-L1-01', 'I4-L1-02', 'I4-L1-03', 'I4-L2-01'], 'diterima'));
    expect(portal.value.toNumber()).toBe(2);
    expect(portal.value.eq(local.value)).toBe(true);
  });
  it('ignores codes that name no module item of the indicator, and says which', () => {
    const v = value(1, [...items(['I1-L1-01'], 'diterima'), ...items(['I1-L1-05', 'I2-L1-01', 'PG_01_09'], 'diterima')]);
    expect(v.value.toNumber()).toBe(1.5);
    expect(v.progress!.unknownItems).toEqual(['I1-L1-05', 'I2-L1-01', 'PG_01_09']);
  });
  it('counts uploads awaiting a result only at stage mandiri (the agency\'s claim), and says how many', () => {
    const ev = items(['I1-L1-01']);
    const ind = indicatorAt(pemdi, 1);
    const mandiri = indicatorValue(pemdi, ind, { evidence: ev }, 'mandiri')!;
    const dokumen = indicatorValue(pemdi, ind, { evidence: ev }, 'dokumen')!;
    expect([mandiri.value.toNumber(), mandiri.progress!.pending, mandiri.progress!.pendingCounted]).toEqual([1.5, 1, true]);
    expect([dokumen.value.toNumber(), dokumen.progress!.pending, dokumen.progress!.pendingCounted]).toEqual([1, 1, false]);
    expect(indicatorValue(pemdi, ind, { evidence: ev }, 'akhir')!.value.toNumber()).toBe(1);
  });
  it('converts an SDI score piecewise-linearly (the module\'s examples: 25 → 2,00; 68,75 → 3,75), as an estimate', () => {
    const sdi = (n: number, score: number) => value(n, [], { external: { source: 'SDI', score, date: '2026-04-30' } });
    expect([sdi(5, 25).value.toNumber(), sdi(5, 68.75).value.toNumber(), sdi(18, 100).value.toNumber(), sdi(5, 0).value.toNumber()]).toEqual([2, 3.75, 5, 1]);
    expect([sdi(5, 25).basis, sdi(5, 25).estimate]).toEqual(['external-conversion', true]);
  });
  it('keeps SJIG and IPS scores at the floor: their conversion is not established', () => {
    const v = value(6, [], { external: { source: 'SJIG', score: 80 } });
    expect([v.value.toNumber(), v.basis]).toEqual([1, 'external-floor']);
    expect(value(7, [], { external: { source: 'IPS', score: 3.1 }, value: 3.4 }).value.toNumber()).toBe(3.4);
  });
  it('itemState prefers diterima over pending over revisi', () => {
    const ev: Evidence[] = [{ item: 'X', file: 'a', status: 'revisi' }, { item: 'X', file: 'b' }];
    expect(itemState(ev, 'X')).toBe('pending');
    expect(itemState([...ev, { item: 'X', url: 'https://x', status: 'diterima' }], 'X')).toBe('diterima');
    expect(itemState(ev, 'Y')).toBe('missing');
  });
});

describe('fillsIndicator agrees with indicatorValue', () => {
  const evidence = fc.array(fc.record({
    item: fc.constantFrom('X', 'Y', 'x'), file: fc.constantFrom('a.pdf', ''), url: fc.constantFrom('https://x', ''),
    status: fc.constantFrom('diterima', 'revisi', 'perlu-klarifikasi', undefined),
  }, { requiredKeys: [] }), { maxLength: 6 }) as fc.Arbitrary<Evidence[]>;
  it('fillsIndicator is indicatorValue !== null', () => {
    const entry = fc.record({ level: fc.integer({ min: 1, max: 5 }), value: fc.double({ min: 1, max: 5, noNaN: true }), evidence }, { requiredKeys: [] });
    fc.assert(fc.property(entry, fc.constantFrom(pemdi, spbe), fc.integer({ min: 1, max: 20 }), (e, fw, n) => {
      expect(fillsIndicator(fw, e)).toBe(indicatorValue(fw, indicatorAt(fw, n), e) !== null);
    }), { numRuns: 1000 });
  });
});

describe('spbe-2020 value', () => {
  it('is the chosen level', () => {
    expect(indicatorValue(spbe, indicatorAt(spbe, 12), { level: 3 })!.value.toNumber()).toBe(3);
    expect(indicatorValue(spbe, indicatorAt(spbe, 12), {})).toBeNull();
  });
});
