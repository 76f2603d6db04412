/**
 * Tauval's Daftar Indikator shows the Capaian of every indicator: one visit
 * files all of them as what the portal holds (extension/background/
 * list-readings.ts keeps what the list does not show), so the panel there
 * gives the whole index rather than "1 dari 47". Read again when the portal
 * redraws the list (DataTables paging, sorting).
 * @module extension/features/read-list
 */
import type { Feature } from './feature.ts';

export const readList: Feature = {
  id: 'read-list',
  include: (p) => p.kind === 'tauval-indicator-list',
  init({ state, signal }) {
    let sent = '';
    state.subscribe((st) => {
      if (st.page.kind !== 'tauval-indicator-list' || signal.aborted) return;
      const rows = st.page.rows;
      const key = JSON.stringify(rows);
      if (key === sent || rows.length === 0) return;
      sent = key;
      st.saveList(rows);
    }, signal);
  },
};
