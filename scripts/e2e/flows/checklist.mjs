// The checklist sidebar as a writer uses it: open a post and read its score, items and evidence;
// click an evidence line and land on it in the editor; type and watch the sidebar follow; mark an
// item as done and see the override in the note's frontmatter.
import { assert, editorState, openNoteFromList, openPreview, runCommand, runCommandById, screenshot } from "../browser.mjs";

export const CHECKLIST_COMMAND = "open-checklist";
export const SIDEBAR = ".preview-right .process-sharing-checklist";

const POSTS = {
  en: { strong: "posts/Why we publish our failed loaves.md", weak: "posts/Introducing Loaf Club 2.0.md" },
  ko: { strong: "posts/손으로 꿰맨 노트, 석 달째 만드는 과정.md", weak: "posts/우리의 비전.md" },
};
const ITEM_IDS = ["why", "process", "failures", "self-us-now", "participation", "archive"];

/** Opens the preview on a note and the checklist through the command palette. */
async function openChecklist(context, url, { theme = "light", lang = "en", note, autosave }) {
  const page = await openPreview(context, url, { theme, lang, note, autosave });
  if (lang === "en") await runCommand(page, "Open process checklist");
  else await runCommandById(page, CHECKLIST_COMMAND);
  const sidebar = page.locator(SIDEBAR);
  await sidebar.locator(".process-sharing-checklist-item").first().waitFor();
  return { page, sidebar };
}

async function score(sidebar) {
  const text = (await sidebar.locator(".process-sharing-checklist-score-value").innerText()).trim();
  const match = /^(\d+) \/ (\d+)$/.exec(text);
  assert(match, `the score reads "${text}"`);
  return { score: Number(match[1]), max: Number(match[2]) };
}

const statusOf = (sidebar, id) => sidebar.locator(`.process-sharing-checklist-item[data-id="${id}"]`).getAttribute("data-status");

