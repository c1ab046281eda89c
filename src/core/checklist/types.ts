// What the checklist returns. The report's shape is the CLI's JSON contract (DESIGN.md):
// items with id, status, evidence and hint; only the warnings that fire; score over enabled items.
import type { ChecklistItemId, RuleId, WarningId } from "../ids";
import type { Language } from "../i18n";
import type { NoteAnalysis } from "./analysis";

export type ItemStatus = "pass" | "partial" | "fail" | "manual";

export interface Evidence {
  /** 1-based line number in the note as written (frontmatter included). */
  line: number;
  text: string;
}

export interface ItemResult {
  id: ChecklistItemId;
  status: ItemStatus;
  evidence: Evidence[];
  /** What would make the item pass, in the report's language. */
  hint: string;
}

export interface WarningResult {
  id: WarningId;
  evidence: Evidence[];
}

export interface ChecklistReport {
  /** Items that pass or were marked done by hand. */
  score: number;
  /** Enabled items. */
  max: number;
  /** The enabled items, in checklist order. */
  items: ItemResult[];
  /** Only the warnings that fire. */
  warnings: WarningResult[];
}

export interface RuleText {
  question: string;
  hint: string;
}

/** A rule's own decision, before overrides and translation. */
export interface ItemDecision {
  status: "pass" | "partial" | "fail";
  evidence: Evidence[];
}

export interface WarningDecision {
  fires: boolean;
  evidence: Evidence[];
}

interface RuleBase<Id extends RuleId> {
  id: Id;
  text: Readonly<Record<Language, RuleText>>;
}

export interface ItemRule extends RuleBase<ChecklistItemId> {
  kind: "item";
  check(note: NoteAnalysis): ItemDecision;
}

export interface WarningRule extends RuleBase<WarningId> {
  kind: "warning";
  check(note: NoteAnalysis): WarningDecision;
}

export type Rule = ItemRule | WarningRule;
