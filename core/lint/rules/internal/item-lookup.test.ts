import { describe, expect, it } from 'vitest';
import { frameworks } from '../../../frameworks/index.ts';
import { moduleItemCode, resolveItemCode } from '../../../frameworks/item-codes.ts';
import { moduleItemOf, resolvedItem } from './item-lookup.ts';

const fw = frameworks['pemdi-2026'];
const codes = ['I4-L1-01', 'I4-L2-01', 'PG_04_04', 'PG_04_99', 'TD_04_01', 'I5-L1-01', 'i4-l1-01', 'I4-L9-01', 'XX_04_01', '', 'I4-L1-1'];

describe('item-lookup', () => {
  it('answers what resolveItemCode and moduleItemCode answer, asked once or many times', () => {
    for (const ind of fw.indicators) {
      for (const code of codes.map((c) => c.replace('04', String(ind.number).padStart(2, '0')).replace('I4', `I${ind.number}`))) {
        for (let round = 0; round < 2; round++) {
          expect(resolvedItem(ind, fw.aspects, code)).toEqual(resolveItemCode(ind, fw.aspects, code));
          expect(moduleItemOf(ind, fw.aspects, code)).toBe(moduleItemCode(ind, fw.aspects, code));
        }
      }
    }
  });
  it('keeps answering right after more distinct codes than it remembers', () => {
    const ind = fw.indicators[3]!;
    for (let n = 0; n < 5000; n++) resolvedItem(ind, fw.aspects, `PG_04_${n}`);
    expect(moduleItemOf(ind, fw.aspects, 'PG_04_01')).toBe(moduleItemCode(ind, fw.aspects, 'PG_04_01'));
    expect(moduleItemOf(ind, fw.aspects, 'PG_04_01')).not.toBeNull();
  });
  it('does not answer one aspect list with another list\'s answer', () => {
    const ind = fw.indicators.find((i) => i.number === 4)!;
    const noPrefixes = fw.aspects.map((a) => ({ ...a, portalCodePrefix: undefined }));
    const other = fw.aspects.find((a) => a.number !== ind.aspect && a.portalCodePrefix)!;
    const code = `${other.portalCodePrefix}_04_01`;
    expect(resolvedItem(ind, fw.aspects, code)).toEqual(resolveItemCode(ind, fw.aspects, code));
    expect(resolvedItem(ind, noPrefixes, code)).toEqual(resolveItemCode(ind, noPrefixes, code));
    expect(resolvedItem(ind, fw.aspects, code).ok).not.toBe(resolvedItem(ind, noPrefixes, code).ok);
  });
});
