// What a CLI subcommand may touch of the outside world, so tests can run it in-process too.
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal: colours and alignment for people. */
  colour: boolean;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /** "Now", injectable so dates in output are testable. */
  now(): Date;
}

/**
 * A subcommand: gets its own arguments (after the subcommand name), returns the exit code. The
 * read-only ones run synchronously (their reads are synchronous, see vault-files.ts).
 */
export type Subcommand = (args: string[], io: CliIO) => number | Promise<number>;

/** Thrown for usage errors (bad flags, missing arguments): main prints it with the usage and exits 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_BELOW_MIN_SCORE = 1;
export const EXIT_USAGE = 2;
