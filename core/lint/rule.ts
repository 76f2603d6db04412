/**
 * An evaluation rule: ESLint-style meta (id, type, default severity, docs,
 * bilingual messages) plus a check over a schema-valid assessment. One rule per
 * file in core/lint/rules/, id = file name, with a test beside it and a page
 * docs/rules/<id>.md (test/rules-convention.test.ts enforces all three).
 * @module core/lint/rule
 */
import type { AspectDef, Assessment, Framework, FrameworkId, IndicatorDef, IndicatorEntry, Stage } from '../types.ts';
import { tallyItems, type ItemTally } from '../engine/indicator-value.ts';
import { moduleItemOf } from './rules/internal/item-lookup.ts';
import type { Message, Severity } from './diagnostic.ts';
import type { EvidenceFacts } from '../evidence/facts.ts';

export interface RuleMeta {
  id: string;
  /** problem: an assessor would reject or downgrade; suggestion: weakens the case. */
  type: 'problem' | 'suggestion';
  severity: Severity;
  /** Frameworks the rule applies to; all when omitted. */
  frameworks?: FrameworkId[];
  /** The stages whose files the rule judges; all when omitted (docs/rules/README.md, "Which rules judge which stage"). */
  stages?: readonly Stage[];
  docs: { description: Message; url: string; source?: string };
  /** Templates with {{name}} placeholders, filled from `data` on report. */
  messages: Record<string, Message>;
}

export interface Report {
  /** RFC 6901 pointer to what is wrong; the range is derived from it. */
  pointer: string;
  messageId: string;
  data?: Record<string, string | number>;
  /** Where to put the range: the member's key (default for objects/arrays) or its value. */
  at?: 'key' | 'value';
  /**
   * A ceiling for this finding's severity, for one a rule cannot be sure of
   * (an item missing from a list the module does not state in full): the
   * finding takes the lower of this and the rule's setting, never a higher one.
   */
  atMost?: Severity;
}

/**
 * A filled indicator: its definition, the file's entry and the entry's pointer
 * (/indicators/12). An object, not a tuple: rules destructure one per indicator,
 * and a tuple is destructured through an iterator until the rule is optimized.
 */
export class Entry {
  #items: ItemTally | undefined;

  constructor(readonly ind: IndicatorDef, readonly e: IndicatorEntry, readonly ptr: string, private readonly aspects: readonly AspectDef[]) {}

  /**
   * The module items its uploads answer and their states (Pemdi): tallied once
   * per lint of the file, however many rules ask.
   */
  get items(): ItemTally {
    return (this.#items ??= tallyItems(this.ind, this.aspects, this.e.evidence, moduleItemOf));
  }
}

export interface RuleContext {
  assessment: Assessment;
  framework: Framework;
  /** The evaluation year, from the file: rules never read today's date. */
  year: number;
  /** The filled indicators with their definitions, in number order (listed once for all rules). */
  entries: readonly Entry[];
  /** What opening the cited evidence files found, when they were opened (`spbe lint`); the evidence-* rules judge only this. */
  evidence?: EvidenceFacts;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Runs on a schema-valid assessment. */
  check(ctx: RuleContext): void;
}

/**
 * Every stage but `akhir`: a self-assessment or an assessment in progress,
 * whose evidence and explanations are still being prepared or judged. A file
 * at stage `akhir` records a result already given (last year's official
 * values, with or without evidence: docs/assessment-format.md), so rules that
 * judge the evidence behind a level do not judge it.
 */
export const WORKING_STAGES: readonly Stage[] = ['mandiri', 'dokumen', 'interviu', 'visitasi'];

/** Identity function for typing, in the manner of WXT's define*. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The filled indicators with their definitions, in number order: RuleContext.entries. */
export function entriesOf(assessment: Assessment, framework: Framework): Entry[] {
  const out: Entry[] = [];
  for (const ind of framework.indicators) {
    const e = assessment.indicators[String(ind.number)];
    if (e) out.push(new Entry(ind, e, `/indicators/${ind.number}`, framework.aspects));
  }
  return out;
}

/** Where a rule's page lives, relative to the project root. */
export const docsUrl = (id: string) => `docs/rules/${id}.md`;
