// The ordered list of rules and the one entry point that runs them: a parsed note, its
// frontmatter values (from Obsidian's cache or the CLI's YAML parser), the settings and the
// language in; a ChecklistReport out. Manual overrides in `process-checklist` become `manual`.
import { CHECKLIST_ITEM_IDS, type ChecklistItemId, type RuleId } from "../ids";
import type { Language } from "../i18n";
import type { ParsedNoteDetails } from "../markdown/parse";
import type { Settings } from "../settings";
import { analyseNote } from "./analysis";
import { buildLexicon, type Lexicon } from "./lexicon";
import { archive } from "./rules/archive";
import { failures } from "./rules/failures";
import { participation } from "./rules/participation";
import { process } from "./rules/process";
import { selfUsNow } from "./rules/self-us-now";
import { unfinishedAsProcess } from "./rules/unfinished-as-process";
import { visionWithoutSubstance } from "./rules/vision-without-substance";
import { whatWithoutWhy } from "./rules/what-without-why";
import { why } from "./rules/why";
import type { ChecklistReport, ItemResult, ItemRule, Rule, RuleText, WarningResult, WarningRule } from "./types";

export const ITEM_RULES: readonly ItemRule[] = [why, process, failures, selfUsNow, participation, archive];
export const WARNING_RULES: readonly WarningRule[] = [visionWithoutSubstance, whatWithoutWhy, unfinishedAsProcess];
export const RULES: readonly Rule[] = [...ITEM_RULES, ...WARNING_RULES];

/** The frontmatter key holding the writer's manual overrides. */
export const OVERRIDE_KEY = "process-checklist";

/** The question and hint of a rule in a language. */
export function ruleText(id: RuleId, language: Language): RuleText {
  const rule = RULES.find((candidate) => candidate.id === id);
  return rule ? rule.text[language] : { question: id, hint: "" };
}

/** Items the writer marked done by hand: `process-checklist: {why: true}`. */
export function manualOverrides(frontmatter: Readonly<Record<string, unknown>> | null | undefined): Set<ChecklistItemId> {
  const marked = new Set<ChecklistItemId>();
  const value = frontmatter?.[OVERRIDE_KEY];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return marked;
  for (const id of CHECKLIST_ITEM_IDS) {
    const entry = (value as Record<string, unknown>)[id];
    if (entry === true || entry === "true") marked.add(id);
  }
  return marked;
}

// Compiling the word lists is the costly part of a check; reuse them while the extra words stay the
// same. The words are compared one by one, not by identity: settings may be edited in place.
let cachedLexicon: { extraWords: Readonly<Record<string, string>>; lexicon: Lexicon } | null = null;

function sameWords(cached: Readonly<Record<string, string>>, current: Readonly<Record<string, string>>): boolean {
  let count = 0;
  for (const key in current) {
    if (cached[key] !== current[key]) return false;
    count++;
  }
  return count === Object.keys(cached).length;
}

function lexiconFor(settings: Settings): Lexicon {
  if (!cachedLexicon || !sameWords(cachedLexicon.extraWords, settings.extraWords)) {
    cachedLexicon = { extraWords: { ...settings.extraWords }, lexicon: buildLexicon(settings) };
  }
  return cachedLexicon.lexicon;
}

export function checkNote(
  parsed: ParsedNoteDetails,
  frontmatter: Readonly<Record<string, unknown>> | null | undefined,
  settings: Settings,
  language: Language,
): ChecklistReport {
  const note = analyseNote(parsed, settings, lexiconFor(settings));
  const overrides = manualOverrides(frontmatter);
  const items: ItemResult[] = [];
  for (const rule of ITEM_RULES) {
    if (!settings.enabledItems[rule.id]) continue;
    const decision = rule.check(note);
    items.push({
      id: rule.id,
      status: overrides.has(rule.id) ? "manual" : decision.status,
      evidence: decision.evidence,
      hint: rule.text[language].hint,
    });
  }
  const warnings: WarningResult[] = [];
  for (const rule of WARNING_RULES) {
    const decision = rule.check(note);
    if (decision.fires) warnings.push({ id: rule.id, evidence: decision.evidence });
  }
  const score = items.filter((item) => item.status === "pass" || item.status === "manual").length;
  return { score, max: items.length, items, warnings };
}
