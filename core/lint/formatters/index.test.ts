import { describe, expect, it } from 'vitest';
import { formatters } from './index.ts';
import { ctxOf, sample } from './test-data.ts';

describe('formatters', () => {
  it('offers the five formats by name', () => {
    expect(Object.keys(formatters).sort()).toEqual(['compact', 'github', 'json', 'sarif', 'stylish']);
  });

  it.each(Object.entries(formatters))('%s is pure: same input, same output, input untouched', (_, format) => {
    const before = JSON.stringify(sample);
    const a = format(sample, ctxOf('id'));
    expect(format(sample, ctxOf('id'))).toBe(a);
    expect(JSON.stringify(sample)).toBe(before);
    expect(a.endsWith('\n')).toBe(true);
  });
});
