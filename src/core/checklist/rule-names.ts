// The short display name of each rule (settings rows, report columns), as an i18n key.
import type { MessageKey } from "../i18n";
import type { RuleId } from "../ids";

export const RULE_NAME_KEYS: Readonly<Record<RuleId, MessageKey>> = {
  why: "checklist.rule.why",
  process: "checklist.rule.process",
  failures: "checklist.rule.failures",
  "self-us-now": "checklist.rule.selfUsNow",
  participation: "checklist.rule.participation",
  archive: "checklist.rule.archive",
  "vision-without-substance": "checklist.rule.visionWithoutSubstance",
  "what-without-why": "checklist.rule.whatWithoutWhy",
  "unfinished-as-process": "checklist.rule.unfinishedAsProcess",
};
