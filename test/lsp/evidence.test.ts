// The language server opens the evidence an assessment cites as `spbe lint`
// does (cli/evidence/, through the same pipeline): the same findings on the
// same file names, and an edit that points at another file is judged anew.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spbe, tempDir } from '../cli/run.ts';
import { TestClient, uriOf } from './client.ts';
import { documentText, passwordPdf, scanPdf, textPdf } from '../helpers/pdf.ts';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const dir = tempDir();
const env = { SPBE_CACHE_DIR: join(dir, 'cache') };
const assessment = (first: string) => JSON.stringify({
  framework: 'pemdi-2026', year: 2026, agency: { name: 'Pemerintah Kota Contoh', kind: 'kota' }, stage: 'mandiri',
  indicators: { 9: { evidence: [{ item: 'I9-L1-01', file: first }, { item: 'I9-L1-02', file: 'Rencana-Audit.pdf' }, { item: 'I9-L2-01', file: 'Pindaian.pdf' }] } },
}, null, 2);

describe('the language server and the evidence folder', () => {
  let client: TestClient;
  const file = join(dir, 'penilaian', 'a.json');
  const uri = uriOf(file);
  beforeAll(async () => {
    mkdirSync(join(dir, 'bukti'));
    mkdirSync(join(dir, 'penilaian'));
    writeFileSync(join(dir, 'bukti', 'SK-Tim-Asesor.pdf'), await textPdf(documentText('sk-tim-asesor')));
    writeFileSync(join(dir, 'bukti', 'SK-Tim-Auditor.pdf'), await textPdf(documentText('sk-tim-auditor')));
    writeFileSync(join(dir, 'bukti', 'Rencana-Audit.pdf'), await passwordPdf(documentText('rencana-audit')));
    writeFileSync(join(dir, 'bukti', 'Pindaian.pdf'), await scanPdf(2));
    writeFileSync(join(dir, 'spbe.config.json'), JSON.stringify({ evidenceDir: 'bukti' }));
    writeFileSync(file, assessment('SK-Tim-Asesor.pdf'));
    process.env.SPBE_CACHE_DIR = env.SPBE_CACHE_DIR;
    client = await TestClient.start({ cwd: dir });
  });
  afterAll(() => client?.stop());

  it('the first diagnostics are spbe lint\'s, evidence findings included', async () => {
    await client.open(uri, assessment('SK-Tim-Asesor.pdf'));
    const lsp = (await client.diagnosticsFor(uri, 1)).map((d) => ({ ruleId: d.code, line: d.range.start.line + 1, message: d.message }));
    const cli = JSON.parse(spbe(['lint', file, '--format', 'json'], { cwd: dir, env }).stdout)[0].messages
      .map((m: { ruleId: string; line: number; message: string }) => ({ ruleId: m.ruleId, line: m.line, message: m.message }));
    expect(lsp).toEqual(cli);
    expect(lsp.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['evidence-item-content', 'evidence-pdf-unreadable', 'evidence-content-skipped']));
  });

  it('an edit pointing at the right decree is judged anew', async () => {
    const text = assessment('SK-Tim-Auditor.pdf');
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const codes = (await client.diagnosticsFor(uri, 2)).map((d) => d.code);
    expect(codes).not.toContain('evidence-item-content');
    expect(codes).toContain('evidence-pdf-unreadable');
  });
});
