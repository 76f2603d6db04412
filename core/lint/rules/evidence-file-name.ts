/**
 * @fileoverview A file whose name says it belongs elsewhere: the wrong file
 * attached, a mistake an assessor catches (the document of another indicator,
 * or of another item slot). Neither portal imposes a file name, so only what
 * the name itself claims is judged:
 * - spbe-2020: a name opening with an indicator number, as in Pedoman Menteri
 *   PANRB 3/2024's examples ("12.a.Perwal-12-2022.pdf", "35.screenshot
 *   LPSE.jpg", "[Indikator 42a] Video ….mp4"), names that indicator;
 * - pemdi-2026: eval.spbe.go.id takes one upload per item slot; a name that
 *   carries an item code, local (I4-L1-02) or the portal's (PG_04_02), names
 *   that item, and that item should be the slot the file is attached to (or,
 *   with no slot given, an item of the same indicator).
 * And a file with no extension at all, which an assessor's computer cannot
 * open by type. Only `file` is read, never `url`. Whether a name follows the
 * guideline's example pattern is a suggestion of its own
 * (evidence-file-pattern).
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';
import type { AspectDef, Evidence, IndicatorDef } from '../../types.ts';
import { moduleItemOf, resolvedItem } from './internal/item-lookup.ts';
import { evidencePointer, extensionStart } from './internal/evidence.ts';

/**
 * "12.a.…", "35.screenshot …", "[Indikator 42a] …": the indicator number a SPBE
 * name opens with. A letter must follow the dot, so "3.5 Notulen.pdf" names none.
 */
const SPBE_NUMBERED = /^(?:(\d{1,2})\.\s*[a-z]|\[indikator\s*(\d{1,2})[a-z]?\]\s*\S)/i;
/** An item code standing as a word in a name, in either form. */
const ITEM_CODE = /(?<![a-z0-9])(I\d{1,2}-L[1-5]-\d{2}|[A-Z][A-Z0-9]{1,5}_\d{2}_\d{2})(?![a-z0-9])/gi;

type Finding = { messageId: 'wrongIndicator'; named: number } | { messageId: 'wrongItem'; named: string; item: string };

function spbeFinding(file: string, indicator: number): Finding | null {
  const m = SPBE_NUMBERED.exec(file);
  const named = m ? Number(m[1] ?? m[2]) : indicator;
  return named !== indicator ? { messageId: 'wrongIndicator', named } : null;
}

function pemdiFinding(file: string, ev: Evidence, ind: IndicatorDef, aspects: readonly AspectDef[]): Finding | null {
  // Most names carry no code: the slot is resolved only for one that does.
  let slot: string | null | undefined;
  ITEM_CODE.lastIndex = 0;
  for (let m = ITEM_CODE.exec(file); m; m = ITEM_CODE.exec(file)) {
    const written = m[1]!;
    const r = resolvedItem(ind, aspects, written.toUpperCase());
    if (!r.ok && r.problem === 'malformed') continue;
    if (!r.ok && r.problem === 'otherIndicator') return { messageId: 'wrongIndicator', named: r.indicator };
    slot ??= ev.item ? moduleItemOf(ind, aspects, ev.item) : null;
    const named = r.ok ? r.def.code : null;
    if (slot && named && named !== slot) return { messageId: 'wrongItem', named: written, item: ev.item! };
  }
  return null;
}

export default defineRule({
  meta: {
    id: 'evidence-file-name',
    type: 'problem',
    severity: 'warning',
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Nama berkas bukti dukung tidak menyebut indikator atau butir lain daripada tempat berkas itu dilampirkan, dan berkas punya ekstensi.',
        en: 'An evidence file name does not name another indicator or item than the one it is attached to, and the file has an extension.',
      },
      url: docsUrl('evidence-file-name'),
      source: 'Pedoman Menteri PANRB 3/2024 (contoh nama berkas); eval.spbe.go.id (satu unggahan per butir, kode butir PG_04_01)',
    },
    messages: {
      noExtension: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" tanpa ekstensi (mis. .pdf); asesor mungkin tidak dapat membukanya',
        en: 'Indicator {{indicator}}: file "{{file}}" has no extension (e.g. .pdf); an assessor may not be able to open it',
      },
      wrongIndicator: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" bernama untuk indikator {{named}}; periksa apakah berkasnya tertukar',
        en: 'Indicator {{indicator}}: file "{{file}}" is named for indicator {{named}}; check that it is the right file',
      },
      wrongItem: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" diunggah pada butir {{item}} tetapi namanya menyebut butir {{named}}; periksa apakah berkasnya tertukar',
        en: 'Indicator {{indicator}}: file "{{file}}" is uploaded for item {{item}} but its name says item {{named}}; check that it is the right file',
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
        // The name is trimmed already: where its extension starts, without taking it out and lower-casing it.
        if (extensionStart(file) < 0) ctx.report({ pointer: `${evidencePointer(ptr, i)}/file`, messageId: 'noExtension', data: { indicator: ind.number, file } });
        const finding = pemdi ? pemdiFinding(file, ev, ind, ctx.framework.aspects) : spbeFinding(file, ind.number);
        if (finding) {
          const { messageId, ...data } = finding;
          ctx.report({ pointer: `${evidencePointer(ptr, i)}/file`, messageId, data: { indicator: ind.number, file, ...data } });
        }
      }
    }
  },
});
