// Example notes inside rule files: `ko` and `en` tags mark the language and strip the common
// indentation, so a rule's examples read as notes while staying indented with the code.
import type { Language } from "../i18n";

export interface RuleExample {
  language: Language;
  text: string;
}

// A rule's examples sit beside it as a function of their own, not on the rule object: the bundles
// import only the rules and drop a function nothing calls (a top-level value built with the `ko` and
// `en` tags would ship, as esbuild cannot tell that the tags are pure). The tests reach the examples
// through rule-examples.ts.

/** Realistic notes in both languages; the item rule's tests. `partial` ones are optional. */
export interface ItemRuleExamples {
  pass: readonly RuleExample[];
  partial?: readonly RuleExample[];
  fail: readonly RuleExample[];
}

/** `pass`: notes the warning leaves alone; `fail`: notes it fires on. */
export interface WarningRuleExamples {
  pass: readonly RuleExample[];
  fail: readonly RuleExample[];
}

function dedent(strings: TemplateStringsArray, values: readonly unknown[]): string {
  const raw = strings.reduce((text, part, index) => text + part + (index < values.length ? String(values[index]) : ""), "");
  const lines = raw.replace(/^\n/, "").replace(/\n[ \t]*$/, "").split("\n");
  const indents = lines.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut)).join("\n");
}

export function ko(strings: TemplateStringsArray, ...values: unknown[]): RuleExample {
  return { language: "ko", text: dedent(strings, values) };
}

export function en(strings: TemplateStringsArray, ...values: unknown[]): RuleExample {
  return { language: "en", text: dedent(strings, values) };
}
