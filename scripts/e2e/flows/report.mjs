// The vault report: every process post with its score, worst first; a row opens its note, and
// "Copy as Markdown" puts the table on the clipboard.
import { assert, openPreview, runCommand, runCommandById, screenshot } from "../browser.mjs";
import { posts } from "../vault-facts.mjs";

async function openReport(context, url, theme, lang) {
  const page = await openPreview(context, url, { theme, lang, note: "posts/Sourdough starter log.md" });
  if (lang === "en") await runCommand(page, "Check all process posts");
  else await runCommandById(page, "check-all-posts");
  const report = page.locator(".preview-main-content .process-sharing-report");
  await report.locator(".process-sharing-report-row").first().waitFor();
  return { page, report };
}

export const reportFlows = [
  {
    name: "vault report: every process post, worst first; a row opens its note; copy as Markdown",
    async run({ context, url, shot }) {
      const { page, report } = await openReport(context, url, "light", "en");
      const rows = report.locator(".process-sharing-report-row");
      const paths = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.path));
      assert(
        JSON.stringify([...paths].sort()) === JSON.stringify(posts.map((post) => post.path).sort()),
        `the report lists ${paths.join(", ")}`,
      );
      const scores = (await report.locator(".process-sharing-report-score").allInnerTexts()).map((text) => Number(text.split("/")[0]));
      assert(scores.every((value, index) => index === 0 || scores[index - 1] <= value), `not worst first: ${scores.join(", ")}`);
      await screenshot(page, shot("report-light-en"));

      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
      await report.locator(".process-sharing-report-copy").click();
      await page.locator(".notice").filter({ hasText: "Copied the report" }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert(copied.startsWith("| Note |") && copied.split("\n").length >= posts.length + 2, `the clipboard holds "${copied.slice(0, 80)}…"`);

      const first = rows.first();
      const name = (await first.locator(".process-sharing-report-link").innerText()).trim();
      await first.locator(".process-sharing-report-link").click();
      await page.locator(".inline-title").filter({ hasText: name }).waitFor();
    },
  },
  {
    name: "vault report in dark and in Korean",
    async run({ context, url, shot }) {
      const { page, report } = await openReport(context, url, "dark", "ko");
      assert((await report.locator(".process-sharing-report-row").count()) === posts.length, "the Korean report misses posts");
      await screenshot(page, shot("report-dark-ko"));
    },
  },
];
