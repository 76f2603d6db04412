/**
 * Every overlay feature, in mounting order. A feature never imports another.
 * @module extension/features
 */
import type { Feature } from './feature.ts';
import { runningPanel } from './running-panel.tsx';
import { indicatorPreview } from './indicator-preview.tsx';
import { evidenceChecks } from './evidence-checks.tsx';
import { readList } from './read-list.ts';
import { uploadCheck } from './upload-check.ts';

export const features: readonly Feature[] = [indicatorPreview, evidenceChecks, readList, runningPanel, uploadCheck];
