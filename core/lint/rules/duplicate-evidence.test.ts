import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import rule, { PAIRS_UP_TO, repeatsByMaps, repeatsByPairs, type OnRepeat } from './duplicate-evidence.ts';
import { item, lineOf, lintWith, pemdi, spbe, summary } from '../../../test/helpers/rules.ts';
import type { Assessment, Evidence } from '../../types.ts';

describe('duplicate-evidence', () => {
  const valid: [string, Assessment][] = [
    ['different files', spbe({ '12': { level: 2, evidence: [{ file: '12.a.Draft.pdf', levels: [1] }, { file: '12.b.Perwal.pdf', levels: [2] }] } })],
    ['one file supporting two levels', spbe({ '12': { level: 2, evidence: [{ file: '12.a.Perwal.pdf', levels: [1, 2] }] } })],
    ['the same file under two indicators', spbe({
      '1': { level: 1, evidence: [{ file: 'Perwal-SPBE.pdf', levels: [1] }] },
      '2': { level: 1, evidence: [{ file: 'Perwal-SPBE.pdf', levels: [1] }] },
    })],
    ['pemdi: a revisi upload and its replacement', pemdi({ '1': { evidence: [item('I1-L1-01', { status: 'revisi' }), item('I1-L1-01')] } })],
    ['pemdi: different items', pemdi({ '1': { evidence: [item('I1-L2-01'), item('I1-L2-02')] } })],
    ['pemdi: one document uploaded for two items', pemdi({ '1': { evidence: [item('I1-L2-01', { file: 'Renstra.pdf' }), item('I1-L3-01', { file: 'Renstra.pdf' })] } })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['same file name, different case', spbe({ '12': { level: 2, evidence: [{ file: '12.a.Perwal.pdf', levels: [1] }, { file: '12.A.PERWAL.PDF', levels: [2] }] } }), [
      { pointer: '/indicators/12/evidence/1/file', message: 'Indicator 12: file "12.A.PERWAL.PDF" is already attached as evidence #1' },
    ]],
    ['same url, trailing slash ignored', spbe({ '44': { level: 1, evidence: [{ url: 'https://jdih.contoh.go.id/' }, { file: '44.a.x.png' }, { url: 'https://jdih.contoh.go.id' }] } }), [
      { pointer: '/indicators/44/evidence/2/url', message: 'Indicator 44: link "https://jdih.contoh.go.id" is already attached as evidence #1' },
    ]],
    ['pemdi: the same item twice, one finding per entry', pemdi({ '1': { evidence: [item('I1-L1-01'), item('I1-L1-01', { file: 'Renstra.pdf' }), item('I1-L1-01')] } }), [
      { pointer: '/indicators/1/evidence/1/item', message: 'Indicator 1: item I1-L1-01 is already answered by evidence #1; one upload per item' },
      { pointer: '/indicators/1/evidence/2/file', message: 'Indicator 1: file "I1-L1-01.pdf" is already attached as evidence #1' },
    ]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('warns on the repeated file line', () => {
    const a = spbe({ '3': { level: 1, evidence: [{ file: '3.a.SK.pdf', levels: [1] }, { file: '3.a.sk.pdf', levels: [1] }] } });
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('warning');
    expect(d?.range.start.line).toBe(lineOf(a, '"file": "3.a.sk.pdf"'));
    expect(d?.message.id).toBe('Indikator 3: berkas "3.a.sk.pdf" sudah dilampirkan pada bukti #1');
  });

  // Short lists are compared pair by pair, long ones through maps: both must
  // find the same repeats, in the same order, for any list.
  it('finds the same repeats pair by pair as through maps', () => {
    const entry: fc.Arbitrary<Evidence> = fc.record({
      file: fc.constantFrom('a.pdf', 'A.PDF', ' a.pdf ', 'b.pdf', 'İ.pdf', 'i̇.pdf', ''),
      url: fc.constantFrom('https://x.go.id', 'https://x.go.id/', ' https://x.go.id// ', 'https://y.go.id', ''),
      item: fc.constantFrom('I1-L1-01', 'I1-L1-02', 'I2-L1-01'),
      status: fc.constantFrom('revisi', 'diterima'),
    }, { requiredKeys: [] });
    const repeats = (find: (ev: readonly Evidence[], on: OnRepeat) => void, ev: Evidence[]) => {
      const out: [number, string, number][] = [];
      find(ev, (i, kind, first) => out.push([i, kind, first]));
      return out;
    };
    fc.assert(fc.property(fc.array(entry, { maxLength: PAIRS_UP_TO + 8 }), (ev) => {
      expect(repeats(repeatsByPairs, ev)).toEqual(repeats(repeatsByMaps, ev));
    }), { numRuns: 3000 });
  });

  it('finds repeats in a list longer than the pairwise limit', () => {
    const evidence = [...Array(PAIRS_UP_TO + 5)].map((_, i) => ({ file: `12.${i}.Dok.pdf`, levels: [1] }));
    evidence.push({ file: '12.3.DOK.pdf', levels: [1] });
    expect(summary(lintWith(rule, spbe({ '12': { level: 1, evidence } })))).toEqual([
      { pointer: `/indicators/12/evidence/${PAIRS_UP_TO + 5}/file`, message: `Indicator 12: file "12.3.DOK.pdf" is already attached as evidence #4` },
    ]);
  });
});
