import { describe, expect, it } from 'vitest';
import rule from './evidence-file-empty.ts';
import { found, item, pemdi } from '../../../test/helpers/rules.ts';
import { fileOf, lintWithEvidence } from '../../../test/helpers/evidence.ts';

describe('evidence-file-empty', () => {
  const a = pemdi({ 4: { evidence: [item('I4-L1-01'), item('I4-L1-02')] } });
  it('a file of 0 bytes', () => {
    const ds = lintWithEvidence(rule, a, { '/indicators/4/evidence/0': fileOf('unknown', { size: 0 }), '/indicators/4/evidence/1': fileOf('pdf') });
    expect(found(ds)).toEqual([{ pointer: '/indicators/4/evidence/0/file', messageId: 'empty' }]);
  });
});
