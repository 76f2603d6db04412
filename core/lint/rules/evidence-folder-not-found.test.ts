import { describe, expect, it } from 'vitest';
import rule from './evidence-folder-not-found.ts';
import { found, item, pemdi } from '../../../test/helpers/rules.ts';
import { lintWithEvidence } from '../../../test/helpers/evidence.ts';

describe('evidence-folder-not-found', () => {
  const a = pemdi({ 9: { evidence: [item('I9-L1-01'), item('I9-L1-02')] } });
  it('one note for the file, at its start, naming the folder in words and the option', () => {
    const ds = lintWithEvidence(rule, a, {}, { folderNotFound: { count: 2 } });
    expect(found(ds)).toEqual([{ pointer: '', messageId: 'notFound' }]);
    expect(ds[0]!.severity).toBe('info');
    expect(ds[0]!.range.start).toEqual({ line: 0, character: 0 });
    expect(ds[0]!.message.id).toBe('Tidak satu pun dari 2 berkas bukti dukung yang disebut ada di folder tempat berkas penilaian ini berada; berkasnya tidak diperiksa. Tunjuk folder bukti dengan --evidence-dir FOLDER atau evidenceDir di spbe.config.json');
    expect(ds[0]!.message.en).not.toContain('./');
  });
  it('nothing when the files were looked for', () => expect(lintWithEvidence(rule, a, {})).toEqual([]));
  it('nothing for a final record', () => expect(lintWithEvidence(rule, pemdi({ 9: { value: 2 } }, { stage: 'akhir' }), {}, { folderNotFound: { count: 2 } })).toEqual([]));
});
