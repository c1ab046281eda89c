// The checklist and warning ids are a contract: CLI JSON, frontmatter overrides and settings use them.

export const CHECKLIST_ITEM_IDS = ["why", "process", "failures", "self-us-now", "participation", "archive"] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

export const WARNING_IDS = ["vision-without-substance", "what-without-why", "unfinished-as-process"] as const;
export type WarningId = (typeof WARNING_IDS)[number];

export type RuleId = ChecklistItemId | WarningId;
export const RULE_IDS: readonly RuleId[] = [...CHECKLIST_ITEM_IDS, ...WARNING_IDS];

export function isChecklistItemId(value: unknown): value is ChecklistItemId {
  return typeof value === "string" && (CHECKLIST_ITEM_IDS as readonly string[]).includes(value);
}

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === "string" && (RULE_IDS as readonly string[]).includes(value);
}
