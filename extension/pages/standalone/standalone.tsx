/**
 * The standalone page (/standalone.html): the portal preview without the
 * portal. Pick a framework, agency and year, fill levels (SPBE) or evidence
 * item states (Pemdi), and the summary follows every change; the draft can be
 * loaded from and saved to the extension's memory, or exported as a file.
 * One draft per framework, so switching back and forth loses nothing; both
 * are kept across a reload (./autosave.ts), and leaving the page with changes
 * not saved to the extension's memory asks first. A new draft's agency is the
 * one the open portal tab shows (never an example name).
 * @module extension/pages/standalone/standalone
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FRAMEWORK_IDS, type FrameworkId, type Locale } from '../../../core/types.ts';
import { frameworks, itemCodes } from '../../../core/frameworks/index.ts';
import { isExternal } from '../../../core/engine/indicator-value.ts';
import { scoreReport, type ScoreReport } from '../../../core/report/score-report.ts';
import { Summary } from '../../ui/summary.tsx';
import { overlayTr, t } from '../../i18n.ts';
import { callStore } from '../../store/client.ts';
import { dirty, loadWork, workItem } from './autosave.ts';
import { useLocale } from '../shared/use-locale.ts';
import { frameworkLabel } from '../shared/scope-label.ts';
import { draftAssessment, draftProblems, newDraft, setExternal, setItem, setItems, setLevel, setValue, type Draft } from './draft.ts';
import { SpbeTable } from './spbe-table.tsx';
import { PemdiTable } from './pemdi-table.tsx';
import { StorageBar } from './storage-bar.tsx';

interface PageState {
  active: FrameworkId;
  drafts: Record<FrameworkId, Draft>;
  report: ScoreReport;
  /** Bumped when a draft is replaced wholesale (load), to reset uncontrolled inputs. */
  version: number;
}

const withReport = (s: Omit<PageState, 'report'>): PageState => ({ ...s, report: scoreReport(draftAssessment(s.drafts[s.active])) });

function initialState(): PageState {
  return withReport({ active: 'spbe-2020', drafts: { 'spbe-2020': newDraft('spbe-2020'), 'pemdi-2026': newDraft('pemdi-2026') }, version: 0 });
}

/** Handlers take a change function, not a new draft, so they never build on a stale render. */
function ScopeFields({ draft, locale, onChange, onFramework }: { draft: Draft; locale: Locale; onChange: (change: (d: Draft) => Draft) => void; onFramework: (f: FrameworkId) => void }) {
  return (
    <div class="scope-fields">
      <label>
        {t(locale, 'colFramework')}
        <select value={draft.framework} data-testid="framework" onChange={(e) => onFramework(e.currentTarget.value as FrameworkId)}>
          {FRAMEWORK_IDS.map((id) => <option key={id} value={id}>{frameworkLabel(id)}</option>)}
        </select>
      </label>
      <label>
        {t(locale, 'agencyName')}
        {/* A new name is a new agency: the loaded agency code no longer applies. */}
        <input type="text" size={32} value={draft.agency.name} data-testid="agency" onInput={(e) => { const name = e.currentTarget.value; onChange((d) => ({ ...d, agency: { name } })); }} />
      </label>
      {draft.agency.code && <span class="muted">{draft.agency.code}</span>}
      <label>
        {t(locale, 'colYear')}
        <input type="text" inputMode="numeric" size={5} value={draft.year} data-testid="year" onInput={(e) => { const year = e.currentTarget.value; onChange((d) => ({ ...d, year })); }} />
      </label>
    </div>
  );
}

const AUTOSAVE_MS = 500;

/** Restores the last visit's work, fills an empty agency from the open portal tab, keeps the work, and guards leaving. */
function useWork(current: { current: PageState }, commit: (s: Omit<PageState, 'report'>) => void): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    void (async () => {
      const work = await loadWork();
      if (!alive) return;
      const s = current.current;
      let drafts = work ? work.drafts : s.drafts;
      const portal = await callStore('openScopes').catch(() => []);
      const agency = portal[0]?.agency;
      if (agency) {
        drafts = Object.fromEntries(Object.entries(drafts).map(([f, d]) => [f, d.agency.name.trim() ? d : { ...d, agency: { ...agency } }])) as PageState['drafts'];
      }
      if (!alive) return;
      if (work || agency) commit({ active: work?.active ?? s.active, drafts, version: current.current.version + 1 });
      setReady(true);
    })();
    return () => { alive = false; };
  }, []);
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (!Object.values(current.current.drafts).some(dirty)) return;
      e.preventDefault();
      e.returnValue = '';
    };
    addEventListener('beforeunload', onLeave);
    return () => removeEventListener('beforeunload', onLeave);
  }, []);
  return ready;
}

