// What the user sees: the roots overview and the "Linked roots" section of the checklist sidebar,
// on a post and on a root, in English and Korean, and what clicking in them does.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import { LINKED_ROOTS_SECTION_ID } from "../../src/plugin/views/linked-roots-section";
import { ROOTS_VIEW_TYPE, RootsView } from "../../src/plugin/views/roots-view";
import { createHarness, settle, type Harness } from "./harness";
import { ROOTS_VAULT } from "../fixtures/roots-vault/vault";

const R04 = "30-roots/root-04-프로세스-공유.md";
const ROASTING = "40-posts/2026-03-02 로스팅 일지.md";
const OSMU = "40-posts/osmu-build-log.md";

beforeEach(() => {
  // Only the clock is fake: "now" is 2026-03-13, three days after the OSMU post was written.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 2, 13, 1, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

function texts(root: HTMLElement, selector: string): string[] {
  return [...root.querySelectorAll<HTMLElement>(selector)].map((el) => el.textContent ?? "");
}

async function overview(h: Harness): Promise<HTMLElement> {
  await h.runCommand("open-roots-overview");
  const view = h.views<RootsView>(ROOTS_VIEW_TYPE)[0];
  if (!view) throw new Error("The overview did not open");
  return view.contentEl;
}

function renderSection(h: Harness, path: string): HTMLElement {
  const section = h.plugin.context.sidebarSections.find((entry) => entry.id === LINKED_ROOTS_SECTION_ID);
  if (!section) throw new Error("The linked roots section is not registered");
  const container = document.body.createDiv();
  section.render(container, h.file(path));
  return container;
}

describe("the roots overview", () => {
  it("lists every root in number order with its post count, latest post and relations", async () => {
    const h = await createHarness({ files: { ...ROOTS_VAULT } });
    const el = await overview(h);
    const rows = [...el.querySelectorAll<HTMLElement>(".process-sharing-roots-overview-root")];
    expect(rows.map((row) => row.querySelector(".process-sharing-roots-number")?.textContent)).toEqual(["02", "03", "04", "05", "07"]);
    const root04 = rows[2] as HTMLElement;
    expect(root04.querySelector(".process-sharing-roots-link")?.textContent).toBe("Root 04 - 과정을 나누는 일");
    expect(root04.querySelector(".process-sharing-roots-count")?.textContent).toBe("3 posts");
    expect(texts(root04, ".process-sharing-roots-prerequisites .process-sharing-roots-link")).toEqual(["root-02-의미가치", "root-05-인사이드-아웃"]);
    expect(texts(root04, ".process-sharing-roots-reinforcing .process-sharing-roots-link")).toEqual(["root-03-과도함", "root-07-아카이브-사고"]);
    expect(texts(rows[1] as HTMLElement, ".process-sharing-roots-latest")).toEqual(["No post yet"]);
    expect(texts(rows[4] as HTMLElement, ".process-sharing-roots-count")).toEqual(["One post"]);
    expect(texts(rows[4] as HTMLElement, ".process-sharing-roots-latest")).toEqual(["Latest: 2026-03-02 로스팅 일지, 11 days ago"]);
    expect(texts(el, ".process-sharing-roots-orphans li")).toEqual(["draft-without-roots", "waiting-for-root-09"]);
    expect(texts(el, ".process-sharing-roots-unresolved li")).toEqual([
      "root-04-프로세스-공유 → [[root-06-현장감]]",
      "waiting-for-root-09 → [[root-09-미정]]",
    ]);
  });

  it("speaks Korean", async () => {
    const h = await createHarness({ files: { ...ROOTS_VAULT }, language: "ko" });
    const el = await overview(h);
    const root02 = el.querySelector<HTMLElement>(".process-sharing-roots-overview-root") as HTMLElement;
    expect(root02.querySelector(".process-sharing-roots-count")?.textContent).toBe("글 1개");
    expect(root02.querySelector(".process-sharing-roots-latest")?.textContent).toBe("최근: osmu-build-log, 3일 전");
    expect(texts(el, ".process-sharing-roots-group-title")).toEqual(["루트가 없는 글", "존재하지 않는 루트로 가는 링크"]);
  });

  it("opens what is clicked", async () => {
    const h = await createHarness({ files: { ...ROOTS_VAULT } });
    const el = await overview(h);
    const orphan = [...el.querySelectorAll<HTMLElement>(".process-sharing-roots-orphans a")].find((a) => a.textContent === "draft-without-roots");
    orphan?.click();
    await settle();
    expect(h.obsidianApp.workspace.getActiveFile()?.path).toBe("40-posts/draft-without-roots.md");
    const root = el.querySelector<HTMLElement>(`.process-sharing-roots-overview-root[data-path="${R04}"] a`);
    root?.click();
    await settle();
    expect(h.obsidianApp.workspace.getActiveFile()?.path).toBe(R04);
  });

  it("follows the vault without being reopened", async () => {
    const h = await createHarness({ files: { ...ROOTS_VAULT } });
    const el = await overview(h);
    await h.obsidianApp.vault.create("30-roots/root-06-현장감.md", "# Root 06 - 현장감\n");
    await settle();
    // The overview redraws once the vault has been quiet for a moment.
    expect(texts(el, ".process-sharing-roots-number")).toEqual(["02", "03", "04", "05", "07"]);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(texts(el, ".process-sharing-roots-number")).toEqual(["02", "03", "04", "05", "06", "07"]);
    expect(texts(el, ".process-sharing-roots-unresolved li")).toEqual(["waiting-for-root-09 → [[root-09-미정]]"]);
  });

  it("is not drawn again when a save changes nothing it shows, and is when one does", async () => {
    const h = await createHarness({ files: { ...ROOTS_VAULT, "notes/plain.md": "# Plain\n\nNothing yet.\n" } });
    const el = await overview(h);
    const firstRow = el.querySelector(".process-sharing-roots-overview-root");
    expect(firstRow).not.toBeNull();
    // Writing in a note that links no root: the index changes, the overview does not.
    await h.obsidianApp.vault.modify(h.file("notes/plain.md"), "# Plain\n\nA first paragraph, still no links.\n");
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(el.contains(firstRow)).toBe(true);
    // Linking a root: its post count changes, so the overview is drawn again.
    await h.obsidianApp.vault.modify(h.file("notes/plain.md"), "---\ntype: process-post\n---\n# Plain\n\n[[root-02-의미가치]]\n");
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(el.contains(firstRow)).toBe(false);
    expect(texts(el, ".process-sharing-roots-overview-root .process-sharing-roots-count")[0]).not.toBe(firstRow?.querySelector(".process-sharing-roots-count")?.textContent);
  });

  it("tells how roots are recognised when there are none", async () => {
    const h = await createHarness({ files: { "note.md": "Plain.\n" }, data: { rootsFolder: "Philosophy", rootTag: "" } });
    const el = await overview(h);
    expect(texts(el, ".process-sharing-roots-empty-state li")).toEqual([
      "Its frontmatter has category: philosophical-root",
      "Its file name matches ^root-\\d+",
      "It is in the folder Philosophy",
    ]);
    expect(texts(el, ".process-sharing-roots-orphans .process-sharing-roots-empty")).toEqual(["Every process post links a root."]);
  });
});

describe("the linked roots section", () => {
  it("on a post: the roots it links, missing prerequisites with Add link, reinforcing roots", async () => {
    const h = await createHarness({ files: { ...ROOTS_VAULT } });
    const el = renderSection(h, ROASTING);
    expect(texts(el, ".process-sharing-roots-title")).toEqual(["Linked roots"]);
    expect(texts(el, ".process-sharing-roots-linked a")).toEqual(["Root 04 - 과정을 나누는 일", "Root 07 - 아카이브 사고"]);
    expect(texts(el, ".process-sharing-roots-missing li > a")).toEqual(["Root 02 - Meaning as value", "Root 05 - 인사이드 아웃"]);
    expect(texts(el, ".process-sharing-roots-missing .process-sharing-roots-note")).toEqual([
      "Required by Root 04 - 과정을 나누는 일",
      "Required by Root 04 - 과정을 나누는 일",
    ]);
    expect(texts(el, ".process-sharing-roots-suggestions a")).toEqual(["Root 03 - 과도함"]);
  });

  it("Add link writes the prerequisite into the roots list and the section redraws", async () => {
    const h = await createHarness({ files: { ...ROOTS_VAULT } });
    const el = renderSection(h, ROASTING);
    const button = el.querySelector<HTMLButtonElement>(".process-sharing-roots-missing .process-sharing-roots-add");
    expect(button?.textContent).toBe("Add link");
    button?.click();
    await settle();
    const text = await h.read(ROASTING);
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/u.exec(text)?.[1] ?? "") as { roots: string[] };
    expect(frontmatter.roots).toEqual(["[[root-04-프로세스-공유|과정 공유]]", "[[root-02-의미가치]]"]);
    expect(texts(el, ".process-sharing-roots-missing li > a")).toEqual(["Root 05 - 인사이드 아웃"]);
    expect(texts(el, ".process-sharing-roots-linked a")).toContain("Root 02 - Meaning as value");
  });

  it("on a note that links nothing", async () => {
    const h = await createHarness({ files: { ...ROOTS_VAULT }, language: "ko" });
    const el = renderSection(h, "inbox/grocery list.md");
    expect(texts(el, ".process-sharing-roots-empty")).toEqual(["아직 연결한 루트가 없습니다."]);
    expect(el.querySelector(".process-sharing-roots-missing")).toBeNull();
  });

  it("on a root: the posts linking it with how long ago, and its prerequisites (Korean)", async () => {
    const h = await createHarness({ files: { ...ROOTS_VAULT }, language: "ko" });
    const el = renderSection(h, R04);
    const posts = texts(el, ".process-sharing-roots-posts li");
    expect(posts).toContain("osmu-build-log · 3일 전");
    expect(posts).toContain("2026-03-02 로스팅 일지 · 11일 전");
    expect(texts(el, ".process-sharing-roots-prerequisites a")).toEqual(["Root 02 - Meaning as value", "Root 05 - 인사이드 아웃"]);
    expect(texts(el, ".process-sharing-roots-reinforcing a")).toEqual(["Root 03 - 과도함", "Root 07 - 아카이브 사고"]);
  });

  it("on a root in English, and clicking a post opens it", async () => {
    const h = await createHarness({ files: { ...ROOTS_VAULT } });
    const el = renderSection(h, R04);
    expect(texts(el, ".process-sharing-roots-posts li")).toContain("osmu-build-log · 3 days ago");
    const post = [...el.querySelectorAll<HTMLElement>(".process-sharing-roots-posts a")].find((a) => a.dataset.path === OSMU);
    post?.click();
    await settle();
    expect(h.obsidianApp.workspace.getActiveFile()?.path).toBe(OSMU);
  });

  it("on a root nobody links yet", async () => {
    const h = await createHarness({ files: { ...ROOTS_VAULT } });
    const el = renderSection(h, "30-roots/root-03-과도함.md");
    expect(texts(el, ".process-sharing-roots-posts .process-sharing-roots-empty")).toEqual(["No post links this root yet."]);
  });
});
