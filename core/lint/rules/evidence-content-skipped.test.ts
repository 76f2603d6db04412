import { describe, expect, it } from 'vitest';
import rule from './evidence-content-skipped.ts';
import { found, item, pemdi } from '../../../test/helpers/rules.ts';
import { fileOf, lintWithEvidence, pdfOf, pdfWithText } from '../../../test/helpers/evidence.ts';

const E_SIGN = 'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE\n';

describe('evidence-content-skipped', () => {
  const a = pemdi({ 9: { evidence: [item('I9-L1-01'), item('I9-L1-02'), item('I9-L2-01'), item('I9-L4-01')] } });
  it('a scan, a signed scan (a footer on each page only) and a PDF above the limit are noted; a typed document is not', () => {
    const ds = lintWithEvidence(rule, a, {
      '/indicators/9/evidence/0': pdfWithText('\n\n', 2),
      '/indicators/9/evidence/1': pdfWithText(E_SIGN.repeat(3), 3),
      '/indicators/9/evidence/2': fileOf('pdf', { pdf: { status: 'tooLarge', limitBytes: 64 * 1024 * 1024 } }),
      '/indicators/9/evidence/3': pdfOf('sk-tim-auditor'),
    });
    expect(found(ds)).toEqual([
      { pointer: '/indicators/9/evidence/0/file', messageId: 'noText' },
      { pointer: '/indicators/9/evidence/1/file', messageId: 'noText' },
      { pointer: '/indicators/9/evidence/2/file', messageId: 'tooLarge' },
    ]);
    expect(ds[2]!.message.en).toContain('64 MB');
    expect(ds.every((d) => d.severity === 'info')).toBe(true);
  });
});
