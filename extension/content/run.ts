/**
 * The content script's life on one page: recognise the page (the portal
 * adapter), open a live session in the background for this agency/year/
 * framework (extension/live/), start the features with its first view, and
 * keep them in step with the page; the background keeps them in step with
 * other tabs. When the page is not recognised nothing is shown on it and no
 * session is opened; the reason goes to the popup.
 * @module extension/content/run
 */
import { browser } from 'wxt/browser';
import type { Message } from '../../core/lint/diagnostic.ts';
import { recognise } from '../portal/detect.ts';
import { toEntry } from '../portal/to-entry.ts';
import { refreshPage } from '../portal/refresh.ts';
import type { PortalContext, PortalPage } from '../portal/types.ts';
import { loadSettings } from '../store/settings.ts';
import type { Scope } from '../store/scope.ts';
import { features } from '../features/index.ts';
import { portLink, type Link } from '../live/link.ts';
import type { View } from '../live/protocol.ts';
import { LiveState } from './live-state.ts';

/** What the popup asks a tab: is this a portal page we read, and whose? */
export interface TabStatus {
  recognised: boolean;
  reason?: Message;
  kind?: PortalPage['kind'];
  scope?: Scope;
  indicator?: number;
  scopeGuessed?: boolean;
}

export const STATUS_MESSAGE = 'spbe-lens:status';

/** Where the page does not show agency or year, fall back to a named placeholder (and say so in the popup). */
export function scopeOf(ctx: PortalContext): { scope: Scope; guessed: boolean } {
  const guessed = !ctx.agency || !ctx.year;
  const year = ctx.year ?? (ctx.framework === 'spbe-2020' ? 2025 : 2026);
  const agency = { name: ctx.agency ?? 'Instansi (nama tidak terbaca di halaman)', ...(ctx.agencyCode ? { code: ctx.agencyCode } : {}) };
  return { scope: { framework: ctx.framework, year, agency }, guessed };
}

function currentOf(page: PortalPage): LiveState['current'] {
  return page.kind === 'tauval-indicator' || page.kind === 'eval-indicator' ? { indicator: page.indicator, entry: toEntry(page) } : null;
}

const OUR_TAGS = new Set(['spbe-lens-panel', 'spbe-lens-indicator', 'spbe-lens-checks']);
const ours = (n: Node | null): boolean => {
  for (let x: Node | null = n; x; x = x.parentNode ?? (x as ShadowRoot).host ?? null) {
    if (x.nodeType === 1 && OUR_TAGS.has((x as Element).localName)) return true;
  }
  return false;
};

export interface Running {
  status: () => TabStatus;
  state: () => LiveState | null;
}

/**
 * Start on the current document; everything stops when `signal` aborts.
 * `link` is the way to the background (tests pass one to an in-process session).
 */
export function runContent(signal: AbortSignal, link: (signal: AbortSignal) => Link = portLink): Running {
  let status: TabStatus = { recognised: false, reason: { id: 'Halaman belum dibaca.', en: 'The page has not been read yet.' } };
  let state: LiveState | null = null;
  let starting = false;

  const read = () => recognise(document, new URL(location.href));

  const start = async () => {
    const rec = read();
    if (!rec.ok) { status = { recognised: false, reason: rec.reason }; return; }
    starting = true;
    const page = rec.page;
    const { scope, guessed } = scopeOf(page.context);
    const current = currentOf(page);
    const session = link(signal);
    const firstView = new Promise<View>((resolve) => session.onView(resolve));
    session.open(scope, current);
    const [settings, view] = await Promise.all([loadSettings(), firstView]);
    starting = false;
    if (signal.aborted) return;
    const st = new LiveState({ page, scope, current, view, locale: settings.locale, panelOpen: settings.panelOpen }, session);
    state = st;
    session.onView((v) => st.setView(v));
    status = { recognised: true, kind: page.kind, scope, scopeGuessed: guessed, ...(st.current ? { indicator: st.current.indicator } : {}) };
    for (const f of features) {
      if (!f.include(page)) continue;
      try { f.init({ state: st, signal }); } catch (e) { console.error(`[SPBE Lens] feature ${f.id} failed`, e); }
    }
  };

  // The user's own change on the page: re-read it and send it at once; the
  // panel redraws when the background's view arrives.
  // One user action, one update: a radio or select fires both input and
  // change, so choices are handled on change and typing on input.
  const onPageEvent = (ev: Event) => {
    if (!state || ours(ev.target as Node)) return;
    const t = ev.target as HTMLInputElement;
    const typing = t.localName === 'textarea' || (t.localName === 'input' && !['radio', 'checkbox', 'file', 'button', 'submit'].includes(t.type));
    if ((ev.type === 'input') !== typing) return;
    performance.mark('spbe-lens:change');
    const page = refreshPage(state.page) ?? (() => { const rec = read(); return rec.ok ? rec.page : null; })();
    if (page) state.setPage(page, currentOf(page), typing ? 'input' : 'change');
  };
  document.addEventListener('change', onPageEvent, { capture: true, signal });
  document.addEventListener('input', onPageEvent, { capture: true, signal });

  // The portal's own scripts may fill the page late (portals.md B6: plan for a
  // single-page app): re-read on DOM changes that are not ours, once a frame.
  let queued = false;
  const observer = new MutationObserver((records) => {
    if (queued || records.every((r) => ours(r.target) || [...r.addedNodes, ...r.removedNodes].every((n) => ours(n)))) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (signal.aborted) return;
      if (!state) { if (!starting) void start(); return; }
      const rec = read();
      if (rec.ok) state.setPage(rec.page, currentOf(rec.page));
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['checked', 'value'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  const onMessage = (msg: unknown, _sender: unknown, reply: (r: TabStatus) => void) => {
    if ((msg as { type?: string })?.type !== STATUS_MESSAGE) return undefined;
    reply(status);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  // The language, changed on the options page, applies at once (last year's
  // result and other tabs' readings come through the background's views).
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'spbe-lens:settings' in changes) void loadSettings().then((s) => state?.setLocale(s.locale));
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), { once: true });

  void start();
  return { status: () => status, state: () => state };
}
