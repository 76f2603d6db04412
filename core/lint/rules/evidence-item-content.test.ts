import { describe, expect, it } from 'vitest';
import rule from './evidence-item-content.ts';
import { found, item, lineOf, pemdi, spbe } from '../../../test/helpers/rules.ts';
import { lintWithEvidence, pdfOf, pdfWithText } from '../../../test/helpers/evidence.ts';

const at = (code: string, doc: string) => {
  const n = /^I(\d+)/.exec(code)![1]!;
  return lintWithEvidence(rule, pemdi({ [n]: { evidence: [item(code)] } }), { [`/indicators/${n}/evidence/0`]: pdfOf(doc) });
};

describe('evidence-item-content', () => {
  it.each([
    ['I9-L1-01', 'sk-tim-auditor'], ['I9-L1-02', 'rencana-audit'], ['I4-L1-01', 'sk-tim-koordinasi'], ['I4-L1-02', 'renja-kolaborasi'],
    ['I10-L2-02', 'laporan-ikasandi'], ['I12-L2-01', 'sk-ttis'],
    ['I1-L1-01', 'dpa-skpd'], // an item without content data is not judged
  ])('valid: %s with %s', (code, doc) => expect(at(code, doc)).toEqual([]));

  it.each([
    ['I9-L1-01', 'sk-tim-asesor', 'lookAlike'], ['I10-L2-02', 'laporan-indeks-kami', 'lookAlike'], ['I4-L1-02', 'dpa-skpd', 'lookAlike'],
    ['I15-L1-01', 'perwal-arsitektur', 'lookAlike'], ['I9-L1-01', 'laporan-indeks-kami', 'noItemTerms'],
  ])('invalid: %s with %s', (code, doc, messageId) => {
    const n = /^I(\d+)/.exec(code)![1]!;
    expect(found(at(code, doc))).toEqual([{ pointer: `/indicators/${n}/evidence/0/file`, messageId }]);
  });

  it('names both documents and what it looked for, on the file\'s line, as a warning', () => {
    const a = pemdi({ 9: { evidence: [item('I9-L1-01')] } });
    const [d] = lintWithEvidence(rule, a, { '/indicators/9/evidence/0': pdfOf('sk-tim-asesor') });
    expect(d!.severity).toBe('warning');
    expect(d!.range.start.line).toBe(lineOf(a, '"I9-L1-01.pdf"'));
    expect(d!.message.id).toContain('SK Tim Asesor Internal Evaluasi Kinerja Pemdi (memuat "tim asesor", "asesor internal")');
    expect(d!.message.id).toContain('meminta SK Tim Auditor Internal Pemerintah Digital (dicari: "auditor", "tim audit")');
  });
  it('an item given by its portal code is named with both codes', () => {
    const [d] = lintWithEvidence(rule, pemdi({ 4: { evidence: [item('PG_04_02')] } }), { '/indicators/4/evidence/0': pdfOf('dpa-skpd') });
    expect(d!.messageId).toBe('lookAlike');
    expect(d!.message.en).toContain('item I4-L1-02 (PG_04_02)');
  });
  it('a scan is not judged, nor spbe-2020 evidence', () => {
    expect(lintWithEvidence(rule, pemdi({ 9: { evidence: [item('I9-L1-01')] } }), { '/indicators/9/evidence/0': pdfWithText('', 2) })).toEqual([]);
    expect(lintWithEvidence(rule, spbe({ 29: { level: 2, explanation: 'x', evidence: [{ file: 'a.pdf', levels: [2] }] } }), { '/indicators/29/evidence/0': pdfOf('sk-tim-asesor') })).toEqual([]);
  });
});
