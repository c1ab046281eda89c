// The "Linked roots" section of the checklist sidebar. On a post: the roots it links, the
// prerequisites it misses (each with "Add link"), and roots that reinforce the linked ones. On a
// root: the posts linking it, with how long ago they were written, and its own prerequisites.
// The section redraws itself when the index changes, as long as its block is still on screen.
import { Keymap, type TFile } from "obsidian";
import type { RootSummary } from "../../core/roots/graph";
import { linkedRootsModel, type DatedNote } from "../../core/roots/view-models";
import { linkRootWithNotice } from "../commands/root-commands";
import type { PluginContext, SidebarSection } from "../plugin-context";
import type { VaultIndex } from "../vault-index";

export const LINKED_ROOTS_SECTION_ID = "linked-roots";

export function createLinkedRootsSection(context: PluginContext, index: VaultIndex): SidebarSection {
  let shown: { el: HTMLElement; file: TFile } | null = null;

  const openLink = (path: string, sourcePath: string, event: MouseEvent): void => {
    void context.app.workspace.openLinkText(path, sourcePath, Keymap.isModEvent(event));
  };

  const noteLink = (parent: HTMLElement, path: string, text: string, sourcePath: string): HTMLElement => {
    const link = parent.createEl("a", { cls: "process-sharing-roots-link", text, href: "#" });
    link.dataset.path = path;
    // Listeners on elements the section creates go away with them at the next redraw; registering
    // them on the plugin would keep every old element alive until unload.
    link.addEventListener("click", (event) => {
      event.preventDefault();
      openLink(path, sourcePath, event);
    });
    return link;
  };

  const rootList = (parent: HTMLElement, title: string, roots: readonly RootSummary[], sourcePath: string, cls: string): HTMLElement => {
    const block = parent.createDiv({ cls: `process-sharing-roots-group ${cls}` });
    block.createDiv({ cls: "process-sharing-roots-group-title", text: title });
    const list = block.createEl("ul");
    for (const root of roots) noteLink(list.createEl("li"), root.path, root.title, sourcePath);
    return block;
  };

  const draw = (el: HTMLElement, file: TFile): void => {
    el.empty();
    const { t, language } = context;
    el.createDiv({ cls: "process-sharing-roots-title", text: t("roots.section.title") });
    const graph = index.graph;
    const model = graph ? linkedRootsModel(graph, file.path, Date.now(), language, context.dates) : { kind: "not-indexed" as const };

    if (model.kind === "not-indexed") {
      el.createDiv({ cls: "process-sharing-roots-empty", text: t("roots.section.notIndexed") });
      return;
    }

    if (model.kind === "root") {
      const posts = el.createDiv({ cls: "process-sharing-roots-group process-sharing-roots-posts" });
      posts.createDiv({ cls: "process-sharing-roots-group-title", text: t("roots.section.posts") });
      if (model.posts.length === 0) posts.createDiv({ cls: "process-sharing-roots-empty", text: t("roots.section.noPosts") });
      const list = posts.createEl("ul");
      for (const post of model.posts) datedItem(list, post, file.path);
      if (model.prerequisites.length > 0) {
        rootList(el, t("roots.section.prerequisites"), model.prerequisites, file.path, "process-sharing-roots-prerequisites");
      }
      if (model.reinforcedBy.length > 0) {
        rootList(el, t("roots.section.reinforcedBy"), model.reinforcedBy, file.path, "process-sharing-roots-reinforcing");
      }
      return;
    }

    if (model.linked.length === 0) el.createDiv({ cls: "process-sharing-roots-empty", text: t("roots.section.none") });
    else rootList(el, t("roots.section.linked"), model.linked, file.path, "process-sharing-roots-linked");

    if (model.missing.length > 0) {
      const block = el.createDiv({ cls: "process-sharing-roots-group process-sharing-roots-missing" });
      block.createDiv({ cls: "process-sharing-roots-group-title", text: t("roots.section.missing") });
      const list = block.createEl("ul");
      for (const missing of model.missing) {
        const item = list.createEl("li");
        noteLink(item, missing.path, missing.title, file.path);
        const requiredBy = missing.requiredBy.map((path) => graph?.summary(path)?.title ?? path).join(", ");
        item.createDiv({ cls: "process-sharing-roots-note", text: t("roots.section.requiredBy", { roots: requiredBy }) });
        const button = item.createEl("button", { cls: "process-sharing-roots-add", text: t("roots.section.addLink") });
        button.addEventListener("click", () => {
          button.disabled = true;
          void linkRootWithNotice(context, file, missing).then((linked) => {
            // On success the index redraws the section; on failure the button stays usable.
            if (!linked) button.disabled = false;
          });
        });
      }
    }

    if (model.suggestions.length > 0) {
      rootList(el, t("roots.section.suggestions"), model.suggestions, file.path, "process-sharing-roots-suggestions");
    }
  };

  const datedItem = (list: HTMLElement, post: DatedNote, sourcePath: string): void => {
    const item = list.createEl("li");
    noteLink(item, post.path, post.name, sourcePath);
    item.createSpan({ cls: "process-sharing-roots-when", text: ` · ${post.when}` });
  };

  context.plugin.registerEvent(
    context.events.on("index-changed", () => {
      if (shown && shown.el.isConnected) draw(shown.el, shown.file);
    }),
  );

  return {
    id: LINKED_ROOTS_SECTION_ID,
    render(containerEl, file) {
      const el = containerEl.createDiv({ cls: "process-sharing-roots-section" });
      shown = { el, file };
      draw(el, file);
    },
  };
}
