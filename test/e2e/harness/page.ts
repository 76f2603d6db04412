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
  /**
   * The user checks a radio or checkbox (the first match of a light-DOM CSS
   * selector) with a real, trusted mouse click; rejects unless it ends up
   * checked, so a click that landed on something covering it fails loudly.
   */
  check(selector: string): Promise<void>;
  /** The user clicks the button whose text is exactly `text` inside the open shadow root of the first `host` element. */
  clickShadowButton(host: string, text: string): Promise<void>;
  /** The user picks `value` in the <select> matching `selector` (input and change events follow). */
  select(selector: string, value: string): Promise<void>;
  /** The user picks these files (paths on disk) in the file input matching `selector` (input and change events follow). */
  setInputFiles(selector: string, files: string[]): Promise<void>;
  /**
   * Polls `fn(arg)` in the main world every 100 ms (not per animation frame:
   * background tabs get none) until it returns true; rejects after `timeoutMs`.
   */
  waitFor<A>(fn: (arg: A) => boolean, arg: A, timeoutMs?: number): Promise<void>;
  /**
   * Clicks that shadow-root button and waits for the download it starts.
   * Resolves to the saved file (inside LaunchedBrowser.downloadDir).
   */
  download(host: string, text: string, timeoutMs?: number): Promise<string>;
  /** Clicks the first light-DOM match of `selector` (an <a download>, say) and waits for the download it starts; resolves to the saved file. */
  downloadFrom(selector: string, timeoutMs?: number): Promise<string>;
  /** Every dialog (alert, confirm, prompt, beforeunload) the page opened, as `type: message`; each is dismissed at once. */
  readonly dialogs: string[];
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  /** Reloads and waits for the load event (extension pages included). */
  reload(): Promise<void>;
  /** Resizes the viewport (the page reflows; our UI follows). */
  setViewport(width: number, height: number): Promise<void>;
  /** Clicks the light-DOM element matching `selector` (an extension page's button) and waits for the download it starts. */
  downloadFrom(selector: string, timeoutMs?: number): Promise<string>;
}

export interface LaunchedBrowser {
  name: 'chromium' | 'firefox';
  /** Opens `url` (a real portal URL) in a new tab and waits for the load event. */
  openPortal(url: string): Promise<E2EPage>;
  /** Opens an extension page such as `popup.html` (chrome-extension:// or moz-extension://). */
  openExtensionPage(path: string): Promise<E2EPage>;
  /**
   * Opens an extension page in a new tab while `tab` stays the active tab of
   * the window, so `tabs.query({ active: true, currentWindow: true })` there
   * answers `tab`, as it does for the toolbar popup over a portal tab.
   */
  openExtensionPageOver(tab: E2EPage, path: string): Promise<E2EPage>;
  /** The id in extension URLs: Chromium's extension id, Firefox's internal UUID. */
  extensionHost: string;
  /** Chromium only: stop the extension's service worker, as Chrome does after 30 s idle. */
  stopBackground?(): Promise<void>;
  /** Where downloads land (inside the temporary profile, removed by close()). */
  downloadDir: string;
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

export interface OverlaySnapshot {
  /** attributes of <spbe-lens-panel>, null when absent */
  panel: Record<string, string> | null;
  /** attributes of the first <spbe-lens-indicator> (the chip), null when absent */
  chip: Record<string, string> | null;
  /** <spbe-lens-checks>: data-count, the data-rule of each item in order, the text without styles */
  checks: { count: string | null; rules: string[]; text: string } | null;
}

/** In-page: the overlay's three hosts as the tests read them (attributes and shadow content). */
export function readOverlay(): OverlaySnapshot {
  const attrs = (el: Element | null) => {
    if (!el) return null;
    const out: Record<string, string> = {};
    for (const a of Array.from(el.attributes)) out[a.name] = a.value;
    return out;
  };
  const checks = document.querySelector('spbe-lens-checks');
  const root = checks?.shadowRoot ?? null;
  return {
    panel: attrs(document.querySelector('spbe-lens-panel')),
    chip: attrs(document.querySelector('spbe-lens-indicator')),
    checks: checks ? {
      count: checks.getAttribute('data-count'),
      rules: root ? Array.from(root.querySelectorAll('li[data-rule]')).map((li) => li.getAttribute('data-rule') ?? '') : [],
      text: root ? Array.from(root.childNodes).filter((n) => n.nodeName !== 'STYLE').map((n) => n.textContent).join('') : '',
    } : null,
  };
}

/** In-page: the value of the checked radio (Tauval's Capaian), or null. */
export function checkedLevel(): number | null {
  const r = document.querySelector<HTMLInputElement>('input[type=radio]:checked');
  return r ? Number(r.value) : null;
}

export interface EvalRow { level: number; code: string; file: string | null; note: string; status: string; assessorNote: string }

/**
 * In-page: the evidence rows of a Pemdi indicator page as the user sees them,
 * by the visible-text contract of test/fixtures/portal/README.md: a
 * "Tingkat k (name)" heading, then item rows whose cells are
 * No | Kode | Butir | Dokumen | Catatan | Status | Catatan Asesor.
 */
export function evalRows(): EvalRow[] {
  const rows: EvalRow[] = [];
  let level = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    const heading = /^Tingkat (\d) \(/.exec(el.textContent?.trim() ?? '');
    if (el.localName === 'button' && heading) level = Number(heading[1]);
    if (el.localName !== 'tr' || !level) continue;
    const cells = Array.from(el.children).filter((c) => c.localName === 'td');
    if (cells.length !== 7) continue;
    const file = cells[3]!.querySelector('.file-name')?.textContent?.trim() ?? null;
    rows.push({
      level, code: cells[1]!.textContent!.trim(), file,
      note: cells[4]!.querySelector('textarea')?.value.trim() ?? '',
      status: cells[5]!.textContent!.trim(), assessorNote: cells[6]!.textContent!.trim(),
    });
  }
  return rows;
}

/** In-page: what a hostile file name could have left behind in our shadow roots and in the page. */
export function hostileTrace(): { imgs: number; handlers: number; xss: string; texts: string[] } {
  const roots = Array.from(document.querySelectorAll('*'))
    .filter((el) => el.localName.startsWith('spbe-lens-') && el.shadowRoot)
    .map((el) => el.shadowRoot!);
  const inside = roots.flatMap((r) => Array.from(r.querySelectorAll('*')));
  return {
    imgs: inside.filter((el) => el.localName === 'img').length,
    handlers: inside.filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on'))).length,
    xss: typeof (window as unknown as { __xss?: unknown }).__xss,
    texts: roots.map((r) => Array.from(r.childNodes).filter((n) => n.nodeName !== 'STYLE').map((n) => n.textContent).join('')),
  };
}

/**
 * In-page: scroll so that the centre of the first `selector` match is not
 * covered by anything (a fixed navbar, the overlay panel), trying every
 * viewport height from the top down, as a user scrolls until the control shows.
 * Returns that point in viewport coordinates, or null when it is covered everywhere.
 */
export function uncover(selector: string): { x: number; y: number } | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  for (let y = 0; y < innerHeight; y += 8) {
    const r0 = el.getBoundingClientRect();
    window.scrollBy(0, r0.top - y);
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    if (cy < 0 || cy > innerHeight) continue;
    const top = document.elementFromPoint(x, cy);
    if (top === el || (top && el.contains(top))) return { x, y: cy };
  }
  return null;
}

