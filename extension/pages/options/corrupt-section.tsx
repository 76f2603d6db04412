/**
 * Stored records that do not read as indicators (extension/store/assessments:
 * recordProblem). They are never wiped silently: the user exports them raw
 * and deletes them here, explicitly.
 * @module extension/pages/options/corrupt-section
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../../core/types.ts';
import type { CorruptRecord } from '../../store/assessments.ts';
import { callStore } from '../../store/client.ts';
import { readAllScopes } from '../../store/records.ts';
import { useEscape } from '../shared/use-escape.ts';
import { downloadJson } from '../../ui/export.tsx';
import { t } from '../../i18n.ts';

export function CorruptSection({ locale, corrupt, onChanged }: { locale: Locale; corrupt: CorruptRecord[]; onChanged: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  useEscape(confirming, () => setConfirming(false));
  const remove = async () => {
    // The open portal tabs of the scopes concerned are told (their count of corrupt records changes).
    const scopes = (await readAllScopes()).scopes.filter((s) => s.corrupt.length).map((s) => s.scope);
    await callStore('deleteRecords', corrupt.map((c) => c.key), scopes);
    setConfirming(false);
    setNotice(t(locale, 'deleted', { n: corrupt.length }));
    await onChanged();
  };
  return (
    <section class="corrupt">
      <h2>{t(locale, 'corruptTitle')}</h2>
      {notice && <div class="notice" role="status">{notice}</div>}
      {corrupt.length === 0 ? <p class="muted">{t(locale, 'corruptNone')}</p> : (
        <>
          <p>{t(locale, 'corruptIntro')}</p>
          <ul class="corrupt-list">
            {corrupt.map((c) => <li key={c.key}><code>{c.key}</code> — {c.reason[locale]}</li>)}
          </ul>
          <div class="actions">
            <button type="button" onClick={() => downloadJson('spbe-lens-catatan-rusak.json', corrupt.map(({ key, reason, raw }) => ({ key, reason: reason[locale], raw })))}>{t(locale, 'corruptExport')}</button>
            <button type="button" class="danger" onClick={() => setConfirming(true)}>{t(locale, 'corruptDelete')}</button>
          </div>
          {confirming && (
            <div class="confirm" role="alertdialog" aria-label={t(locale, 'corruptTitle')}>
              <span>{t(locale, 'confirmDeleteCorrupt', { n: corrupt.length })}</span>
              <button type="button" class="danger" data-action="confirm-delete-corrupt" onClick={() => void remove()}>{t(locale, 'confirmYes')}</button>
              <button type="button" onClick={() => setConfirming(false)}>{t(locale, 'cancel')}</button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
