/**
 * The docked strip's room on the right of the page. No portal control may
 * ever be covered by our UI (issue 15), so the panel never floats over the
 * portal: the page is laid out narrower by exactly the strip's width (a
 * margin on the root element, from our own <style>), and the strip sits in
 * that margin. Its stacking level is the lowest a positioned element has, so
 * whatever the portal positions over it (a fixed navbar, a dropdown, a
 * modal) stays on top and usable; the strip then starts below and ends above
 * such bars, found by asking the browser what lies over the strip's column.
 * Nothing of the portal is changed but the root element's right margin,
 * which our style sets and removes.
 * @module extension/content/dock
 */

export interface Dock {
  /** Reserve `width` px on the right (0: none) and place `host` in it. */
  set(width: number): void;
}

export function createDock(host: HTMLElement, signal: AbortSignal): Dock {
  const style = document.createElement('style');
  style.setAttribute('data-spbe-lens', 'dock');
  (document.head ?? document.documentElement).append(style);
  let width = 0;
  let frame = 0;

  // Where the strip's column is ours: from the top down and the bottom up, the first point the browser gives to our host.
  const fit = () => {
    frame = 0;
    if (!width || !host.isConnected) return;
    host.style.top = '0px';
    host.style.bottom = '0px';
    const x = innerWidth - width / 2;
    const ours = (y: number) => { const e = document.elementFromPoint(x, y); return e === host || host.contains(e); };
    const limit = Math.min(240, innerHeight / 3);
    let top = 0;
    while (top < limit && !ours(top + 1)) top += 4;
    let bottom = 0;
    while (bottom < limit && !ours(innerHeight - bottom - 2)) bottom += 4;
    host.style.top = `${top < limit ? top : 0}px`;
    host.style.bottom = `${bottom < limit ? bottom : 0}px`;
  };
  const refit = () => { if (!frame) frame = requestAnimationFrame(fit); };
  addEventListener('resize', refit, { signal, passive: true });
  addEventListener('scroll', refit, { signal, passive: true });
  signal.addEventListener('abort', () => { cancelAnimationFrame(frame); style.remove(); }, { once: true });

  return {
    set(w) {
      width = w;
      style.textContent = w ? `html{margin-right:${w}px!important}` : '';
      host.style.width = `${w}px`;
      refit();
    },
  };
}
