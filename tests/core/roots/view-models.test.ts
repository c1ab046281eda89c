import { describe, expect, it } from "vitest";
import { RootGraph } from "../../../src/core/roots/graph";
import { dateFnsDates } from "../../../src/core/dates/date-fns-dates";
import { linkedRootsModel, rootsOverviewModel } from "../../../src/core/roots/view-models";
import { defaultSettings } from "../../../src/core/settings";
import { ROOTS_VAULT } from "../../fixtures/roots-vault/vault";
import { inputsFromTexts } from "./vault-inputs";

const NOW = new Date(2026, 2, 13, 1, 0).getTime();
const graph = RootGraph.build(inputsFromTexts(ROOTS_VAULT, new Date(2026, 0, 1).getTime()), defaultSettings());

describe("relative dates (date-fns)", () => {
  it("says how long ago in Korean and English", () => {
    const threeDaysAgo = NOW - 3 * 24 * 60 * 60 * 1000;
    expect(dateFnsDates.relative(threeDaysAgo, NOW, "ko")).toBe("3일 전");
    expect(dateFnsDates.relative(threeDaysAgo, NOW, "en")).toBe("3 days ago");
    expect(dateFnsDates.relative(NOW - 60 * 60 * 1000, NOW, "ko")).toBe("약 1시간 전");
  });
});

describe("linkedRootsModel", () => {
  it("for a post: linked roots, missing prerequisites, suggestions", () => {
    const model = linkedRootsModel(graph, "40-posts/2026-03-02 로스팅 일지.md", NOW, "en", dateFnsDates);
    if (model.kind !== "note") throw new Error(`expected a note, got ${model.kind}`);
    expect(model.linked.map((root) => root.number)).toEqual([4, 7]);
    expect(model.missing.map((root) => root.number)).toEqual([2, 5]);
    expect(model.suggestions.map((root) => root.number)).toEqual([3]);
  });

  it("for a root: its posts newest first with how long ago", () => {
    const model = linkedRootsModel(graph, "30-roots/root-04-프로세스-공유.md", NOW, "ko", dateFnsDates);
    if (model.kind !== "root") throw new Error(`expected a root, got ${model.kind}`);
    expect(model.posts.map((post) => `${post.name} ${post.when}`)).toEqual([
      "osmu-build-log 3일 전",
      "2026-03-02 로스팅 일지 11일 전",
      "study-group 2개월 전",
    ]);
    expect(model.prerequisites.map((root) => root.number)).toEqual([2, 5]);
  });

  it("for a note the graph does not hold", () => {
    expect(linkedRootsModel(graph, "nowhere.md", NOW, "en", dateFnsDates)).toEqual({ kind: "not-indexed" });
  });
});

describe("rootsOverviewModel", () => {
  it("gives each root its post count and latest post, then orphans and unresolved links", () => {
    const model = rootsOverviewModel(graph, NOW, "en", dateFnsDates);
    expect(model.roots.map((root) => [root.number, root.postCount, root.latest?.when ?? null])).toEqual([
      [2, 1, "3 days ago"],
      [3, 0, null],
      [4, 3, "3 days ago"],
      [5, 1, "3 days ago"],
      [7, 1, "11 days ago"],
    ]);
    expect(model.orphans.map((orphan) => orphan.name)).toEqual(["draft-without-roots", "waiting-for-root-09"]);
    expect(model.unresolved.map((link) => `${link.fromName} → ${link.link}`)).toEqual([
      "root-04-프로세스-공유 → root-06-현장감",
      "waiting-for-root-09 → root-09-미정",
    ]);
  });
});
