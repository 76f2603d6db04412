/**
 * One portal page's live assessment, held in the background: the remembered
 * indicators of its agency/year/framework plus the indicator on the page as
 * the content script last read it. Every reading, stored change (this tab or
 * another) and import of last year's result is answered with a fresh view,
 * computed in the same task as the message that caused it.
 * @module extension/live/session
 */
import { browser } from 'wxt/browser';
import { scoreReport } from '../../core/report/score-report.ts';
import { compare } from '../../core/compare/compare.ts';
import { runRules } from '../../core/lint/run-rules.ts';
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import type { Assessment, Framework } from '../../core/types.ts';
import type { LastResult } from '../../core/compare/last-result.ts';
import { loadScope, saveIndicator, type ScopeData } from '../store/assessments.ts';
import { loadLastResult } from '../store/last-year.ts';
import { scopeKey, type Scope } from '../store/scope.ts';
import type { Current, ToBackground, ToContent, View } from './protocol.ts';
import { encodeWire } from './wire.ts';
import { liveAssessment } from './merge.ts';

/**
 * Findings that need what the portal does not record. Tauval lists the files
 * of an indicator but not which level each supports (portals.md A4), so the
 * "name the levels each file supports" finding would fire on every page.
 */
const NOT_ON_PORTAL = new Set(['level-needs-evidence/uncoveredUntagged']);

/** The diagnostics of the rules for one indicator (the whole-file rule incomplete-assessment aside). */
export function checksFor(a: Assessment, n: number): Diagnostic[] {
  const entry = a.indicators[String(n)];
  if (!entry) return [];
  return runRules({ ...a, indicators: { [String(n)]: entry } }).filter((d) =>
    d.ruleId !== 'incomplete-assessment' && d.pointer.startsWith(`/indicators/${n}`) && !NOT_ON_PORTAL.has(`${d.ruleId}/${d.messageId}`));
}

/** The view of an assessment: what the content script used to compute itself. */
export function viewOf(stored: ScopeData, current: Current, last: LastResult | null): View {
  const assessment = liveAssessment(stored.scope, stored.entries, current);
  const report = scoreReport(assessment);
  return {
    report,
    comparison: last ? compare(last, assessment, report.score) : null,
    checks: current ? checksFor(assessment, current.indicator) : [],
    corruptCount: stored.corrupt.length,
  };
}

export class LiveSession {
  private scope: Scope | null = null;
  private current: Current = null;
  private stored: ScopeData | null = null;
  private last: LastResult | null = null;
  /** Bumped by every reload, so a slow older load never overwrites a newer one. */
  private generation = 0;
  private readonly sent = new Set<string>();
  private readonly stop = new AbortController();

  constructor(private readonly post: (m: ToContent) => void) {
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !this.scope) return;
      const prefix = scopeKey(this.scope);
      if (Object.keys(changes).some((k) => k.startsWith(prefix) || k.startsWith('spbe-lens:last:'))) void this.reload();
    };
    browser.storage.onChanged.addListener(onStorage);
    this.stop.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), { once: true });
  }

  handle(m: ToBackground): void {
    switch (m.t) {
      case 'open':
        this.scope = m.scope;
        this.current = m.current;
        void this.reload();
        return;
      case 'page':
        this.current = m.current;
        this.send();
        return;
      case 'save':
        if (this.scope) saveIndicator(this.scope, m.indicator, m.entry, m.updatedAt).catch((e) => console.error('[SPBE Lens] save failed', e));
        return;
      case 'ping':
        return;
    }
  }

  /** The port closed (the tab navigated or closed). */
  close(): void {
    this.stop.abort();
  }

  private async reload(): Promise<void> {
    const scope = this.scope;
    if (!scope) return;
    const generation = ++this.generation;
    const [stored, last] = await Promise.all([loadScope(scope), loadLastResult(scope)]);
    if (generation !== this.generation || this.stop.signal.aborted) return;
    this.stored = stored;
    this.last = last;
    this.send();
  }

  private send(): void {
    if (!this.stored || this.stop.signal.aborted) return;
    const view = viewOf(this.stored, this.current, this.last);
    const { assessment, ...report } = view.report;
    const { text, frameworks } = encodeWire({ ...view, report });
    const fresh: Framework[] = frameworks.filter((f) => !this.sent.has(f.id));
    for (const f of fresh) this.sent.add(f.id);
    this.post({ t: 'view', text, assessment, frameworks: fresh });
  }
}
