// The roots overview: every root of the example vault with how many posts link it, and the posts
// that link no root; a click on an orphan opens it.
import { assert, openPreview, runCommand, screenshot } from "../browser.mjs";
import { orphans, postsLinking, roots } from "../vault-facts.mjs";

const OPEN_OVERVIEW = { en: "Open roots overview", ko: "루트 한눈에 보기" };

async function openOverview(context, url, theme, lang) {
  const page = await openPreview(context, url, { theme, lang, note: "posts/Why we publish our failed loaves.md" });
  await runCommand(page, OPEN_OVERVIEW[lang]);
  const overview = page.locator(".preview-main-content .process-sharing-roots-overview");
  await overview.waitFor({ state: "visible" });
  await overview.locator(".process-sharing-roots-overview-root").first().waitFor();
  return { page, overview };
}

export const rootsFlows = [
  {
    name: "roots overview lists every root with its post count, and the orphans",
    async run({ context, url, shot }) {
      const { page, overview } = await openOverview(context, url, "light", "en");
      const rows = overview.locator(".process-sharing-roots-overview-root");
      assert((await rows.count()) === roots.length, `expected ${roots.length} roots, the overview shows ${await rows.count()}`);
      for (const root of roots) {
        const row = overview.locator(`.process-sharing-roots-overview-root[data-path="${root.path}"]`);
        assert((await row.count()) === 1, `no row for ${root.path}`);
        const title = await row.locator(".process-sharing-roots-overview-head").innerText();
        assert(title.trim() !== "", `the row of ${root.path} has no title`);
        const linking = postsLinking(root.path).length;
        const expected = linking === 0 ? null : linking === 1 ? "One post" : `${linking} posts`;
        const count = (await row.locator(".process-sharing-roots-count").innerText()).trim();
        if (expected) assert(count === expected, `${root.name}: expected "${expected}", shown "${count}"`);
      }
      const orphanSection = overview.locator(".process-sharing-roots-orphans");
      for (const orphan of orphans) {
        assert((await orphanSection.getByText(orphan, { exact: true }).count()) === 1, `orphan "${orphan}" is not listed`);
      }
      await screenshot(page, shot("roots-overview-light-en"));

      const first = orphans[0];
      if (first) {
        await orphanSection.getByText(first, { exact: true }).click();
        await page.locator(".inline-title").filter({ hasText: first }).waitFor();
      }
    },
  },
  {
    name: "roots overview in dark and in Korean",
    async run({ context, url, shot }) {
      for (const [theme, lang] of [["dark", "en"], ["light", "ko"], ["dark", "ko"]]) {
        const { page, overview } = await openOverview(context, url, theme, lang);
        const rows = await overview.locator(".process-sharing-roots-overview-root").count();
        assert(rows === roots.length, `${theme}/${lang}: ${rows} roots shown`);
        await screenshot(page, shot(`roots-overview-${theme}-${lang}`));
        await page.close();
      }
    },
  },
];
