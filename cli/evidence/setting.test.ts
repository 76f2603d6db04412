// Which runs may have evidence files to read (planning threads).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceSetting, mayReadEvidence } from './setting.ts';

describe('mayReadEvidence', () => {
  const folder = (entries: Record<string, string | null>) => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-setting-'));
    for (const [name, text] of Object.entries(entries)) {
      if (text === null) mkdirSync(join(dir, name));
      else writeFileSync(join(dir, name), text);
    }
    return dir;
  };
  const own = (dir: string, file: string) => evidenceSetting(join(dir, file), undefined, undefined);

  it('no for folders of assessment files only: nothing there can be evidence', () => {
    const dir = folder({ 'a.json': '{}', 'b.JSONC': '{}' });
    expect(mayReadEvidence([own(dir, 'a.json'), own(dir, 'b.JSONC'), undefined])).toBe(false);
  });
  it('yes when a folder also holds a document or a subfolder', () => {
    expect(mayReadEvidence([own(folder({ 'a.json': '{}', 'I1.pdf': '%PDF' }), 'a.json')])).toBe(true);
    expect(mayReadEvidence([own(folder({ 'a.json': '{}', bukti: null }), 'a.json')])).toBe(true);
  });
  it('yes whenever a folder is named, by --evidence-dir or evidenceDir', () => {
    const dir = folder({ 'a.json': '{}' });
    expect(mayReadEvidence([evidenceSetting(join(dir, 'a.json'), dir, undefined)])).toBe(true);
    expect(mayReadEvidence([evidenceSetting(join(dir, 'a.json'), undefined, dir)])).toBe(true);
  });
  it('no when evidence is off or the folder cannot be listed', () => {
    expect(mayReadEvidence([undefined, undefined])).toBe(false);
    expect(mayReadEvidence([own(join(tmpdir(), 'spbe-no-such-folder-x9'), 'a.json')])).toBe(false);
  });
});
