/**
 * Export an assessment as a file (what `spbe lint` reads). The download link
 * is our own element; nothing on the portal is touched.
 * @module extension/ui/export
 */
import type { Scope } from '../store/scope.ts';

export function exportFileName(scope: Scope): string {
  const agency = (scope.agency.code || scope.agency.name).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${scope.framework}-${scope.year}-${agency || 'instansi'}.json`;
}

export function downloadJson(name: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2) + '\n'], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
