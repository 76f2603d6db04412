/** @vitest-environment happy-dom */
// Re-reading after a user's edit gives exactly what a full reading gives.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { recognise } from './detect.ts';
import { refreshPage } from './refresh.ts';
import { toEntry } from './to-entry.ts';
import type { EvalIndicatorPage, TauvalIndicatorPage } from './types.ts';
import { reasonMessage } from './reason-messages.ts';

function load(host: string, path: string): URL {
  const html = readFileSync(`test/fixtures/portal/${host}${path}/index.html`, 'utf8');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
  return new URL(`https://${host}${path}`);
}
const read = (url: URL) => { const r = recognise(document, url); if (!r.ok) throw new Error(reasonMessage(r.reason).en); return r.page; };

describe('refreshPage', () => {
  it('tauval: a new level and a typed note read the same as a full reading', () => {
    const url = load('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const page = read(url) as TauvalIndicatorPage;
    page.radios.get(4)!.checked = true;
    const note = page.noteFields.get(4) as HTMLTextAreaElement;
    note.value = 'FAKTA: baru. ANALISIS: ok.';
    const fresh = refreshPage(page)!;
    expect(toEntry(fresh as TauvalIndicatorPage)).toEqual(toEntry(read(url) as TauvalIndicatorPage));
    expect((fresh as TauvalIndicatorPage).explanation).toBe('FAKTA: baru. ANALISIS: ok.');
  });
  it('eval: a typed item note reads the same as a full reading', () => {
    const url = load('eval.spbe.go.id', '/penilaian-mandiri/indikator/4');
    const page = read(url) as EvalIndicatorPage;
    const field = page.items.find((i) => i.noteField)!.noteField as HTMLTextAreaElement;
    field.value = 'catatan baru';
    expect(toEntry(refreshPage(page) as EvalIndicatorPage)).toEqual(toEntry(read(url) as EvalIndicatorPage));
  });
  it('gives up (null) when a control it knew is gone, so the page is read afresh', () => {
    const url = load('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const page = read(url) as TauvalIndicatorPage;
    page.radios.get(1)!.remove();
    expect(refreshPage(page)).toBeNull();
  });
});
