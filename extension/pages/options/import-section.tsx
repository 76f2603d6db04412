/**
 * Import an assessment file into the extension's memory, read by the same
 * reader as `spbe lint` (positions for every problem). Before anything is
 * written the page shows where the file will go: the stored scope of the same
 * agency and year when there is one (the portal's, which names the agency
 * without its code), else a new scope, and warns when the file's agency is
 * not the one the open portal tabs show. A file over the size limit is
 * refused before it is read; a write the store refuses changes nothing and
 * says why. By default only indicators not yet remembered are filled.
 * @module extension/pages/options/import-section
 */
import { useState } from 'preact/hooks';
import type { Assessment, Locale } from '../../../core/types.ts';
import type { Diagnostic } from '../../../core/lint/diagnostic.ts';
import { position1, sortDiagnostics } from '../../../core/lint/formatters/utils.ts';
import { loadScope } from '../../store/assessments.ts';
import { readAllScopes } from '../../store/records.ts';
import { callStore } from '../../store/client.ts';
import { matchingScopes, sameAgency, scopeKey, type Scope } from '../../store/scope.ts';
import type { WriteResult } from '../../store/writer.ts';
import { t } from '../../i18n.ts';
import { agencyLabel, scopeLabel } from '../shared/scope-label.ts';
import { capLines, formatBytes, MAX_IMPORT_BYTES, storeErrorText } from '../shared/limits.ts';

/** `name:line:col message`, 1-based, one line per problem. */
export function problemLines(name: string, diagnostics: readonly Diagnostic[], locale: Locale): string[] {
  return sortDiagnostics([...diagnostics]).map((d) => {
    const p = position1(d);
    return `${name}:${p.line}:${p.column} ${d.message[locale].replace(/\s+/g, ' ').trim()}`;
  });
}

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; file: string; lines: string[]; head: string }
  | { kind: 'ready'; file: string; assessment: Assessment; own: Scope; matches: Scope[]; portal: Scope[]; target: string }
  | { kind: 'done'; file: string; scope: Scope; result: WriteResult; kept: number[] };

const scopeOfFile = (a: Assessment): Scope => ({ framework: a.framework, year: a.year, agency: { name: a.agency.name, ...(a.agency.code ? { code: a.agency.code } : {}) } });

/** Read and check a chosen file; nothing is written. */
async function preview(file: File, locale: Locale): Promise<Step> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { kind: 'error', file: file.name, head: t(locale, 'fileTooLarge', { file: file.name, size: formatBytes(file.size, locale), limit: formatBytes(MAX_IMPORT_BYTES, locale) }), lines: [] };
  }
  let text: string;
  try { text = await file.text(); } catch { return { kind: 'error', file: file.name, head: t(locale, 'importUnreadable', { file: file.name }), lines: [] }; }
  // The validator and the JSON reader load when a file is chosen, not with the page.
  const { loadAssessmentText } = await import('../../../core/assessment/load.ts');
  const loaded = loadAssessmentText(text, file.name);
  if (!loaded.assessment) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    return { kind: 'error', file: file.name, head: t(locale, 'importFailed', { file: file.name }), lines: capLines(problemLines(file.name, errors, locale), locale) };
  }
  const own = scopeOfFile(loaded.assessment);
  const [{ scopes }, portal] = await Promise.all([readAllScopes(), callStore('openScopes').catch(() => [] as Scope[])]);
  const matches = matchingScopes(own, scopes.filter((s) => Object.keys(s.entries).length)).map((s) => s.scope);
  return { kind: 'ready', file: file.name, assessment: loaded.assessment, own, matches, portal, target: scopeKey(matches[0] ?? own) };
}

