/**
 * Bytes of an assessment file → a checked Assessment, or the diagnostics that
 * say where and why it is not one. Used by `spbe score`, `spbe lint`, `spbe
 * compare` and the extension's import, so every surface reads files alike.
 * @module core/assessment/load
 */
import type { Assessment } from '../types.ts';
import { decodeBytes, type Decoded } from '../json/decode.ts';
import { parseJson, type ParsedJson } from '../json/parse.ts';
import { DOCUMENT_START, type Diagnostic } from '../lint/diagnostic.ts';
import { schemaDiagnostics } from '../lint/schema.ts';

export interface LoadedAssessment {
  parsed: ParsedJson | null;
  /** Present only when the file parsed and passed the schema. */
  assessment: Assessment | null;
  /** Syntax and schema problems (errors), plus an encoding note. */
  diagnostics: Diagnostic[];
}

/** `.jsonc` files may hold comments and trailing commas; `.json` files are strict JSON. */
export function isJsonc(fileName: string): boolean {
  return /\.jsonc$/i.test(fileName);
}

export function loadAssessmentText(text: string, fileName: string): LoadedAssessment {
  const parsed = parseJson(text, { jsonc: isJsonc(fileName) });
  const diagnostics = [...parsed.diagnostics];
  if (diagnostics.length === 0) {
    if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      const root = parsed.locate([])!;
      diagnostics.push({
        ruleId: 'schema', severity: 'error', pointer: '', range: parsed.lines.range(root.offset, root.length),
        message: { id: 'Berkas penilaian harus berupa objek JSON { ... }', en: 'An assessment file must be a JSON object { ... }' },
      });
    } else diagnostics.push(...schemaDiagnostics(parsed));
  }
  const ok = diagnostics.every((d) => d.severity !== 'error');
  return { parsed, assessment: ok ? (parsed.value as Assessment) : null, diagnostics };
}

export function loadAssessmentBytes(bytes: Uint8Array, fileName: string): LoadedAssessment {
  return loadAssessmentDecoded(decodeBytes(bytes), fileName);
}

/** The same for bytes a platform decoded itself (the CLI's native fast path), with decodeBytes' decisions. */
export function loadAssessmentDecoded(decoded: Decoded, fileName: string): LoadedAssessment {
  if (!decoded.ok) {
    const range = decoded.at ? { start: decoded.at, end: { line: decoded.at.line, character: decoded.at.character + 1 } } : DOCUMENT_START;
    return { parsed: null, assessment: null, diagnostics: [{ ruleId: 'encoding', severity: 'error', message: decoded.reason, pointer: '', range }] };
  }
  const loaded = loadAssessmentText(decoded.text, fileName);
  if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
    loaded.diagnostics.unshift({
      ruleId: 'encoding', severity: 'warning', pointer: '', range: DOCUMENT_START,
      message: {
        id: `Berkas disimpan sebagai ${decoded.encoding.toUpperCase()}; simpan sebagai UTF-8 agar terbaca semua alat`,
        en: `The file is saved as ${decoded.encoding.toUpperCase()}; save it as UTF-8 so every tool reads it`,
      },
    });
  }
  return loaded;
}
