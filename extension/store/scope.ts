/**
 * Whose assessment: one agency, one evaluation year, one framework. The panel
 * remembers every indicator seen within a scope (the portals show one
 * indicator per page).
 * @module extension/store/scope
 */
import type { FrameworkId } from '../../core/types.ts';

export interface Scope {
  framework: FrameworkId;
  year: number;
  agency: { name: string; code?: string };
}

export const PREFIX = 'spbe-lens:v1:';

/** A stable key for an agency: its code when known, else its name. */
export function agencyKey(agency: Scope['agency']): string {
  const raw = agency.code?.trim() || agency.name;
  return raw.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'instansi';
}

export function scopeKey(s: Scope): string {
  return `${PREFIX}${s.framework}:${s.year}:${agencyKey(s.agency)}:`;
}

/** One storage key per indicator, so two tabs writing different indicators never overwrite each other. */
export function indicatorKey(s: Scope, indicator: number): string {
  return `${scopeKey(s)}${indicator}`;
}

export function sameScope(a: Scope, b: Scope): boolean {
  return scopeKey(a) === scopeKey(b);
}
