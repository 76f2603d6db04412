/**
 * The checks that are not evaluation rules (core/lint/rules/) but still report
 * under a rule id: decoding, JSON syntax, duplicate keys and the assessment
 * schema. Formatters that describe rules (SARIF) need their metadata too.
 * @module core/lint/formatters/pseudo-rules
 */
import type { Message, Severity } from '../diagnostic.ts';

export interface PseudoRule {
  id: string;
  severity: Severity;
  description: Message;
}

export const PSEUDO_RULES: readonly PseudoRule[] = [
  {
    id: 'encoding',
    severity: 'error',
    description: {
      id: 'Berkas harus teks yang dapat dibaca, sebaiknya UTF-8 (UTF-16 dibaca dengan peringatan).',
      en: 'The file must be readable text, preferably UTF-8 (UTF-16 is read with a warning).',
    },
  },
  {
    id: 'syntax',
    severity: 'error',
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
];
