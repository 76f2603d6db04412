/**
 * When to lint a changed document: a short wait after its last change, never
 * while a change the server has already read is still waiting to be applied,
 * and never longer than it takes. A burst of edits (fast typing, undo, a
 * paste split into many changes) ends in one lint of the last text; a lone
 * edit is linted about `delayMs` after it arrives.
 *
 * vscode-jsonrpc applies queued messages one per event-loop turn, so a timer
 * could fire between two changes of a burst already read; `changesWaiting`
 * (changes read minus changes applied) tells the timer to wait for them.
 * @module cli/lsp/schedule
 */

export interface ScheduleOptions {
  /** The wait after the last change before linting. */
  delayMs: number;
  /** Changes already read from the client but not yet applied to the documents. */
  changesWaiting: () => boolean;
  /** Lint the document now (its current version). */
  run: (uri: string) => void;
}

/** A document whose last lint took longer than the base wait waits that long: a slow lint never runs back to back. */
const MAX_DELAY_MS = 2000;
/** How long changes may seem to wait before the lint goes ahead anyway (a message that was read but never applied). */
const MAX_POSTPONE_MS = 1000;

export class LintSchedule {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastDurationMs = new Map<string, number>();

  constructor(private readonly options: ScheduleOptions) {}

  /** A change arrived: lint after the wait, restarting the wait. */
  changed(uri: string): void {
    this.cancel(uri);
    const wait = Math.min(MAX_DELAY_MS, Math.max(this.options.delayMs, this.lastDurationMs.get(uri) ?? 0));
    this.arm(uri, wait, Date.now());
  }

  /** The document closed (or needs no lint): forget it. */
  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(uri);
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.lastDurationMs.delete(uri);
  }

  private arm(uri: string, wait: number, since: number): void {
    this.timers.set(uri, setTimeout(() => {
      if (this.options.changesWaiting() && Date.now() - since < MAX_POSTPONE_MS) {
        this.arm(uri, 1, since);
        return;
      }
      this.timers.delete(uri);
      const start = performance.now();
      this.options.run(uri);
      this.lastDurationMs.set(uri, performance.now() - start);
    }, wait));
  }
}
