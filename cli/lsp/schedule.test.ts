import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LintSchedule } from './schedule.ts';

describe('LintSchedule', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('lints once, the wait after the last change', () => {
    const run = vi.fn();
    const s = new LintSchedule({ delayMs: 10, changesWaiting: () => false, run });
    s.changed('a');
    vi.advanceTimersByTime(8);
    s.changed('a');
    vi.advanceTimersByTime(8);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(run.mock.calls).toEqual([['a']]);
  });

  it('waits while changes already read are not applied, then lints the last text', () => {
    const run = vi.fn();
    let waiting = true;
    const s = new LintSchedule({ delayMs: 10, changesWaiting: () => waiting, run });
    s.changed('a');
    vi.advanceTimersByTime(50);
    expect(run).not.toHaveBeenCalled();
    waiting = false;
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('goes ahead after a second if a change never seems applied', () => {
    const run = vi.fn();
    const s = new LintSchedule({ delayMs: 10, changesWaiting: () => true, run });
    s.changed('a');
    vi.advanceTimersByTime(1100);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a document whose lint was slow waits as long as that lint took', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const run = vi.fn(() => { now += 300; });
    const s = new LintSchedule({ delayMs: 10, changesWaiting: () => false, run });
    s.changed('big');
    vi.advanceTimersByTime(10);
    expect(run).toHaveBeenCalledTimes(1);
    s.changed('big');
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('a closed document is not linted', () => {
    const run = vi.fn();
    const s = new LintSchedule({ delayMs: 10, changesWaiting: () => false, run });
    s.changed('a');
    s.forget('a');
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
  });
});
