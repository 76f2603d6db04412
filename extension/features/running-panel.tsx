/**
 * The running panel: index and predicate under the page's framework, bars per
 * aspect (and domain), filled count, gap to the next predicate with the
 * cheapest steps; collapsible, fixed in a corner out of the form's way. Its
 * host carries the contract attributes data-framework, data-index (unrounded),
 * data-predicate and data-filled. Export of the assessment file lives
 * here too (import is on the Options page, which has room for its report).
 * @module extension/features/running-panel
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { mountHost } from '../content/mount.ts';
import type { LiveState } from '../content/live-state.ts';
import { Summary } from '../ui/summary.tsx';
import { summaryCss } from '../ui/summary.css.ts';
import { ExportButton } from '../ui/export.tsx';
import { LastYear } from '../ui/last-year.tsx';
import { t } from '../i18n/overlay.ts';
import { formatDecimal } from '../../core/format/number.ts';
import { updateSettings } from '../store/settings.ts';
import type { Feature } from './feature.ts';

const css = `${summaryCss}
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; }
.panel { width: 320px; max-height: 60vh; overflow: auto; background: #fff; border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; }
.panel.collapsed { width: auto; max-height: none; padding: 6px 10px; }
.bar { display: flex; justify-content: space-between; align-items: center; gap: 8px; font: 600 12px system-ui, sans-serif; color: #1e3a8a; }
button { font: 12px system-ui, sans-serif; cursor: pointer; border: 1px solid #d1d5db; background: #f9fafb; border-radius: 4px; padding: 2px 8px; }
.warn { margin-top: 6px; color: #b45309; font: 12px system-ui, sans-serif; }
.last-year { font: 12px/1.4 system-ui, sans-serif; margin: 6px 0; padding: 4px 6px; background: #f3f4f6; border-radius: 4px; }
.up { color: #047857; } .down { color: #b91c1c; }
`;

function Panel({ state }: { state: LiveState }) {
  const [collapsed, setCollapsedState] = useState(!state.panelOpen);
  const setCollapsed = (c: boolean) => {
    setCollapsedState(c);
    state.panelOpen = !c;
    updateSettings({ panelOpen: !c }).catch((e) => console.error('[SPBE Lens] settings not saved', e));
  };
  const { report, locale } = state;
  const s = report.score;
  return (
    <div class={collapsed ? 'panel collapsed' : 'panel'}>
      <div class="bar">
        <span>SPBE Lens{collapsed && s.index ? ` · ${formatDecimal(s.index, locale)} ${(locale === 'en' ? s.predicate?.nameEn : s.predicate?.name) ?? ''} · ${s.filled}/${s.total}` : ''}</span>
        <button type="button" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>{t(locale, collapsed ? 'expandPanel' : 'collapse')}</button>
      </div>
      {!collapsed && (
        <>
          {state.comparison && <LastYear comparison={state.comparison} locale={locale} />}
          <Summary report={report} locale={locale} />
          {state.corruptCount > 0 && <div class="warn">{t(locale, 'corrupt', { n: state.corruptCount })}</div>}
          <ExportButton state={state} />
        </>
      )}
    </div>
  );
}

export const runningPanel: Feature = {
  id: 'running-panel',
  include: () => true,
  init({ state, signal }) {
    const { host, root } = mountHost('spbe-lens-panel', css, (h) => document.body.append(h), signal);
    const draw = (st: LiveState) => {
      const s = st.report.score;
      host.setAttribute('data-framework', st.report.framework.id);
      host.setAttribute('data-index', s.index ? String(s.index.toNumber()) : '');
      host.setAttribute('data-predicate', s.predicate?.name ?? '');
      host.setAttribute('data-filled', String(s.filled));
      const c = st.comparison;
      if (c) {
        host.setAttribute('data-last-index', c.last.index ? String(c.last.index.toNumber()) : '');
        if (c.kind === 'same') host.setAttribute('data-below-last-year', String(c.belowLastYear)); else host.removeAttribute('data-below-last-year');
      }
      render(<Panel state={st} />, root);
      performance.mark('spbe-lens:panel-rendered');
    };
    state.subscribe(draw, signal);
  },
};
