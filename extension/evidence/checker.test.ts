// The checker page's judgement of a picked file: the same core checks as
// `spbe lint`, for the item the upload input belongs to, with the items'
// content terms from virtual:item-content (the slim framework has none), and
// the answer worded in the tab's language.
import { describe, expect, it } from 'vitest';
import { checkFile, checkUpload } from './checker.ts';
import type { PickedFile, UploadSubject } from './protocol.ts';
import { documentText, passwordPdf, scanPng, textPdf } from '../../test/helpers/pdf.ts';

const subject: UploadSubject = { framework: 'pemdi-2026', indicator: 9, item: 'I9-L1-01', agency: 'Pemerintah Kota Contoh' };
const picked = (name: string, bytes: Uint8Array, size = bytes.length): PickedFile => ({ name, size, data: Buffer.from(bytes).toString('base64') });
const found = async (f: PickedFile, s = subject) => ((await checkFile(f, s)) ?? []).map((d) => `${d.ruleId}/${d.messageId}`);

describe('checkFile', () => {
  it('names the look-alike decree; the genuine one passes', async () => {
    expect(await found(picked('SK-Tim-Asesor.pdf', await textPdf(documentText('sk-tim-asesor'))))).toEqual(['evidence-item-content/lookAlike']);
    expect(await found(picked('SK-Tim-Auditor.pdf', await textPdf(documentText('sk-tim-auditor'))))).toEqual([]);
  });
  it('a password, a wrong extension, an empty file, a cut-off image', async () => {
    expect(await found(picked('a.pdf', await passwordPdf('x')))).toEqual(['evidence-pdf-unreadable/passwordProtected']);
    expect(await found(picked('a.pdf', scanPng(20, 10)))).toEqual(['evidence-file-type/wrongKind']);
    expect(await found(picked('a.pdf', new Uint8Array()))).toEqual(['evidence-file-empty/empty']);
    const png = scanPng(20, 10);
    expect(await found(picked('a.png', png.subarray(0, png.length - 20)))).toEqual(['evidence-file-type/brokenImage']);
  });
  it('a file above the limit arrives as its first bytes: a PDF is noted as not read', async () => {
    expect(await found(picked('Besar.pdf', new TextEncoder().encode('%PDF-1.7\n%x'), 200 * 1024 * 1024))).toEqual(['evidence-content-skipped/tooLarge']);
  });
  it('on tauval (no items) a decree is judged as a file only', async () => {
    const spbe: UploadSubject = { framework: 'spbe-2020', indicator: 29, item: null, agency: 'Pemerintah Kota Contoh' };
    expect(await found(picked('SK.pdf', await textPdf(documentText('sk-tim-asesor'))), spbe)).toEqual([]);
  });
  it('an indicator the framework does not have is no answer, not a guess', async () => {
    expect(await checkFile(picked('a.pdf', new Uint8Array([1])), { ...subject, indicator: 99 })).toBeNull();
  });
});

describe('checkUpload', () => {
  it('words each file\'s findings in the tab\'s language, says which file could not be checked, and gives the no-problem text', async () => {
    const files = [picked('SK-Tim-Asesor.pdf', await textPdf(documentText('sk-tim-asesor'))), picked('a.pdf', new Uint8Array([37]))];
    const en = await checkUpload({ t: 'spbe-lens:run-upload-check', files, subject, locale: 'en' });
    expect(en.lines.map((l) => [l.severity, l.rule])).toEqual([['warning', 'evidence-item-content'], ['error', 'evidence-file-type']]);
    expect(en.lines[0]!.text).toContain('looks like SK Tim Asesor Internal Evaluasi Kinerja Pemdi');
    expect(en.ok).toContain('No problems');
    const bad = await checkUpload({ t: 'spbe-lens:run-upload-check', files: [files[0]!], subject: { ...subject, indicator: 99 }, locale: 'id' });
    expect(bad.lines).toEqual([{ severity: 'error', text: 'SK-Tim-Asesor.pdf: Berkas tidak dapat diperiksa', rule: '' }]);
  });
});
