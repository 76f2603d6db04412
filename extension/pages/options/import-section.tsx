/**
 * Import an assessment file into the extension's memory with the same reader
 * as `spbe lint` (extension/store/import.ts). The result lists the indicators
 * imported and kept, or the file's problems as `name:line:col message` lines.
 * @module extension/pages/options/import-section
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../../core/types.ts';
import type { Diagnostic } from '../../../core/lint/diagnostic.ts';
import { position1, sortDiagnostics } from '../../../core/lint/formatters/utils.ts';
import { importAssessmentText, type ImportResult } from '../../store/import.ts';
import { t } from '../../i18n.ts';
import { scopeLabel } from '../shared/scope-label.ts';

/** `name:line:col message`, 1-based, one line per problem. */
export function problemLines(name: string, diagnostics: readonly Diagnostic[], locale: Locale): string[] {
  return sortDiagnostics([...diagnostics]).map((d) => {
    const p = position1(d);
    return `${name}:${p.line}:${p.column} ${d.message[locale].replace(/\s+/g, ' ').trim()}`;
  });
}

type Outcome = { file: string; result: ImportResult } | { file: string; unreadable: true };

function Result({ outcome, locale }: { outcome: Outcome; locale: Locale }) {
  if ('unreadable' in outcome) return <div class="error">{t(locale, 'importUnreadable', { file: outcome.file })}</div>;
  const { file, result } = outcome;
  if (!result.ok) {
    return (
      <div class="error" data-testid="import-result">
        {t(locale, 'importFailed', { file })}
        <pre class="lines">{problemLines(file, result.diagnostics, locale).join('\n')}</pre>
      </div>
    );
  }
  const list = (ns: number[]) => (ns.length ? [...ns].sort((a, b) => a - b).join(', ') : '–');
  return (
    <div class="notice" data-testid="import-result">
      <div>{t(locale, 'importDone', { file, scope: scopeLabel(result.scope) })}</div>
      <div>{t(locale, 'importImported', { list: list(result.imported) })}</div>
      {result.kept.length > 0 && <div>{t(locale, 'importKept', { list: list(result.kept) })}</div>}
    </div>
  );
}

export function ImportSection({ locale, onImported }: { locale: Locale; onImported: () => Promise<void> }) {
  const [file, setFile] = useState<File | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async () => {
    if (!file) return;
    setBusy(true);
    try {
      let text: string;
      try { text = await file.text(); } catch { setOutcome({ file: file.name, unreadable: true }); return; }
      const result = await importAssessmentText(text, file.name, { overwrite });
      setOutcome({ file: file.name, result });
      if (result.ok) await onImported();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="import">
      <h2>{t(locale, 'importFile')}</h2>
      <div class="actions">
        <label>
          {t(locale, 'importChoose')}
          <input type="file" accept=".json,.jsonc,application/json" data-testid="import-file"
            onChange={(e) => { setFile(e.currentTarget.files?.[0] ?? null); setOutcome(null); }} />
        </label>
        <label>
          <input type="checkbox" checked={overwrite} data-testid="import-overwrite" onChange={(e) => setOverwrite(e.currentTarget.checked)} />
          {t(locale, 'importOverwrite')}
        </label>
        <button type="button" disabled={!file || busy} data-testid="import-run" onClick={() => void run()}>{t(locale, 'importAction')}</button>
      </div>
      {outcome && <Result outcome={outcome} locale={locale} />}
    </section>
  );
}
