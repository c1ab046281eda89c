// Every rule's examples by rule id, for the tests and docs that run them. The plugin and the CLI
// never import this file, so the example notes stay out of their bundles; the records are keyed by
// every id, so a rule without examples does not compile.
import type { ChecklistItemId, WarningId } from "../ids";
import type { ItemRuleExamples, WarningRuleExamples } from "./example";
import { archiveExamples } from "./rules/archive";
import { failuresExamples } from "./rules/failures";
import { participationExamples } from "./rules/participation";
import { processExamples } from "./rules/process";
import { selfUsNowExamples } from "./rules/self-us-now";
import { unfinishedAsProcessExamples } from "./rules/unfinished-as-process";
import { visionWithoutSubstanceExamples } from "./rules/vision-without-substance";
import { whatWithoutWhyExamples } from "./rules/what-without-why";
import { whyExamples } from "./rules/why";
import type { Rule } from "./types";

export const ITEM_RULE_EXAMPLES: Readonly<Record<ChecklistItemId, ItemRuleExamples>> = {
  why: whyExamples(),
  process: processExamples(),
  failures: failuresExamples(),
  "self-us-now": selfUsNowExamples(),
  participation: participationExamples(),
  archive: archiveExamples(),
};

export const WARNING_RULE_EXAMPLES: Readonly<Record<WarningId, WarningRuleExamples>> = {
  "vision-without-substance": visionWithoutSubstanceExamples(),
  "what-without-why": whatWithoutWhyExamples(),
  "unfinished-as-process": unfinishedAsProcessExamples(),
};

/** A rule's examples; warnings have no `partial` ones. */
export function examplesOf(rule: Rule): ItemRuleExamples {
  return rule.kind === "item" ? ITEM_RULE_EXAMPLES[rule.id] : WARNING_RULE_EXAMPLES[rule.id];
}
