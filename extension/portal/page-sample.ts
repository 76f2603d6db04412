/**
 * The content script's part of a page sample (docs/page-sample.md): the page
 * as rendered, its form's live state (typed text, checked radios, chosen
 * options) written into attributes so the sample shows what the user saw,
 * our own elements left out. Read only: it works on a copy. Cookies and
 * storage are never read. The popup sanitises what this returns
 * (extension/portal/make-sample.ts); nothing leaves the browser.
 * @module extension/portal/page-sample
 */
import { browser } from 'wxt/browser';

export const PAGE_SAMPLE_MESSAGE = 'spbe-lens:page-sample';

export interface RawPage { html: string; url: string }

/** The document as HTML with the live state of its fields, without spbe-lens-* elements. */
export function serialisePage(doc: Document): string {
  const copy = doc.documentElement.cloneNode(true) as Element;
  const fields = 'input, textarea, option';
  const live = doc.documentElement.querySelectorAll(fields);
  copy.querySelectorAll(fields).forEach((c, i) => {
    const f = live[i] as HTMLInputElement & HTMLOptionElement;
    if (c.localName === 'textarea') c.textContent = f.value;
    else if (c.localName === 'option') c.toggleAttribute('selected', f.selected);
    else if (/^(radio|checkbox)$/.test(f.type)) c.toggleAttribute('checked', f.checked);
    else if (!/^(file|password)$/.test(f.type)) c.setAttribute('value', f.value);
  });
  copy.querySelectorAll('*').forEach((el) => el.localName.startsWith('spbe-lens-') && el.remove());
  return `<!DOCTYPE html>\n${copy.outerHTML}`;
}

/** Answer the popup's request for the page until `signal` aborts. */
export function answerPageSample(signal: AbortSignal): void {
  const on = (msg: unknown, _sender: unknown, reply: (r: RawPage) => void) => {
    if ((msg as { type?: string } | null)?.type === PAGE_SAMPLE_MESSAGE) reply({ html: serialisePage(document), url: location.href });
    return undefined;
  };
  browser.runtime.onMessage.addListener(on);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(on), { once: true });
}
