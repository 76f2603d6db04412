import { describe, expect, it } from 'vitest';
import rule from './unknown-indicator.ts';
import { lineOf, lintWith, pemdi, spbe, summary } from '../../../test/helpers/rules.ts';
import type { Assessment } from '../../types.ts';

describe('unknown-indicator', () => {
  const valid: [string, Assessment][] = [
    ['spbe 1 and 47', spbe({ '1': { level: 1 }, '47': { level: 1 } })],
    ['pemdi 20', pemdi({ '20': {} })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  it.each([
    ['spbe 48', spbe({ '48': { level: 1 } }), '48', 'spbe-2020'],
    ['pemdi 21', pemdi({ '21': {} }), '21', 'pemdi-2026'],
  ])('invalid: %s', (_, a, key, fw) => {
    const ds = lintWith(rule, a);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.message.en).toMatch(new RegExp(`^Indicator "${key}" does not exist in ${fw}`));
    expect(ds[0]!.severity).toBe('error');
    expect(ds[0]!.range.start.line).toBe(lineOf(a, `"${key}"`));
  });

  it('follows its severity setting', () => {
    expect(summary(lintWith(rule, spbe({ '0': {} }), 'off'))).toEqual([]);
    expect(lintWith(rule, spbe({ '0': {} }), 'warning')[0]?.severity).toBe('warning');
  });
});
