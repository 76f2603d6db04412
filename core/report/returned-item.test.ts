// A step's item is "returned" (a fix) only when the assessor returned it on its own merits.
import { describe, expect, it } from 'vitest';
import { frameworks } from '../frameworks/index.ts';
import { scoreReport } from './score-report.ts';
import { isReturnedItem } from './returned-item.ts';
import { item, pemdi } from '../../test/helpers/rules.ts';

const fw = frameworks['pemdi-2026'];
const returnedSteps = (a: ReturnType<typeof pemdi>) => scoreReport(a).steps.filter((s) => isReturnedItem(fw, a, s)).map((s) => s.item);

describe('isReturnedItem', () => {
  it('a step whose item the assessor returned is one', () => {
    const a = pemdi({ '4': { evidence: [item('I4-L1-01', { status: 'revisi', note: 'SK yang salah' }), item('I4-L1-02', { status: 'diterima' }), item('I4-L1-03', { status: 'diterima' })] } });
    expect(returnedSteps(a)).toContain('I4-L1-01');
  });
  it('not one rejected only with the portal\'s automatic note, nor one uploaded again since', () => {
    const auto = pemdi({ '4': { evidence: [item('I4-L1-01', { status: 'diterima' }), item('I4-L1-02', { status: 'diterima' }), item('I4-L1-03'), item('I4-L2-01', { status: 'revisi', note: 'Otomatis ditolak karena tingkat kematangan sebelumnya ditolak.' })] } });
    expect(returnedSteps(auto)).toEqual([]);
    const again = pemdi({ '4': { evidence: [item('I4-L1-01', { status: 'revisi' }), item('I4-L1-01', { file: 'baru.pdf' })] } });
    expect(returnedSteps(again)).toEqual([]);
  });
});
