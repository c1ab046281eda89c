// What the checklist sidebar shows, decided here so the view only draws: an empty state (no note,
// not a Markdown file, an ignored note) or the note's score, items and warnings with the question,
// evidence, hint and which toggle an item offers. Its signature lets the view skip redraws.
import type { ChecklistItemId, WarningId } from "../ids";
import type { Language } from "../i18n";
import { parseNote } from "../markdown/parse";
import type { Settings } from "../settings";
import { checkNote, ruleText } from "./registry";
import type { Evidence, ItemStatus } from "./types";

/** The note the sidebar follows, as the adapter sees it. */
export interface ChecklistSubject {
  path: string;
  /** File name without folders, e.g. "글.md". */
  name: string;
  extension: string;
  /** The note's current text (the editor's when it is open), or null when it is not a note. */
  text: string | null;
  /** Frontmatter values from Obsidian's cache. */
  frontmatter: Readonly<Record<string, unknown>> | null;
  ignored: boolean;
}

export interface ChecklistItemRow {
  id: ChecklistItemId;
  status: ItemStatus;
  question: string;
  hint: string;
  evidence: Evidence[];
  /** "mark" offers "Mark as done", "undo" offers "Undo"; null when the item passes on its own. */
  toggle: "mark" | "undo" | null;
}

export interface ChecklistWarningRow {
  id: WarningId;
  question: string;
  hint: string;
  evidence: Evidence[];
}

export type ChecklistViewModel =
  | { kind: "empty"; reason: "no-note" | "not-markdown" | "ignored"; name: string | null }
  | {
      kind: "report";
      path: string;
      name: string;
      score: number;
      max: number;
      items: ChecklistItemRow[];
      warnings: ChecklistWarningRow[];
    };

export function checklistViewModel(subject: ChecklistSubject | null, settings: Settings, language: Language): ChecklistViewModel {
  if (subject === null) return { kind: "empty", reason: "no-note", name: null };
  if (subject.extension.toLowerCase() !== "md" || subject.text === null) {
    return { kind: "empty", reason: "not-markdown", name: subject.name };
  }
  if (subject.ignored) return { kind: "empty", reason: "ignored", name: subject.name };
  const report = checkNote(parseNote(subject.text), subject.frontmatter, settings, language);
  return {
    kind: "report",
    path: subject.path,
    name: subject.name.replace(/\.md$/i, ""),
    score: report.score,
    max: report.max,
    items: report.items.map((item) => ({
      id: item.id,
      status: item.status,
      question: ruleText(item.id, language).question,
      hint: item.hint,
      evidence: item.evidence,
      toggle: item.status === "manual" ? "undo" : item.status === "pass" ? null : "mark",
    })),
    warnings: report.warnings.map((warning) => ({
      id: warning.id,
      question: ruleText(warning.id, language).question,
      hint: ruleText(warning.id, language).hint,
      evidence: warning.evidence,
    })),
  };
}

/** A cheap fingerprint of a view model: equal models, equal signatures. */
export function viewModelSignature(model: ChecklistViewModel): string {
  return JSON.stringify(model);
}
