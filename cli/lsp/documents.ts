/**
 * The open documents and what the pipeline said of each version: one owner
 * for the text (incremental sync applied here) and for the lint of that text.
 * A lint is kept for one (version, pipeline generation) pair, so a request
 * about the current text never re-lints and a stale result is never served.
 * @module cli/lsp/documents
 */
import { fileURLToPath } from 'node:url';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { DocumentLint, Pipeline } from './lint-document.ts';
import type { EvidenceFacts } from '../../core/evidence/facts.ts';
import { looksLikeAssessment } from './lint-document.ts';

export interface Analysis {
  version: number;
  generation: number;
  /** Null when the document is not an assessment (nothing to report). */
  lint: DocumentLint | null;
}

interface OpenDocument {
  doc: TextDocument;
  /** Once an assessment, always (while open): a half-typed framework line must not hide the findings. */
  assessment: boolean;
  analysis: Analysis | null;
  /** The cited files as opened for one (version, generation): what the evidence rules judge. */
  evidence: { version: number; generation: number; facts: EvidenceFacts | undefined } | null;
}

/** The file path of a file: URI; other schemes (untitled:) are linted under a name made from the URI. */
export function pathOf(doc: TextDocument): string {
  if (doc.uri.startsWith('file:')) {
    try {
      return fileURLToPath(doc.uri);
    } catch {
      // A malformed file URI: linted like an unsaved document.
    }
  }
  return doc.languageId === 'jsonc' ? 'untitled.jsonc' : 'untitled.json';
}

export class Documents {
  private readonly open = new Map<string, OpenDocument>();

  opened(uri: string, languageId: string, version: number, text: string): void {
    const doc = TextDocument.create(uri, languageId, version, text);
    this.open.set(uri, { doc, assessment: looksLikeAssessment(text), analysis: null, evidence: null });
  }

  /** Applies the changes; false when the document is not open. */
  changed(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): boolean {
    const o = this.open.get(uri);
    if (!o) return false;
    o.doc = TextDocument.update(o.doc, changes, version);
    o.analysis = null;
    if (!o.assessment) o.assessment = looksLikeAssessment(o.doc.getText());
    return true;
  }

  closed(uri: string): void {
    this.open.delete(uri);
  }

  get(uri: string): TextDocument | undefined {
    return this.open.get(uri)?.doc;
  }

  uris(): string[] {
    return [...this.open.keys()];
  }

  /** The lint of the document's current text under this pipeline, computed once. */
  analyse(uri: string, pipeline: Pipeline, generation: number): Analysis | null {
    const o = this.open.get(uri);
    if (!o) return null;
    const a = o.analysis;
    if (a && a.version === o.doc.version && a.generation === generation) return a;
    let lint: DocumentLint | null = null;
    if (o.assessment) {
      try {
        const opened = o.evidence?.version === o.doc.version && o.evidence.generation === generation ? o.evidence.facts : undefined;
        lint = pipeline.lint(o.doc.getText(), pathOf(o.doc), opened);
      } catch (e) {
        // What `spbe lint` would print as an internal error: said on the document, the server stays up.
        lint = { kind: 'unusable', message: `kesalahan internal / internal error: ${(e as Error)?.message ?? e}` };
      }
    }
    return (o.analysis = { version: o.doc.version, generation, lint });
  }

  /**
   * Opens the files the current text cites (asynchronously: PDFs are read),
   * so the next analyse() judges them as `spbe lint` does. True when the
   * document's current text is ready to lint (opened, or nothing to open);
   * false when a newer version or generation came meanwhile (its own call follows).
   */
  async openEvidence(uri: string, pipeline: Pipeline, generation: number): Promise<boolean> {
    const o = this.open.get(uri);
    if (!o) return false;
    if (!o.assessment || (o.evidence?.version === o.doc.version && o.evidence.generation === generation)) return true;
    const { version } = o.doc;
    let facts: EvidenceFacts | undefined;
    try {
      facts = await pipeline.openEvidence(o.doc.getText(), pathOf(o.doc));
    } catch {
      facts = undefined; // the lint goes on without the evidence findings
    }
    if (this.open.get(uri) !== o || o.doc.version !== version) return false;
    o.evidence = { version, generation, facts };
    o.analysis = null;
    return true;
  }
}
