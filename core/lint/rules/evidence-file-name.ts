/**
 * @fileoverview Evidence file names follow the portal's conventions, so
 * assessors find the file an explanation cites and see which indicator it is
 * for. spbe-2020 (Pedoman Menteri PANRB 3/2024, examples): "<no>.<letter>.<short
 * name>.<ext>" (12.a.Perwal-12-2022.pdf; the guideline's own 35.screenshot
 * LPSE.jpg omits the letter, so it is optional) or "[Indikator <no><letter>]
 * <title>.<ext>". pemdi-2026 (one upload per module item, eval.spbe.go.id):
 * "I{n}-L{lv}-{NN}.<ext>" matching the evidence's `item`, optionally followed
 * by a separator and a description (I1-L2-01_Renstra.pdf). Extensions: those
 * of the official examples (pdf, jpg, png, xlsx, mp4, flv) plus common office
 * and archive kinds (jpeg, xls, docx, doc, pptx, zip); the portals publish no
 * list. Only `file` is checked, never `url`.
 */
import { defineRule, docsUrl } from '../rule.ts';
import type { Evidence } from '../../types.ts';
import { evidencePointer, extensionOf } from './internal/evidence.ts';

const ALLOWED_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'xlsx', 'xls', 'docx', 'doc', 'mp4', 'flv', 'pptx', 'zip'];

const SPBE_DOTTED = /^(\d{1,2})\.(?:[a-z]\.)?\s*\S/i;
const SPBE_BRACKET = /^\[Indikator\s*(\d{1,2})[a-z]?\]\s*\S/i;
const PEMDI = /^I(\d{1,2})-L[1-5]-\d{2}(?=$|[\s_.-])/i;

type Finding = readonly [messageId: string, data: Record<string, string | number>];
const NONE: readonly Finding[] = [];

/** The finding on the name before its extension, or null when it follows the pattern. */
function patternFinding(base: string, ext: string, ev: Evidence, indicator: number, pemdi: boolean): Finding | null {
  if (pemdi) {
    const m = PEMDI.exec(base);
    if (!m) return ['pemdiPattern', { expected: ev.item ?? `I${indicator}-L1-01`, ext }];
    // Equal strings are equal in any case; only a difference needs the case-blind look.
    if (ev.item && m[0] !== ev.item && m[0].toUpperCase() !== ev.item.toUpperCase()) return ['wrongItem', { item: ev.item, named: m[0] }];
    return Number(m[1]) !== indicator ? ['wrongIndicator', { named: Number(m[1]) }] : null;
  }
  const m = SPBE_DOTTED.exec(base) ?? SPBE_BRACKET.exec(base);
  if (!m) return ['spbePattern', { ext }];
  return Number(m[1]) !== indicator ? ['wrongIndicator', { named: Number(m[1]) }] : null;
}

/** What is wrong with one (trimmed) evidence file name, in report order; nothing, the usual answer, allocates nothing. */
function fileNameFindings(file: string, ev: Evidence, indicator: number, pemdi: boolean): readonly Finding[] {
  const ext = extensionOf(file);
  if (!ext) return [['noExtension', {}]];
  const unusual: Finding | null = ALLOWED_EXTENSIONS.includes(ext) ? null : ['unknownExtension', { ext, allowed: ALLOWED_EXTENSIONS.join(', ') }];
  // The base name (baseNameOf), the extension being known.
  const pattern = patternFinding(file.slice(0, file.length - ext.length - 1), ext, ev, indicator, pemdi);
  if (!unusual && !pattern) return NONE;
  return [unusual, pattern].filter((f) => f !== null);
}

export default defineRule({
  meta: {
    id: 'evidence-file-name',
    type: 'suggestion',
    severity: 'warning',
    docs: {
      description: {
        id: 'Nama berkas bukti dukung mengikuti pola portal dan menyebut indikator (atau butir) yang benar.',
        en: "Evidence file names follow the portal's pattern and name the right indicator (or item).",
      },
      url: docsUrl('evidence-file-name'),
      source: 'Pedoman Menteri PANRB 3/2024 (contoh nama berkas); kode butir I{n}-L{lv}-{NN} eval.spbe.go.id',
    },
    messages: {
      noExtension: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" tanpa ekstensi (mis. .pdf)',
        en: 'Indicator {{indicator}}: file "{{file}}" has no extension (e.g. .pdf)',
      },
      unknownExtension: {
        id: 'Indikator {{indicator}}: ekstensi ".{{ext}}" pada "{{file}}" tidak lazim; gunakan {{allowed}}',
        en: 'Indicator {{indicator}}: extension ".{{ext}}" of "{{file}}" is unusual; use {{allowed}}',
      },
      spbePattern: {
        id: 'Indikator {{indicator}}: nama berkas "{{file}}" tidak mengikuti pola "{{indicator}}.a.nama-singkat.{{ext}}" atau "[Indikator {{indicator}}a] judul.{{ext}}"',
        en: 'Indicator {{indicator}}: file name "{{file}}" does not follow "{{indicator}}.a.short-name.{{ext}}" or "[Indikator {{indicator}}a] title.{{ext}}"',
      },
      pemdiPattern: {
        id: 'Indikator {{indicator}}: nama berkas "{{file}}" tidak mengikuti pola kode butir "{{expected}}.{{ext}}"',
        en: 'Indicator {{indicator}}: file name "{{file}}" does not follow the item-code pattern "{{expected}}.{{ext}}"',
      },
      wrongIndicator: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" bernomor indikator {{named}}',
        en: 'Indicator {{indicator}}: file "{{file}}" is numbered for indicator {{named}}',
      },
      wrongItem: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" menjawab butir {{item}} tetapi bernama {{named}}',
        en: 'Indicator {{indicator}}: file "{{file}}" answers item {{item}} but is named {{named}}',
      },
    },
  },
  check(ctx) {
    const pemdi = ctx.framework.itemsPerLevel;
    for (const { ind, e, ptr } of ctx.entries) {
      const evidence = e.evidence ?? [];
      for (let i = 0; i < evidence.length; i++) {
        const ev = evidence[i]!;
        if (!ev.file) continue;
        const file = ev.file.trim();
        const findings = fileNameFindings(file, ev, ind.number, pemdi);
        if (findings === NONE) continue;
        for (const [messageId, data] of findings) {
          ctx.report({ pointer: `${evidencePointer(ptr, i)}/file`, messageId, data: { indicator: ind.number, file, ...data } });
        }
      }
    }
  },
});
