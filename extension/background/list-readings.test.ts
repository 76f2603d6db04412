// The indicator list's levels as saved readings: a level that changed
// replaces the stored one, keeping the files and, only for the same level,
// the explanation; nothing is made for an indicator neither known nor filled.
import { describe, expect, it } from 'vitest';
import { listReadings } from './list-readings.ts';

describe('list readings', () => {
  const stored = {
    1: { level: 3, explanation: 'FAKTA: …', evidence: [{ file: '1.a.Perwal.pdf' }] },
    2: { level: 2, explanation: 'FAKTA: …' },
    4: { level: 1 },
  };
  it.each([
    ['the same level: nothing to write', { indicator: 1, level: 3 }, null],
    ['another level: the level, the files, no explanation', { indicator: 1, level: 4 }, { level: 4, evidence: [{ file: '1.a.Perwal.pdf' }] }],
    ['"Belum diisi" where a level was stored: no level any more', { indicator: 2, level: null }, {}],
    ['an indicator not yet known, filled', { indicator: 3, level: 2 }, { level: 2 }],
    ['an indicator neither known nor filled: nothing', { indicator: 5, level: null }, null],
  ])('%s', (_what, row, entry) => {
    const out = listReadings([row], stored, 99);
    expect(out).toEqual(entry === null ? [] : [{ indicator: row.indicator, entry, at: 99, source: 'list' }]);
  });
});
