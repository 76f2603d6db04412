/**
 * Last year's official result, imported three ways as in `spbe compare`: an
 * assessment file (stage "akhir"), the Tauval data API's JSON, or text pasted
 * from the result report. Filed under the agency the portal shows (taken from
 * the open portal tab, else from the data the portal left; never an example
 * name), with a warning when the result names another agency. A file too
 * large is refused before it is read; a result read with no confidence
 * changes nothing and says so in one line; a partial read asks before it
 * replaces a stored result, and an assessment file that is not a final
 * record (stage other than "akhir") before it is filed at all; problem lists
 * are capped.
 * @module extension/pages/options/last-year-section
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../core/types.ts';
import type { LastResult } from '../../../core/compare/last-result.ts';
import { frameworks } from '../../../core/frameworks/index.ts';
import { formatDecimal } from '../../../core/format/number.ts';
import { Rational } from '../../../core/rational.ts';
import { lastKey, listStoredLast, toStoredLast, type StoredLast } from '../../store/last-year.ts';
import { readAllScopes } from '../../store/records.ts';
import { callStore } from '../../store/client.ts';
import { agencyName, sameAgency, type Scope } from '../../store/scope.ts';
import { useEscape } from '../shared/use-escape.ts';
import { t } from '../../i18n.ts';
import { problemLines } from './import-section.tsx';
import { capLines, formatBytes, MAX_LAST_BYTES, storeErrorText } from '../shared/limits.ts';

type Listed = Awaited<ReturnType<typeof listStoredLast>>[number];
type Confidence = 'none' | 'partial' | 'full';

/**
 * How much of a result was read. None: no index and no indicator, or text
 * where unreadable lines outnumber the values read twice over (not a report).
 * Partial: lines not read, or no index, or not every indicator.
 */
export function confidenceOf(r: LastResult): Confidence {
  const read = r.indicators.size + r.aspects.size + r.domains.size + (r.index ? 1 : 0);
  // An assessment file is read whole; its notes say other things (its stage, indicators it lacks).
  const unread = r.source === 'assessment' ? 0 : r.notes.length;
  if ((!r.index && r.indicators.size === 0) || (r.source === 'report-text' && unread > 2 * read)) return 'none';
  return unread > 0 || !r.index || r.indicators.size < frameworks[r.framework].indicators.length ? 'partial' : 'full';
}

/** The agencies the portal shows: the open portal tabs first, else the scopes read from the portal, newest first. */
async function portalAgencies(): Promise<Scope['agency'][]> {
  const open = await callStore('openScopes').catch(() => [] as Scope[]);
  const fromTabs = open.map((s) => s.agency);
  const fromStore = (await readAllScopes()).scopes
    .filter((s) => Object.values(s.sources).some((x) => x === 'portal' || x === 'list'))
    .sort((a, b) => Math.max(0, ...Object.values(b.at)) - Math.max(0, ...Object.values(a.at)))
    .map((s) => s.scope.agency);
  const out: Scope['agency'][] = [];
  for (const a of [...fromTabs, ...fromStore]) if (!out.some((o) => sameAgency(o, a))) out.push(a);
  return out;
}

/** A result waiting for the user's yes: what saving will say (lines), and before it what the question shows (asks, preview). */
type Pending = { stored: StoredLast; lines: string[]; asks: string[]; preview: string[] };

