// The checker page's judgement of a picked file: the same core checks as
// `spbe lint`, for the item the upload input belongs to, with the items'
// content terms from virtual:item-content (the slim framework has none).
import { describe, expect, it } from 'vitest';
import { checkUpload } from './checker.ts';
import type { RunUploadCheck, UploadSubject } from './protocol.ts';
import { documentText, passwordPdf, scanPng, textPdf } from '../../test/helpers/pdf.ts';

const subject: UploadSubject = { framework: 'pemdi-2026', indicator: 9, item: 'I9-L1-01', agency: 'Pemerintah Kota Contoh' };
const request = (name: string, bytes: Uint8Array, size = bytes.length, s = subject): RunUploadCheck =>
  ({ t: 'spbe-lens:run-upload-check', name, size, data: Buffer.from(bytes).toString('base64'), subject: s });
const rules = (r: Awaited<ReturnType<typeof checkUpload>>) => (r.ok ? r.findings.map((f) => `${f.ruleId}/${f.messageId}`) : [r.reason]);

describe('checkUpload', () => {
  it('names the look-alike decree with the item\'s document; the genuine one passes', async () => {
    const look = await checkUpload(request('SK-Tim-Asesor.pdf', await textPdf(documentText('sk-tim-asesor'))));
    expect(rules(look)).toEqual(['evidence-item-content/lookAlike']);
    expect(look.ok && look.findings[0]!.message.en).toContain('SK Tim Auditor Internal Pemerintah Digital');
    expect(rules(await checkUpload(request('SK-Tim-Auditor.pdf', await textPdf(documentText('sk-tim-auditor')))))).toEqual([]);
  });
  it('a password, a wrong extension, an empty file, a cut-off image', async () => {
    expect(rules(await checkUpload(request('a.pdf', await passwordPdf('x'))))).toEqual(['evidence-pdf-unreadable/passwordProtected']);
    expect(rules(await checkUpload(request('a.pdf', scanPng(20, 10))))).toEqual(['evidence-file-type/wrongKind']);
    expect(rules(await checkUpload(request('a.pdf', new Uint8Array())))).toEqual(['evidence-file-empty/empty']);
    const png = scanPng(20, 10);
    expect(rules(await checkUpload(request('a.png', png.subarray(0, png.length - 20))))).toEqual(['evidence-file-type/brokenImage']);
  });
  it('a file above the limit arrives as its first bytes: a PDF is noted as not read', async () => {
    const head = new TextEncoder().encode('%PDF-1.7\n%garbage');
    expect(rules(await checkUpload(request('Besar.pdf', head, 200 * 1024 * 1024)))).toEqual(['evidence-content-skipped/tooLarge']);
  });
  it('on tauval (no items) the decree is judged as a file only', async () => {
    const spbe: UploadSubject = { framework: 'spbe-2020', indicator: 29, item: null, agency: 'Pemerintah Kota Contoh' };
    expect(rules(await checkUpload(request('SK.pdf', await textPdf(documentText('sk-tim-asesor')), undefined, spbe)))).toEqual([]);
  });
  it('an indicator the framework does not have is no answer, not a guess', async () => {
    expect((await checkUpload(request('a.pdf', new Uint8Array([1]), 1, { ...subject, indicator: 99 }))).ok).toBe(false);
  });
});
