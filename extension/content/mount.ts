/**
 * Our own elements on the portal: a custom-named host with an open shadow root
 * holding its styles, so the portal's CSS never reaches in and ours never leaks
 * out. When the feature's signal aborts, its Preact tree is unmounted and the
 * host removed, so no feature repeats that clean-up.
 * @module extension/content/mount
 */
import { render } from 'preact';

export interface Mounted {
  host: HTMLElement;
  root: HTMLElement;
}

export function mountHost(tag: string, css: string, place: (host: HTMLElement) => void, signal: AbortSignal): Mounted {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const root = document.createElement('div');
  shadow.append(style, root);
  place(host);
  signal.addEventListener('abort', () => { render(null, root); host.remove(); }, { once: true });
  return { host, root };
}
