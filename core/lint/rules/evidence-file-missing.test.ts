import { describe, expect, it } from 'vitest';
import rule from './evidence-file-missing.ts';
import { found, item, lineOf, pemdi, spbe } from '../../../test/helpers/rules.ts';
import { fileOf, lintWithEvidence } from '../../../test/helpers/evidence.ts';

describe('evidence-file-missing', () => {
  const a = pemdi({ 9: { evidence: [item('I9-L1-01'), item('I9-L1-02'), item('I9-L2-01'), item('I9-L4-01'), item('I9-L5-01')] } });
  const at = (i: number) => `/indicators/9/evidence/${i}`;
  it('each kind of absence, on the file\'s name', () => {
    const ds = lintWithEvidence(rule, a, {
      [at(0)]: { found: 'missing' }, [at(1)]: { found: 'outside', via: 'parent' }, [at(2)]: { found: 'outside', via: 'symlink' },
      [at(3)]: { found: 'notAFile' }, [at(4)]: { found: 'unreadable', reason: 'EACCES' },
    });
    expect(found(ds)).toEqual([
      { pointer: `${at(0)}/file`, messageId: 'missing' }, { pointer: `${at(1)}/file`, messageId: 'outsideParent' },
      { pointer: `${at(2)}/file`, messageId: 'outsideSymlink' }, { pointer: `${at(3)}/file`, messageId: 'notAFile' },
      { pointer: `${at(4)}/file`, messageId: 'unreadable' },
    ]);
    expect(ds[0]!.range.start.line).toBe(lineOf(a, '"I9-L1-01.pdf"'));
    expect(ds[0]!.severity).toBe('error');
  });
  it('absolute paths, in spbe-2020 too', () => {
    const s = spbe({ 1: { level: 2, explanation: 'x', evidence: [{ file: 'C:\\Bukti\\a.pdf', levels: [2] }] } });
    expect(found(lintWithEvidence(rule, s, { '/indicators/1/evidence/0': { found: 'outside', via: 'absolute' } }))).toEqual([{ pointer: '/indicators/1/evidence/0/file', messageId: 'outsideAbsolute' }]);
  });
  it('a file found, or not opened, is no finding', () => {
    expect(lintWithEvidence(rule, a, { [at(0)]: fileOf('pdf') })).toEqual([]);
  });
});
