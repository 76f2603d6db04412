/**
 * What a command may touch of the outside world. Commands receive it instead
 * of reaching for process and fs, so tests can run them in-process too.
 * @module cli/io
 */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** True when stdout is a terminal (colours allowed). */
  color: boolean;
}

/** A usage or input problem: printed as a message with exit code 2, never as a stack trace. */
export class UsageError extends Error {}
