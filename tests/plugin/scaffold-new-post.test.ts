import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { createHarness, notices, openModals, settle, type Harness } from "./harness";
import { NewPostModal } from "../../src/plugin/modals/new-post-modal";

const ROOTS = {
  "roots/root-04-프로세스-공유.md": "---\ncategory: philosophical-root\n---\n# Root 04: 프로세스 공유\n",
  "roots/root-07-아카이브-사고.md": "---\ncategory: philosophical-root\n---\n# Root 07: 아카이브 사고\n",
};

function frontmatterOf(text: string): Record<string, unknown> {
  return parseYaml(text.split("---")[1] ?? "") as Record<string, unknown>;
}

function press(element: HTMLElement, key: string): KeyboardEvent {
  const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
  element.dispatchEvent(event);
  return event;
}

/** Opens "New process post" from the command palette and returns the modal's fields. */
async function openNewPostModal(h: Harness): Promise<{
  modal: NewPostModal;
  title: HTMLInputElement;
  roots: HTMLInputElement;
  folder: HTMLInputElement;
  chips: () => string[];
}> {
  await h.runCommand("new-process-post");
  const modal = openModals().find((candidate) => candidate instanceof NewPostModal);
  if (!(modal instanceof NewPostModal)) throw new Error("the modal did not open");
  const field = (selector: string): HTMLInputElement => {
    const element = modal.contentEl.querySelector(selector);
    if (!(element instanceof HTMLInputElement)) throw new Error(`no ${selector}`);
    return element;
  };
  return {
    modal,
    title: field(".process-sharing-new-post-title"),
    roots: field(".process-sharing-root-input"),
    folder: field(".process-sharing-new-post-folder"),
    chips: () => [...modal.contentEl.querySelectorAll(".process-sharing-root-chip-label")].map((chip) => chip.textContent ?? ""),
  };
}

