/**
 * Remember the indicator on the page in extension storage, so the panel can
 * show the whole assessment although the portal shows one indicator per page.
 * A discrete change (a Capaian radio, a select) is written at once, so closing
 * the tab right after it loses nothing; typing is coalesced and flushed when
 * the page hides.
 * @module extension/features/remember-indicator
 */
import { isIndicatorPage, type Feature } from './feature.ts';

const DELAY_MS = 400;

export const rememberIndicator: Feature = {
  id: 'remember-indicator',
  include: isIndicatorPage,
  init({ state, signal }) {
    let last = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      const cur = state.current;
      if (!cur) return;
      const json = JSON.stringify(cur.entry);
      if (json === last) return;
      last = json;
      state.save(cur.indicator, cur.entry, Date.now());
    };
    state.subscribePage((st) => {
      clearTimeout(timer);
      if (st.lastEvent === 'change') flush();
      else timer = setTimeout(flush, DELAY_MS);
    }, signal);
    addEventListener('pagehide', flush, { signal });
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); }, { signal });
    signal.addEventListener('abort', flush, { once: true });
  },
};
