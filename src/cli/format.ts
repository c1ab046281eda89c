// Output of `process-sharing check`: the JSON contract of DESIGN.md, and an aligned text report
// for people, coloured only when stdout is a terminal. The JSON is written note by note as the notes
// are checked, so a run over a whole vault never holds every report at once (they die young, which
// is what the garbage collector is fastest at). Pure: reports in, text out through `write`.
import { ruleText } from "../core/checklist/registry";
import type { ChecklistReport, Evidence, ItemStatus } from "../core/checklist/types";
import type { Language } from "../core/i18n";
import { displayWidth } from "./roots";

export interface CheckedNote {
  /** The note's path as the user wrote it (folders joined with the note's relative path), "/"-separated, NFC. */
  path: string;
  report: ChecklistReport;
  /** Why the frontmatter could not be read, when it could not. */
  frontmatterError: string | null;
}

/** Takes the checked notes one by one, in order; `end` writes what is left. */
export interface CheckOutput {
  add(note: CheckedNote): void;
  end(): void;
}

/** Joins small pieces into writes of about 64 KB: one write per note would be a system call per note. */
function chunkedWriter(write: (text: string) => void): { push(text: string): void; flush(): void } {
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (pending.length > 0) write(pending.join(""));
    pending = [];
    size = 0;
  };
  return {
    push(text) {
      pending.push(text);
      size += text.length;
      if (size >= 65_536) flush();
    },
    flush,
  };
}

/** `{"files":[{path, score, max, items, warnings}]}` on one line, with `frontmatterError` only when there was one. */
export function jsonOutput(write: (text: string) => void): CheckOutput {
  const out = chunkedWriter(write);
  let first = true;
  out.push('{"files":[');
  return {
    add(note) {
      const file = {
        path: note.path,
        score: note.report.score,
        max: note.report.max,
        items: note.report.items,
        warnings: note.report.warnings,
        ...(note.frontmatterError === null ? {} : { frontmatterError: note.frontmatterError }),
      };
      out.push(`${first ? "" : ","}${JSON.stringify(file)}`);
      first = false;
    },
    end() {
      out.push("]}\n");
      out.flush();
    },
  };
}

type Colour = "green" | "yellow" | "red" | "cyan" | "magenta" | "bold" | "dim";
const CODES: Record<Colour, string> = { green: "32", yellow: "33", red: "31", cyan: "36", magenta: "35", bold: "1", dim: "2" };

const STATUS_MARK: Record<ItemStatus, { mark: string; colour: Colour }> = {
  pass: { mark: "✓", colour: "green" },
  manual: { mark: "✓", colour: "cyan" },
  partial: { mark: "~", colour: "yellow" },
  fail: { mark: "✗", colour: "red" },
};

const EVIDENCE_WIDTH = 72;

function clip(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

function padTo(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export interface TextOptions {
  colour: boolean;
  language: Language;
  /** Notes scoring below this are flagged. */
  minScore: number | null;
}

/**
 * The aligned report for people. It is written at the end: its id column is as wide as the longest
 * id any of the notes shows, and people check a few notes at a time, not whole vaults.
 */
export function textOutput(write: (text: string) => void, options: TextOptions): CheckOutput {
  const notes: CheckedNote[] = [];
  return {
    add: (note) => void notes.push(note),
    end: () => write(formatText(notes, options)),
  };
}

function formatText(notes: readonly CheckedNote[], options: TextOptions): string {
  const paint = (colour: Colour, text: string): string => (options.colour ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text);
  const idWidth = Math.max(...notes.flatMap((note) => [...note.report.items, ...note.report.warnings].map((entry) => entry.id.length)), 8);
  const statusWidth = 7;
  const evidenceLine = (entry: Evidence): string => `${String(entry.line).padStart(4)}  ${clip(entry.text, EVIDENCE_WIDTH)}`;
  const indent = " ".repeat(4 + statusWidth + 2 + idWidth + 2);
  const lines: string[] = [];
  for (const note of notes) {
    const { report } = note;
    const below = options.minScore !== null && report.score < options.minScore;
    const score = `${report.score} / ${report.max}`;
    lines.push(`${paint("bold", note.path)}  ${paint(below ? "red" : "bold", score)}${below ? paint("red", `  (below ${options.minScore})`) : ""}`);
    if (note.frontmatterError !== null) lines.push(`  ${paint("yellow", "!")} ${note.frontmatterError}`);
    for (const item of report.items) {
      const { mark, colour } = STATUS_MARK[item.status];
      const [first, ...rest] = item.evidence;
      const head = `  ${paint(colour, mark)} ${paint(colour, item.status.padEnd(statusWidth))}  ${padTo(item.id, idWidth)}`;
      lines.push(first ? `${head}${evidenceLine(first)}` : head.trimEnd());
      for (const entry of rest) lines.push(`${indent}${paint("dim", evidenceLine(entry))}`);
      if (item.status !== "pass" && item.status !== "manual") lines.push(`${indent}${paint("dim", `→ ${item.hint}`)}`);
    }
    for (const warning of report.warnings) {
      const [first, ...rest] = warning.evidence;
      const head = `  ${paint("magenta", "!")} ${paint("magenta", "warning".padEnd(statusWidth))}  ${padTo(warning.id, idWidth)}`;
      lines.push(first ? `${head}${evidenceLine(first)}` : head.trimEnd());
      for (const entry of rest) lines.push(`${indent}${paint("dim", evidenceLine(entry))}`);
      lines.push(`${indent}${paint("dim", `→ ${ruleText(warning.id, options.language).hint}`)}`);
    }
    lines.push("");
  }
  const count = notes.length;
  const belowCount = options.minScore === null ? 0 : notes.filter((note) => note.report.score < (options.minScore ?? 0)).length;
  const summary = [`${count} ${count === 1 ? "note" : "notes"} checked`];
  if (options.minScore !== null) summary.push(`${belowCount} below ${options.minScore}`);
  lines.push(paint("dim", summary.join(", ")));
  return `${lines.join("\n")}\n`;
}
