// Agreement with a writer's judgement: every labelled note is checked and compared with its
// labels, item by item and warning by warning. Prints the agreement per item; each must reach 90%.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkNote } from "../../../src/core/checklist/registry";
import { CHECKLIST_ITEM_IDS, WARNING_IDS, type RuleId } from "../../../src/core/ids";
import { parseNote } from "../../../src/core/markdown/parse";
import { defaultSettings } from "../../../src/core/settings";

interface Label {
  items: Record<string, string>;
  warnings: string[];
}

const folder = path.join(import.meta.dirname, "../../fixtures/labelled");
const labels = JSON.parse(readFileSync(path.join(folder, "labels.json"), "utf8")) as Record<string, Label>;
const notes = readdirSync(folder).filter((name) => name.endsWith(".md") && name !== "README.md").sort();

function agreement(): { perRule: Map<RuleId, number>; misses: string[] } {
  const hits = new Map<RuleId, number>();
  const misses: string[] = [];
  for (const name of notes) {
    const label = labels[name];
    if (!label) throw new Error(`${name} has no label`);
    const report = checkNote(parseNote(readFileSync(path.join(folder, name), "utf8")), {}, defaultSettings(), "en");
    for (const id of CHECKLIST_ITEM_IDS) {
      const got = report.items.find((item) => item.id === id)?.status;
      if (got === label.items[id]) hits.set(id, (hits.get(id) ?? 0) + 1);
      else misses.push(`${name} ${id}: labelled ${label.items[id]}, got ${got}`);
    }
    for (const id of WARNING_IDS) {
      const fired = report.warnings.some((warning) => warning.id === id);
      if (fired === label.warnings.includes(id)) hits.set(id, (hits.get(id) ?? 0) + 1);
      else misses.push(`${name} ${id}: labelled ${label.warnings.includes(id) ? "fires" : "quiet"}, got ${fired ? "fires" : "quiet"}`);
    }
  }
  const perRule = new Map<RuleId, number>();
  for (const id of [...CHECKLIST_ITEM_IDS, ...WARNING_IDS]) perRule.set(id, (hits.get(id) ?? 0) / notes.length);
  return { perRule, misses };
}

describe("labelled notes", () => {
  it("has at least 30 labelled notes, each with a label and every label with a note", () => {
    expect(notes.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(labels).sort()).toEqual(notes);
  });

  it("agrees with the writer's labels on 90% of notes or more, per item and per warning", () => {
    const { perRule, misses } = agreement();
    const table = [...perRule].map(([id, share]) => `  ${id.padEnd(26)} ${(share * 100).toFixed(1).padStart(5)}%`);
    console.log(`Agreement on ${notes.length} labelled notes:\n${table.join("\n")}${misses.length > 0 ? `\nDisagreements:\n  ${misses.join("\n  ")}` : ""}`);
    for (const [id, share] of perRule) expect(share, id).toBeGreaterThanOrEqual(0.9);
  });
});
