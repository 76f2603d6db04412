import { describe, expect, it } from 'vitest';
import rule from './evidence-year-mentioned.ts';
import { found, pemdi } from '../../../test/helpers/rules.ts';
import { lintWithEvidence, pdfOf, pdfWithText } from '../../../test/helpers/evidence.ts';
import type { Evidence } from '../../types.ts';

const one = (ev: Evidence, text: string) => lintWithEvidence(rule, pemdi({ 9: { evidence: [ev] } }), { '/indicators/9/evidence/0': pdfWithText(text) });
const words = 'Menimbang bahwa untuk menjamin keamanan penyelenggaraan pemerintah digital perlu ditetapkan keputusan. '.repeat(4);

describe('evidence-year-mentioned', () => {
  it('a genuine decree of its date\'s year passes', () => {
    expect(lintWithEvidence(rule, pemdi({ 9: { evidence: [{ item: 'I9-L1-01', file: 'a.pdf', kind: 'sk', date: '2026-01-05' }] } }), { '/indicators/9/evidence/0': pdfOf('sk-tim-auditor') })).toEqual([]);
  });
  it('the year in words passes', () => {
    expect(one({ item: 'I9-L1-01', file: 'a.pdf', kind: 'sk', date: '2026-01-05' }, `${words} pada tanggal lima Januari tahun dua ribu dua puluh enam`)).toEqual([]);
  });
  it('a decree that never mentions its date\'s year', () => {
    const ds = one({ item: 'I9-L1-01', file: 'a.pdf', kind: 'sk', date: '2026-01-05' }, `${words} Nomor 12 Tahun 2024`);
    expect(found(ds)).toEqual([{ pointer: '/indicators/9/evidence/0/file', messageId: 'noYear' }]);
    expect(ds[0]!.message.en).toContain('looked for "2026", "dua ribu dua puluh enam"');
  });
  it('only decrees and policies with a date', () => {
    expect(one({ item: 'I9-L1-01', file: 'a.pdf', kind: 'laporan', date: '2026-01-05' }, words)).toEqual([]);
    expect(one({ item: 'I9-L1-01', file: 'a.pdf', kind: 'sk' }, words)).toEqual([]);
  });
});
