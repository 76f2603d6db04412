/**
 * @fileoverview Service indicators (scale "layanan", 32-47) are shown working:
 * Pedoman Menteri PANRB 3/2024 lists screenshots and the service URL (with a
 * dummy user/password when it needs a login) among the evidence of every
 * service level, and regional guidance adds that screenshots must show more
 * than the login page, level by level
 * (https://simpspbe.purbalinggakab.go.id/2021/05/05/domain-4-layanan-spbe/).
 */
import { defineRule, docsUrl } from '../rule.ts';
import type { Evidence } from '../../types.ts';
import { isImageFile } from './internal/evidence.ts';

const SERVICE_SCALE = 'layanan';
const LOGIN = /(?<![a-z])log[\s_-]?in(?![a-z])|halaman[\s_-]?masuk/i;

const isScreenshot = (e: Evidence) => e.kind === 'screenshot' || isImageFile(e.file);
const hasUrl = (e: Evidence) => !!e.url || e.kind === 'tautan';
const looksLikeLogin = (e: Evidence) => [e.title, e.file, e.note].some((s) => !!s && LOGIN.test(s));

export default defineRule({
  meta: {
    id: 'service-evidence-kinds',
    type: 'problem',
    severity: 'warning',
    frameworks: ['spbe-2020'],
    docs: {
      description: {
        id: 'Indikator layanan (32-47) perlu tangkapan layar dan tautan layanan, bukan hanya halaman login.',
        en: 'Service indicators (32-47) need screenshots and a link to the service, not just the login page.',
      },
      url: docsUrl('service-evidence-kinds'),
      source: 'Pedoman Menteri PANRB 3/2024, indikator 32-47 (Kriteria Bukti Dukung)',
    },
    messages: {
      noScreenshot: {
        id: 'Indikator {{indicator}} (layanan): tidak ada tangkapan layar (kind "screenshot" atau berkas .png/.jpg/.jpeg)',
        en: 'Indicator {{indicator}} (service): no screenshot (kind "screenshot" or a .png/.jpg/.jpeg file)',
      },
      noUrl: {
        id: 'Indikator {{indicator}} (layanan): tidak ada tautan layanan ("url" atau kind "tautan"); sertakan akun dummy bila perlu login',
        en: 'Indicator {{indicator}} (service): no link to the service ("url" or kind "tautan"); add a dummy account if it needs a login',
      },
      onlyLogin: {
        id: 'Indikator {{indicator}} (layanan): semua tangkapan layar tampaknya halaman login; tunjukkan fitur untuk tingkat {{level}}',
        en: 'Indicator {{indicator}} (service): every screenshot looks like a login page; show the features of level {{level}}',
      },
    },
  },
  check(ctx) {
    for (const { ind, e, ptr } of ctx.entries) {
      if (ind.scale !== SERVICE_SCALE || typeof e.level !== 'number') continue;
      const evidence = e.evidence ?? [];
      const pointer = evidence.length > 0 ? `${ptr}/evidence` : `${ptr}/level`;
      const data = { indicator: ind.number, level: e.level };
      const shots = evidence.filter(isScreenshot);
      if (shots.length === 0) ctx.report({ pointer, messageId: 'noScreenshot', data });
      else if (shots.every(looksLikeLogin)) ctx.report({ pointer, messageId: 'onlyLogin', data });
      if (!evidence.some(hasUrl)) ctx.report({ pointer, messageId: 'noUrl', data });
    }
  },
});
