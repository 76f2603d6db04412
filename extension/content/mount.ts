/**
 * Our own elements on the portal: a custom-named host with an open shadow
 * root holding the overlay's one stylesheet, so the portal's CSS never
 * reaches in and ours never leaks out. When the feature's signal aborts, its
 * Preact tree is unmounted and the host removed, so no feature repeats that
 * clean-up. (WXT's createShadowRootUi does the same and more; what it would
 * add against the content script's 60 kB budget is measured by
 * bench/bundle-size.mjs --breakdown, in bench/results.md.)
 * @module extension/content/mount
 */
import { render } from 'preact';
import overlayCss from '../ui/overlay.css?inline';

export interface Mounted {
  host: HTMLElement;
  root: HTMLElement;
}

export function mountHost(tag: string, place: (host: HTMLElement) => void, signal: AbortSignal, extraCss = ''): Mounted {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = overlayCss + extraCss;
  const root = document.createElement('div');
  shadow.append(style, root);
  place(host);
  signal.addEventListener('abort', () => { render(null, root); host.remove(); }, { once: true });
  return { host, root };
}