describe("New process post", () => {
  it("creates a Korean post from the keyboard alone, opens it, and puts the cursor in the Me section", async () => {
    const h = await createHarness({ files: { ...ROOTS, "posts/": "" }, language: "ko", data: { postsFolder: "posts" } });
    const form = await openNewPostModal(h);
    expect(form.folder.value).toBe("posts");

    form.title.value = "원두 고르기: 왜 이 콩인가?";
    form.roots.value = "root-04-프로세스-공유";
    press(form.roots, "Enter");
    expect(form.roots.value).toBe("");
    expect(form.chips()).toEqual(["Root 04: 프로세스 공유"]);
    press(form.title, "Enter");
    await settle();

    expect(openModals()).toEqual([]);
    const path = "posts/원두 고르기 왜 이 콩인가.md";
    const text = await h.read(path);
    expect(frontmatterOf(text)).toMatchObject({ title: "원두 고르기: 왜 이 콩인가?", type: "process-post", roots: ["[[root-04-프로세스-공유]]"] });
    const view = h.activeMarkdownView();
    expect(view.file?.path).toBe(path);
    const lines = view.editor.getValue().split("\n");
    const meHeading = lines.indexOf("## 나 — 왜 이 일을 하는가");
    expect(view.editor.getCursor()).toEqual({ line: meHeading + 2, ch: 0 });
    expect(notices()).toEqual([]);
  });

  it("in English: roots picked from suggestions, the last removed with Backspace, one removed by its button", async () => {
    const h = await createHarness({ files: ROOTS, language: "en" });
    const form = await openNewPostModal(h);
    const suggest = (form.modal as unknown as { rootSuggest: { getSuggestions(q: string): { linktext: string }[]; selectSuggestion(root: unknown): void } }).rootSuggest;

    const found = suggest.getSuggestions("아카이브");
    expect(found.map((root) => root.linktext)).toEqual(["root-07-아카이브-사고"]);
    suggest.selectSuggestion(found[0]);
    form.roots.value = "root-04-프로세스-공유";
    press(form.roots, "Enter");
    form.roots.value = "my-own-root";
    press(form.roots, "Enter");
    expect(form.modal.chosenRoots()).toEqual(["root-07-아카이브-사고", "root-04-프로세스-공유", "my-own-root"]);
    // A chosen root is not suggested again.
    expect(suggest.getSuggestions("root")).toEqual([]);

    expect(press(form.roots, "Backspace").defaultPrevented).toBe(true);
    expect(form.modal.chosenRoots()).toEqual(["root-07-아카이브-사고", "root-04-프로세스-공유"]);
    const removeButtons = form.modal.contentEl.querySelectorAll("button.process-sharing-root-chip-remove");
    expect(removeButtons[0]?.getAttribute("aria-label")).toBe("Remove root-07-아카이브-사고");
    (removeButtons[0] as HTMLButtonElement).click();
    expect(form.modal.chosenRoots()).toEqual(["root-04-프로세스-공유"]);

    form.title.value = "Sourdough in public";
    press(form.roots, "Enter");
    await settle();
    const text = await h.read("Sourdough in public.md");
    expect(frontmatterOf(text).roots).toEqual(["[[root-04-프로세스-공유]]"]);
    expect(text).toContain("## Me — why I do this");
  });

  it("preselects the default roots and creates missing folders", async () => {
    const h = await createHarness({ files: ROOTS, data: { defaultRoots: ["root-07-아카이브-사고"], postsFolder: "글/2026" } });
    const form = await openNewPostModal(h);
    expect(form.modal.chosenRoots()).toEqual(["root-07-아카이브-사고"]);
    form.title.value = "Kiln log";
    press(form.title, "Enter");
    await settle();
    expect(frontmatterOf(await h.read("글/2026/Kiln log.md")).roots).toEqual(["[[root-07-아카이브-사고]]"]);
  });

  it("never overwrites: a taken name gets ' 1', and a file appearing meanwhile is skipped", async () => {
    const h = await createHarness({ files: { "Loaf.md": "mine\n" } });
    let form = await openNewPostModal(h);
    form.title.value = "Loaf";
    press(form.title, "Enter");
    await settle();
    expect(await h.read("Loaf.md")).toBe("mine\n");
    expect(await h.read("Loaf 1.md")).toContain("# Loaf");

    // "Loaf 2.md" appears between the check and the create (a sync, say): create throws, the next name is taken.
    const vault = h.app.vault;
    const create = vault.create.bind(vault);
    vault.create = async (path: string, data: string) => {
      if (path === "Loaf 2.md") {
        await create(path, "synced meanwhile\n");
        throw new Error("File already exists.");
      }
      return create(path, data);
    };
    form = await openNewPostModal(h);
    form.title.value = "Loaf";
    press(form.title, "Enter");
    await settle();
    expect(await h.read("Loaf 2.md")).toBe("synced meanwhile\n");
    expect(await h.read("Loaf 3.md")).toContain("# Loaf");
    expect(h.activeMarkdownView().file?.path).toBe("Loaf 3.md");
  });

  it("a missing template note: says so and uses the built-in template", async () => {
    const h = await createHarness({ data: { templatePath: "templates/gone.md" } });
    const form = await openNewPostModal(h);
    form.title.value = "Glaze tests";
    press(form.title, "Enter");
    await settle();
    expect(notices()).toEqual(['Template note "templates/gone.md" was not found; using the built-in template.']);
    expect(await h.read("Glaze tests.md")).toContain("## Failures and pivots");
  });

  it("a user template: filled, unknown placeholders named in a notice", async () => {
    const h = await createHarness({
      files: { "templates/post.md": "# {{title}}\n\n## Self\nWritten {{date:dddd}} by {{author}}\n" },
      data: { templatePath: "templates/post" },
    });
    const form = await openNewPostModal(h);
    form.title.value = "Kiln";
    press(form.title, "Enter");
    await settle();
    const text = await h.read("Kiln.md");
    expect(text).toMatch(/^---\ntype: process-post\n---\n# Kiln\n\n## Self\nWritten \w+day by \{\{author\}\}\n$/u);
    expect(notices()).toEqual(["Left as written (unknown placeholders): {{author}}"]);
    // No empty line in the Me section: the cursor goes to the end of what is written there.
    expect(h.activeMarkdownView().editor.getCursor().line).toBe(6);
  });

  it("the folder is a file, or not a valid path: a clear notice, nothing created, the modal stays", async () => {
    const h = await createHarness({ files: { "posts.md": "x", notes: "a file without extension" } });
    for (const [folder, message] of [
      ["notes", '"notes" is a file, not a folder. Choose another folder for new posts.'],
      ["a/../b", '"a/../b" is not a valid folder path.'],
      ["what?", '"what?" is not a valid folder path.'],
    ] as const) {
      const form = await openNewPostModal(h);
      form.folder.value = folder;
      form.title.value = "T";
      press(form.folder, "Enter");
      await settle();
      expect(notices().at(-1)).toBe(message);
      expect(openModals()).toContain(form.modal);
      form.modal.close();
    }
    expect(h.app.vault.getFiles().map((file) => file.path).sort()).toEqual(["notes", "posts.md"]);
  });

  it("an empty title is refused with a notice; Enter while composing Hangul does nothing", async () => {
    const h = await createHarness({ language: "ko" });
    const form = await openNewPostModal(h);
    press(form.title, "Enter");
    await settle();
    expect(notices()).toEqual(["먼저 글 제목을 적어 주세요."]);
    form.title.value = "한글";
    form.title.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", isComposing: true, bubbles: true, cancelable: true }));
    await settle();
    expect(h.app.vault.getFiles()).toEqual([]);
    expect(openModals()).toContain(form.modal);
  });
});
