/**
 * The live assessment of a portal tab: the remembered indicators with the
 * page's reading on top (the page is the truth for the indicator it shows).
 * Both sides of the port build it alike: the background for its view, the
 * content script to redraw the index in the task of the user's change.
 * @module extension/live/merge
 */
import type { Assessment, IndicatorEntry } from '../../core/types.ts';
import { toAssessment } from '../store/to-assessment.ts';
import type { Scope } from '../store/scope.ts';
import type { Current } from './protocol.ts';

export function liveAssessment(scope: Scope, remembered: Record<string, IndicatorEntry>, current: Current): Assessment {
  const entries = { ...remembered };
  if (current) entries[String(current.indicator)] = current.entry;
  // Assessor results on the page (Pemdi item statuses) mean the document stage has begun.
  const assessed = Object.values(entries).some((e) => e.evidence?.some((ev) => ev.status));
  return toAssessment({ scope, entries }, assessed ? 'dokumen' : 'mandiri');
}
