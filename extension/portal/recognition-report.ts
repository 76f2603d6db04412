/**
 * What the adapter finds on a page and whether it recognises it, as plain
 * JSON for a page sample (docs/page-sample.md): the title, the level
 * headings, the tables and their headers, the items read, the radios and the
 * upload controls, and the reason (with its code from ./reasons.ts) when the
 * page is not recognised. Nothing of the agency: counts and portal words only.
 * Runs on the sanitised sample in the popup, not in the content script.
 * @module extension/portal/recognition-report
 */
import type { PageKind } from './types.ts';
import { reasonMessage } from './reason-messages.ts';
import { recognise } from './detect.ts';
import { findTitle, frameworkOfHost } from './context.ts';
import { findLevelHeadings } from './items.ts';
import { tableHeader } from './table.ts';
import { visibleText } from './text.ts';
import { findIndicator, getFramework } from '../../core/frameworks/index.ts';
import { moduleItemCode } from '../../core/frameworks/item-codes.ts';

export interface RecognitionReport {
  url: string;
  recognised: boolean;
  kind: PageKind | null;
  /** Why not, when not recognised. */
  reason: { code: string; id: string; en: string } | null;
  /** "Indikator {n}" as found (null when not found or not single). */
  title: { text: string; indicator: number } | null;
  levelHeadings: { level: number; element: string; text: string }[];
  tables: { headers: string[]; rows: number }[];
  /** Pemdi indicator pages: the items read, per level, and how many show a code, a file, a status. */
  items: { read: number; perLevel: Record<string, number>; withCode: number; withFile: number; withStatus: number } | null;
  /**
   * Pemdi: the codes the page shows against the module (core/frameworks/item-codes.ts):
   * how many name the same module item as the item's place on the page (its
   * local code), and those that name another item or none.
   */
  codes: { agree: number; disagree: { shown: string; place: string; names: string | null }[] } | null;
  /** Tauval indicator pages: the levels whose Capaian radio was read, and the one checked. */
  levels: { withRadio: number[]; checked: number | null } | null;
  radios: { total: number; checked: number };
  uploadInputs: number;
  /** Whether the page showed the agency's name and code and the year (their values stay out). */
  context: { agency: boolean; agencyCode: boolean; year: number | null } | null;
}

export function recognitionReport(doc: Document, url: URL): RecognitionReport {
  const r = recognise(doc, url);
  const fw = frameworkOfHost(url);
  const title = fw ? findTitle(doc, fw) : null;
  const inputs = Array.from(doc.querySelectorAll('input')) as HTMLInputElement[];
  const radios = inputs.filter((i) => i.type === 'radio');
  const page = r.ok ? r.page : null;
  const reason = r.ok ? null : r.reason;
  return {
    url: url.href,
    recognised: r.ok,
    kind: page?.kind ?? null,
    reason: reason ? { code: reason.code, ...reasonMessage(reason) } : null,
    title: title ? { text: visibleText(title.element), indicator: title.indicator } : null,
    levelHeadings: findLevelHeadings(doc).map((h) => ({ level: h.level, element: h.element.localName, text: visibleText(h.element).slice(0, 60) })),
    tables: Array.from(doc.querySelectorAll('table')).map((t) => {
      const h = tableHeader(t);
      return { headers: h ? [...h.columns.keys()] : [], rows: h ? h.body.length : t.querySelectorAll('tr').length };
    }),
    items: page?.kind === 'eval-indicator' ? {
      read: page.items.length,
      perLevel: Object.fromEntries([...page.levels.keys()].map((lv) => [String(lv), page.items.filter((i) => i.level === lv).length])),
      withCode: page.items.filter((i) => i.portalCode).length,
      withFile: page.items.filter((i) => i.file).length,
      withStatus: page.items.filter((i) => i.status).length,
    } : null,
    codes: page?.kind === 'eval-indicator' ? codesAgainstModule(page.indicator, page.items) : null,
    levels: page?.kind === 'tauval-indicator' ? { withRadio: [...page.radios.keys()], checked: page.level } : null,
    radios: { total: radios.length, checked: radios.filter((i) => i.checked).length },
    uploadInputs: inputs.filter((i) => i.type === 'file').length,
    context: page ? { agency: page.context.agency !== null, agencyCode: page.context.agencyCode !== null, year: page.context.year } : null,
  };
}

function codesAgainstModule(indicator: number, items: readonly { code: string; portalCode: string | null }[]): RecognitionReport['codes'] {
  const fw = getFramework('pemdi-2026');
  const ind = findIndicator(fw, indicator);
  const out: NonNullable<RecognitionReport['codes']> = { agree: 0, disagree: [] };
  for (const it of items) {
    if (!it.portalCode) continue;
    const names = ind ? moduleItemCode(ind, fw.aspects, it.portalCode) : null;
    if (names === it.code) out.agree++;
    else out.disagree.push({ shown: it.portalCode, place: it.code, names });
  }
  return out;
}
