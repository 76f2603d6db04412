/**
 * The remembered data, one row per agency/year/framework: export as an
 * assessment file, view its summary, delete it after a confirmation inside
 * the page (never window.confirm, which extension pages may suppress), and
 * merge a scope into another of the same agency and year (an import filed
 * under the agency code beside the portal's scope, say). Escape closes a
 * confirmation.
 * @module extension/pages/options/scopes-section
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../core/types.ts';
import { scoreReport, type ScoreReport } from '../../../core/report/score-report.ts';
import { loadScope, toAssessment, type ScopeSummary } from '../../store/assessments.ts';
import { callStore } from '../../store/client.ts';
import { matchingScopes, scopeKey, type Scope } from '../../store/scope.ts';
import { downloadJson, exportFileName } from '../../ui/export.tsx';
import { Summary } from '../../ui/summary.tsx';
import { overlayTr, t } from '../../i18n.ts';
import { useEscape } from '../shared/use-escape.ts';
import { storeErrorText } from '../shared/limits.ts';
import { agencyLabel, formatDateTime, frameworkLabel, scopeLabel } from '../shared/scope-label.ts';

interface Props {
  locale: Locale;
  scopes: ScopeSummary[];
  onChanged: () => Promise<void>;
}

async function exportScope(scope: Scope): Promise<void> {
  downloadJson(exportFileName(scope), toAssessment(await loadScope(scope)));
}

export function ScopesSection({ locale, scopes, onChanged }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [merging, setMerging] = useState<{ from: Scope; into: Scope } | null>(null);
  useEscape(confirming !== null || merging !== null, () => { setConfirming(null); setMerging(null); });
  const [viewing, setViewing] = useState<{ key: string; scope: Scope; report: ScoreReport } | null>(null);
  const [notice, setNotice] = useState('');

  const remove = async (scope: Scope) => {
    const n = await callStore('deleteScope', scope);
    setConfirming(null);
    if (viewing?.key === scopeKey(scope)) setViewing(null);
    setNotice(t(locale, 'deleted', { n }));
    await onChanged();
  };
  const merge = async ({ from, into }: { from: Scope; into: Scope }) => {
    setMerging(null);
    try {
      const r = await callStore('mergeScopes', from, into);
      setNotice(t(locale, 'merged', { from: scopeLabel(from), into: scopeLabel(into), n: r.written.length + r.unchanged.length, newer: r.newer.length }));
    } catch (e) {
      setNotice(storeErrorText(e, locale));
    }
    await onChanged();
  };
  const view = async (scope: Scope) => {
    setViewing({ key: scopeKey(scope), scope, report: scoreReport(toAssessment(await loadScope(scope))) });
  };
  // The list is re-read whenever a portal tab or an import writes; the open summary follows it.
  useEffect(() => {
    if (viewing && scopes.some((s) => scopeKey(s.scope) === viewing.key)) void view(viewing.scope);
  }, [scopes]);

  return (
    <section class="scopes">
      <h2>{t(locale, 'dataTitle')}</h2>
      {notice && <div class="notice" role="status">{notice}</div>}
      {scopes.length === 0 ? <p class="muted">{t(locale, 'noScopes')}</p> : (
        <table class="scope-table">
          <thead>
            <tr>
              <th>{t(locale, 'colFramework')}</th><th>{t(locale, 'colYear')}</th><th>{t(locale, 'colAgency')}</th>
              <th>{t(locale, 'colIndicators')}</th><th>{t(locale, 'colUpdated')}</th><th>{t(locale, 'colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {scopes.map((s) => {
              const key = scopeKey(s.scope);
              return [
                <tr key={key} data-scope={key}>
                  <td>{frameworkLabel(s.scope.framework)}</td>
                  <td>{s.scope.year}</td>
                  <td class="agency">{agencyLabel(s.scope.agency)}</td>
                  <td class="num">{s.indicators}</td>
                  <td>{formatDateTime(s.updatedAt, locale)}</td>
                  <td>
                    <div class="actions">
                      <button type="button" onClick={() => void exportScope(s.scope)}>{t(locale, 'exportAction')}</button>
                      <button type="button" onClick={() => void view(s.scope)}>{t(locale, 'viewSummary')}</button>
                      {matchingScopes(s.scope, scopes).filter((o) => scopeKey(o.scope) !== key).slice(0, 1).map((o) => (
                        <button key="merge" type="button" data-action="merge" onClick={() => setMerging({ from: s.scope, into: o.scope })}>{t(locale, 'mergeInto', { scope: agencyLabel(o.scope.agency) })}</button>
                      ))}
                      <button type="button" class="danger" data-action="delete" onClick={() => setConfirming(key)}>{t(locale, 'deleteAction')}</button>
                    </div>
                  </td>
                </tr>,
                merging && scopeKey(merging.from) === key && (
                  <tr key={`${key}-merge`}>
                    <td colSpan={6}>
                      <div class="confirm" role="alertdialog" aria-label={t(locale, 'dataTitle')}>
                        <span>{t(locale, 'confirmMerge', { from: scopeLabel(merging.from), into: scopeLabel(merging.into) })}</span>
                        <button type="button" data-action="confirm-merge" onClick={() => void merge(merging)}>{t(locale, 'confirmMergeYes')}</button>
                        <button type="button" onClick={() => setMerging(null)}>{t(locale, 'cancel')}</button>
                      </div>
                    </td>
                  </tr>
                ),
                confirming === key && (
                  <tr key={`${key}-confirm`}>
                    <td colSpan={6}>
                      <div class="confirm" role="alertdialog" aria-label={t(locale, 'dataTitle')}>
                        <span>{t(locale, 'confirmDeleteScope', { n: s.indicators, scope: scopeLabel(s.scope) })}</span>
                        <button type="button" class="danger" data-action="confirm-delete" onClick={() => void remove(s.scope)}>{t(locale, 'confirmYes')}</button>
                        <button type="button" onClick={() => setConfirming(null)}>{t(locale, 'cancel')}</button>
                      </div>
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      )}
      {viewing && (
        <div class="scope-summary" data-testid="scope-summary">
          <div class="summary-head">
            <strong>{scopeLabel(viewing.scope)}</strong>
            <button type="button" onClick={() => setViewing(null)}>{t(locale, 'close')}</button>
          </div>
          <Summary report={viewing.report} locale={locale} tr={overlayTr(locale)} />
        </div>
      )}
    </section>
  );
}
