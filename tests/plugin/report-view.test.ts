// "Check all process posts": every process post with its score, worst first; rows open notes;
// "Copy as Markdown" puts the same table on the clipboard.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createHarness, notices, settle } from "./harness";
import { REPORT_VIEW_TYPE, ReportView } from "../../src/plugin/views/report-view";

const STRONG = `---
type: process-post
---
# Kiln diary

## Why I fire my own pots
I wanted to understand every step from clay to cup, because buying finished mugs taught me nothing.

## Process
- 2026-02-01: first bisque firing; two bowls cracked, so I slowed the ramp.
- 2026-02-08: glaze tests on six tiles.

Earlier entries are in [[Kiln diary January]]. What would you test next? Tell me in the comments.
`;

const WEAK = `---
type: process-post
---
# New mugs

New mugs are in the shop. Four colours, 350 ml, $28 each.
Available from Friday, order online.
`;

const IN_FOLDER = "# Draft\n\n## Why\nTODO\n\n## Process\nTBD\n";

afterEach(() => {
  vi.restoreAllMocks();
});

async function openReport(files: Record<string, string>, data?: unknown): Promise<ReportView> {
  const h = await createHarness({ files, data });
  await h.runCommand("check-all-posts");
  await settle();
  const [view] = h.views<ReportView>(REPORT_VIEW_TYPE);
  if (!(view instanceof ReportView)) throw new Error("The report did not open");
  return view;
}

function rowPaths(view: ReportView): string[] {
  return [...view.contentEl.querySelectorAll<HTMLElement>(".process-sharing-report-row")].map((row) => row.dataset.path ?? "");
}

describe("the process posts report", () => {
  it("lists every process post — by marker or by folder, not ignored ones — worst first", async () => {
    const view = await openReport(
      {
        "strong.md": STRONG,
        "weak.md": WEAK,
        "posts/draft.md": IN_FOLDER,
        "notes/plain.md": "# Just a note",
        "private/hidden.md": WEAK,
      },
      { postsFolder: "posts", ignoredPaths: ["private"] },
    );
    expect(rowPaths(view)).toEqual(["posts/draft.md", "weak.md", "strong.md"]);
    const first = view.contentEl.querySelector(".process-sharing-report-row");
    expect(first?.querySelector(".process-sharing-report-score")?.textContent).toBe("0 / 6");
    expect(first?.textContent).toContain("Unfinished work passed off as process");
    const strongRow = view.contentEl.querySelector('[data-path="strong.md"]');
    expect(strongRow?.querySelector(".process-sharing-report-score")?.textContent).toMatch(/^[4-6] \/ 6$/);
  });

  it("opens a post when its row is clicked", async () => {
    const view = await openReport({ "strong.md": STRONG, "weak.md": WEAK });
    const open = vi.spyOn(view.app.workspace, "openLinkText");
    view.contentEl.querySelector<HTMLElement>('[data-path="weak.md"] .process-sharing-report-link')?.click();
    expect(open).toHaveBeenCalledWith("weak.md", "", false);
  });

  it("copies the table as Markdown", async () => {
    const view = await openReport({ "strong.md": STRONG, "weak.md": WEAK });
    const written: string[] = [];
    Object.defineProperty(navigator, "clipboard", { value: { writeText: (text: string) => Promise.resolve(void written.push(text)) }, configurable: true });
    view.contentEl.querySelector<HTMLButtonElement>(".process-sharing-report-copy")?.click();
    await settle();
    expect(written).toHaveLength(1);
    const lines = written[0]!.trim().split("\n");
    expect(lines[0]).toBe("| Note | Score | Not yet there | Warnings |");
    expect(lines[2]).toMatch(/^\| \[\[weak\\\|weak\]\] \| 0 \/ 6 \|/);
    expect(lines).toHaveLength(4);
    expect(notices()).toContain("Copied the report as a Markdown table.");
  });

  it("says how posts are recognised when there are none", async () => {
    const view = await openReport({ "plain.md": "# Nothing here" });
    expect(view.contentEl.querySelector(".process-sharing-report-empty")?.textContent).toContain("type: process-post");
  });
});
