// Timing: a warm-up, then several samples; a fast function is called in a batch per sample so the
// clock's resolution and the loop's overhead don't dominate. The median is what gets reported.
import { performance } from "node:perf_hooks";

export interface TimingOptions {
  /** Samples after the warm-up. */
  samples: number;
  /** Each sample runs the function for at least this long (batched). */
  minSampleMs: number;
  /** Untimed calls first, so the JIT has compiled the code being measured. */
  warmup: number;
  /**
   * Stop taking samples once a case has used this much time (at least one sample is kept): slow
   * code shows up as a slow figure without pushing the whole run past its few minutes.
   */
  budgetMs: number;
}

export interface Timing {
  /** Median milliseconds per call. */
  median: number;
  min: number;
  max: number;
  /** Calls per sample. */
  batch: number;
  samples: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Times `run`. `setup` (untimed) runs before every call and hands `run` its argument, for cases
 * that consume their input (an update that must alternate between two versions of a note).
 */
export function time<T>(options: TimingOptions, setup: () => T, run: (input: T) => unknown): Timing {
  const caseStarted = performance.now();
  const overBudget = (): boolean => performance.now() - caseStarted > options.budgetMs;
  let sink: unknown;
  for (let index = 0; index < options.warmup && !overBudget(); index++) sink = run(setup());
  // Calibrate the batch: double it until one batch takes minSampleMs.
  let batch = 1;
  for (;;) {
    const inputs = Array.from({ length: batch }, setup);
    const started = performance.now();
    for (const input of inputs) sink = run(input);
    const elapsed = performance.now() - started;
    if (elapsed >= options.minSampleMs || batch >= 1 << 20 || overBudget()) break;
    batch *= elapsed <= 0 ? 16 : Math.min(16, Math.max(2, Math.ceil(options.minSampleMs / elapsed)));
  }
  const perCall: number[] = [];
  for (let sample = 0; sample < options.samples && (sample === 0 || !overBudget()); sample++) {
    const inputs = Array.from({ length: batch }, setup);
    collectGarbage?.();
    const started = performance.now();
    for (const input of inputs) sink = run(input);
    perCall.push((performance.now() - started) / batch);
  }
  if (sink === Symbol.for("never")) console.log(sink);
  return { median: median(perCall), min: Math.min(...perCall), max: Math.max(...perCall), batch, samples: perCall.length };
}

/** Times an asynchronous job end to end (a child process), once per sample after `warmup` runs. */
export async function timeAsync(options: Pick<TimingOptions, "samples" | "warmup" | "budgetMs">, run: () => Promise<unknown>): Promise<Timing> {
  const caseStarted = performance.now();
  const overBudget = (): boolean => performance.now() - caseStarted > options.budgetMs;
  for (let index = 0; index < options.warmup && !overBudget(); index++) await run();
  const perCall: number[] = [];
  for (let sample = 0; sample < options.samples && (sample === 0 || !overBudget()); sample++) {
    const started = performance.now();
    await run();
    perCall.push(performance.now() - started);
  }
  return { median: median(perCall), min: Math.min(...perCall), max: Math.max(...perCall), batch: 1, samples: perCall.length };
}

/**
 * Times several asynchronous jobs taking turns: a warm-up round, then each sample round runs every
 * job once. Jobs compared by a ratio (a command against its floor) then see the same state of the
 * machine: a burst of load on a shared machine slows all of them, not one by luck of its turn.
 */
export async function timeInterleaved<K extends string>(
  options: Pick<TimingOptions, "samples" | "warmup" | "budgetMs">,
  jobs: Readonly<Record<K, () => Promise<unknown>>>,
): Promise<Record<K, Timing>> {
  const keys = Object.keys(jobs) as K[];
  const started = performance.now();
  const overBudget = (): boolean => performance.now() - started > options.budgetMs * keys.length;
  for (let round = 0; round < options.warmup && !overBudget(); round++) for (const key of keys) await jobs[key]();
  const perCall = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < options.samples && (round === 0 || !overBudget()); round++) {
    for (const key of keys) {
      const callStarted = performance.now();
      await jobs[key]();
      perCall[key].push(performance.now() - callStarted);
    }
  }
  const timings = {} as Record<K, Timing>;
  for (const key of keys) {
    const values = perCall[key];
    timings[key] = { median: median(values), min: Math.min(...values), max: Math.max(...values), batch: 1, samples: values.length };
  }
  return timings;
}