export const checklistFlows = [
  {
    name: "checklist: a strong post shows its score, every item and the evidence lines",
    async run({ context, url }) {
      const { page, sidebar } = await openChecklist(context, url, { note: POSTS.en.strong });
      const name = (await sidebar.locator(".process-sharing-checklist-note").innerText()).trim();
      assert(name.includes("Why we publish our failed loaves"), `the sidebar names "${name}"`);
      const { score: value, max } = await score(sidebar);
      assert(max === 6 && value >= 5, `a strong post scores ${value} / ${max}`);
      const ids = await sidebar.locator(".process-sharing-checklist-item").evaluateAll((rows) => rows.map((row) => row.dataset.id));
      assert(JSON.stringify(ids) === JSON.stringify(ITEM_IDS), `items shown: ${ids.join(", ")}`);
      const passing = await sidebar.locator('.process-sharing-checklist-item[data-status="pass"]').count();
      assert(passing === value, `${passing} items pass but the score is ${value}`);

      // Every evidence line quotes the note at the line it names.
      const { text } = await editorState(page);
      const lines = text.split("\n");
      const evidence = await sidebar.locator(".process-sharing-checklist-item .process-sharing-checklist-evidence-line").evaluateAll((links) =>
        links.map((link) => ({ line: Number(link.dataset.line), text: link.querySelector(".process-sharing-checklist-line-text")?.textContent ?? "" })),
      );
      assert(evidence.length >= value, `only ${evidence.length} evidence lines for ${value} passing items`);
      for (const entry of evidence) {
        const quoted = entry.text.replace(/…$/, "").trim();
        assert((lines[entry.line - 1] ?? "").includes(quoted), `evidence "${entry.text}" is not line ${entry.line} of the note`);
      }
    },
  },
  {
    name: "checklist: a weak post shows its failing items with hints, and the warnings that fire",
    async run({ context, url }) {
      for (const [lang, warning] of [["en", "what-without-why"], ["ko", "vision-without-substance"]]) {
        const { page, sidebar } = await openChecklist(context, url, { lang, note: POSTS[lang].weak });
        const { score: value } = await score(sidebar);
        assert(value <= 2, `${POSTS[lang].weak} scores ${value}`);
        const failing = sidebar.locator('.process-sharing-checklist-item[data-status="fail"]');
        assert((await failing.count()) >= 4, `only ${await failing.count()} items fail on ${POSTS[lang].weak}`);
        for (const hint of await failing.locator(".process-sharing-checklist-hint").allInnerTexts()) {
          assert(hint.trim().length > 10, `a failing item's hint reads "${hint}"`);
        }
        const row = sidebar.locator(`.process-sharing-checklist-warning[data-id="${warning}"]`);
        assert((await row.count()) === 1, `the ${warning} warning is not shown on ${POSTS[lang].weak}`);
        assert((await row.locator(".process-sharing-checklist-evidence-line").count()) >= 1, `the ${warning} warning shows no evidence`);
        await page.close();
      }
    },
  },
  {
    name: "checklist: with no note open the sidebar says what to do, and follows the note opened next",
    async run({ context, url }) {
      const page = await openPreview(context, url, { theme: "light", lang: "en" });
      await runCommand(page, "Open process checklist");
      const empty = page.locator(`${SIDEBAR} .process-sharing-checklist-empty-no-note`);
      await empty.waitFor();
      assert((await empty.innerText()).trim().length > 10, "the empty state says nothing");
      await openNoteFromList(page, POSTS.en.strong);
      await page.locator(`${SIDEBAR} .process-sharing-checklist-note`).filter({ hasText: "Why we publish our failed loaves" }).waitFor();
      await openNoteFromList(page, POSTS.en.weak);
      await page.locator(`${SIDEBAR} .process-sharing-checklist-note`).filter({ hasText: "Introducing Loaf Club 2.0" }).waitFor();
    },
  },
  {
    name: "checklist: clicking an evidence line puts the editor's cursor on that line",
    async run({ context, url }) {
      const { page, sidebar } = await openChecklist(context, url, { note: POSTS.en.strong });
      const links = sidebar.locator(".process-sharing-checklist-evidence-line");
      const count = await links.count();
      assert(count >= 2, "fewer than two evidence lines to click");
      for (const index of [count - 1, 0]) {
        const link = links.nth(index);
        const line = Number(await link.getAttribute("data-line"));
        const quoted = (await link.locator(".process-sharing-checklist-line-text").innerText()).replace(/…$/, "").trim();
        await link.click();
        await page.waitForFunction((wanted) => document.querySelector(".preview-cursor")?.getAttribute("data-line") === String(wanted), line);
        const state = await editorState(page);
        assert(state.focused, "the editor does not have the focus after the click");
        assert(state.fromLine === line, `the cursor is on line ${state.fromLine}, the evidence named line ${line}`);
        assert((state.text.split("\n")[line - 1] ?? "").includes(quoted), `line ${line} does not hold "${quoted}"`);
      }

      // From the keyboard: the focused evidence line shows a focus ring, and Enter follows it.
      const target = links.nth(1);
      const line = Number(await target.getAttribute("data-line"));
      await page.keyboard.press("Tab");
      await target.focus();
      const ring = await target.evaluate((el) => (el.matches(":focus-visible") ? getComputedStyle(el).outlineStyle : "not focus-visible"));
      assert(ring !== "none" && ring !== "not focus-visible", `a focused evidence line shows no focus ring (${ring})`);
      await page.keyboard.press("Enter");
      await page.waitForFunction((wanted) => document.querySelector(".preview-cursor")?.getAttribute("data-line") === String(wanted), line);
    },
  },
  {
    name: "checklist: typing into the note updates the sidebar",
    async run({ context, url }) {
      // Autosave off: the sidebar can only learn of the new text from the editor, as it must while typing.
      const { page, sidebar } = await openChecklist(context, url, { note: POSTS.en.weak, autosave: "off" });
      const before = await score(sidebar);
      assert((await statusOf(sidebar, "why")) !== "pass", "the weak post already passes 'why'");
      const textarea = page.locator(".preview-textarea");
      await textarea.click();
      await page.keyboard.press("Control+End");
      await page.keyboard.type(
        "\n\n## Why we started Loaf Club\n\nI started Loaf Club because my neighbours kept asking where good rye comes from, " +
          "and I wanted a place where we bake it together. That is the reason we do this.\n",
      );
      await page.waitForFunction(
        () => document.querySelector('.process-sharing-checklist-item[data-id="why"]')?.getAttribute("data-status") !== "fail",
        null,
        { timeout: 5000 },
      );
      const saved = await page.evaluate((path) => window.__preview.obsidian.read(path), POSTS.en.weak);
      assert(!saved.includes("Why we started Loaf Club"), "the note was saved while typing; the check must come from the editor");
      const after = await score(sidebar);
      const why = await statusOf(sidebar, "why");
      assert(why === "pass" || after.score > before.score, `after typing a why section, 'why' is ${why} and the score ${after.score}`);
    },
  },
  {
    name: "checklist: \"Mark as done\" writes the override into the frontmatter, \"Undo\" removes it",
    async run({ context, url }) {
      const { page, sidebar } = await openChecklist(context, url, { note: POSTS.en.weak });
      const failing = sidebar.locator('.process-sharing-checklist-item:not([data-status="pass"])').filter({ has: page.locator(".process-sharing-checklist-toggle") }).first();
      const id = await failing.getAttribute("data-id");
      const before = await score(sidebar);
      await failing.locator(".process-sharing-checklist-toggle").click();
      const row = sidebar.locator(`.process-sharing-checklist-item[data-id="${id}"]`);
      await page.waitForFunction((itemId) => document.querySelector(`.process-sharing-checklist-item[data-id="${itemId}"]`)?.getAttribute("data-status") === "manual", id);
      await page.waitForFunction(
        (itemId) => new RegExp(`^process-checklist:\\s*\\n\\s+${itemId}: true`, "m").test(document.querySelector(".preview-textarea").value),
        id,
      );
      const frontmatter = (await editorState(page)).text.split("\n---")[0];
      assert(frontmatter.startsWith("---"), "the note lost its frontmatter");
      assert(frontmatter.includes("type: process-post"), "the other frontmatter keys are gone");
      const marked = await score(sidebar);
      assert(marked.score === before.score + 1, `the score went from ${before.score} to ${marked.score}`);

      await row.locator(".process-sharing-checklist-toggle").click();
      await page.waitForFunction((itemId) => document.querySelector(`.process-sharing-checklist-item[data-id="${itemId}"]`)?.getAttribute("data-status") !== "manual", id);
      await page.waitForFunction(() => !document.querySelector(".preview-textarea").value.includes("process-checklist"));
      assert((await score(sidebar)).score === before.score, "Undo did not restore the score");
    },
  },
  {
    name: "checklist screenshots: strong and weak posts, light and dark, English and Korean",
    async run({ context, url, shot }) {
      for (const lang of ["en", "ko"]) {
        for (const strength of ["strong", "weak"]) {
          for (const theme of ["light", "dark"]) {
            const { page, sidebar } = await openChecklist(context, url, { theme, lang, note: POSTS[lang][strength] });
            const { score: value } = await score(sidebar);
            if (strength === "strong") assert(value >= 5, `${POSTS[lang].strong} scores only ${value}`);
            else {
              assert(value <= 2, `${POSTS[lang].weak} scores ${value}`);
              // A weak post's story is in its warnings: scroll to them, starting at a whole item.
              await sidebar.locator('.process-sharing-checklist-item[data-id="participation"]').evaluate((el) => el.scrollIntoView({ block: "start" }));
            }
            await screenshot(page, shot(`checklist-${strength}-${theme}-${lang}`));
            await page.close();
          }
        }
      }
    },
  },
];
