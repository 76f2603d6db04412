/**
 * Last year's official result, imported three ways as in `spbe compare`: an
 * assessment file (stage "akhir"), the Tauval data API's JSON, or text pasted
 * from the result report. Stored per agency and year (extension/store/
 * last-year.ts); the overlay then shows it beside this year's values.
 * @module extension/pages/options/last-year-section
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../core/types.ts';
import { readLast } from '../../../core/compare/read-last.ts';
import { formatDecimal } from '../../../core/format/number.ts';
import { Rational } from '../../../core/rational.ts';
import { listLastResults, saveLastResult, deleteLastResult } from '../../store/last-year.ts';
import { t } from '../../i18n.ts';
import { problemLines } from './import-section.tsx';

type Listed = Awaited<ReturnType<typeof listLastResults>>[number];

export function LastYearSection({ locale }: { locale: Locale }) {
  const [agency, setAgency] = useState('Pemerintah Kota Contoh');
  const [code, setCode] = useState('');
  const [year, setYear] = useState('');
  const [pasted, setPasted] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [listed, setListed] = useState<Listed[]>([]);
  const refresh = () => void listLastResults().then(setListed);
  useEffect(refresh, []);

  const importText = async (text: string, name: string) => {
    const y = year.trim() ? Number(year) : undefined;
    const r = readLast(text, name, { ...(code.trim() ? { agencyCode: code.trim() } : {}), ...(y ? { year: y } : {}) });
    if (!r.ok) {
      setMessage({ ok: false, lines: r.diagnostics ? problemLines(name, r.diagnostics, locale) : [r.reason![locale]] });
      return;
    }
    const res = r.result;
    const resultYear = y ?? res.year;
    if (!resultYear) { setMessage({ ok: false, lines: [t(locale, 'lastYearNeedsYear')] }); return; }
    const who = { name: res.agency ?? agency.trim(), ...(code.trim() ? { code: code.trim() } : {}) };
    await saveLastResult(who, res, resultYear);
    setMessage({ ok: true, lines: [
      t(locale, 'lastYearSaved', { agency: who.name, year: resultYear, index: res.index ? formatDecimal(res.index, locale) : '–', n: res.indicators.size }),
      ...res.notes.map((n) => n[locale]),
    ] });
    refresh();
  };

  return (
    <section class="last-year-import">
      <h2>{t(locale, 'lastYearTitle')}</h2>
      <p class="muted">{t(locale, 'lastYearHelp')}</p>
      <div class="actions">
        <label>{t(locale, 'agencyLabel')} <input value={agency} onInput={(e) => setAgency(e.currentTarget.value)} data-testid="last-agency" /></label>
        <label>{t(locale, 'agencyCodeLabel')} <input value={code} size={8} onInput={(e) => setCode(e.currentTarget.value)} data-testid="last-code" /></label>
        <label>{t(locale, 'yearLabel')} <input value={year} size={6} onInput={(e) => setYear(e.currentTarget.value)} data-testid="last-year" /></label>
      </div>
      <div class="actions">
        <label>{t(locale, 'lastYearFile')} <input type="file" accept=".json,.jsonc,.txt,application/json,text/plain" data-testid="last-file"
          onChange={async (e) => { const f = e.currentTarget.files?.[0]; if (f) await importText(await f.text(), f.name); }} /></label>
      </div>
      <textarea rows={5} cols={80} placeholder={t(locale, 'lastYearPaste')} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} data-testid="last-paste" />
      <div class="actions">
        <button type="button" disabled={!pasted.trim()} data-testid="last-paste-import" onClick={() => void importText(pasted, 'teks')}>{t(locale, 'lastYearImportText')}</button>
      </div>
      {message && <pre class={message.ok ? 'notice lines' : 'error lines'} data-testid="last-result">{message.lines.join('\n')}</pre>}
      {listed.length > 0 && (
        <table>
          <tbody>
            {listed.map((l) => (
              <tr key={l.key}>
                <td>{l.agency.name}{l.agency.code ? ` (${l.agency.code})` : ''}</td>
                <td>{l.year}</td>
                <td>{l.framework}</td>
                <td>{l.index ? formatDecimal(Rational.parse(l.index)!, locale) : '–'}</td>
                <td><button type="button" onClick={() => void deleteLastResult(l.key).then(refresh)}>{t(locale, 'deleteAction')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
