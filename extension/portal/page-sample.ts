/**
 * A page sample's two halves (docs/page-sample.md). In the content script,
 * `answerPageSample` hands the popup the page as rendered: its HTML and the
 * live state of its form (typed text, checked radios, chosen options), one
 * entry per field in document order; passwords are never read, nor cookies
 * or storage. In the popup, `withLiveState` writes that state into the
 * HTML's attributes (so the sample shows what the user saw) and drops our
 * own elements; make-sample.ts then sanitises it. Nothing leaves the browser.
 * @module extension/portal/page-sample
 */
import { browser } from 'wxt/browser';

export const PAGE_SAMPLE_MESSAGE = 'spbe-lens:page-sample';
const FIELDS = 'input, textarea, option';

/** What the content script sends: the HTML, and per field (FIELDS, document order) its live value or checked/selected state. */
export interface RawPage { html: string; url: string; state?: (string | boolean)[] }

const choice = (f: HTMLInputElement) => f.localName === 'option' || /^(radio|checkbox)$/.test(f.type);

/** The live state of every field, in document order (read as properties, which works through Firefox's Xray wrappers). */
export const liveState = (doc: Document): (string | boolean)[] => Array.from(doc.querySelectorAll<HTMLInputElement>(FIELDS), (f) =>
  choice(f) ? (f as unknown as HTMLOptionElement).selected ?? f.checked : f.type === 'password' ? '' : f.value);

/** Answer the popup's request for the page until `signal` aborts. Read only. */
export function answerPageSample(signal: AbortSignal): void {
  const on = (msg: unknown, _sender: unknown, reply: (r: RawPage) => void) => {
    if ((msg as { type?: string } | null)?.type !== PAGE_SAMPLE_MESSAGE) return undefined;
    reply({ html: `<!DOCTYPE html>${document.documentElement.outerHTML}`, url: location.href, state: liveState(document) });
    return undefined;
  };
  browser.runtime.onMessage.addListener(on);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(on), { once: true });
}

/** The page's HTML with its live state in the attributes and without spbe-lens-* elements (popup side; `doc` is a parsed copy). */
export function withLiveState(doc: Document, state: readonly (string | boolean)[] = []): string {
  doc.querySelectorAll<HTMLInputElement>(FIELDS).forEach((f, i) => {
    const v = state[i];
    if (v === undefined) return;
    if (choice(f)) f.toggleAttribute(f.localName === 'option' ? 'selected' : 'checked', v === true);
    else if (f.localName === 'textarea') f.textContent = String(v);
    else if (f.type !== 'file') f.setAttribute('value', String(v));
  });
  doc.querySelectorAll('*').forEach((el) => el.localName.startsWith('spbe-lens-') && el.remove());
  return `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
}
