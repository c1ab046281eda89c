// The checklist on one note (one parse and every rule): realistic notes of 1 KB, 100 KB and 1 MB,
// the 1 MB ÷ 100 KB ratio that shows linear time, and the adversarial notes, each run in a worker
// thread with a time limit so a quadratic or exponential case is reported instead of hanging.
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { parseNote } from "../../src/core/markdown/parse";
import { checkText } from "./checklist-entry";
import { median, time, type Timing, type TimingOptions } from "./measure";
import { adversarialNotes, realisticNote } from "./notes";
import { createRandom } from "./prng";
import { result, type CaseResult } from "./report";

const SIZES = [
  { id: "1kb", label: "1 KB", bytes: 1_000, target: 0.2 },
  { id: "100kb", label: "100 KB", bytes: 100_000, target: undefined },
  { id: "1mb", label: "1 MB", bytes: 1_000_000, target: 100 },
] as const;
const ADVERSARIAL_TARGET_MS = 200;

export interface AdversarialJob {
  kind: "adversarial";
  id: string;
  scale: number;
  timing: TimingOptions;
}

export function realisticNotes(): { id: string; label: string; text: string }[] {
  return SIZES.map((size) => ({ id: size.id, label: size.label, text: realisticNote(createRandom(0xc0ffee + size.bytes), size.bytes, "mixed") }));
}

export function checklistCases(timing: TimingOptions): CaseResult[] {
  const results: CaseResult[] = [];
  const notes = realisticNotes();
  for (const [index, note] of notes.entries()) {
    const size = SIZES[index];
    const parse = time(timing, () => note.text, (text) => parseNote(text));
    results.push(result("parse", `parse-${note.id}`, `parseNote, ${note.label} note`, parse.median, "ms"));
    const check = time(timing, () => note.text, checkText);
    results.push(result("checklist", `check-${note.id}`, `parse + all rules, ${note.label} note`, check.median, "ms", size?.target === undefined ? undefined : { max: size.target }));
  }
  const medium = notes.find((note) => note.id === "100kb");
  const large = notes.find((note) => note.id === "1mb");
  if (medium && large) {
    const ratio = pairedRatio(timing, medium.text, large.text);
    results.push(result("checklist", "check-linear", `time(1 MB) ÷ time(100 KB) (median of ${ratio.rounds} paired rounds)`, ratio.median, "ratio", { min: 8, max: 12 }));
  }
  return results;
}

/**
 * time(large) ÷ time(medium) as the median of rounds that time both back to back (a batch of the
 * medium note, then one call on the large one, each after a collection). A ratio of two medians
 * taken a few seconds apart moved from 5 to 15 between runs here; pairing the calls in time keeps
 * the machine's moods out of the ratio.
 */
function pairedRatio(timing: TimingOptions, medium: string, large: string): { median: number; rounds: number } {
  const collectGarbage = (globalThis as { gc?: () => void }).gc;
  const perCall = (text: string, calls: number): number => {
    collectGarbage?.();
    const started = performance.now();
    for (let call = 0; call < calls; call++) checkText(text);
    return (performance.now() - started) / calls;
  };
  // As many medium calls per round as the large note has times its length: both sides time the same text.
  const batch = Math.max(1, Math.round(large.length / medium.length));
  for (let round = 0; round < timing.warmup; round++) {
    perCall(medium, batch);
    perCall(large, 1);
  }
  const started = performance.now();
  const ratios: number[] = [];
  const rounds = Math.max(timing.samples, 15);
  while (ratios.length < rounds && (ratios.length === 0 || performance.now() - started < timing.budgetMs)) {
    const mediumMs = perCall(medium, batch);
    ratios.push(perCall(large, 1) / mediumMs);
  }
  return { median: median(ratios), rounds: ratios.length };
}

/** A message from the worker: one cold call's time first, then the full timing. */
type AdversarialMessage = { kind: "first"; ms: number } | { kind: "timing"; timing: Timing };

/** Runs in a worker: times the checklist on one adversarial note, posting a first figure early. */
export function runAdversarialJob(job: AdversarialJob, post: (message: AdversarialMessage) => void): void {
  const note = adversarialNotes(createRandom(0xbad), job.scale).find((candidate) => candidate.id === job.id);
  if (!note) throw new Error(`no adversarial note "${job.id}"`);
  const text = note.make();
  const started = performance.now();
  checkText(text);
  post({ kind: "first", ms: performance.now() - started });
  post({ kind: "timing", timing: time(job.timing, () => text, checkText) });
}

interface AdversarialOutcome {
  timing?: Timing;
  /** One cold call, when the full timing did not finish in time. */
  firstMs?: number;
  stopped: boolean;
  error?: Error;
}

function runInWorker(entry: URL, job: AdversarialJob, limitMs: number): Promise<AdversarialOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(entry, { workerData: job });
    let firstMs: number | undefined;
    const finish = (outcome: AdversarialOutcome): void => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish(firstMs === undefined ? { stopped: true } : { stopped: true, firstMs }), limitMs);
    worker.on("message", (message: AdversarialMessage) => {
      if (message.kind === "first") firstMs = message.ms;
      else finish({ timing: message.timing, stopped: false });
    });
    worker.once("error", (error: Error) => finish({ stopped: false, error }));
  });
}

export async function adversarialCases(entry: URL, scale: number, timing: TimingOptions, limitMs: number): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  // Labels only: the notes themselves are built inside each worker.
  for (const note of adversarialNotes(createRandom(0xbad), scale)) {
    const outcome = await runInWorker(entry, { kind: "adversarial", id: note.id, scale, timing }, limitMs);
    const target = { max: ADVERSARIAL_TARGET_MS };
    const limit = `${(limitMs / 1000).toFixed(0)} s`;
    if (outcome.error) {
      results.push(result("adversarial", note.id, note.label, null, "ms", target, `crashed: ${outcome.error.message}`));
    } else if (outcome.timing) {
      results.push(result("adversarial", note.id, note.label, outcome.timing.median, "ms", target));
    } else if (outcome.firstMs !== undefined) {
      results.push(result("adversarial", note.id, note.label, outcome.firstMs, "ms", target, `one cold run: the timing did not finish within ${limit}`));
    } else {
      results.push(result("adversarial", note.id, note.label, null, "ms", target, `no call finished within ${limit} (stopped)`));
    }
  }
  return results;
}