export interface ControlCoverage {
  /** Portal controls whose centre is inside the viewport. */
  visible: number;
  /** Of those, how many the browser hits at their centre (the control or something inside it). */
  self: number;
  /** Controls whose centre hit differs from what the page alone puts there, or is any of ours: must stay empty. */
  covered: string[];
}

/**
 * In-page: for every visible portal control (inputs, selects, textareas,
 * buttons, links, other focusables), what the browser hits at its centre
 * (elementFromPoint), once as the page is and once with every spbe-lens-*
 * host made invisible (visibility: hidden keeps its room, so the portal's
 * layout is the same). Our UI covers nothing when both agree everywhere and
 * no hit is ours; where the portal's own elements overlap a control (a sticky
 * navbar at some scroll positions) both runs see the portal's element.
 * Self-contained: serialised into the page.
 */
export function controlCoverage(): ControlCoverage {
  const ours = (el: Element | null): boolean => {
    for (let x: Node | null = el; x; x = (x as Element).parentElement ?? ((x.getRootNode() as ShadowRoot).host ?? null)) {
      if (x.nodeType === 1 && (x as Element).localName.startsWith('spbe-lens-')) return true;
      if (x === document.documentElement) break;
    }
    return false;
  };
  const controls = Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href], [role=button], [tabindex]:not([tabindex="-1"])'))
    .filter((el) => !ours(el))
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ el, r }) => {
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const cs = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none' && cx >= 0 && cx < innerWidth && cy >= 0 && cy < innerHeight;
    });
  const hits = () => controls.map(({ r }) => document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  const withUs = hits();
  const hosts = Array.from(document.querySelectorAll('*')).filter((e) => e.localName.startsWith('spbe-lens-')) as HTMLElement[];
  const before = hosts.map((h) => h.style.visibility);
  hosts.forEach((h) => { h.style.visibility = 'hidden'; });
  const alone = hits();
  hosts.forEach((h, i) => { h.style.visibility = before[i]!; });
  const describe = (e: Element | null) => (e ? `${e.localName}${e.id ? `#${e.id}` : ''}${e.getAttribute('name') ? `[name=${e.getAttribute('name')}]` : ''}` : 'nothing');
  const covered: string[] = [];
  let self = 0;
  controls.forEach(({ el }, i) => {
    const hit = withUs[i]!;
    if (hit === el || (hit && el.contains(hit))) self++;
    if (hit !== alone[i] || ours(hit)) covered.push(`${describe(el)} at its centre: ${describe(hit)} (without our UI: ${describe(alone[i]!)})`);
  });
  return { visible: controls.length, self, covered };
}
