/**
 * @fileoverview Service indicators (scale "layanan", 32-47) are judged on the
 * service working: each level above 1 is a capability (interaction,
 * transaction, collaboration, improvement: PermenPANRB 59/2020 Lampiran I
 * Bagian E, indicators 32-47), shown by any of the kinds of proof Pedoman
 * Menteri PANRB 3/2024 lists for them: usage documentation (a manual book),
 * screenshots, the service's URL (with a dummy account when it needs a login),
 * a usage video, the feature list, the application architecture, the API
 * repository. These are alternatives: an assessor accepts a manual book plus a
 * video without a screenshot or a URL. What is not proof of a working service
 * is a decree, a policy, minutes, a review or an audit alone, and a login page
 * (regional guidance: screenshots "bukan hanya halaman login",
 * docs/reference/spbe-2020.md).
 * Level 5 (Optimum) is not a capability shown at work but the service
 * improved after a review: its proof is the improvement (policy strengthening,
 * governance, a help desk, connection to the national portal) with the review
 * and its results, so a decree or a review report is proof there, and
 * level-needs-evidence alone asks for it.
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';
import type { Evidence, EvidenceKind } from '../../types.ts';
import { isImageFile } from './internal/evidence.ts';

const SERVICE_SCALE = 'layanan';
/** The level every indicator has without evidence. */
const FLOOR_LEVEL = 1;
/** The highest level shown by the service at work (4 Kolaborasi); 5 Optimum is shown by the improvement and its review. */
const LAST_SHOWN_AT_WORK = 4;
/** Kinds that document a decision or an assessment, not the service at work. */
const NOT_A_DEMONSTRATION: ReadonlySet<EvidenceKind> = new Set(['kebijakan', 'sk', 'notulen', 'reviu', 'audit']);
const LOGIN = /(?<![a-z])log[\s_-]?in(?![a-z])|halaman[\s_-]?masuk/i;

/** Evidence that may show the service working: any kind but those above (an untyped file may be a manual book). */
const mayDemonstrate = (e: Evidence): boolean => !e.kind || !NOT_A_DEMONSTRATION.has(e.kind);
const isScreenshot = (e: Evidence): boolean => e.kind === 'screenshot' || isImageFile(e.file);
const looksLikeLogin = (e: Evidence): boolean => [e.title, e.file, e.note].some((s) => !!s && LOGIN.test(s));
/** Whether the evidence bears on a level: it names it, or names no level at all. */
const bearsOn = (e: Evidence, level: number): boolean => !e.levels || e.levels.includes(level);

export default defineRule({
  meta: {
    id: 'service-evidence-kinds',
    type: 'problem',
    severity: 'warning',
    frameworks: ['spbe-2020'],
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Indikator layanan (32-47): setiap tingkat 2-4 diperlihatkan dengan layanan yang berjalan (manual book, tangkapan layar, video, atau tautan), bukan hanya halaman login.',
        en: 'Service indicators (32-47): each of levels 2-4 is shown with the service at work (a manual book, screenshots, a video or a link), not just the login page.',
      },
      url: docsUrl('service-evidence-kinds'),
      source: 'PermenPANRB 59/2020 Lampiran I Bagian E, indikator 32-47; Pedoman Menteri PANRB 3/2024, indikator 32-47 (Kriteria Bukti Dukung)',
    },
    messages: {
      notShown: {
        id: 'Indikator {{indicator}} (layanan): tidak ada bukti yang memperlihatkan layanan berjalan untuk tingkat {{levels}}; lampirkan salah satu: manual book, tangkapan layar fitur, video penggunaan, atau tautan layanan',
        en: 'Indicator {{indicator}} (service): no evidence shows the service at work for level(s) {{levels}}; attach any of: a manual book, screenshots of the features, a usage video, or a link to the service',
      },
      onlyLogin: {
        id: 'Indikator {{indicator}} (layanan): bukti yang memperlihatkan layanan hanya berupa halaman login; tunjukkan fitur tingkat {{level}}',
        en: 'Indicator {{indicator}} (service): the only evidence showing the service is its login page; show the features of level {{level}}',
      },
    },
  },
  check(ctx) {
    for (const { ind, e, ptr } of ctx.entries) {
      if (ind.scale !== SERVICE_SCALE || typeof e.level !== 'number' || e.level <= FLOOR_LEVEL) continue;
      const evidence = e.evidence ?? [];
      const pointer = evidence.length > 0 ? `${ptr}/evidence` : `${ptr}/level`;
      const shows = evidence.filter(mayDemonstrate);
      const top = Math.min(e.level, LAST_SHOWN_AT_WORK);
      const uncovered: number[] = [];
      for (let L = FLOOR_LEVEL + 1; L <= top; L++) if (!shows.some((s) => bearsOn(s, L))) uncovered.push(L);
      if (uncovered.length > 0) {
        ctx.report({ pointer, messageId: 'notShown', data: { indicator: ind.number, levels: uncovered.join(', ') } });
      } else if (shows.every((s) => isScreenshot(s) && looksLikeLogin(s))) {
        ctx.report({ pointer, messageId: 'onlyLogin', data: { indicator: ind.number, level: top } });
      }
    }
  },
});
