// How many worker threads a run plans.
import { describe, expect, it } from 'vitest';
import { plannedWorkers } from './lint-pool.ts';

describe('plannedWorkers', () => {
  it('honours a requested count, up to one thread per file and one per core, and says when it lowered it', () => {
    expect(plannedWorkers(100, 3, 4)).toEqual({ workers: 3 });
    expect(plannedWorkers(2, 8, 16)).toEqual({ workers: 2 });
    expect(plannedWorkers(1000, 200, 2)).toEqual({ workers: 2, cappedFrom: 200 });
  });
  it('auto with the evidence opened: every core from 50 files per worker', () => {
    expect(plannedWorkers(650, 'auto', 2, true).workers).toBe(2);
    expect(plannedWorkers(60, 'auto', 8, true).workers).toBe(1);
    expect(plannedWorkers(650, 'auto', 64, true).workers).toBe(8);
  });
  it('auto: inline for small runs, and never more workers than cores less one', () => {
    expect(plannedWorkers(650, 'auto', 2).workers).toBe(1);
    for (const files of [1, 999, 5000, 100_000]) {
      for (const cores of [1, 2, 8, 64]) {
        const n = plannedWorkers(files, 'auto', cores).workers;
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(Math.max(1, cores - 1));
      }
    }
  });
});
