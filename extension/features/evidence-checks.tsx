/**
 * Evidence checks inline, from the same core rules as `spbe lint`, worded for
 * the portal (extension/background/checks.ts): a claimed level without
 * explanation or evidence, an explanation without FAKTA/ANALISIS or without a
 * file name, Pemdi items missing at a level, items above a missing or revisi
 * level (they will be auto-rejected), stale reviews and audits. Shown in the
 * page's flow under the indicator preview. The rule ids sit behind the
 * "Rincian" button (aria-pressed), never in the text itself.
 * @module extension/features/evidence-checks
 */
import { render } from 'preact';
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import { mountHost } from '../content/mount.ts';
import type { LiveState } from '../content/live-state.ts';
import { isIndicatorPage, type Feature } from './feature.ts';


function Checks({ diagnostics, st, details, toggle }: { diagnostics: Diagnostic[]; st: LiveState; details: boolean; toggle: () => void }) {
  const { t, locale } = st;
  if (st.current && !st.current.read.complete) return <div class="checks">{t('checksSkipped')}</div>;
  if (!diagnostics.length) return <div class="checks ok">{t('checks')}: {t('noProblems')}</div>;
  return (
    <div class="checks">
      <div class="head">
        <b>{t('checks')}</b>
        <button type="button" aria-pressed={details} onClick={toggle}>{t('details')}</button>
      </div>
      <ul>
        {diagnostics.map((d, i) => (
          <li key={i} class={d.severity} data-rule={d.ruleId}>{d.message[locale]}{details && <span class="rule"> [{d.ruleId}]</span>}</li>
        ))}
      </ul>
    </div>
  );
}

export const evidenceChecks: Feature = {
  id: 'evidence-checks',
  include: isIndicatorPage,
  init({ state, signal }) {
    const page = state.page;
    if (!isIndicatorPage(page)) return;
    const place = (h: HTMLElement) => {
      const preview = page.anchor.nextElementSibling;
      (preview?.localName === 'spbe-lens-indicator' ? preview : page.anchor).after(h);
    };
    const { host, root } = mountHost('spbe-lens-checks', place, signal);
    let details = false;
    const draw = (st: LiveState) => {
      host.setAttribute('data-count', String(st.checks.length));
      render(<Checks diagnostics={st.checks} st={st} details={details} toggle={() => { details = !details; draw(st); }} />, root);
    };
    state.subscribe(draw, signal);
  },
};
