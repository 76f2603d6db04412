/**
 * One overlay feature per file (refined-github style): an include predicate
 * over the recognised page and an init that registers everything with the
 * signal, so navigation or an extension update removes it cleanly.
 * @module extension/features/feature
 */
import type { EvalIndicatorPage, PortalPage, TauvalIndicatorPage } from '../portal/types.ts';
import type { LiveState } from '../content/live-state.ts';

export interface FeatureContext {
  state: LiveState;
  signal: AbortSignal;
}

export interface Feature {
  id: string;
  include: (page: PortalPage) => boolean;
  init: (ctx: FeatureContext) => void;
}

export const isIndicatorPage = (p: PortalPage): p is TauvalIndicatorPage | EvalIndicatorPage => p.kind === 'tauval-indicator' || p.kind === 'eval-indicator';
export const isListPage = (p: PortalPage) => p.kind === 'tauval-indicator-list' || p.kind === 'eval-indicator-list';
