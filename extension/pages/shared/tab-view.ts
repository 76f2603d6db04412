/**
 * What the popup and the side panel show for a tab: they ask the tab's
 * content script what it recognised, then read the scope the way every portal
 * tab sees it: the saved entries, every tab's unsaved choices (latest per
 * indicator), and last year's result, computing the saved index and the index
 * with the unsaved choices, as the tabs do (extension/content/live-state.ts).
 * The side panel follows the window's active tab; both follow writes.
 * @module extension/pages/shared/tab-view
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { IndicatorEntry } from '../../../core/types.ts';
import { reasonMessage } from '../../portal/reason-messages.ts';
import type { Message } from '../../../core/lint/diagnostic.ts';
import { scoreReport, type ScoreReport } from '../../../core/report/score-report.ts';
import type { TabStatus } from '../../content/run.ts';
import { loadScope, toAssessment, watchScope, type ScopeData } from '../../store/assessments.ts';
import { draftsItem, latestDrafts } from '../../store/drafts.ts';
import { loadLastResult } from '../../store/last-year.ts';
import type { Scope } from '../../store/scope.ts';
import { compare, type Comparison } from '../../../core/compare/compare.ts';
import type { LastResult } from '../../../core/compare/last-result.ts';
import { activeTabStatus } from './tab-status.ts';

/** `tabId`: the active tab the view is of (undefined for a tab without one, e.g. devtools). */
export type TabView = { kind: 'loading' } | ({ tabId: number | undefined } & (
  | { kind: 'not-portal' }
  | { kind: 'unrecognised'; reason: Message | undefined }
  | { kind: 'assessor'; status: TabStatus }
  | { kind: 'recognised'; status: TabStatus; scope: Scope; data: ScopeData; drafts: Record<string, IndicatorEntry>; saved: ScoreReport; live: ScoreReport; last: LastResult | null; comparison: Comparison | null }
));

type Recognised = Extract<TabView, { kind: 'recognised' }>;

/** The saved entries without an indicator whose page was read short (the tab leaves it out too). */
function countable(status: TabStatus, data: ScopeData): Record<string, IndicatorEntry> {
  if (!status.unread || status.indicator === undefined) return data.entries;
  const out = { ...data.entries };
  delete out[String(status.indicator)];
  return out;
}

/** One computation of a report, marked for bench/overlay-latency (computations per change). */
function compute(scope: Scope, entries: Record<string, IndicatorEntry>, stage: 'dokumen' | 'mandiri'): ScoreReport {
  performance.mark('spbe-lens:compute');
  return scoreReport(toAssessment({ scope, entries }, stage));
}

function reports(status: TabStatus, data: ScopeData, drafts: Record<string, IndicatorEntry>, last: LastResult | null, prev?: Recognised): Pick<Recognised, 'saved' | 'live' | 'comparison'> {
  const entries = countable(status, data);
  const stage = Object.values(entries).some((e) => e.evidence?.some((x) => x.status)) ? 'dokumen' : 'mandiri';
  const saved = prev && prev.data === data ? prev.saved : compute(data.scope, entries, stage);
  const live = Object.keys(drafts).length ? compute(data.scope, { ...entries, ...drafts }, stage) : saved;
  return { saved, live, comparison: last ? compare(last, live.assessment, live.score) : null };
}

async function viewOf({ tabId, status }: { tabId: number | undefined; status: TabStatus | null }): Promise<TabView> {
  if (!status) return { kind: 'not-portal', tabId };
  if (status.recognised && status.kind === 'tauval-assessor') return { kind: 'assessor', status, tabId };
  if (!status.recognised || !status.scope) return { kind: 'unrecognised', reason: status.reason && reasonMessage(status.reason), tabId };
  const scope = status.scope;
  const [data, all, last] = await Promise.all([loadScope(scope), draftsItem(scope).getValue(), loadLastResult(scope)]);
  const drafts = Object.fromEntries(Object.entries(latestDrafts(all)).map(([n, d]) => [n, d.entry]));
  return { kind: 'recognised', tabId, status, scope, data, drafts, last, ...reports(status, data, drafts, last) };
}

/** The view of the active tab; `follow` keeps it on whichever tab becomes active (the side panel). */
export function useTabView(follow = false): TabView {
  const [view, setView] = useState<TabView>({ kind: 'loading' });
  useEffect(() => {
    let ctl = new AbortController();
    const load = async () => {
      ctl.abort();
      ctl = new AbortController();
      const { signal } = ctl;
      const v = await viewOf(await activeTabStatus());
      if (signal.aborted) return;
      setView(v);
      if (v.kind !== 'recognised') return;
      let cur = v;
      const set = (next: Recognised) => { cur = next; setView(next); };
      // The portal tabs keep writing (saved readings, unsaved choices) while this is open.
      const unwatchScope = watchScope(v.scope, (data) => set({ ...cur, data, ...reports(cur.status, data, cur.drafts, cur.last, cur) }));
      const unwatchDrafts = draftsItem(v.scope).watch((all) => {
        const drafts = Object.fromEntries(Object.entries(latestDrafts(all)).map(([n, d]) => [n, d.entry]));
        set({ ...cur, drafts, ...reports(cur.status, cur.data, drafts, cur.last, cur) });
      });
      signal.addEventListener('abort', () => { unwatchScope(); unwatchDrafts(); }, { once: true });
    };
    void load();
    if (!follow) return () => ctl.abort();
    // The side panel stays open across tabs and pages: it shows the one in front.
    const onActivated = () => void load();
    const onUpdated = (_id: number, change: { status?: string }, tab: { active?: boolean }) => { if (tab.active && change.status === 'complete') void load(); };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => { ctl.abort(); browser.tabs.onActivated.removeListener(onActivated); browser.tabs.onUpdated.removeListener(onUpdated); };
  }, []);
  return view;
}
