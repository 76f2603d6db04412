import { describe, expect, it } from 'vitest';
import rule from './evidence-file-type.ts';
import { found, pemdi } from '../../../test/helpers/rules.ts';
import { fileOf, lintWithEvidence } from '../../../test/helpers/evidence.ts';
import type { Inspection } from '../../evidence/inspection.ts';

const one = (file: string, inspection: Inspection) => found(lintWithEvidence(rule, pemdi({ 14: { evidence: [{ item: 'I14-L1-02', file }] } }), { '/indicators/14/evidence/0': inspection }));

describe('evidence-file-type', () => {
  it.each([
    ['a .pdf that is a PDF', 'a.pdf', fileOf('pdf')],
    ['a .jpg that is a JPEG', 'a.jpg', fileOf('jpeg', { imageIntact: true })],
    ['a .PNG that is a PNG', 'a.PNG', fileOf('png', { imageIntact: true })],
    ['a .docx in the older Office format (it opens)', 'a.docx', fileOf('ole')],
    ['an .mp4 (not judged)', 'a.mp4', fileOf('unknown')],
  ])('valid: %s', (_, file, inspection) => expect(one(file, inspection)).toEqual([]));

  it.each([
    ['a .pdf that is a web page', 'a.pdf', fileOf('html'), 'wrongKind'],
    ['a .pdf that is a Word document', 'a.pdf', fileOf('zip'), 'wrongKind'],
    ['a .jpg that is a PNG', 'a.jpg', fileOf('png', { imageIntact: true }), 'wrongKind'],
    ['a PNG cut short', 'a.png', fileOf('png', { imageIntact: false }), 'brokenImage'],
  ])('invalid: %s', (_, file, inspection, messageId) => expect(one(file, inspection)).toEqual([{ pointer: '/indicators/14/evidence/0/file', messageId }]));

  it('says what the bytes are', () => {
    const [d] = lintWithEvidence(rule, pemdi({ 14: { evidence: [{ item: 'I14-L1-02', file: 'a.pdf' }] } }), { '/indicators/14/evidence/0': fileOf('html') });
    expect(d!.message.id).toContain('halaman web (HTML)');
    expect(d!.message.en).toContain('a web page (HTML)');
  });
});
