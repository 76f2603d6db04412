/**
 * DOM text helpers for the portal adapter: normalised visible text, elements
 * found by their text, label → value rows, file names (tables: ./table.ts).
 * Everything keys on what a user sees, never on class names or ids
 * (portals.md B6). Read only.
 * @module extension/portal/text
 */
import { isDocumentFileName } from '../../core/page-sample/file-names.ts';

/** Collapse whitespace (incl. no-break spaces) and trim. */
export function norm(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Comparison key: normalised, lower case, without a trailing colon. */
export function key(s: string | null | undefined): string {
  return norm(s).toLowerCase().replace(/\s*:$/, '');
}

/** Elements whose text is not page text (code, form values) or not rendered. */
export const SKIP = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'select', 'option', 'input']);
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'code', 'em', 'i', 'label', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);

function collect(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.push((child as Text).data);
    else if (child.nodeType === 1) {
      const name = (child as Element).localName;
      if (SKIP.has(name)) continue;
      const block = !INLINE.has(name);
      if (block) out.push(' ');
      collect(child, out);
      if (block) out.push(' ');
    }
  }
}

/** The element's rendered text, normalised (form values and scripts left out). */
export function visibleText(node: Node | null | undefined): string {
  if (!node) return '';
  const out: string[] = [];
  collect(node, out);
  return norm(out.join(''));
}

/**
 * The deepest elements whose visible text matches `re` (an element is dropped
 * when a descendant matches too). `maxLen` bounds the raw text checked.
 */
export function findByText(root: ParentNode, re: RegExp, maxLen = 200): Element[] {
  const hits: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (SKIP.has(el.localName) || (el.textContent ?? '').length > maxLen * 4) continue;
    const t = visibleText(el);
    if (t.length <= maxLen && re.test(t)) hits.push(el);
  }
  return hits.filter((el) => !hits.some((o) => o !== el && el.contains(o)));
}

/**
 * The current value of a form field (read, never set). Read as a property of
 * the element, which works through Firefox's Xray wrappers in a content
 * script, unlike iterating `new FormData(form)`.
 */
export function fieldValue(el: Element): string {
  return (el as HTMLInputElement | HTMLTextAreaElement).value ?? '';
}

const LABEL_SEP = /^[:\s]*$/;

/**
 * The text shown next to a label: `<th>Label</th><td>:</td><td>value</td>`,
 * `<dt>Label</dt><dd>value</dd>`, `<b>Label:</b> value`, with wrapper elements
 * around the label tolerated (three levels, never out of a table row).
 */
export function labelText(root: ParentNode, label: string): string | null {
  const k = key(label);
  const re = new RegExp(`^${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:?$`, 'i');
  for (const el of findByText(root, re, 60)) {
    let at: Element | null = el;
    for (let up = 0; at && up < 4; up++) {
      for (let sib = at.nextSibling; sib; sib = sib.nextSibling) {
        const t = sib.nodeType === 1 ? visibleText(sib) : sib.nodeType === 3 ? norm((sib as Text).data) : '';
        if (!LABEL_SEP.test(t)) return t.replace(/^:\s*/, '');
      }
      if (at.localName === 'td' || at.localName === 'th') break;
      at = at.parentElement;
    }
  }
  return null;
}

/** A file name with an extension evidence comes in (one rule for the adapter and the page sanitizer). */
export const isFileName = isDocumentFileName;

/** The first text node under `el` that reads as a file name. */
export function fileNameIn(el: Element | null): string | null {
  if (!el) return null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = norm((n as Text).data);
    if (n.parentElement && SKIP.has(n.parentElement.localName)) continue;
    if (isFileName(t)) return t;
  }
  return null;
}
