/**
 * The content script's life on one page: recognise the page (the portal
 * adapter), tell the background which agency/year/framework it shows and what
 * the page holds as saved, start the features with the answer, and keep them
 * in step with the page (the user's changes, the portal's own redraws) and
 * with the background's pushes (other tabs, imports, settings). A portal page
 * that is not recognised gets a short notice, once (extension/content/
 * notice.tsx); the reason also goes to the popup.
 * @module extension/content/run
 */
import { browser } from 'wxt/browser';
import { reasons, type Reason } from '../portal/reasons.ts';
import { recognise } from '../portal/detect.ts';
import { frameworkOfHost } from '../portal/context.ts';
import { refreshPage } from '../portal/refresh.ts';
import type { PortalContext, PortalPage } from '../portal/types.ts';
import type { Scope } from '../store/scope.ts';
import { features } from '../features/index.ts';
import { runtimeLink, type Link } from '../live/client.ts';
import type { Completeness } from '../live/completeness.ts';
import { LiveState } from './live-state.ts';
import { showNotice } from './notice.tsx';

/** What the popup asks a tab: is this a portal page we read, and whose? */
export interface TabStatus {
  recognised: boolean;
  /** Why the page is not recognised, as data: the popup and the side panel say it (portal/reason-messages.ts). */
  reason?: Reason;
  kind?: PortalPage['kind'];
  scope?: Scope;
  indicator?: number;
  scopeGuessed?: boolean;
  /** The indicator page was read short: how much (issue 18). */
  unread?: Exclude<Completeness, { complete: true }>;
  /** An assessor view: the level of each stage and the assessor's own (the popup and the side panel show them). */
  assessor?: { em: number | null; de: number | null; int: number | null; capaian: number | null };
}

export const STATUS_MESSAGE = 'spbe-lens:status';
/** How long a portal page stays unrecognised before the notice shows (the portal may fill it late, portals.md B6). */
const NOTICE_DELAY_MS = 1500;

/** Where the page does not show agency or year, fall back to a named placeholder (and say so in the popup). */
export function scopeOf(ctx: PortalContext): { scope: Scope; guessed: boolean } {
  const guessed = !ctx.agency || !ctx.year;
  const year = ctx.year ?? (ctx.framework === 'spbe-2020' ? 2025 : 2026);
  const agency = { name: ctx.agency ?? 'Instansi (nama tidak terbaca di halaman)', ...(ctx.agencyCode ? { code: ctx.agencyCode } : {}) };
  return { scope: { framework: ctx.framework, year, agency }, guessed };
}

const ours = (n: Node | null): boolean => {
  for (let x: Node | null = n; x; x = x.parentNode ?? (x as ShadowRoot).host ?? null) {
    if (x.nodeType === 1 && (x as Element).localName.startsWith('spbe-lens-')) return true;
  }
  return false;
};

export interface Running {
  status: () => TabStatus;
  state: () => LiveState | null;
}

/**
 * Start on the current document; everything stops when `signal` aborts.
 * `link` is the way to the background (tests pass one to a host in the same process).
 */
