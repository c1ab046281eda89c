// The checklist's fast paths against plain reference implementations, on generated Korean and
// English lines: negation decided in place (no copied windows, no token objects), negation decided
// during the one scan of the prose, the "cannot open with a marker" pre-check before lowercasing,
// and phrase lookup by hashes computed in place.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseNote, isNegated } from "../../../src/core/checklist/analysis";
import { NEGATABLE_LISTS, WORD_LISTS, buildLexicon, type WordListName } from "../../../src/core/checklist/lexicon";
import { compileWords, findWords, inflections, matchText, mayMatchNear, type WordMatch } from "../../../src/core/checklist/words";
import { parseNote } from "../../../src/core/markdown/parse";
import { defaultSettings } from "../../../src/core/settings";

const RUNS = 3_000;
const lexicon = buildLexicon(defaultSettings());

// — reference: the negation test as first written, on copies of the windows around the match —

interface Token {
  word: string;
}

function referenceTokenize(lower: string): Token[] {
  const tokens: Token[] = [];
  const isWord = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  let index = 0;
  while (index < lower.length) {
    if (!isWord(lower.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < lower.length) {
      const code = lower.charCodeAt(index);
      if (isWord(code)) index++;
      else if (code === 39 && isWord(lower.charCodeAt(index + 1))) index += 2;
      else break;
    }
    const text = lower.slice(start, index);
    tokens.push({ word: text.endsWith("'s") ? text.slice(0, -2) : text });
  }
  return tokens;
}

const NEGATORS = new Set(["no", "never", "without", "zero", "not", "cannot", "can't", "won't", "don't", "doesn't", "nothing", "free"]);

function referenceIsNegated(lower: string, match: WordMatch): boolean {
  if (/[\uac00-\ud7a3]/u.test(match.entry)) {
    return /^[^\s]{0,4}[ \t]?(?:없|않|안[ \t]?하|말고|무)/u.test(lower.slice(match.end, match.end + 12));
  }
  const before = referenceTokenize(lower.slice(Math.max(0, match.start - 30), match.start));
  const previous = before.slice(-2).map((token) => token.word);
  const after = referenceTokenize(lower.slice(match.end, match.end + 12))[0]?.word;
  return previous.some((word) => NEGATORS.has(word)) || after === "free" || after === "proof";
}

// — generated lines: list entries and the words around negation, in both languages —

const entries = Object.values(WORD_LISTS).flat();
const around = [
  "no", "No", "never", "without", "zero", "not", "cannot", "can't", "won't", "don't", "doesn't", "nothing", "free", "-free", "proof",
  "-proof", "'s", "’s", "없는", "없이", "않는", "하지 않", "안 하", "안하", "말고", "무", "하지", "the", "a", "we", "I", "it", "x",
  "'", "''", "a'b", "—", ",", ".", " ", "  ", "\t", "İ", "K", "Σ", "’", "😀", "1편", "2026-03-04:", "**", "- ", "(", ")", "[", "]",
];
const piece = fc.oneof(fc.constantFrom(...entries), fc.constantFrom(...around), fc.string({ maxLength: 4 }));
const line = fc
  .array(fc.tuple(piece, fc.constantFrom(" ", "", "  ", "-", "'", ", ")), { maxLength: 14 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(""));
const caseOf = (text: string, upper: boolean): string => (upper ? text.toUpperCase() : text);

describe("negation decided in place", () => {
  it("agrees with the reference on every match of every prose list, in Korean and English", () => {
    let negated = 0;
    let kept = 0;
    fc.assert(
      fc.property(line, fc.boolean(), (text, upper) => {
        const lower = matchText(caseOf(text, upper));
        for (const match of findWords(lexicon.all, lower)) {
          const expected = referenceIsNegated(lower, match);
          if (expected) negated++;
          else kept++;
          if (isNegated(lower, match.entry, match.start, match.end) !== expected) return false;
        }
        return true;
      }),
      { numRuns: RUNS },
    );
    expect(negated).toBeGreaterThan(50);
    expect(kept).toBeGreaterThan(50);
  });

  it("reads a word cut by a window's edge as its part inside the window", () => {
    // 12 characters after "fail" end inside "freedom": the window holds "free".
    const lower = `it may fail${" ".repeat(8)}freedom`;
    const match: WordMatch = { entry: "fail*", tag: 0, start: 7, end: 11 };
    expect(referenceIsNegated(lower, match)).toBe(true);
    expect(isNegated(lower, match.entry, match.start, match.end)).toBe(true);
    // "no" opens the 30 characters before the match; one character later the window would hold only "o".
    const edge = `no${" ".repeat(28)}fail`;
    const before: WordMatch = { entry: "fail*", tag: 0, start: 30, end: 34 };
    expect(referenceIsNegated(edge, before)).toBe(true);
    expect(isNegated(edge, before.entry, before.start, before.end)).toBe(true);
    const korean = "실패하지 않는 방법";
    expect(isNegated(korean, "실패", 0, 2)).toBe(true);
    expect(isNegated("실패를 적었다", "실패", 0, 2)).toBe(false);
  });
});

describe("negatable lists decided during the one scan of the prose", () => {
  const reference = (note: ReturnType<typeof analyseNote>, list: WordListName): number[] => {
    const prose = note.title ? [note.title.line, ...note.contentLines] : [...note.contentLines];
    return prose.filter((number) => {
      const lower = note.lower(number);
      return findWords(lexicon.lists[list], lower).some((match) => !referenceIsNegated(lower, match));
    });
  };

  it("finds the same lines as matching each list again and testing each match, in Korean and English notes", () => {
    let found = 0;
    const prefix = fc.constantFrom("", "", "# ", "## ", "- ", "> ", "1. ");
    fc.assert(
      fc.property(fc.array(fc.tuple(prefix, line, fc.boolean()), { minLength: 1, maxLength: 12 }), (rows) => {
        const text = rows.map(([start, body, upper]) => start + caseOf(body, upper)).join("\n");
        const note = analyseNote(parseNote(text), defaultSettings(), lexicon);
        for (const list of NEGATABLE_LISTS) {
          const expected = reference(note, list);
          found += expected.length;
          if (JSON.stringify(note.linesWith(list, { negatable: true })) !== JSON.stringify(expected)) return false;
        }
        return true;
      }),
      { numRuns: 1_000 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it("finds the same titled sections as matching each heading list on its own, in Korean and English notes", () => {
    let found = 0;
    const heading = fc.constantFrom("# ", "## ", "### ");
    const body = fc.constantFrom("실패한 부분을 적었다.", "We tried three times.", "TODO", "", "(작성 예정)", "Colours I like.");
    fc.assert(
      fc.property(fc.array(fc.tuple(heading, line, fc.boolean(), body), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = rows.map(([start, title, upper, content]) => `${start}${caseOf(title, upper)}\n${content}`).join("\n");
        const note = analyseNote(parseNote(text), defaultSettings(), lexicon);
        for (const list of lexicon.headingNames) {
          const expected = note.sections.filter((section) => {
            if (section.contentLines.length === 0 || section.heading === note.title) return false;
            const title = matchText(section.heading.text);
            return findWords(lexicon.lists[list], title).some((match) => !referenceIsNegated(title, match));
          });
          found += expected.length;
          if (JSON.stringify(note.sectionsTitled(list)) !== JSON.stringify(expected)) return false;
        }
        return true;
      }),
      { numRuns: 1_000 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it("refuses a negatable query for a list not declared negatable (a bug, not a user error)", () => {
    const note = analyseNote(parseNote("We launched the product."), defaultSettings(), lexicon);
    expect(() => note.linesWith("what", { negatable: true })).toThrow(/NEGATABLE_LISTS/);
    expect(note.linesWith("what")).toEqual([1]);
  });
});

describe("the marker pre-check before lowercasing a line", () => {
  const matchers = [
    lexicon.lists.placeholder,
    compileWords(["todo", "to be written", "ab*", "x*", "1편", "작성 예정", "k", "i", "don't", "team's"]),
  ];
  const opening = fc.constantFrom("TODO", "todo", "Todo:", "TBD", "tk", "To be written", "Fill in", "작성 예정", "(작성 예정)", "K", "İ", "KELVIN", "Σ", "’s", "'s", "1편", "ab", "X", "Team's", "don’t", "");

  it("never turns away a line that holds a match near its start, in Korean and English", () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...matchers), fc.tuple(fc.constantFrom("", " ", "'", "-"), opening, line), fc.integer({ min: 0, max: 3 }), (matcher, [lead, open, rest], maxStart) => {
        const text = lead + open + rest;
        if (findWords(matcher, matchText(text), maxStart).length === 0) return true;
        matched++;
        return mayMatchNear(matcher, text, maxStart);
      }),
      { numRuns: RUNS * 3 },
    );
    expect(matched).toBeGreaterThan(300);
  });

  it("turns away ordinary prose without lowercasing it", () => {
    const markers = lexicon.lists.placeholder;
    expect(mayMatchNear(markers, "독자 몇 분이 작업 기록을 다시 만들었다.", 1)).toBe(false);
    expect(mayMatchNear(markers, "The crumb is finally open.", 1)).toBe(false);
    expect(mayMatchNear(markers, "TODO: write the intro", 1)).toBe(true);
    expect(mayMatchNear(markers, "작성 예정", 1)).toBe(true);
  });

  it("answers true for characters whose lowercase is a letter of a word (the Kelvin sign, dotted İ)", () => {
    const letters = compileWords(["k", "i"]);
    for (const text of ["\u212a is cold", "İ said"]) {
      expect(findWords(letters, matchText(text), 1)).not.toHaveLength(0);
      expect(mayMatchNear(letters, text, 1)).toBe(true);
    }
  });
});

describe("phrases looked up by hashes computed in place", () => {
  // A plain matcher: every entry tried at every position and every word.
  function referenceMatches(list: readonly string[], lower: string): string[] {
    const found: string[] = [];
    const words: { start: number; end: number; word: string }[] = [];
    const pattern = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
    for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
      const text = match[0];
      words.push({ start: match.index, end: match.index + text.length, word: text.endsWith("'s") ? text.slice(0, -2) : text });
    }
    for (const raw of list) {
      const entry = raw.trim().toLowerCase();
      if (!/^[a-z0-9' *-]+$/.test(entry)) {
        for (let index = lower.indexOf(entry); index >= 0; index = lower.indexOf(entry, index + 1)) found.push(`${raw}@${index}`);
        continue;
      }
      const parts = entry.split(/\s+/);
      words.forEach((_, at) => {
        const fits = parts.every((part, offset) => {
          const word = words[at + offset]?.word;
          if (word === undefined) return false;
          return part.endsWith("*") && part.length > 1 ? word.startsWith(part.slice(0, -1)) : inflections(part).includes(word);
        });
        if (fits) found.push(`${raw}@${words[at]?.start ?? -1}`);
      });
    }
    return found.sort();
  }

  it("finds what trying every entry everywhere finds, in Korean and English", () => {
    const lists: WordListName[] = ["failures", "process", "participation", "why", "archive", "what"];
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...lists), line, fc.boolean(), (list, text, upper) => {
        const lower = matchText(caseOf(text, upper));
        const expected = referenceMatches(WORD_LISTS[list], lower);
        matched += expected.length;
        const actual = findWords(lexicon.lists[list], lower).map((match) => `${match.entry}@${match.start}`).sort();
        return JSON.stringify(actual) === JSON.stringify(expected);
      }),
      { numRuns: RUNS },
    );
    expect(matched).toBeGreaterThan(200);
  });

  it("compares a prefix with the word, not with the line past the word's end", () => {
    // The word of "team's" is "team": the prefix "team's" is longer than it.
    expect(referenceMatches(["the team's*"], "the team's van")).toEqual([]);
    expect(findWords(compileWords(["the team's*"]), "the team's van")).toEqual([]);
    expect(findWords(compileWords(["the team*"]), "the team's van")).toHaveLength(1);
  });
});
