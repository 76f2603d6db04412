import { describe, expect, it } from 'vitest';
import rule from './evidence-agency-mentioned.ts';
import { found, item, pemdi, spbe } from '../../../test/helpers/rules.ts';
import { lintWithEvidence, pdfOf, pdfWithText } from '../../../test/helpers/evidence.ts';

const other = 'KEPUTUSAN BUPATI SUKAMAJU NOMOR 5 TAHUN 2026 TENTANG TIM AUDITOR INTERNAL PEMERINTAH DIGITAL KABUPATEN SUKAMAJU. '.repeat(4);

describe('evidence-agency-mentioned', () => {
  it('genuine documents of the agency pass', () => {
    const a = pemdi({ 9: { evidence: [item('I9-L1-01'), item('I9-L1-02')] }, 10: { evidence: [item('I10-L2-02')] } });
    expect(lintWithEvidence(rule, a, {
      '/indicators/9/evidence/0': pdfOf('sk-tim-auditor'), '/indicators/9/evidence/1': pdfOf('rencana-audit'), '/indicators/10/evidence/0': pdfOf('laporan-ikasandi'),
    })).toEqual([]);
  });
  it('another agency\'s document, and what was looked for', () => {
    const a = pemdi({ 9: { evidence: [item('I9-L1-01')] } });
    const ds = lintWithEvidence(rule, a, { '/indicators/9/evidence/0': pdfWithText(other) });
    expect(found(ds)).toEqual([{ pointer: '/indicators/9/evidence/0/file', messageId: 'noAgency' }]);
    expect(ds[0]!.severity).toBe('warning');
    expect(ds[0]!.message.en).toContain('looked for "contoh"');
  });
  it('a ministry named by any of its proper words (an abbreviated letterhead)', () => {
    const a = spbe({ 1: { level: 2, explanation: 'x', evidence: [{ file: 'a.pdf', levels: [2] }] } }, { agency: { name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi' } });
    expect(lintWithEvidence(rule, a, { '/indicators/1/evidence/0': pdfWithText(`KEMENTERIAN PANRB. ${'Deputi Bidang Reformasi Birokrasi menetapkan kebijakan arsitektur. '.repeat(5)}`) })).toEqual([]);
  });
  it('a scan is not judged (too little text)', () => {
    expect(lintWithEvidence(rule, pemdi({ 9: { evidence: [item('I9-L1-01')] } }), { '/indicators/9/evidence/0': pdfWithText('x', 3) })).toEqual([]);
  });
});
