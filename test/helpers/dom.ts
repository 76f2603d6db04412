/**
 * Test helpers for the extension pages (happy-dom): mount a component, wait
 * for async effects, and act like a user on selects, inputs and buttons.
 * @module test/helpers/dom
 */
import { render, type ComponentChild } from 'preact';
import { vi } from 'vitest';

const mounted: HTMLElement[] = [];

export function mount(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  mounted.push(root);
  return root;
}

export function unmountAll(): void {
  for (const root of mounted.splice(0)) { render(null, root); root.remove(); }
}

export const tick = () => new Promise((r) => setTimeout(r, 0));

/** Waits until `check` returns a truthy value (effects, storage and re-renders are async). */
export async function until<T>(check: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = check();
    if (v) return v;
    await tick();
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Preact renders state changes in a microtask; the user acts again only after that. */
export async function pick(el: Element | null, value: string): Promise<void> {
  if (!el) throw new Error('no element to pick from');
  (el as HTMLSelectElement).value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await tick();
}

export async function type(el: Element | null, value: string): Promise<void> {
  if (!el) throw new Error('no element to type into');
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await tick();
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('no element to click');
  (el as HTMLElement).click();
  await tick();
}

/** The button whose text is exactly `text`, within `root`. */
export function button(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
}

/** Captures downloadJson's files (name and parsed JSON) instead of downloading. */
export function captureDownloads(): { name: string; json: () => Promise<unknown> }[] {
  const files: { name: string; json: () => Promise<unknown> }[] = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { last = b as Blob; return 'blob:test'; });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = last!;
    files.push({ name: this.download, json: async () => JSON.parse(await blob.text()) });
  });
  return files;
}
