// Linear time: for each adversarial pattern, a note four times as long takes at most
// (4 × LINEAR_SLACK) times as long to parse, check, turn into root-graph input and scaffold. This is
// the one timing comparison the suite makes, and it compares two runs with each other (a ratio),
// never with a clock budget: the minimum of a few repetitions keeps scheduler noise out.
import { describe, expect, it } from "vitest";
import { dateFnsDates } from "../../src/core/dates/date-fns-dates";
import { checkNote } from "../../src/core/checklist/registry";
import { parseNote, parseNoteStructure } from "../../src/core/markdown/parse";
import { RootGraph } from "../../src/core/roots/graph";
import { noteInputsFromParses } from "../../src/core/roots/note-input";
import { logEntryInsertion } from "../../src/core/scaffold/log-entry";
import { outlineInsertion } from "../../src/core/scaffold/outline";
import { defaultSettings } from "../../src/core/settings";

const SMALL = 20_000;
const LARGE = 80_000;
const SIZE_RATIO = LARGE / SMALL;
/** Quadratic work would show a ratio of 16 here; linear work about 4. */
const LINEAR_SLACK = 3;
const REPETITIONS = 3;
const ATTEMPTS = 3;

const settings = defaultSettings();
const VALUES = { language: "en" as const, now: new Date(2026, 10, 27, 9, 30), dateFormat: "yyyy-MM-dd", timeFormat: "HH:mm", dates: dateFnsDates };

/** The whole pipeline a note goes through in the plugin and the CLI. */
function pipeline(text: string): void {
  const parsed = parseNote(text);
  parseNoteStructure(text);
  checkNote(parsed, null, settings, "ko");
  RootGraph.build(noteInputsFromParses([{ path: "posts/a.md", parsed, frontmatter: {}, mtime: 0 }]), settings);
  outlineInsertion(parsed, { line: parsed.lines.length, ch: 0 }, VALUES);
  logEntryInsertion(parsed, VALUES);
}

/** The fastest of a few samples, each running the pipeline `rounds` times, in milliseconds. */
function fastest(text: string, rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let sample = 0; sample < REPETITIONS; sample++) {
    const start = performance.now();
    for (let round = 0; round < rounds; round++) pipeline(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Rounds per sample so the small input's sample lasts about 10 ms: short runs are all clock noise. */
function roundsFor(text: string): number {
  const start = performance.now();
  pipeline(text);
  return Math.min(200, Math.max(1, Math.ceil(10 / Math.max(performance.now() - start, 0.05))));
}

const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Each pattern, at a given length. Units repeat what the parser's scanners and rules look for. */
const PATTERNS: readonly (readonly [string, (length: number) => string])[] = [
  ["wiki-link openers [[", (n) => fill("[[", n)],
  ["wiki-link openers, one per line", (n) => fill("[[x\n", n)],
  ["runs of #", (n) => fill("#", n)],
  ["headings of every level", (n) => fill("# a\n## b\n### c\n", n)],
  ["task boxes - [ ] ", (n) => fill("- [ ] ", n)],
  ["task boxes, one per line", (n) => fill("- [ ] 실패\n", n)],
  ["bold markers **", (n) => fill("**", n)],
  ["backticks", (n) => fill("`", n)],
  ["fences without a close", (n) => fill("```\n", n)],
  ["comment openers <!--", (n) => fill("<!--", n)],
  ["comment openers, one per line", (n) => fill("<!--\n", n)],
  ["mixed markers on one line", (n) => fill("[[#**`<!--- [ ] ", n)],
  ["frontmatter that never closes", (n) => `---\n${fill("key: [[root-01]]\n", n)}`],
  ["Korean prose with particles", (n) => fill("실패했지만 왜 다시 했는지 여러분도 아시나요? ", n)],
];

describe("time grows linearly with the note's length", () => {
  it.each(PATTERNS)(
    `%s: ${SMALL} → ${LARGE} characters stays within the size ratio × ${LINEAR_SLACK}`,
    (_name, make) => {
      const small = make(SMALL);
      const large = make(LARGE);
      pipeline(small); // warm the JIT and the lexicon cache
      pipeline(large);
      const rounds = roundsFor(small);
      // A busy machine can stretch one measurement; a super-linear scan is slow in every attempt.
      let ratio = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < ATTEMPTS && ratio >= SIZE_RATIO * LINEAR_SLACK; attempt++) {
        ratio = Math.min(ratio, fastest(large, rounds) / fastest(small, rounds));
      }
      expect(ratio, `time ratio ${ratio.toFixed(2)} for a size ratio of ${SIZE_RATIO}`).toBeLessThan(SIZE_RATIO * LINEAR_SLACK);
    },
    30_000,
  );

  it("the comparison can fail: a quadratic scan exceeds the bound", () => {
    const quadratic = (text: string): number => {
      let count = 0;
      for (let start = 0; start < text.length; start++) count += text.indexOf("]]", start) === -1 ? 1 : 0;
      return count;
    };
    const time = (text: string): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        quadratic(text);
        best = Math.min(best, performance.now() - start);
      }
      return Math.max(best, 1);
    };
    const small = fill("[[", SMALL);
    time(small);
    expect(time(fill("[[", LARGE)) / time(small)).toBeGreaterThan(SIZE_RATIO * LINEAR_SLACK);
  }, 30_000);
});
