/**
 * How a scope (agency, year, framework) and a time read on the pages.
 * @module extension/pages/shared/scope-label
 */
import type { FrameworkId, Locale } from '../../../core/types.ts';
import { frameworks } from '../../../core/frameworks/index.ts';
import type { Scope } from '../../store/scope.ts';

const SHORT: Record<FrameworkId, string> = { 'spbe-2020': 'SPBE', 'pemdi-2026': 'Pemdi' };

/** "SPBE · PermenPANRB 59/2020" */
export function frameworkLabel(id: FrameworkId): string {
  return `${SHORT[id]} · ${frameworks[id].regulationShort}`;
}

export function agencyLabel(agency: Scope['agency']): string {
  return agency.code ? `${agency.name} (${agency.code})` : agency.name;
}

/** "Pemerintah Kota Contoh (9901) · 2025 · SPBE · PermenPANRB 59/2020" */
export function scopeLabel(scope: Scope): string {
  return `${agencyLabel(scope.agency)} · ${scope.year} · ${frameworkLabel(scope.framework)}`;
}

/** "3 Des 2025, 14.05" in Indonesian; the English page uses British order. */
export function formatDateTime(ms: number, locale: Locale): string {
  return new Date(ms).toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
}
