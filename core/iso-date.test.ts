// The schema's date format checks exactly what ajv-formats' `date` does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { date } from './iso-date.ts';

const ajvDate = fullFormats.date as { validate: (s: string) => boolean };

describe('date format', () => {
  it('agrees with ajv-formats on every month and day number of leap, common and century years', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    for (const y of ['0000', '1900', '2000', '2023', '2024', '2100', '2400', '9999']) {
      for (let m = 0; m < 100; m++) {
        for (let d = 0; d < 100; d++) {
          const s = `${y}-${two(m)}-${two(d)}`;
          if (date(s) !== ajvDate.validate(s)) expect.fail(s);
        }
      }
    }
  });
  it('agrees with ajv-formats on strings near the shape', () => {
    const char = fc.constantFrom('0', '1', '2', '9', '-', ' ', 'x', '٣', '\n', '/');
    fc.assert(fc.property(fc.array(char, { minLength: 8, maxLength: 12 }).map((cs) => cs.join('')), (s) => {
      expect(date(s)).toBe(ajvDate.validate(s));
    }), { numRuns: 20000 });
    for (const s of ['2025-01-31', '2025-02-29', '2024-02-29', '2025-1-01', '2025-01-01\n', ' 2025-01-01', '2025-01-01T00:00:00Z', '']) {
      expect(date(s)).toBe(ajvDate.validate(s));
    }
  });
});
