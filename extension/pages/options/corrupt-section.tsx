/**
 * Stored records that do not read as indicators (extension/store/assessments:
 * recordProblem). They are never wiped silently: the user exports them raw
 * and deletes them here, explicitly.
 * @module extension/pages/options/corrupt-section
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../../core/types.ts';
import { deleteKeys, type CorruptRecord } from '../../store/assessments.ts';
import { downloadJson } from '../../ui/export.tsx';
import { t } from '../../i18n.ts';

export function CorruptSection({ locale, corrupt, onChanged }: { locale: Locale; corrupt: CorruptRecord[]; onChanged: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const remove = async () => {
    await deleteKeys(corrupt.map((c) => c.key));
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
            {corrupt.map((c) => <li key={c.key}><code>{c.key}</code> — {c.reason}</li>)}
          </ul>
          <div class="actions">
            <button type="button" onClick={() => downloadJson('spbe-lens-catatan-rusak.json', corrupt.map(({ key, reason, raw }) => ({ key, reason, raw })))}>{t(locale, 'corruptExport')}</button>
            <button type="button" class="danger" onClick={() => setConfirming(true)}>{t(locale, 'corruptDelete')}</button>
          </div>
          {confirming && (
            <div class="confirm" role="alertdialog">
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
