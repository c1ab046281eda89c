import { describe, expect, it } from "vitest";
import { compileWords, findWords, inflections, matchText } from "../../../src/core/checklist/words";
import { buildLexicon } from "../../../src/core/checklist/lexicon";
import { defaultSettings } from "../../../src/core/settings";

const entries = (list: string[], line: string): string[] => findWords(compileWords(list), matchText(line)).map((match) => match.entry);

describe("word matching", () => {
  it("matches Korean stems inside words, with their particles and endings", () => {
    expect(entries(["실패"], "실패했다. 실패를 숨기지 않는다. 대실패")).toEqual(["실패", "실패", "실패"]);
    expect(entries(["방향 전환"], "방향 전환을 했다")).toEqual(["방향 전환"]);
    expect(entries(["실패"], "성공했다")).toEqual([]);
  });

  it("matches English words whole, with regular inflections, and phrases word by word", () => {
    expect(inflections("scrap")).toEqual(expect.arrayContaining(["scraps", "scrapped", "scrapping"]));
    expect(inflections("try")).toEqual(expect.arrayContaining(["tries", "tried"]));
    expect(inflections("bake")).toEqual(expect.arrayContaining(["baked", "baking", "bakes"]));
    expect(entries(["fail"], "It failed, then failing again; it fails.")).toEqual(["fail", "fail", "fail"]);
    expect(entries(["fail"], "a failsafe, the fairy")).toEqual([]);
    expect(entries(["went wrong"], "Everything went  wrong; nothing went right")).toEqual(["went wrong"]);
    expect(entries(["didn't work"], "It didn’t work at all")).toEqual(["didn't work"]);
    expect(entries(["motivat*"], "Motivation and the motivated")).toEqual(["motivat*", "motivat*"]);
  });

  it("adds the settings' extra words to their rule's list, in both languages", () => {
    const settings = defaultSettings();
    settings.extraWords.participation = "놀러 와, drop by";
    const lexicon = buildLexicon(settings);
    expect(findWords(lexicon.lists.participation, matchText("Drop by the studio"))).toHaveLength(1);
    expect(findWords(lexicon.lists.participation, matchText("작업실에 놀러 와요"))).not.toHaveLength(0);
    expect(findWords(buildLexicon(defaultSettings()).lists.participation, matchText("Drop by the studio"))).toHaveLength(0);
  });
});
