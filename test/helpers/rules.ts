/**
 * Table-driven helpers for the rule tests: a schema-valid base assessment per
 * framework, `lintWith(rule, assessment)` running one rule through the real
 * linter (parse → schema → rule) on the object serialised with
 * JSON.stringify(obj, null, 2), and `lineOf` to find the 0-based line of a
 * snippet in that same text.
 * @module test/helpers/rules
 */
import type { Assessment, Evidence, FrameworkId, IndicatorEntry } from '../../core/types.ts';
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import { lintText, type RuleSetting } from '../../core/lint/lint.ts';
import type { Rule } from '../../core/lint/rule.ts';

const DEFAULT_YEAR: Record<FrameworkId, number> = { 'spbe-2020': 2025, 'pemdi-2026': 2026 };

/** A schema-valid assessment with the given indicators (and optional overrides). */
export function assessment(
  framework: FrameworkId,
  indicators: Record<string, IndicatorEntry>,
  extra: Partial<Omit<Assessment, 'framework' | 'indicators'>> = {},
): Assessment {
  return {
    framework,
    year: DEFAULT_YEAR[framework],
    agency: { name: 'Pemerintah Kota Contoh', kind: 'kota' },
    stage: 'mandiri',
    indicators,
    ...extra,
  };
}

export const spbe = (indicators: Record<string, IndicatorEntry>, extra?: Partial<Assessment>) => assessment('spbe-2020', indicators, extra);
export const pemdi = (indicators: Record<string, IndicatorEntry>, extra?: Partial<Assessment>) => assessment('pemdi-2026', indicators, extra);

/** Pemdi evidence answering an item, with a file named after the item. */
export const item = (code: string, extra: Partial<Evidence> = {}): Evidence => ({ file: `${code}.pdf`, item: code, ...extra });

export const serialise = (a: Assessment): string => JSON.stringify(a, null, 2);

/**
 * The findings of one rule on an assessment. Throws when the fixture is not a
 * schema-valid assessment, so a broken fixture never passes as "no findings".
 */
export function lintWith(rule: Rule, a: Assessment, severity?: RuleSetting): Diagnostic[] {
  const result = lintText(serialise(a), 'test.json', {
    ruleSet: [rule],
    ...(severity ? { rules: { [rule.meta.id]: severity } } : {}),
  });
  const foreign = result.diagnostics.filter((d) => d.ruleId !== rule.meta.id);
  if (!result.rulesRan || foreign.some((d) => d.severity === 'error')) {
    throw new Error(`fixture is not a valid assessment: ${foreign.map((d) => `${d.pointer} ${d.message.en}`).join('; ')}`);
  }
  return result.diagnostics.filter((d) => d.ruleId === rule.meta.id);
}

/** The 0-based line of the nth occurrence of `snippet` in the serialised assessment. */
export function lineOf(a: Assessment, snippet: string, nth = 0): number {
  const text = serialise(a);
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(snippet, at + 1);
    if (at < 0) throw new Error(`snippet not found: ${snippet}`);
  }
  return text.slice(0, at).split('\n').length - 1;
}

/** What most table rows assert: pointer and English message of each finding. */
export const summary = (ds: readonly Diagnostic[]) => ds.map((d) => ({ pointer: d.pointer, message: d.message.en }));

/** What a user sees of each finding, without its wording: where and which message (as ESLint's RuleTester asserts). */
export const found = (ds: readonly Diagnostic[]) => ds.map((d) => ({ pointer: d.pointer, messageId: d.messageId }));
