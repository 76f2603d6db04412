/**
 * Whose assessment: one agency, one evaluation year, one framework. The
 * extension remembers every indicator seen within a scope (the portals show
 * one indicator per page).
 *
 * The same agency arrives under different spellings: the portal's pages show
 * its name and seldom its code, an assessment file usually carries both. Two
 * scopes are the same agency when their names are equal once case, accents
 * and punctuation are set aside, or when both carry the same code
 * (sameAgency); the storage key stays what it always was (code when known,
 * else name), and a reading or an import is filed under the matching scope
 * that already exists (matchingScopes) rather than beside it.
 * @module extension/store/scope
 */
import type { FrameworkId } from '../../core/types.ts';

export interface Scope {
  framework: FrameworkId;
  year: number;
  agency: { name: string; code?: string };
}

/** The per-indicator records of version one (one storage key per indicator); read only by the migration. */
export const LEGACY_PREFIX = 'spbe-lens:v1:';
/** One storage item per scope (extension/store/records.ts). */
export const SCOPE_PREFIX = 'spbe-lens:scope:';

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A stable key for an agency: its code when known, else its name (the formula of version one, so keys never move). */
export function agencyKey(agency: Scope['agency']): string {
  const raw = agency.code?.trim() || agency.name;
  return raw.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'instansi';
}

/** The name as compared: lower case, no accents, punctuation and spacing collapsed. */
export function agencyName(name: string): string {
  return slug(name);
}

/** Equal normalised names, or equal codes where both have one. */
export function sameAgency(a: Scope['agency'], b: Scope['agency']): boolean {
  const n = agencyName(a.name);
  if (n && n === agencyName(b.name)) return true;
  const ca = a.code?.trim();
  const cb = b.code?.trim();
  return !!ca && !!cb && slug(ca) === slug(cb);
}

export function scopeKey(s: Scope): string {
  return `${SCOPE_PREFIX}${s.framework}:${s.year}:${agencyKey(s.agency)}`;
}

export function sameScope(a: Scope, b: Scope): boolean {
  return scopeKey(a) === scopeKey(b);
}

/** Scopes of the same framework and year whose agency is `scope`'s (the exact key first). */
export function matchingScopes<T extends { scope: Scope }>(scope: Scope, among: readonly T[]): T[] {
  const key = scopeKey(scope);
  return among
    .filter((s) => s.scope.framework === scope.framework && s.scope.year === scope.year && sameAgency(s.scope.agency, scope.agency))
    .sort((a, b) => Number(scopeKey(b.scope) === key) - Number(scopeKey(a.scope) === key));
}
