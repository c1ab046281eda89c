// Results and their targets, and the two ways to print them: an aligned table for people and
// JSON for machines. A target is a bound on a figure; a case without one is shown for context.

export type Unit = "ms" | "x" | "KB" | "count" | "ratio";

export interface Target {
  /** At most `max`, or within [min, max]. */
  max: number;
  min?: number;
}

export interface CaseResult {
  group: string;
  id: string;
  label: string;
  /** The median (or the single figure for sizes and counts); null when the case could not run. */
  value: number | null;
  unit: Unit;
  target?: Target;
  /** True/false against the target; null without a target or without a figure. */
  met: boolean | null;
  /** Why a figure is missing, or what else a reader should know. */
  note?: string;
}

export function result(group: string, id: string, label: string, value: number | null, unit: Unit, target?: Target, note?: string): CaseResult {
  // A case with a target that produced no figure (it hung, it crashed) counts as missed.
  const met = target === undefined ? null : value !== null && value <= target.max && (target.min === undefined || value >= target.min);
  const entry: CaseResult = { group, id, label, value, unit, met };
  if (target) entry.target = target;
  if (note !== undefined) entry.note = note;
  return entry;
}

function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return "—";
  if (unit === "ms") return value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(2)} ms` : `${value.toFixed(3)} ms`;
  if (unit === "x") return `${value.toFixed(2)}×`;
  if (unit === "ratio") return value.toFixed(2);
  if (unit === "KB") return `${value.toFixed(1)} KB`;
  return `${value}`;
}

export function formatTarget(target: Target | undefined, unit: Unit): string {
  if (!target) return "";
  if (target.min !== undefined) return `${formatValue(target.min, unit)} – ${formatValue(target.max, unit)}`;
  return `≤ ${formatValue(target.max, unit)}`;
}

function verdict(met: boolean | null): string {
  return met === null ? "" : met ? "met" : "MISSED";
}

/** Display width: Hangul and other wide characters take two columns. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return columns;
}

function pad(text: string, columns: number): string {
  return text + " ".repeat(Math.max(0, columns - width(text)));
}

export function formatTable(results: readonly CaseResult[]): string {
  const header = ["case", "median", "target", ""];
  const rows = results.map((entry) => [`${entry.group}: ${entry.label}`, formatValue(entry.value, entry.unit), formatTarget(entry.target, entry.unit), verdict(entry.met)]);
  const widths = header.map((_, column) => Math.max(width(header[column] ?? ""), ...rows.map((row) => width(row[column] ?? ""))));
  const line = (cells: string[]): string => cells.map((cell, column) => pad(cell, widths[column] ?? 0)).join("  ").trimEnd();
  const out = [line(header), line(widths.map((columns) => "-".repeat(columns)))];
  for (const [index, row] of rows.entries()) {
    out.push(line(row));
    const note = results[index]?.note;
    if (note !== undefined) out.push(`    ${note}`);
  }
  const withTargets = results.filter((entry) => entry.met !== null);
  const missed = withTargets.filter((entry) => entry.met === false).length;
  out.push("", `${withTargets.length - missed} of ${withTargets.length} targets met${missed > 0 ? `, ${missed} missed` : ""}`);
  return out.join("\n");
}

/** A markdown table of the same results, for docs/performance.md. */
export function formatMarkdown(results: readonly CaseResult[]): string {
  const out = ["| case | median | target | |", "|---|---:|---:|---|"];
  for (const entry of results) {
    const note = entry.note === undefined ? "" : ` (${entry.note})`;
    out.push(`| ${entry.group}: ${entry.label}${note} | ${formatValue(entry.value, entry.unit)} | ${formatTarget(entry.target, entry.unit)} | ${verdict(entry.met)} |`);
  }
  return out.join("\n");
}
