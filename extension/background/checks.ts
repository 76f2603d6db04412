/**
 * The lint rules for the indicator on a portal page, worded for the page:
 * the same core rules as `spbe lint`, with the file format's field names
 * (`"explanation"`, `kind "screenshot"`) taken out of the text, since the
 * evaluator on the portal fills in a form, not a file. The rule id stays on
 * each finding for the "details" affordance of the inline checks.
 * @module extension/background/checks
 */
import type { Assessment, IndicatorEntry, Stage } from '../../core/types.ts';
import type { Diagnostic, Message } from '../../core/lint/diagnostic.ts';
import { runRules } from '../../core/lint/run-rules.ts';
import type { Scope } from '../store/scope.ts';

/**
 * Findings that need what the portal does not record. Tauval lists the files
 * of an indicator but not which level each supports (portals.md A4), so the
 * "name the levels each file supports" finding would fire on every page.
 */
export const NOT_ON_PORTAL = new Set(['level-needs-evidence/uncoveredUntagged']);

/** Text about the file format: `("explanation")`, `("url" atau kind "tautan")`, `kind "screenshot" atau `. */
const FILE_TERMS: [RegExp, string][] = [
  [/\s*\(\s*"[a-z]+"\s+(?:atau|or)\s+kind\s+"[a-z]+"\s*\)/g, ''],
  [/\s*\(\s*"[a-z]+"\s*\)/g, ''],
  [/kind\s+"[a-z]+"\s+(?:atau|or)\s+/g, ''],
];

export function portalWording(m: Message): Message {
  const clean = (s: string) => FILE_TERMS.reduce((t, [re, by]) => t.replace(re, by), s);
  return { id: clean(m.id), en: clean(m.en) };
}

/** The findings of the rules for one indicator's entry (the whole-file rule incomplete-assessment aside). */
export function checksFor(scope: Scope, stage: Stage, n: number, entry: IndicatorEntry): Diagnostic[] {
  const agency: Assessment['agency'] = { name: scope.agency.name, ...(scope.agency.code ? { code: scope.agency.code } : {}) };
  const a: Assessment = { framework: scope.framework, year: scope.year, agency, stage, indicators: { [String(n)]: entry } };
  const own = `/indicators/${n}`;
  return runRules(a)
    .filter((d) => d.ruleId !== 'incomplete-assessment' && (d.pointer === own || d.pointer.startsWith(`${own}/`)) && !NOT_ON_PORTAL.has(`${d.ruleId}/${d.messageId}`))
    .map((d) => ({ ...d, message: portalWording(d.message) }));
}
