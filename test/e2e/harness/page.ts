// What the tests need from a tab, the same for Playwright (Chromium) and
// puppeteer BiDi (Firefox), so each smoke test is written once and run in both.
// The in-page functions below are serialised into the page's main world: they
// must be self-contained (no imports, no closures).

export interface E2EPage {
  /** Runs `fn(arg)` in the page's main world (not the content script's world). */
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** Resolves once <spbe-lens-panel> is in the DOM; rejects after `timeoutMs`. */
  waitForPanel(timeoutMs?: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** location.href as the page sees it (puppeteer's page.url() misses moz-extension:// navigations) */
  url(): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchedBrowser {
  name: 'chromium' | 'firefox';
  /** Opens `url` (a real portal URL) in a new tab and waits for the load event. */
  openPortal(url: string): Promise<E2EPage>;
  /** Opens an extension page such as `popup.html` (chrome-extension:// or moz-extension://). */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** The id in extension URLs: Chromium's extension id, Firefox's internal UUID. */
  extensionHost: string;
  close(): Promise<void>;
}

export interface PanelSnapshot {
  count: number;
  attrs: Record<string, string>;
  shadowMode: string | null;
  shadowText: string | null;
  shadowHtml: string | null;
  indicators: { indicator: string | null; value: string | null; gain: string | null }[];
}

/** In-page: the host element contract of the content script (null when the extension did not inject). */
export function readPanel(): PanelSnapshot | null {
  const hosts = document.querySelectorAll('spbe-lens-panel');
  const host = hosts[0];
  if (!host) return null;
  const attrs: Record<string, string> = {};
  for (const a of Array.from(host.attributes)) attrs[a.name] = a.value;
  const root = host.shadowRoot;
  return {
    count: hosts.length,
    attrs,
    shadowMode: root ? root.mode : null,
    // Text without the <style> blocks, i.e. what the user reads.
    shadowText: root ? Array.from(root.childNodes).filter((n) => n.nodeName !== 'STYLE').map((n) => n.textContent).join('') : null,
    shadowHtml: root ? root.innerHTML : null,
    indicators: Array.from(document.querySelectorAll('spbe-lens-indicator')).map((el) => ({
      indicator: el.getAttribute('data-indicator'), value: el.getAttribute('data-value'), gain: el.getAttribute('data-gain'),
    })),
  };
}

export interface FieldState { key: string; state: string }

/**
 * In-page: the state of every form control, live and as written in `html` (the
 * served source), side by side. Equal lists mean the extension changed no
 * radio, checkbox, textarea, select or input value. Reading the source, not
 * defaultValue/defaultChecked, also catches a script that rewrote the attributes.
 * Controls inside the extension's own hosts (spbe-lens-*) don't count; a
 * control the extension added anywhere else does, since a portal form would
 * submit it.
 */
export function formState(html: string): { live: FieldState[]; source: FieldState[] } {
  const ours = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (p.localName.startsWith('spbe-lens-')) return true;
    return false;
  };
  const collect = (doc: Document, live: boolean): FieldState[] =>
    Array.from(doc.querySelectorAll('input, textarea, select')).filter((el) => !ours(el)).map((el, i) => {
      const key = `${i}:${el.tagName.toLowerCase()}:${el.getAttribute('type') ?? ''}:${el.getAttribute('name') ?? ''}:${el.getAttribute('value') ?? ''}`;
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox'))
        return { key, state: String(live ? el.checked : el.hasAttribute('checked')) };
      if (el instanceof HTMLSelectElement)
        return { key, state: live ? el.value : (el.querySelector('option[selected]') ?? el.querySelector('option'))?.getAttribute('value') ?? '' };
      if (el instanceof HTMLTextAreaElement) return { key, state: live ? el.value : el.textContent ?? '' };
      if (el instanceof HTMLInputElement && el.type === 'file') return { key, state: live ? String(el.files?.length ?? 0) : '0' };
      return { key, state: live ? (el as HTMLInputElement).value : el.getAttribute('value') ?? '' };
    });
  return { live: collect(document, true), source: collect(new DOMParser().parseFromString(html, 'text/html'), false) };
}