export function Standalone() {
  const [locale] = useLocale();
  const [state, setState] = useState(initialState);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (state.version === 0 && !Object.values(state.drafts).some((d) => Object.keys(d.indicators).length)) return; // nothing of the user's yet
    clearTimeout(saveTimer.current);
    const save = () => { pending.current = null; void workItem.setValue({ active: state.active, drafts: state.drafts }); };
    pending.current = save;
    saveTimer.current = setTimeout(save, AUTOSAVE_MS);
  }, [state.drafts, state.active]);
  // Leaving the page (or the page unmounting) writes what is still waiting for its delay.
  useEffect(() => () => { clearTimeout(saveTimer.current); pending.current?.(); }, []);
  // Lives here, not in the storage bar, so switching framework can clear it while a load (which also switches) keeps it.
  const [notice, setNotice] = useState('');
  // The latest state, so that two changes in one task never build on a stale copy.
  const current = useRef(state);
  const commit = (next: Omit<PageState, 'report'>) => { current.current = withReport(next); setState(current.current); };
  const update = (change: (d: Draft) => Draft) => {
    const s = current.current;
    const d = change(s.drafts[s.active]);
    const next = { ...s, drafts: { ...s.drafts, [s.active]: d } };
    // Agency and year do not move the score; a Pemdi report takes ~20 ms, so typing a name skips it.
    if (d.indicators === s.drafts[s.active].indicators) { current.current = next; setState(next); } else commit(next);
  };
  const replace = (d: Draft) => { const s = current.current; commit({ active: d.framework, drafts: { ...s.drafts, [d.framework]: d }, version: s.version + 1 }); };
  const ready = useWork(current, commit);

  if (!locale) return null;
  const { active, report } = state;
  const draft = state.drafts[active];
  const fw = frameworks[active];
  const problems = draftProblems(draft);
  const pemdiItems = fw.itemsPerLevel
    ? fw.indicators.filter((i) => !isExternal(i)).flatMap((i) => itemCodes(i).map((code) => ({ indicator: i.number, code })))
    : [];
  return (
    <div class="standalone" data-ready={ready ? '' : undefined}>
      <main>
        <h1>SPBE Lens — {t(locale, 'standaloneTitle')}</h1>
        <p class="muted">{t(locale, 'standaloneIntro')}</p>
        <ScopeFields draft={draft} locale={locale} onChange={update}
          onFramework={(f) => { const s = current.current; setNotice(''); commit({ ...s, active: f }); }} />
        {/* On a page not yet touched, what is still needed is a hint, not an error in red. */}
        {problems.map((p) => <div key={p} class={draft.agency.name || Object.keys(draft.indicators).length ? 'error' : 'hint muted'}>{t(locale, p)}</div>)}
        <StorageBar draft={draft} notice={notice} onNotice={setNotice} locale={locale} problems={problems} onLoaded={replace}
          onSaved={(base) => update((d) => ({ ...d, base }))} />
        {active === 'spbe-2020'
          ? <SpbeTable key={`spbe-${state.version}`} framework={fw} indicators={draft.indicators} locale={locale}
              onLevel={(n, l) => update((d) => setLevel(d, n, l))}
              onAll={(l) => update((d) => fw.indicators.reduce((acc, i) => setLevel(acc, i.number, l), d))} />
          : <PemdiTable key={`pemdi-${state.version}`} framework={fw} indicators={draft.indicators} report={report} locale={locale}
              onItem={(n, code, c) => update((d) => setItem(d, n, code, c))}
              onValue={(n, v) => update((d) => setValue(d, n, v))}
              onExternal={(n, x) => update((d) => setExternal(d, n, x))}
              onAllItems={(c) => update((d) => setItems(d, pemdiItems, c))} />}
      </main>
      <aside>
        <Summary report={report} locale={locale} tr={overlayTr(locale)} />
      </aside>
    </div>
  );
}
