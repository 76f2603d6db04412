// Types of budgets.mjs, for test/budget.test.ts.
export interface Budget { minBytes: number; source: 'issue' | 'bench ceiling' }
export const BUDGETS: Record<'content' | 'popup' | 'options' | 'standalone' | 'background', Budget>;
export interface Part { files: string[]; lazyFiles: string[]; min: number; gzip: number; lazyMin: number }
/** Always has the content script; popup, options, standalone, background when the build has them. */
export function measureBuild(root: string): { content: Part; [part: string]: Part };
export function allJs(root: string): string[];
export interface BudgetRow { part: string; min: number; gzip: number; budget: number; source: string; ok: boolean }
export function budgetRows(parts: { [part: string]: Part }): BudgetRow[];
export function buildDir(root: string, target: 'chrome-mv3' | 'firefox-mv2' | 'firefox-mv3'): string;