export function runContent(signal: AbortSignal, link: Link = runtimeLink): Running {
  let reason: Reason = reasons.notRead();
  let guessed = false;
  let state: LiveState | null = null;
  let starting = false;
  let notice: AbortController | null = null;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  const url = () => new URL(location.href);
  const read = () => recognise(document, url());

  /** What the popup is told: read from the live state each time, so it is never behind the page. */
  const status = (): TabStatus => {
    if (!state) return { recognised: false, reason };
    const { page, current: c } = state;
    return {
      recognised: true, kind: page.kind, scopeGuessed: guessed,
      ...(state.scope ? { scope: state.scope } : {}),
      ...(c ? { indicator: c.indicator, ...(c.read.complete ? {} : { unread: c.read }) } : {}),
      ...(page.kind === 'tauval-assessor' ? { indicator: page.indicator, assessor: { em: page.em, de: page.de, int: page.int, capaian: page.capaian } } : {}),
    };
  };

  const unrecognised = (why: Reason) => {
    reason = why;
    if (notice || noticeTimer) return;
    const framework = frameworkOfHost(url());
    if (!framework) return;
    noticeTimer = setTimeout(() => {
      if (state || signal.aborted) return;
      notice = new AbortController();
      signal.addEventListener('abort', () => notice?.abort(), { once: true });
      const n = notice.signal;
      link.request({ t: 'open', framework, scope: null, reading: null })
        .then((o) => { if (!n.aborted && !state) showNotice(o.text, o.settings, link, n); }, () => undefined);
    }, NOTICE_DELAY_MS);
  };

  const start = async () => {
    const rec = read();
    if (!rec.ok) return unrecognised(rec.reason);
    starting = true;
    clearTimeout(noticeTimer);
    notice?.abort();
    const page = rec.page;
    const at = Date.now();
    const guess = page.kind === 'tauval-assessor' ? null : scopeOf(page.context);
    guessed = !!guess?.guessed;
    try {
      // The reading is only known complete once the framework is here: the background files it only if the tab says so in its own request.
      const opened = await link.request({ t: 'open', framework: page.context.framework, scope: guess?.scope ?? null, reading: null });
      if (signal.aborted) return;
      const st = new LiveState(page, opened, link, at);
      if (st.pageSaved && st.scope) {
        void link.request({ t: 'save', scope: st.scope, reading: st.pageSaved, source: 'portal' }).then((s) => st.apply({ saved: s }), () => undefined);
      }
      state = st;
      link.onPush((p) => st.apply(p), signal);
      for (const f of features) {
        if (!f.include(page)) continue;
        try { f.init({ state: st, signal }); } catch (e) { console.error(`[SPBE Lens] feature ${f.id} failed`, e); }
      }
    } catch (e) {
      console.error('[SPBE Lens] the background did not answer', e);
    } finally {
      starting = false;
    }
  };

  const reread = (cause: 'change' | 'input' | 'portal') => {
    if (!state) return;
    const page = (cause !== 'portal' && refreshPage(state.page)) || (() => { const rec = read(); return rec.ok ? rec.page : null; })();
    if (page) state.setPage(page, cause);
  };

  // The user's own change on the page: re-read it at once. One user action,
  // one update: a radio or select fires both input and change, so choices
  // are handled on change and typing on input.
  const onPageEvent = (ev: Event) => {
    if (!state || ours(ev.target as Node)) return;
    const t = ev.target as HTMLInputElement;
    const typing = t.localName === 'textarea' || (t.localName === 'input' && !['radio', 'checkbox', 'file', 'button', 'submit'].includes(t.type));
    if ((ev.type === 'input') !== typing) return;
    performance.mark('spbe-lens:change');
    reread(typing ? 'input' : 'change');
  };
  document.addEventListener('change', onPageEvent, { capture: true, signal });
  document.addEventListener('input', onPageEvent, { capture: true, signal });

  // The portal's own scripts may fill or redraw the page (portals.md B6: plan
  // for a single-page app): re-read on DOM changes that are not ours, once a frame.
  let queued = false;
  const observer = new MutationObserver((records) => {
    if (queued || records.every((r) => ours(r.target) || [...r.addedNodes, ...r.removedNodes].every((n) => ours(n)))) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (signal.aborted) return;
      if (!state) { if (!starting) void start(); return; }
      reread('portal');
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['checked', 'value'] });
  signal.addEventListener('abort', () => { observer.disconnect(); clearTimeout(noticeTimer); }, { once: true });

  const onMessage = (msg: unknown, _sender: unknown, reply: (r: TabStatus) => void) => {
    if ((msg as { type?: string })?.type !== STATUS_MESSAGE) return undefined;
    reply(status());
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  void start();
  return { status, state: () => state };
}
