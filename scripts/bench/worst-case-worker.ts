// Runs one core entry point on one input inside a worker thread and posts back a summary of what
// it produced. tests/core/regex-worst-case.test.ts bundles this file and starts a worker per case,
// so an input that sends a regular expression into catastrophic backtracking makes the test fail
// when its guard runs out instead of freezing the test runner (a synchronous loop can't be timed out).
import { parentPort, workerData } from "node:worker_threads";
import { setOverrideInText } from "../../src/core/checklist/override-edit";
import { checkNote } from "../../src/core/checklist/registry";
import { parseNote, parseNoteStructure } from "../../src/core/markdown/parse";
import { RootGraph } from "../../src/core/roots/graph";
import { noteInputsFromParses } from "../../src/core/roots/note-input";
import { safeFileName } from "../../src/core/scaffold/file-name";
import { defaultSettings } from "../../src/core/settings";

export type EntryPoint = "parse" | "checklist" | "graph" | "file-name" | "override";

export interface WorstCaseJob {
  entry: EntryPoint;
  text: string;
}

export interface WorstCaseSummary {
  lines: number;
  links: number;
  headings: number;
  /** Links and headings parseNoteStructure finds (the CLI's roots read), which must be parseNote's. */
  structureLinks: number;
  structureHeadings: number;
  items: number;
  score: number;
  graphSize: number;
  roots: number;
  fileName: string;
  /** Length of the note after marking `why` done and after removing the mark again. */
  marked: number;
  unmarked: number;
}

function run({ entry, text }: WorstCaseJob): WorstCaseSummary {
  const summary: WorstCaseSummary = { lines: 0, links: 0, headings: 0, structureLinks: 0, structureHeadings: 0, items: 0, score: 0, graphSize: 0, roots: 0, fileName: "", marked: 0, unmarked: 0 };
  if (entry === "file-name") {
    summary.fileName = safeFileName(text, "en");
    return summary;
  }
  if (entry === "override") {
    const marked = setOverrideInText(text, "why", true);
    summary.marked = marked.length;
    summary.unmarked = setOverrideInText(marked, "why", false).length;
    return summary;
  }
  const parsed = parseNote(text);
  summary.lines = parsed.lines.length;
  summary.links = parsed.links.length;
  summary.headings = parsed.headings.length;
  if (entry === "parse") {
    const structure = parseNoteStructure(text);
    summary.structureLinks = structure.links.length;
    summary.structureHeadings = structure.headings.length;
  }
  if (entry === "checklist") {
    const report = checkNote(parsed, null, defaultSettings(), "ko");
    summary.items = report.items.length;
    summary.score = report.score;
  }
  if (entry === "graph") {
    // The input as a root (so its title, number and relations are read) and as a post linking it.
    const settings = { ...defaultSettings(), rootsFolder: "roots" };
    const graph = RootGraph.build(
      noteInputsFromParses([
        { path: "roots/adversarial.md", parsed, frontmatter: {}, mtime: 0 },
        { path: "posts/adversarial.md", parsed, frontmatter: { type: "process-post" }, mtime: 0 },
        { path: "posts/plain.md", parsed: parseNote("[[adversarial]]"), frontmatter: {}, mtime: 0 },
      ]),
      settings,
    );
    graph.snapshot();
    summary.graphSize = graph.size;
    summary.roots = graph.roots().length;
  }
  return summary;
}

if (parentPort) parentPort.postMessage(run(workerData as WorstCaseJob));
