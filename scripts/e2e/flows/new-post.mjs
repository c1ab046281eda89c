// "New process post" from the command palette, filled in from the keyboard alone: a title, two roots
// picked from the suggestions, the folder, Enter — and the new note opens with its roots linked.
import { assert, editorState, openPreview, runCommand, screenshot } from "../browser.mjs";

const COMMAND = { en: "New process post", ko: "새 프로세스 글" };
const TITLES = { en: "Rye crackers, week one", ko: "호밀 크래커, 첫 주의 기록" };

async function focusedClass(page) {
  return page.evaluate(() => document.activeElement?.className ?? "");
}

async function fillNewPost(page, { lang, shotFile }) {
  await runCommand(page, COMMAND[lang]);
  const modal = page.locator(".modal-container .modal").filter({ has: page.locator(".process-sharing-new-post") });
  await modal.waitFor({ state: "visible" });
  assert((await focusedClass(page)).includes("process-sharing-new-post-title"), "the title field does not have the focus when the modal opens");

  await page.keyboard.type(TITLES[lang]);
  await page.keyboard.press("Tab");
  assert((await focusedClass(page)).includes("process-sharing-root-input"), "Tab from the title does not reach the roots field");
  for (const query of ["프로세스", "아카이브"]) {
    await page.keyboard.type(query);
    await page.locator(".suggestion-container .suggestion-item").first().waitFor();
    await page.keyboard.press("Enter");
    await page.locator(".suggestion-container").waitFor({ state: "detached" });
  }
  const chips = modal.locator(".process-sharing-root-chip");
  assert((await chips.count()) === 2, `expected two root chips, found ${await chips.count()}`);
  if (shotFile) await screenshot(page, shotFile);

  await page.keyboard.press("Tab");
  assert((await focusedClass(page)).includes("process-sharing-new-post-folder"), "Tab from the roots does not reach the folder field");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("posts");
  await page.keyboard.press("Enter");
  await modal.waitFor({ state: "detached" });
}

export const newPostFlows = [
  {
    name: "new process post: filled by keyboard, the new note opens with its roots",
    async run({ context, url, shot }) {
      const page = await openPreview(context, url, { theme: "light", lang: "en", note: "posts/Sourdough starter log.md" });
      await fillNewPost(page, { lang: "en", shotFile: shot("new-post-modal-light-en") });
      const title = TITLES.en;
      await page.locator(".inline-title").filter({ hasText: title }).waitFor();
      await page.locator(`.nav-file-title[data-path="posts/${title}.md"]`).waitFor();
      const { text } = await editorState(page);
      assert(text.includes("[[root-04-프로세스-공유]]"), "the new note does not link root-04");
      assert(text.includes("[[root-07-아카이브-사고]]"), "the new note does not link root-07");
      assert(text.includes(title), "the new note does not carry its title");
    },
  },
  {
    name: "new process post modal in dark and in Korean",
    async run({ context, url, shot }) {
      for (const [theme, lang] of [["dark", "en"], ["light", "ko"], ["dark", "ko"]]) {
        const page = await openPreview(context, url, { theme, lang, note: "posts/Sourdough starter log.md" });
        await fillNewPost(page, { lang, shotFile: shot(`new-post-modal-${theme}-${lang}`) });
        await page.locator(".inline-title").filter({ hasText: TITLES[lang] }).waitFor();
        await page.close();
      }
    },
  },
];
