// The vault report: every process post with its score, failing items and warnings, worst first,
// and the same table as Markdown for "Copy as Markdown". Pure: reports in, rows and text out.
import type { ChecklistItemId, WarningId } from "../ids";
import type { ChecklistReport } from "./types";

export interface PostReportRow {
  path: string;
  /** File name without folders and without ".md". */
  name: string;
  score: number;
  max: number;
  /** Items that neither pass nor were marked done. */
  failing: ChecklistItemId[];
  warnings: WarningId[];
}

function nameOf(path: string): string {
  return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

/** Rows ordered worst first: lowest share of the score, then most warnings, then by path. */
export function vaultReportRows(entries: readonly { path: string; report: ChecklistReport }[]): PostReportRow[] {
  const rows = entries.map(({ path, report }) => ({
    path,
    name: nameOf(path),
    score: report.score,
    max: report.max,
    failing: report.items.filter((item) => item.status !== "pass" && item.status !== "manual").map((item) => item.id),
    warnings: report.warnings.map((warning) => warning.id),
  }));
  const share = (row: PostReportRow): number => (row.max === 0 ? 1 : row.score / row.max);
  return rows.sort(
    (a, b) => share(a) - share(b) || b.warnings.length - a.warnings.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

export interface ReportTableLabels {
  note: string;
  score: string;
  failing: string;
  warnings: string;
  /** Written in a cell that has nothing to list. */
  none: string;
  /** The display name of an item or warning id. */
  ruleName: (id: ChecklistItemId | WarningId) => string;
}

function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** The rows as a Markdown table; each note is a wiki link (its "|" escaped for the table). */
export function vaultReportMarkdown(rows: readonly PostReportRow[], labels: ReportTableLabels): string {
  const lines = [
    `| ${cell(labels.note)} | ${cell(labels.score)} | ${cell(labels.failing)} | ${cell(labels.warnings)} |`,
    "| --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const link = `[[${row.path.replace(/\.md$/i, "").replace(/\|/g, "")}\\|${row.name.replace(/\|/g, "")}]]`;
    const failing = row.failing.length === 0 ? labels.none : row.failing.map(labels.ruleName).join(", ");
    const warnings = row.warnings.length === 0 ? labels.none : row.warnings.map(labels.ruleName).join(", ");
    lines.push(`| ${link} | ${row.score} / ${row.max} | ${cell(failing)} | ${cell(warnings)} |`);
  }
  return `${lines.join("\n")}\n`;
}
