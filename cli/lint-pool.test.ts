// How many worker threads a run plans.
import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { plannedWorkers } from './lint-pool.ts';

describe('plannedWorkers', () => {
  it('honours a requested count, up to one thread per file', () => {
    expect(plannedWorkers(100, 3)).toBe(3);
    expect(plannedWorkers(2, 8)).toBe(2);
  });
  it('auto: inline for small runs, and never more workers than cores less one', () => {
    expect(plannedWorkers(650, 'auto')).toBe(1);
    for (const files of [1, 999, 5000, 100_000]) {
      const n = plannedWorkers(files, 'auto');
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(Math.max(1, availableParallelism() - 1));
    }
  });
});
