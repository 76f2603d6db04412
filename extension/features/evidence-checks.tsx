/**
 * Evidence checks inline, from the same core rules as `spbe lint`: a claimed
 * level without explanation or evidence, an explanation without FAKTA/ANALISIS
 * or without a file name, Pemdi items missing at a level, items above a
 * missing or revisi level (they will be auto-rejected), stale reviews and
 * audits. Shown under the indicator preview for the indicator on the page.
 * @module extension/features/evidence-checks
 */
import { render } from 'preact';
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import { mountHost } from '../content/mount.ts';
import type { LiveState } from '../content/live-state.ts';
import type { EvalIndicatorPage, TauvalIndicatorPage } from '../portal/types.ts';
import { t } from '../i18n/overlay.ts';
import { isIndicatorPage, type Feature } from './feature.ts';

const css = `
:host { all: initial; display: block; margin: 6px 0; }
.checks { font: 12px/1.45 system-ui, sans-serif; color: #1f2937; border-left: 3px solid #f59e0b; background: #fffbeb; padding: 6px 10px; }
.checks.ok { border-color: #10b981; background: #ecfdf5; }
ul { margin: 4px 0 0; padding-left: 18px; }
.error { color: #b91c1c; } .warning { color: #b45309; } .info { color: #1d4ed8; }
.rule { color: #6b7280; font-size: 11px; }
`;

function Checks({ diagnostics, state }: { diagnostics: Diagnostic[]; state: LiveState }) {
  const { locale } = state;
  if (!diagnostics.length) return <div class="checks ok">{t(locale, 'checks')}: {t(locale, 'noProblems')}</div>;
  return (
    <div class="checks">
      <b>{t(locale, 'checks')}</b>
      <ul>
        {diagnostics.map((d, i) => (
          <li key={i} class={d.severity} data-rule={d.ruleId}>{d.message[locale]} <span class="rule">[{d.ruleId}]</span></li>
        ))}
      </ul>
    </div>
  );
}

export const evidenceChecks: Feature = {
  id: 'evidence-checks',
  include: isIndicatorPage,
  init({ state, signal }) {
    const page = state.page as TauvalIndicatorPage | EvalIndicatorPage;
    const place = (h: HTMLElement) => {
      const preview = page.anchor.nextElementSibling;
      (preview?.localName === 'spbe-lens-indicator' ? preview : page.anchor).after(h);
    };
    const { host, root } = mountHost('spbe-lens-checks', css, place, signal);
    state.subscribe((st) => {
      const n = (st.page as TauvalIndicatorPage | EvalIndicatorPage).indicator;
      // The background ran the rules for the indicator on this page (extension/live/session.ts);
      // until its view for a newly opened indicator arrives, the checks held are the last one's.
      const own = `/indicators/${n}`;
      const ds = st.checks.filter((d) => d.pointer === own || d.pointer.startsWith(`${own}/`));
      host.setAttribute('data-count', String(ds.length));
      render(<Checks diagnostics={ds} state={st} />, root);
    }, signal);
  },
};
