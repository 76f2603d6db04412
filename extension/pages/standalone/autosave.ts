/**
 * The preview page's work survives a reload: both framework drafts and the
 * active one are kept in one @wxt-dev/storage item (written by this page
 * only, half a second after the last change) and restored when the page
 * opens. Saving to the extension's memory is still the user's act; until then
 * the page warns before it is left (dirty).
 * @module extension/pages/standalone/autosave
 */
import { storage } from '@wxt-dev/storage';
import type { FrameworkId } from '../../../core/types.ts';
import { isFrameworkId } from '../../../core/frameworks/index.ts';
import type { Draft } from './draft.ts';

export interface SavedWork {
  active: FrameworkId;
  drafts: Record<FrameworkId, Draft>;
}

export const workItem = storage.defineItem<SavedWork | null>('local:spbe-lens:standalone', { fallback: null, version: 1 });

const isDraft = (d: unknown, fw: FrameworkId): d is Draft => {
  const x = d as Partial<Draft> | null;
  return !!x && x.framework === fw && typeof x.year === 'string' && typeof x.agency?.name === 'string' && !!x.indicators && typeof x.indicators === 'object';
};

/** The work kept from the last visit, when it reads as such. */
export async function loadWork(): Promise<SavedWork | null> {
  const w = await workItem.getValue();
  if (!w || !isFrameworkId(w.active) || !isDraft(w.drafts?.['spbe-2020'], 'spbe-2020') || !isDraft(w.drafts?.['pemdi-2026'], 'pemdi-2026')) return null;
  return w;
}

/** Whether a draft holds changes not saved to the extension's memory. */
export function dirty(d: Draft): boolean {
  const base = d.base?.entries ?? {};
  return JSON.stringify(Object.entries(d.indicators).sort()) !== JSON.stringify(Object.entries(base).sort());
}
