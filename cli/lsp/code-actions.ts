/**
 * Quick fixes where the fix is certain: the FAKTA/ANALISIS template in an
 * explanation, the levels a document supports, a mistyped item code, and a
 * rule turned off in spbe.config.json. A fix to the document is offered only
 * if the text it makes lints clean of that finding (checked through the same
 * pipeline, cli/lsp/lint-document.ts), so a fix never promises what the rules
 * would not grant, whatever the rules become.
 * @module cli/lsp/code-actions
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { findIndicator } from '../../core/frameworks/index.ts';
import { parsePointer } from '../../core/lint/diagnostic.ts';
import { rules } from '../../core/lint/rules/index.ts';
import type { Assessment, Evidence, Locale } from '../../core/types.ts';
import { CONFIG_NAME } from '../config.ts';
import type { ServerState } from './server.ts';
import { modelOf, type Model } from './model.ts';
import { pathOf } from './documents.ts';
import type { DiagnosticData } from './to-lsp.ts';
import { itemsOf } from './items.ts';

/** Texts above this are not re-linted to check a fix: no fix is offered on them. */
const MAX_CHECKED_CHARS = 4 * 1024 * 1024;

const T = {
  id: {
    template: 'Tambahkan templat FAKTA/ANALISIS', fileName: (f: string) => `Sebutkan berkas "${f}" di penjelasan`,
    addExplanation: 'Tambahkan penjelasan dengan templat FAKTA/ANALISIS',
    tag: (title: string, levels: string) => `Tandai bukti "${title}" mendukung tingkat ${levels}`,
    item: (from: string, to: string) => `Ganti kode butir "${from}" dengan "${to}"`,
    off: (id: string, file: string) => `Matikan aturan ${id} di ${file}`,
    fakta: 'FAKTA: …', analisis: 'ANALISIS: …', disampaikan: (f: string) => `disampaikan pada data dukung ${f}`,
  },
  en: {
    template: 'Add the FAKTA/ANALISIS template', fileName: (f: string) => `Name the file "${f}" in the explanation`,
    addExplanation: 'Add an explanation with the FAKTA/ANALISIS template',
    tag: (title: string, levels: string) => `Tag evidence "${title}" as supporting level(s) ${levels}`,
    item: (from: string, to: string) => `Replace item code "${from}" with "${to}"`,
    off: (id: string, file: string) => `Turn rule ${id} off in ${file}`,
    // The template's words are the guideline's, in Indonesian whatever the locale.
    fakta: 'FAKTA: …', analisis: 'ANALISIS: …', disampaikan: (f: string) => `disampaikan pada data dukung ${f}`,
  },
};

interface Candidate {
  title: string;
  /** JSON path in the document and the value to put there. */
  path: JSONPath;
  value: unknown;
}

function formatting(text: string): FormattingOptions {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

function editsFor(doc: TextDocument, text: string, path: JSONPath, value: unknown): TextEdit[] {
  return modify(text, path, value, { formattingOptions: formatting(text) }).map((e) => ({
    range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) }, newText: e.content,
  }));
}

/** The explanation with the guideline's template parts it lacks (Pedoman Menteri PANRB 3/2024 Bab III B). */
function templated(current: string, evidence: readonly Evidence[] | undefined, locale: Locale): string {
  const t = T[locale];
  const file = evidence?.find((e) => e.file)?.file;
  let out = current.trim();
  if (!/(?<![a-z])fakta(?![a-z])/i.test(out)) out = out ? `FAKTA: ${out}` : t.fakta;
  if (file && !out.toLowerCase().includes(file.toLowerCase())) out = `${out.replace(/[.\s]*$/, '')} ${t.disampaikan(file)}.`;
  if (!/(?<![a-z])analisis(?![a-z])/i.test(out)) out = `${out} ${t.analisis}`;
  return out;
}

/** A mistyped code written as the module writes it: case, separators, zero padding (i4_l1_1 → I4-L1-01). */
function normalizedItem(code: string): string {
  const m = /^\s*i\s*(\d{1,2})\s*[-_ .]?\s*l\s*([1-5])\s*[-_ .]?\s*(\d{1,2})\s*$/i.exec(code);
  return m ? `I${Number(m[1])}-L${m[2]}-${m[3]!.padStart(2, '0')}` : code;
}

