/**
 * @fileoverview An item code that names none of the indicator's module items:
 * a position past the level's items (I1-L1-05 where level 1 has one item), an
 * item of another indicator (I2-L1-01 under indicator 1, PG_03_01 under 4),
 * or a portal prefix known for another aspect (PG, aspect Penyelenggara, on
 * I13 of aspect Teknologi). The estimate cannot count such an upload and
 * ignores it (`spbe score` says so); it is reported where it stands, never
 * dropped silently. Codes: docs/reference/pemdi-2026.md (local I{n}-L{lv}-{NN}
 * and the portal's {PREFIX}_{NN}_{NN}, items numbered across levels). A
 * prefix no source has seen is accepted (only PG and TD are known).
 */
import { defineRule, docsUrl } from '../rule.ts';
import { resolvedItem } from './internal/item-lookup.ts';
import type { IndicatorDef } from '../../types.ts';
import { evidencePointer } from './internal/evidence.ts';

/** Item number 00 (I10-L1-00, KS_10_00): items are numbered from 01, so no list, complete or not, has it. */
const NUMBER_ZERO = /[-_]00$/;

/** Whether the module states how many items the level has, or with no level (a portal code) every level (I10 and I11 do not; their lists may be incomplete). */
const countStated = (ind: IndicatorDef, level: number | undefined): boolean =>
  level === undefined ? Object.values(ind.levels).every((l) => l.itemCountStated !== false) : ind.levels[String(level)]?.itemCountStated !== false;

export default defineRule({
  meta: {
    id: 'unknown-item',
    type: 'problem',
    severity: 'error',
    frameworks: ['pemdi-2026'],
    docs: {
      description: {
        id: 'Kode butir harus menyebut butir modul indikator tempatnya (kode lokal I4-L1-01 atau kode portal PG_04_01).',
        en: "An item code must name a module item of its own indicator (local code I4-L1-01 or the portal's PG_04_01).",
      },
      url: docsUrl('unknown-item'),
      source: 'Modul Indikator Pemdi (PermenPANRB 8/2026): butir data dukung per tingkat; kode butir eval.spbe.go.id',
    },
    messages: {
      otherIndicator: {
        id: 'Indikator {{indicator}}: kode butir {{code}} milik indikator {{other}}; unggahan ini tidak dihitung di indikator {{indicator}}',
        en: 'Indicator {{indicator}}: item code {{code}} belongs to indicator {{other}}; this upload does not count for indicator {{indicator}}',
      },
      noSuchItem: {
        id: 'Indikator {{indicator}}: tidak ada butir {{code}} di modul (tingkat {{level}} punya {{count}} butir); unggahan ini tidak dihitung',
        en: 'Indicator {{indicator}}: the module has no item {{code}} (level {{level}} has {{count}} item(s)); this upload does not count',
      },
      noSuchItemUnstated: {
        id: 'Indikator {{indicator}}: tidak ada butir {{code}} di daftar butir tingkat {{level}} ({{count}} butir; modul tidak menyatakan jumlahnya, jadi daftar mungkin tidak lengkap); unggahan ini tidak dihitung',
        en: 'Indicator {{indicator}}: no item {{code}} in the level-{{level}} list ({{count}} item(s); the module does not state the count, so the list may be incomplete); this upload does not count',
      },
      noSuchPortalItem: {
        id: 'Indikator {{indicator}}: tidak ada butir {{code}}: indikator ini punya {{count}} butir di modul (dinomori 1..{{count}} lintas tingkat); unggahan ini tidak dihitung',
        en: 'Indicator {{indicator}}: there is no item {{code}}: this indicator has {{count}} module item(s) (numbered 1..{{count}} across levels); this upload does not count',
      },
      noSuchPortalItemUnstated: {
        id: 'Indikator {{indicator}}: tidak ada butir {{code}} di {{count}} butir yang diketahui (modul tidak menyatakan jumlah butir setiap tingkat, jadi daftar mungkin tidak lengkap); unggahan ini tidak dihitung',
        en: 'Indicator {{indicator}}: no item {{code}} among the {{count}} known item(s) (the module does not state every level\'s count, so the list may be incomplete); this upload does not count',
      },
      prefixOfOtherAspect: {
        id: 'Indikator {{indicator}}: kode {{code}} berawalan {{prefix}}, awalan aspek {{aspect}}; indikator {{indicator}} ada di aspek {{ownAspect}}{{expected}}',
        en: 'Indicator {{indicator}}: code {{code}} has the prefix {{prefix}} of aspect {{aspect}}; indicator {{indicator}} is in aspect {{ownAspect}}{{expected}}',
      },
    },
  },
  check(ctx) {
    const { aspects } = ctx.framework;
    for (const { ind, e, ptr } of ctx.entries) {
      const evidence = e.evidence ?? [];
      for (let i = 0; i < evidence.length; i++) {
        const code = evidence[i]!.item;
        if (!code) continue;
        const r = resolvedItem(ind, aspects, code);
        if (r.ok || r.problem === 'malformed') continue; // malformed: the schema's finding
        const pointer = `${evidencePointer(ptr, i)}/item`;
        const data = { indicator: ind.number, code };
        if (r.problem === 'otherIndicator') ctx.report({ pointer, messageId: 'otherIndicator', data: { ...data, other: r.indicator } });
        else if (r.problem === 'prefixOfOtherAspect') {
          const expected = r.expected ? ` (${r.expected})` : '';
          ctx.report({ pointer, messageId: 'prefixOfOtherAspect', data: { ...data, prefix: r.prefix, aspect: r.aspect, ownAspect: ind.aspect, expected } });
        } else if (countStated(ind, r.level) || NUMBER_ZERO.test(code)) {
          ctx.report({ pointer, messageId: r.level === undefined ? 'noSuchPortalItem' : 'noSuchItem', data: { ...data, level: r.level ?? '', count: r.count } });
        } else {
          // The list may be incomplete, so the upload may well be a real item: a warning, not an error.
          ctx.report({ pointer, messageId: r.level === undefined ? 'noSuchPortalItemUnstated' : 'noSuchItemUnstated', data: { ...data, level: r.level ?? '', count: r.count }, atMost: 'warning' });
        }
      }
    }
  },
});