export function LastYearSection({ locale }: { locale: Locale }) {
  const [agency, setAgency] = useState('');
  const [code, setCode] = useState('');
  const [known, setKnown] = useState<Scope['agency'][]>([]);
  const [year, setYear] = useState('');
  const [pasted, setPasted] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [listed, setListed] = useState<Listed[]>([]);
  const refresh = () => void listStoredLast().then(setListed);
  useEscape(pending !== null, () => setPending(null));
  useEffect(() => {
    refresh();
    void portalAgencies().then((as) => {
      setKnown(as);
      // One agency on the portal: that is whose result this is. Several: the user picks.
      if (as.length === 1) { setAgency(as[0]!.name); setCode(as[0]!.code ?? ''); }
    });
  }, []);

  const who = (): Scope['agency'] => ({ name: agency.trim(), ...(code.trim() ? { code: code.trim() } : {}) });

  const save = async (p: Pending) => {
    setPending(null);
    try {
      await callStore('saveLast', p.stored);
      setMessage({ ok: true, lines: p.lines });
      refresh();
    } catch (e) {
      setMessage({ ok: false, lines: [storeErrorText(e, locale)] });
    }
  };

  const importText = async (text: string, name: string) => {
    setPending(null);
    if (text.length > MAX_LAST_BYTES) return setMessage({ ok: false, lines: [t(locale, 'fileTooLarge', { file: name, size: formatBytes(text.length, locale), limit: formatBytes(MAX_LAST_BYTES, locale) })] });
    const y = year.trim() ? Number(year) : undefined;
    const { readLast } = await import('../../../core/compare/read-last.ts');
    const r = readLast(text, name, { ...(code.trim() ? { agencyCode: code.trim() } : {}), ...(y ? { year: y } : {}) });
    if (!r.ok) {
      return setMessage({ ok: false, lines: r.diagnostics ? capLines(problemLines(name, r.diagnostics, locale), locale) : [r.reason![locale]] });
    }
    const res = r.result;
    const confidence = confidenceOf(res);
    if (confidence === 'none') return setMessage({ ok: false, lines: [t(locale, 'lastYearNothingRead', { file: name })] });
    const resultYear = y ?? res.year;
    if (!resultYear) return setMessage({ ok: false, lines: [t(locale, 'lastYearNeedsYear')] });
    // The agency typed or taken from the portal tab; with none, the one the result itself names (the file is checked first).
    if (!agency.trim() && !res.agency) return setMessage({ ok: false, lines: [t(locale, 'lastYearNeedsAgency')] });
    const target = agency.trim() ? who() : { name: res.agency! };
    if (!agency.trim()) setAgency(res.agency!);
    const stored = toStoredLast(target, res, resultYear);
    const summary = { agency: target.name, year: resultYear, index: res.index ? formatDecimal(res.index, locale) : '–', n: res.indicators.size };
    const notes = capLines(res.notes.map((n) => n[locale]), locale);
    const lines = [t(locale, 'lastYearSaved', summary), ...notes];
    const replaces = listed.some((l) => l.key === lastKey(target, resultYear));
    const otherAgency = !!res.agency && agencyName(res.agency) !== agencyName(target.name);
    const stage = res.assessment?.stage;
    // Another agency's result, an assessment that is not a final record, or a partial read about to replace a stored result: ask first.
    const asks = [
      ...(otherAgency ? [t(locale, 'lastYearOtherAgency', { file: res.agency!, agency: target.name })] : []),
      ...(stage && stage !== 'akhir' ? [t(locale, 'lastYearNotFinal', { stage, year: resultYear })] : []),
      ...(confidence === 'partial' && replaces ? [t(locale, 'lastYearPartial', { year: resultYear })] : []),
    ];
    const p = { stored, lines, asks, preview: [t(locale, 'lastYearWillSave', summary), ...notes] };
    if (asks.length) {
      // The question alone: what an earlier import said no longer applies.
      setMessage(null);
      return setPending(p);
    }
    await save(p);
  };

  const importFile = async (f: File) => {
    if (f.size > MAX_LAST_BYTES) return setMessage({ ok: false, lines: [t(locale, 'fileTooLarge', { file: f.name, size: formatBytes(f.size, locale), limit: formatBytes(MAX_LAST_BYTES, locale) })] });
    await importText(await f.text(), f.name);
  };

  return (
    <section class="last-year-import">
      <h2>{t(locale, 'lastYearTitle')}</h2>
      <p class="muted">{t(locale, 'lastYearHelp')}</p>
      <div class="actions">
        {known.length > 1 && (
          <label>{t(locale, 'lastYearPortalAgency')}
            <select data-testid="last-known" value="" onChange={(e) => { const a = known[Number(e.currentTarget.value)]; if (a) { setAgency(a.name); setCode(a.code ?? ''); } }}>
              <option value="">{t(locale, 'choose')}</option>
              {known.map((a, i) => <option key={i} value={String(i)}>{a.name}{a.code ? ` (${a.code})` : ''}</option>)}
            </select>
          </label>
        )}
        <label>{t(locale, 'agencyLabel')} <input value={agency} required onInput={(e) => setAgency(e.currentTarget.value)} data-testid="last-agency" /></label>
        <label>{t(locale, 'agencyCodeLabel')} <input value={code} size={8} onInput={(e) => setCode(e.currentTarget.value)} data-testid="last-code" /></label>
        <label>{t(locale, 'yearLabel')} <input value={year} size={6} onInput={(e) => setYear(e.currentTarget.value)} data-testid="last-year" /></label>
      </div>
      <div class="actions">
        <label>{t(locale, 'lastYearFile')} <input type="file" accept=".json,.jsonc,.txt,application/json,text/plain" data-testid="last-file"
          // Emptied once read, so that picking the same file again (after a fix, or a name typed) is a change again.
          onChange={(e) => { const f = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (f) void importFile(f); }} /></label>
      </div>
      <textarea rows={5} cols={80} placeholder={t(locale, 'lastYearPaste')} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} data-testid="last-paste" />
      <div class="actions">
        <button type="button" disabled={!pasted.trim()} data-testid="last-paste-import" onClick={() => void importText(pasted, 'teks')}>{t(locale, 'lastYearImportText')}</button>
      </div>
      {pending && (
        <div class="confirm" role="alertdialog" aria-label={t(locale, 'lastYearTitle')} data-testid="last-confirm">
          <pre class="lines">{[...pending.asks, ...pending.preview].join('\n')}</pre>
          <button type="button" class="danger" data-action="confirm-replace" onClick={() => void save(pending)}>{t(locale, 'lastYearReplace')}</button>
          <button type="button" onClick={() => setPending(null)}>{t(locale, 'cancel')}</button>
        </div>
      )}
      {message && <pre class={message.ok ? 'notice lines' : 'error lines'} data-testid="last-result" role={message.ok ? 'status' : 'alert'}>{message.lines.join('\n')}</pre>}
      {listed.length > 0 && (
        <table>
          <tbody>
            {listed.map(({ key, stored: l }) => (
              <tr key={key}>
                <td>{l.agency.name}{l.agency.code ? ` (${l.agency.code})` : ''}</td>
                <td>{l.year}</td>
                <td>{frameworks[l.framework].name}</td>
                <td>{l.index ? formatDecimal(Rational.parse(l.index)!, locale) : '–'}</td>
                <td><button type="button" onClick={() => void callStore('deleteLast', key).then(refresh)}>{t(locale, 'deleteAction')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