function candidatesFor(m: Model, ruleId: string, data: DiagnosticData, locale: Locale): Candidate[] {
  const a = m.assessment ?? (m.analysis.lint?.kind === 'linted' ? (m.analysis.lint.result.parsed?.value as Assessment | undefined) : undefined);
  if (!a || typeof a !== 'object' || !a.indicators) return [];
  const segs = parsePointer(data.pointer);
  if (segs[0] !== 'indicators' || !segs[1]) return [];
  const entry = a.indicators[segs[1]];
  if (!entry || typeof entry !== 'object') return [];
  const t = T[locale];
  const explanationPath: JSONPath = ['indicators', segs[1], 'explanation'];
  if (ruleId === 'explanation-template' || (ruleId === 'explanation-required' && data.messageId === 'empty')) {
    const title = data.messageId === 'noFileName' ? t.fileName(entry.evidence?.find((e) => e.file)?.file ?? '') : t.template;
    return [{ title, path: explanationPath, value: templated(typeof entry.explanation === 'string' ? entry.explanation : '', entry.evidence, locale) }];
  }
  if (ruleId === 'explanation-required' && data.messageId === 'missing') {
    return [{ title: t.addExplanation, path: explanationPath, value: templated('', entry.evidence, locale) }];
  }
  if (ruleId === 'level-needs-evidence' && data.messageId === 'uncoveredUntagged' && typeof entry.level === 'number' && Array.isArray(entry.evidence)) {
    const uncovered: number[] = [];
    // Levels above 1, as level-needs-evidence asks (level 1 is the floor and needs no evidence).
    for (let l = 2; l <= entry.level; l++) if (!entry.evidence.some((e) => e.levels?.includes(l))) uncovered.push(l);
    return entry.evidence.flatMap((e, i) => (e.levels ? [] : [{
      title: t.tag(e.title ?? e.file ?? e.url ?? `#${i + 1}`, uncovered.join(', ')),
      path: ['indicators', segs[1]!, 'evidence', i, 'levels'], value: uncovered,
    }]));
  }
  if (segs[2] === 'evidence' && segs[4] === 'item' && m.framework) {
    const ind = findIndicator(m.framework, Number(segs[1]));
    const ev = entry.evidence?.[Number(segs[3])];
    if (!ind || typeof ev?.item !== 'string') return [];
    const fixed = normalizedItem(ev.item);
    if (fixed === ev.item || !itemsOf(ind, m.framework.aspects).some((x) => x.item.code === fixed)) return [];
    return [{ title: t.item(ev.item, fixed), path: ['indicators', segs[1], 'evidence', Number(segs[3]), 'item'], value: fixed }];
  }
  return [];
}

/** Whether a text still has this finding (same rule, place and message). */
function stillReported(state: ServerState, m: Model, text: string, ruleId: string, data: DiagnosticData): boolean {
  const lint = state.lintText(text, pathOf(m.doc));
  if (lint.kind !== 'linted') return true;
  return lint.diagnostics.some((d) => d.ruleId === ruleId && d.pointer === data.pointer && (d.messageId ?? undefined) === data.messageId);
}

function documentFix(state: ServerState, m: Model, d: LspDiagnostic, c: Candidate, preferred: boolean): CodeAction | null {
  const text = m.doc.getText();
  const edits = editsFor(m.doc, text, c.path, c.value);
  if (!edits.length) return null;
  const fixed = TextDocument.applyEdits(m.doc, edits);
  if (stillReported(state, m, fixed, String(d.code), d.data as DiagnosticData)) return null;
  return { title: c.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred, edit: { changes: { [m.doc.uri]: edits } } };
}

/** The edit that turns a rule off in the config that applies (or a new spbe.config.json in the workspace folder). */
function ruleOffFix(state: ServerState, m: Model, d: LspDiagnostic, canCreate: boolean): CodeAction | null {
  const ruleId = String(d.code);
  if (!rules.some((r) => r.meta.id === ruleId)) return null;
  const { locale } = state.settings();
  const configPath = state.configPathFor(m.doc.uri);
  let edit: WorkspaceEdit;
  let shown: string;
  if (configPath && existsSync(configPath)) {
    const text = readFileSync(configPath, 'utf8');
    const doc = TextDocument.create(pathToFileURL(configPath).href, 'json', 0, text);
    const edits = editsFor(doc, text, ['rules', ruleId], 'off');
    if (!edits.length) return null;
    edit = { changes: { [doc.uri]: edits } };
    shown = relative(state.cwd(), configPath) || CONFIG_NAME;
  } else {
    if (!canCreate || !m.doc.uri.startsWith('file:')) return null;
    const docPath = pathOf(m.doc);
    const inside = !relative(state.cwd(), docPath).startsWith('..');
    const target = join(inside ? state.cwd() : dirname(docPath), CONFIG_NAME);
    const uri = pathToFileURL(target).href;
    const content = `${JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2)}\n`;
    edit = {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
      ],
    };
    shown = relative(state.cwd(), target) || CONFIG_NAME;
  }
  return { title: T[locale].off(ruleId, shown), kind: CodeActionKind.QuickFix, diagnostics: [d], edit };
}

export function codeActions(state: ServerState, params: CodeActionParams, canCreateFiles: boolean): CodeAction[] {
  const m = modelOf(state, params.textDocument.uri);
  if (!m) return [];
  const { locale } = state.settings();
  const checkable = m.doc.getText().length <= MAX_CHECKED_CHARS;
  const out: CodeAction[] = [];
  const offByRule = new Map<string, CodeAction>();
  for (const d of params.context.diagnostics) {
    if (d.source !== 'spbe' || !d.data || typeof (d.data as DiagnosticData).pointer !== 'string') continue;
    if (checkable) {
      const candidates = candidatesFor(m, String(d.code), d.data as DiagnosticData, locale);
      for (const c of candidates) {
        const fix = documentFix(state, m, d, c, candidates.length === 1);
        if (fix) out.push(fix);
      }
    }
    const known = offByRule.get(String(d.code));
    if (known) { known.diagnostics!.push(d); continue; }
    const off = ruleOffFix(state, m, d, canCreateFiles);
    if (off) offByRule.set(String(d.code), off);
  }
  return [...out, ...offByRule.values()];
}
