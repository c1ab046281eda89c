// The worst inputs found for the core's regular expressions and scanners (docs/performance.md has
// the review): runs of the characters each pattern repeats, with the one character that makes it
// fail at the end, at sizes where exponential or quadratic backtracking would take minutes. Each
// entry point runs in a worker thread: a synchronous loop can't be interrupted from inside the
// test, so the worker is stopped when the guard runs out and the case fails. No timing is asserted.
import { Worker } from "node:worker_threads";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import type { EntryPoint, WorstCaseJob, WorstCaseSummary } from "../../scripts/bench/worst-case-worker";

// Large enough that quadratic work (4·10¹⁰ steps) takes minutes and exponential work forever, while
// linear work takes milliseconds.
const SIZE = 200_000;
/** Far above what any of these takes when linear, far below what a super-linear case needs. */
const GUARD_MS = 15_000;
const WORKER_BUNDLE = path.resolve("tmp/regex-worst-case/worker.mjs");

interface WorstInput {
  name: string;
  text: string;
}

const repeat = (unit: string, length: number = SIZE): string => unit.repeat(Math.ceil(length / unit.length));

const NOTE_INPUTS: readonly WorstInput[] = [
  { name: "one long line of Korean and English prose", text: repeat("실패했지만 pivot 했다 and we kept going [[root-04]] #과정 ") },
  { name: "wiki link openers with no closer", text: repeat("[[") },
  { name: "closed wiki links on one line", text: repeat("[[a]] ") },
  { name: "wiki link openers, one per line, closed at the end", text: `${repeat("[[x\n")}]]` },
  { name: "a run of #", text: repeat("#") },
  { name: "a tag of dashes ending in a letter", text: `#${repeat("-")}a` },
  { name: "a tag of slashes and dashes ending in a letter", text: `#${repeat("/-")}a` },
  { name: "tag-like runs", text: repeat("#a#") },
  { name: "a heading of spaces closed by #", text: `#${repeat(" ")}#x` },
  { name: "a root title of spaces with no number", text: `# root${repeat(" ")}x` },
  { name: "a root title of spaces and dashes", text: `# root${repeat(" -")}x` },
  { name: "10,000 frontmatter keys", text: ["---", ...Array.from({ length: 10_000 }, (_, index) => `key-${index}: value`), "---", "body"].join("\n") },
  { name: "frontmatter that never closes", text: ["---", ...Array.from({ length: 10_000 }, (_, index) => `key-${index}: value`)].join("\n") },
  { name: "a list nested 10,000 deep on one line", text: `${"- ".repeat(10_000)}item` },
  { name: "a quote nested 10,000 deep ending in a step number", text: `${"> ".repeat(10_000)}1x` },
  { name: "list lines indented deeper and deeper", text: Array.from({ length: 2_000 }, (_, index) => `${" ".repeat(index)}- step`).join("\n") },
  { name: "task boxes on one line", text: repeat("- [ ] ") },
  { name: "bold markers", text: repeat("**") },
  { name: "emphasis markers between two letters", text: `a${repeat("*")}b` },
  { name: "mixed emphasis markers between two letters", text: `a${repeat("*_")}b` },
  { name: "emphasis markers after a list bullet", text: `- ${repeat("_")}x` },
  { name: "backticks", text: repeat("`") },
  { name: "backtick runs of every length", text: Array.from({ length: 300 }, (_, index) => `${"`".repeat(index + 1)}a`).join("") },
  { name: "a fence followed by spaces and a letter", text: `\`\`\`${repeat(" ")}x` },
  { name: "HTML comment openers", text: repeat("<!--") },
  { name: "closed comments of both kinds", text: repeat("a <!-- b --> c %% d %%\n") },
  { name: "Markdown link openers", text: repeat("[a](") },
  { name: "brackets with no link", text: repeat("[]") },
  { name: "digits and date separators", text: repeat("2026-1-1 3/2 ") },
  { name: "slash dates with spaces before a weekday", text: repeat("3/2 (") },
  { name: "questions to the reader", text: repeat("you? 요? ") },
  { name: "a polite ending followed by spaces", text: `나요${repeat(" ")}x` },
  { name: "a placeholder prompt with no ending", text: `write ${repeat("a")}` },
  { name: "a label line with a long value", text: `**나:** ${repeat(" ")}x` },
  { name: "a table border ending in a letter", text: `|${repeat("-|")}x` },
  { name: "a horizontal rule ending in a letter", text: `${repeat("- ")}x` },
  { name: "bare URLs", text: repeat("http://a.b/c ") },
];

const TITLE_INPUTS: readonly WorstInput[] = [
  { name: "spaces and dots between two letters", text: `a${repeat(" .")}b` },
  { name: "forbidden characters between two letters", text: `a${repeat("[]#^|")}b` },
  { name: "spaces only", text: repeat(" ") },
];

// Frontmatter the sidebar's toggle rewrites: the `process-checklist` line with long runs in its value.
const OVERRIDE_INPUTS: readonly WorstInput[] = [
  { name: "a flow mapping padded with spaces", text: `---\nprocess-checklist: {archive: true${repeat(" ")}x}\n---\nbody\n` },
  { name: "a comment after a long run of tabs", text: `---\nprocess-checklist: {archive: true}${repeat("\t")}# kept\n---\nbody\n` },
  { name: "a key with a long block under it", text: `---\nprocess-checklist:\n${repeat("  archive: true\n")}---\nbody\n` },
];

function runGuarded(job: WorstCaseJob): Promise<WorstCaseSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BUNDLE, { workerData: job });
    const guard = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${job.entry} did not complete within ${GUARD_MS / 1000} s: super-linear behaviour`));
    }, GUARD_MS);
    worker.once("message", (summary: WorstCaseSummary) => {
      clearTimeout(guard);
      void worker.terminate();
      resolve(summary);
    });
    worker.once("error", (error: Error) => {
      clearTimeout(guard);
      reject(error);
    });
  });
}

beforeAll(() => {
  mkdirSync(path.dirname(WORKER_BUNDLE), { recursive: true });
  buildSync({
    entryPoints: ["scripts/bench/worst-case-worker.ts"],
    bundle: true,
    format: "esm",
    platform: "node",
    packages: "external",
    outfile: WORKER_BUNDLE,
    logLevel: "warning",
  });
});

const TIMEOUT = GUARD_MS + 5_000;

describe.concurrent.each(NOTE_INPUTS)("worst case: $name", ({ text }) => {
  const lineCount = text.replace(/\n$/u, "").split("\n").length;

  it("parses, and finds the same structure on the roots' quicker path", async () => {
    const summary = await runGuarded({ entry: "parse" satisfies EntryPoint, text });
    expect(summary.lines).toBe(lineCount);
    expect([summary.structureLinks, summary.structureHeadings]).toEqual([summary.links, summary.headings]);
  }, TIMEOUT);

  it("runs every checklist rule", async () => {
    const summary = await runGuarded({ entry: "checklist", text });
    expect(summary.items).toBe(6);
    expect(summary.score).toBeGreaterThanOrEqual(0);
    expect(summary.score).toBeLessThanOrEqual(6);
  }, TIMEOUT);

  it("builds the root graph with it as a root and as a post", async () => {
    const summary = await runGuarded({ entry: "graph", text });
    expect(summary.graphSize).toBe(3);
    expect(summary.roots).toBe(1);
  }, TIMEOUT);
});

describe.concurrent.each(TITLE_INPUTS)("worst case title: $name", ({ text }) => {
  it("becomes a safe file name", async () => {
    const summary = await runGuarded({ entry: "file-name", text });
    expect(summary.fileName.length).toBeGreaterThan(0);
    expect(summary.fileName.length).toBeLessThanOrEqual(100);
  }, TIMEOUT);
});

describe.concurrent.each(OVERRIDE_INPUTS)("worst case override: $name", ({ text }) => {
  it("marks an item done and removes the mark", async () => {
    const summary = await runGuarded({ entry: "override", text });
    expect(summary.marked).toBeGreaterThan(0);
    expect(summary.unmarked).toBeGreaterThan(0);
    expect(summary.unmarked).toBeLessThan(summary.marked);
  }, TIMEOUT);
});

it("finds every closed wiki link on a long line (the scanner does not give up early)", async () => {
  const summary = await runGuarded({ entry: "parse", text: "[[a]] ".repeat(8_000) });
  expect(summary.links).toBe(8_000);
}, TIMEOUT);
