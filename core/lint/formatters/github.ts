/**
 * GitHub Actions workflow commands, one annotation per problem:
 *
 *     ::error file=data/a.json,line=3,endLine=3,col=11,endColumn=17,title=schema::Tahun harus bilangan bulat.
 *     ::notice file=data/a.json,line=15,endLine=17,title=evidence-stale::Bukti dukung berumur lebih dari 2 tahun
 *     ::error file=data/b.json,line=12,endLine=12,col=1,endColumn=2,title=syntax::Diharapkan tanda koma ","
 *
 * i.e. `::<error|warning|notice> file=<path>,line=<l>,endLine=<el>,col=<c>,endColumn=<ec>,title=<ruleId>::<message>`:
 * notice for info; paths relative to ctx.cwd with forward
 * slashes; 1-based positions. col/endColumn only on one-line ranges: GitHub's
 * annotations take columns only when line and endLine are equal. Escaping as
 * in @actions/core (command.ts): data `%` `\r` `\n` → %25 %0D %0A; properties
 * also `:` `,` → %3A %2C.
 * At most MAX_ANNOTATIONS annotations, errors kept first, then one notice
 * saying how many were left out: past ~1,000 GitHub's rate limits drop them
 * (spectral-action#660), and the exit code, not annotations, decides failure.
 * Empty output when there is no problem.
 * @module core/lint/formatters/github
 */
import type { Locale } from '../../types.ts';
import type { Diagnostic, Severity } from '../diagnostic.ts';
import type { Formatter } from './types.ts';
import { countOf, position1, printable, relativePath, sortDiagnostics } from './utils.ts';

export const MAX_ANNOTATIONS = 1000;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Other control characters (ESC…) are shown escaped (`\u001b`): the log is read in a terminal too. */
export const escapeData = (s: string) => printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function leftOut(n: number, locale: Locale): string {
  return locale === 'id'
    ? `${countOf(n, 'problem', locale)} lain tidak dijadikan anotasi (batas ${MAX_ANNOTATIONS}); lihat keluaran format stylish atau sarif`
    : `${n} more ${n === 1 ? 'problem' : 'problems'} not annotated (limit ${MAX_ANNOTATIONS}); see the stylish or sarif output`;
}

function annotation(file: string, d: Diagnostic, locale: Locale): string {
  const p = position1(d);
  const props: [string, string | number][] = [['file', file], ['line', p.line], ['endLine', p.endLine]];
  if (p.line === p.endLine) props.push(['col', p.column], ['endColumn', p.endColumn]);
  props.push(['title', d.ruleId]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[d.severity]} ${list}::${escapeData(d.message[locale])}`;
}

export const github: Formatter = (results, ctx) => {
  const all = results.flatMap((r) => {
    const file = relativePath(ctx.cwd, r.filePath);
    return sortDiagnostics(r.diagnostics).map((d) => ({ file, d }));
  });
  const kept = new Set([...all].sort((a, b) => RANK[a.d.severity] - RANK[b.d.severity]).slice(0, MAX_ANNOTATIONS));
  const lines = all.filter((a) => kept.has(a)).map((a) => annotation(a.file, a.d, ctx.locale));
  if (all.length > kept.size) lines.push(`::notice::${escapeData(leftOut(all.length - kept.size, ctx.locale))}`);
  return lines.map((l) => `${l}\n`).join('');
};
