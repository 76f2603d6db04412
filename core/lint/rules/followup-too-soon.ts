/**
 * @fileoverview The level-5 policy that carries a review's recommendations
 * must be "ditetapkan setidaknya 1 tahun setelah reviu dilakukan": Pedoman
 * Menteri PANRB 3/2024, Kriteria Bukti Dukung level 5 of the policy indicators
 * 1-10 (Domain Kebijakan Internal SPBE). First stated in that guideline, so
 * checked from the 2024 round on.
 *
 * The policy: evidence of kind kebijakan or sk whose `levels` include 5. The
 * review: the latest evidence of kind reviu of the indicator dated on or before
 * the policy (a later review is the next cycle's, not the one the policy
 * follows). One year: the same calendar day a year later (addYears).
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';
import { addYears, compareDates, formatIso, parseIsoDate, type Ymd } from './internal/dates.ts';
import { evidencePointer, supportsLevel } from './internal/evidence.ts';

const FROM_YEAR = 2024;
/** Domain 1 Kebijakan Internal SPBE (indicators 1-10). */
const POLICY_DOMAIN = 1;

export default defineRule({
  meta: {
    id: 'followup-too-soon',
    type: 'problem',
    severity: 'warning',
    stages: WORKING_STAGES,
    frameworks: ['spbe-2020'],
    docs: {
      description: {
        id: 'Kebijakan tingkat 5 ditetapkan setidaknya 1 tahun setelah reviu.',
        en: 'A level-5 policy is enacted at least 1 year after the review.',
      },
      url: docsUrl('followup-too-soon'),
      source: 'Pedoman Menteri PANRB 3/2024, indikator 1-10 tingkat 5',
    },
    messages: {
      tooSoon: {
        id: 'Indikator {{indicator}}: kebijakan tingkat 5 "{{name}}" ({{date}}) kurang dari 1 tahun setelah reviu {{review}}; harus pada/sesudah {{earliest}}',
        en: 'Indicator {{indicator}}: level-5 policy "{{name}}" ({{date}}) is less than 1 year after the review of {{review}}; it must be on or after {{earliest}}',
      },
      beforeReview: {
        id: 'Indikator {{indicator}}: kebijakan tingkat 5 "{{name}}" ({{date}}) ditetapkan sebelum reviu {{review}}; kebijakan tindak lanjut harus setidaknya 1 tahun setelah reviu',
        en: 'Indicator {{indicator}}: level-5 policy "{{name}}" ({{date}}) predates the review of {{review}}; the follow-up policy must come at least 1 year after the review',
      },
    },
  },
  check(ctx) {
    if (ctx.year < FROM_YEAR) return;
    const domain = ctx.framework.domains?.find((d) => d.number === POLICY_DOMAIN);
    const policyIndicators = new Set(ctx.framework.aspects.filter((a) => domain?.aspects.includes(a.number)).flatMap((a) => a.indicators));
    for (const { ind, e, ptr } of ctx.entries) {
      if (e.level !== 5 || !policyIndicators.has(ind.number)) continue;
      const list = e.evidence ?? [];
      const reviews = list.flatMap((ev) => (ev.kind === 'reviu' ? [parseIsoDate(ev.date)] : [])).filter((d): d is Ymd => d !== null);
      if (reviews.length === 0) continue;
      for (const [i, ev] of list.entries()) {
        const date = parseIsoDate(ev.date);
        if ((ev.kind !== 'kebijakan' && ev.kind !== 'sk') || !supportsLevel(ev, 5) || !date) continue;
        const evPtr = evidencePointer(ptr, i);
        const before = reviews.filter((r) => compareDates(r, date) <= 0).sort(compareDates).at(-1);
        const data = { indicator: ind.number, name: ev.file ?? ev.title ?? ev.url ?? '', date: ev.date! };
        if (!before) {
          const first = [...reviews].sort(compareDates)[0]!;
          ctx.report({ pointer: `${evPtr}/date`, messageId: 'beforeReview', data: { ...data, review: formatIso(first) } });
          continue;
        }
        const earliest = addYears(before, 1);
        if (compareDates(date, earliest) < 0) {
          ctx.report({ pointer: `${evPtr}/date`, messageId: 'tooSoon', data: { ...data, review: formatIso(before), earliest: formatIso(earliest) } });
        }
      }
    }
  },
});
