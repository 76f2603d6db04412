/**
 * The standalone page's link to the extension's memory and to files: load a
 * remembered agency/year/framework, save the draft, export it as an
 * assessment file (what `spbe lint` reads).
 * @module extension/pages/standalone/storage-bar
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../core/types.ts';
import { listScopes, loadScope, type ScopeSummary } from '../../store/assessments.ts';
import { scopeKey } from '../../store/scope.ts';
import { downloadJson, exportFileName } from '../../ui/export.tsx';
import { t } from '../../i18n.ts';
import { scopeLabel } from '../shared/scope-label.ts';
import { draftAssessment, draftScope, type Draft, type DraftProblem } from './draft.ts';
import { saveDraft } from './save.ts';

interface Props {
  draft: Draft;
  locale: Locale;
  problems: DraftProblem[];
  notice: string;
  onNotice: (text: string) => void;
  onLoaded: (d: Draft) => void;
  onSaved: (base: NonNullable<Draft['base']>) => void;
}

export function StorageBar({ draft, locale, problems, notice, onNotice: setNotice, onLoaded, onSaved }: Props) {
  const [scopes, setScopes] = useState<ScopeSummary[]>([]);
  const [picked, setPicked] = useState('');
  const refresh = () => listScopes().then(({ scopes: s }) => setScopes(s));
  useEffect(() => { void refresh(); }, []);

  const load = async () => {
    const summary = scopes.find((s) => scopeKey(s.scope) === picked);
    if (!summary) return;
    const data = await loadScope(summary.scope);
    const { scope } = summary;
    onLoaded({ framework: scope.framework, year: String(scope.year), agency: { ...scope.agency }, indicators: data.entries, base: { scope, entries: data.entries } });
    setNotice(t(locale, 'loaded', { n: Object.keys(data.entries).length, scope: scopeLabel(scope) }));
  };

  const save = async () => {
    const r = await saveDraft(draft);
    onSaved({ scope: r.scope, entries: draft.indicators });
    const parts = r.written.length + r.removed.length + r.newer.length === 0
      ? [t(locale, 'nothingChanged')]
      : [t(locale, 'savedScope', { scope: scopeLabel(r.scope), written: r.written.length, removed: r.removed.length }), ...(r.newer.length ? [t(locale, 'savedNewer', { n: r.newer.length })] : [])];
    setNotice(parts.join(' '));
    await refresh();
  };

  const blocked = problems.length > 0;
  return (
    <div class="storage-bar">
      <div class="actions">
        <label>
          {t(locale, 'loadFrom')}
          <select value={picked} data-testid="stored" onChange={(e) => setPicked(e.currentTarget.value)}>
            <option value="">{scopes.length ? t(locale, 'choose') : '–'}</option>
            {scopes.map((s) => <option key={scopeKey(s.scope)} value={scopeKey(s.scope)}>{scopeLabel(s.scope)} ({s.indicators})</option>)}
          </select>
        </label>
        <button type="button" disabled={!picked} onClick={() => void load()}>{t(locale, 'loadAction')}</button>
        <button type="button" disabled={blocked} data-testid="save" onClick={() => void save()}>{t(locale, 'saveAction')}</button>
        <button type="button" disabled={blocked} data-testid="export"
          onClick={() => downloadJson(exportFileName(draftScope(draft)), draftAssessment(draft))}>{t(locale, 'exportFile')}</button>
      </div>
      {notice && <div class="notice" role="status">{notice}</div>}
    </div>
  );
}
