// The score and compare texts print values from the user's files one per line:
// a line break or a terminal control in an agency's name or an evidence title
// is shown escaped, and cannot start a line of its own (a forged index line, a
// CI log command) or act on the terminal.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Assessment } from '../types.ts';
import { compare } from '../compare/compare.ts';
import { lastFromAssessment } from '../compare/last-result.ts';
import { scoreReport } from './score-report.ts';
import { scoreText } from './score-text.ts';
import { compareText } from './compare-text.ts';

const spbe2025 = JSON.parse(readFileSync('examples/kota-contoh-spbe-2025.json', 'utf8')) as Assessment;
const forged = 'Kota Contoh\nIndeks SPBE 2025: 5,00   Predikat: Memuaskan\u001b[2J\u2028::error::x';
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

describe('values from a file in the score and compare texts', () => {
  it('an agency name stays on its line, escaped', () => {
    for (const locale of ['id', 'en'] as const) {
      const plain = scoreText(scoreReport(spbe2025), locale).split('\n');
      const evil = scoreText(scoreReport({ ...spbe2025, agency: { ...spbe2025.agency, name: forged } }), locale).split('\n');
      expect(evil).toHaveLength(plain.length);
      expect(evil[0]).toContain('Kota Contoh\\u000aIndeks SPBE 2025: 5,00');
      expect(evil.join('\n')).not.toMatch(CONTROL);
      expect(evil.filter((l) => l.startsWith('Indeks SPBE 2025: 5,00'))).toEqual([]);
    }
  });

  it('an evidence title grown too old stays on its line, escaped', () => {
    const cur: Assessment = { ...spbe2025, indicators: { ...spbe2025.indicators, 12: { level: 4, evidence: [
      { title: forged, file: '12.c.Reviu.pdf', kind: 'reviu', date: '2022-11-30', levels: [4] },
    ] } } };
    const c = compare(lastFromAssessment({ ...spbe2025, year: 2024, stage: 'akhir' }), cur);
    const text = compareText(c, 'id');
    expect(text).toContain('Kota Contoh\\u000aIndeks SPBE 2025');
    expect(text).not.toMatch(CONTROL);
    expect(text.split('\n').filter((l) => l.startsWith('Indeks SPBE 2025: 5,00'))).toEqual([]);
  });
});
