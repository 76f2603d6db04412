import { describe, expect, it } from 'vitest';
import rule from './evidence-pdf-unreadable.ts';
import { found, item, pemdi } from '../../../test/helpers/rules.ts';
import { fileOf, lintWithEvidence, pdfWithText } from '../../../test/helpers/evidence.ts';

describe('evidence-pdf-unreadable', () => {
  const a = pemdi({ 9: { evidence: [item('I9-L1-01'), item('I9-L1-02'), item('I9-L2-01')] } });
  it('password-protected and damaged PDFs; one that opened is fine', () => {
    const ds = lintWithEvidence(rule, a, {
      '/indicators/9/evidence/0': fileOf('pdf', { pdf: { status: 'encrypted' } }),
      '/indicators/9/evidence/1': fileOf('pdf', { pdf: { status: 'corrupt', detail: 'Invalid PDF structure.' } }),
      '/indicators/9/evidence/2': pdfWithText('x'),
    });
    expect(found(ds)).toEqual([{ pointer: '/indicators/9/evidence/0/file', messageId: 'passwordProtected' }, { pointer: '/indicators/9/evidence/1/file', messageId: 'corrupt' }]);
    expect(ds.every((d) => d.severity === 'error')).toBe(true);
  });
});