function Ready({ step, locale, overwrite, onTarget }: { step: Extract<Step, { kind: 'ready' }>; locale: Locale; overwrite: boolean; onTarget: (k: string) => void }) {
  const { own, matches, portal } = step;
  const options = [...matches, ...(matches.some((m) => scopeKey(m) === scopeKey(own)) ? [] : [own])];
  const otherAgency = portal.length > 0 && !portal.some((p) => sameAgency(p.agency, own.agency));
  const n = Object.keys(step.assessment.indicators).length;
  return (
    <div class="preview" data-testid="import-preview">
      <div>{t(locale, 'importReads', { file: step.file, n, scope: scopeLabel(own) })}</div>
      {otherAgency && <div class="warn" role="alert" data-testid="import-agency-warning">{t(locale, 'importOtherAgency', { file: agencyLabel(own.agency), portal: [...new Set(portal.map((p) => agencyLabel(p.agency)))].join(', ') })}</div>}
      <label>
        {t(locale, 'importInto')}
        <select value={step.target} data-testid="import-target" onChange={(e) => onTarget(e.currentTarget.value)}>
          {options.map((s) => (
            <option key={scopeKey(s)} value={scopeKey(s)}>
              {scopeKey(s) === scopeKey(own) && !matches.some((m) => scopeKey(m) === scopeKey(own)) ? t(locale, 'importNewScope', { scope: scopeLabel(s) }) : t(locale, 'importMergeScope', { scope: scopeLabel(s) })}
            </option>
          ))}
        </select>
      </label>
      {!overwrite && <div class="muted">{t(locale, 'importKeepsStored')}</div>}
    </div>
  );
}

export function ImportSection({ locale, onImported }: { locale: Locale; onImported: () => Promise<void> }) {
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [failure, setFailure] = useState('');

  const choose = async (file: File | null) => {
    setFailure('');
    if (!file) return setStep({ kind: 'idle' });
    setBusy(true);
    try { setStep(await preview(file, locale)); } finally { setBusy(false); }
  };

  const run = async () => {
    if (step.kind !== 'ready') return;
    const target = [...step.matches, step.own].find((s) => scopeKey(s) === step.target)!;
    setBusy(true);
    try {
      const existing = (await loadScope(target)).entries;
      const now = Date.now();
      const all = Object.entries(step.assessment.indicators);
      const kept = overwrite ? [] : all.filter(([n]) => existing[n]).map(([n]) => Number(n));
      const readings = all.filter(([n]) => overwrite || !existing[n]).map(([n, entry]) => ({ indicator: Number(n), entry, at: now, source: 'import' as const }));
      const result = await callStore('saveReadings', target, readings, { overwrite });
      setStep({ kind: 'done', file: step.file, scope: target, result, kept });
      await onImported();
    } catch (e) {
      setFailure(storeErrorText(e, locale));
    } finally {
      setBusy(false);
    }
  };

  const list = (ns: number[]) => (ns.length ? [...ns].sort((a, b) => a - b).join(', ') : '–');
  return (
    <section class="import">
      <h2>{t(locale, 'importFile')}</h2>
      <div class="actions">
        <label>
          {t(locale, 'importChoose')}
          <input type="file" accept=".json,.jsonc,application/json" data-testid="import-file"
            onChange={(e) => void choose(e.currentTarget.files?.[0] ?? null)} />
        </label>
        <label>
          <input type="checkbox" checked={overwrite} data-testid="import-overwrite" onChange={(e) => setOverwrite(e.currentTarget.checked)} />
          {t(locale, 'importOverwrite')}
        </label>
        <button type="button" disabled={step.kind !== 'ready' || busy} data-testid="import-run" onClick={() => void run()}>{t(locale, 'importAction')}</button>
      </div>
      {step.kind === 'ready' && <Ready step={step} locale={locale} overwrite={overwrite} onTarget={(target) => setStep({ ...step, target })} />}
      {failure && <div class="error" role="alert" data-testid="import-result">{failure}</div>}
      {step.kind === 'error' && (
        <div class="error" data-testid="import-result">
          {step.head}
          {step.lines.length > 0 && <pre class="lines">{step.lines.join('\n')}</pre>}
        </div>
      )}
      {step.kind === 'done' && (
        <div class="notice" data-testid="import-result">
          <div>{t(locale, 'importDone', { file: step.file, scope: scopeLabel(step.scope) })}</div>
          <div>{t(locale, 'importImported', { list: list([...step.result.written, ...step.result.unchanged]) })}</div>
          {step.kept.length > 0 && <div>{t(locale, 'importKept', { list: list(step.kept) })}</div>}
          {step.result.newer.length > 0 && <div>{t(locale, 'savedNewer', { n: step.result.newer.length })}</div>}
        </div>
      )}
    </section>
  );
}
