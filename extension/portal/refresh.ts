/**
 * Re-reading after the user's own edit. A level click or a keystroke in a
 * note changes one control, so only the controls found when the page was
 * recognised are read again (bench/results.md: recognising the page is most
 * of the cost of an update). Anything else — rows added by the portal's
 * scripts, a status changed, a control gone — returns null and the caller
 * recognises the page afresh.
 * @module extension/portal/refresh
 */
import type { PortalPage } from './types.ts';
import { fieldValue } from './text.ts';

const value = (f: Element | null) => (f ? fieldValue(f).trim() : '');

export function refreshPage(page: PortalPage): PortalPage | null {
  if (page.kind === 'tauval-indicator') {
    if (![...page.radios.values()].every((r) => r.isConnected)) return null;
    if (![...page.noteFields.values()].every((f) => !f || f.isConnected)) return null;
    const level = [...page.radios].find(([, r]) => r.checked)?.[0] ?? null;
    const notes: Record<number, string> = {};
    for (const [lv, f] of page.noteFields) notes[lv] = value(f);
    return { ...page, level, notes, explanation: level === null ? '' : notes[level] ?? '' };
  }
  if (page.kind === 'eval-indicator') {
    if (!page.items.every((it) => it.row.isConnected && (!it.noteField || it.noteField.isConnected))) return null;
    return { ...page, items: page.items.map((it) => ({ ...it, note: it.noteField ? value(it.noteField) : it.note })) };
  }
  return null;
}
