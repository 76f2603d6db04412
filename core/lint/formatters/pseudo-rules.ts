/**
 * The checks that are not evaluation rules (core/lint/rules/) but still report
 * under a rule id: decoding, JSON syntax, duplicate keys and the assessment
 * schema. Formatters that describe rules (SARIF) need their metadata too.
 * @module core/lint/formatters/pseudo-rules
 */
import type { Diagnostic, Message, Severity } from '../diagnostic.ts';

export interface PseudoRule {
  id: string;
  severity: Severity;
  description: Message;
  /**
   * As an error, the file could not be read or parsed, so nothing else was
   * checked: ESLint's `fatal` messages (a parsing error), which its JSON shows
   * with `ruleId: null` and counts in fatalErrorCount.
   */
  fatal?: boolean;
  /** A message ESLint gives without a rule id (a named file that is ignored). */
  noRuleId?: boolean;
}

export const PSEUDO_RULES: readonly PseudoRule[] = [
  {
    id: 'io',
    severity: 'error',
    fatal: true,
    description: {
      id: 'Berkas harus dapat dibaca: ada, berupa berkas biasa, boleh dibaca, dan tidak lebih dari 256 MiB.',
      en: 'The file must be readable: present, a regular file, permitted, and at most 256 MiB.',
    },
  },
  {
    id: 'encoding',
    severity: 'error',
    fatal: true,
    description: {
      id: 'Berkas harus teks yang dapat dibaca, sebaiknya UTF-8 (UTF-16 dibaca dengan peringatan).',
      en: 'The file must be readable text, preferably UTF-8 (UTF-16 is read with a warning).',
    },
  },
  {
    id: 'syntax',
    severity: 'error',
    fatal: true,
    description: {
      id: 'Berkas harus JSON yang sah (komentar dan koma di akhir hanya boleh di berkas .jsonc).',
      en: 'The file must be valid JSON (comments and trailing commas only in .jsonc files).',
    },
  },
  {
    id: 'duplicate-key',
    severity: 'error',
    description: {
      id: 'Satu objek tidak boleh memuat kunci yang sama dua kali; parser JSON diam-diam memakai yang terakhir.',
      en: 'An object must not hold the same key twice; JSON parsers silently keep the last one.',
    },
  },
  {
    id: 'schema',
    severity: 'error',
    description: {
      id: 'Berkas harus sesuai skema berkas penilaian (schemas/assessment.schema.json).',
      en: 'The file must match the assessment file schema (schemas/assessment.schema.json).',
    },
  },
  {
    id: 'internal-error',
    severity: 'error',
    fatal: true,
    description: {
      id: 'spbe gagal memeriksa berkas ini karena kesalahan di spbe sendiri; berkas lain tetap diperiksa. Mohon laporkan.',
      en: 'spbe failed to check this file because of a fault in spbe itself; other files were still checked. Please report it.',
    },
  },
  {
    id: 'too-many-findings',
    severity: 'info',
    description: {
      id: 'Temuan per berkas dibatasi; catatan ini menyebut berapa yang tidak ditampilkan (tingkatnya: yang terberat di antaranya).',
      en: 'Findings per file are capped; this note says how many were not shown (its severity: the worst among them).',
    },
  },
  {
    id: 'ignored',
    severity: 'warning',
    noRuleId: true,
    description: {
      id: 'Berkas yang disebut langsung tetapi cocok dengan ignores sebuah konfigurasi tidak diperiksa.',
      en: 'A file named outright that matches the ignores of a configuration is not linted.',
    },
  },
];

const BY_ID = new Map(PSEUDO_RULES.map((p) => [p.id, p]));

/** The pseudo-rule of this id, if it is one. */
export const pseudoRule = (id: string): PseudoRule | undefined => BY_ID.get(id);

/** Fatal: the file could not be read or parsed (an encoding warning for UTF-16 is not). */
export const isFatal = (d: Diagnostic): boolean => d.severity === 'error' && pseudoRule(d.ruleId)?.fatal === true;

/** The rule id ESLint would give: none for a fatal message or an ignored file, else ours. */
export const eslintRuleId = (d: Diagnostic): string | null => (isFatal(d) || pseudoRule(d.ruleId)?.noRuleId ? null : d.ruleId);
