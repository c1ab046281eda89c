// The bilingual word lists the rules read, always both languages at once. Korean entries are
// stems (they match inside words); English entries are words or phrases (inflections match;
// "x*" is a prefix). Headings lists are matched against heading text; the others against prose.
// A user's extra words (settings.extraWords, per rule) join the rule's main list.
import type { RuleId } from "../ids";
import { splitWordList, type Settings } from "../settings";
import { compileTaggedWords, compileWords, type WordMatcher } from "./words";

export const WORD_LISTS = {
  whyHeading: [
    "왜", "이유", "동기", "계기", "시작한 까닭", "출발점",
    "why", "motivat*", "reason", "because", "what drives", "purpose", "origin",
  ],
  /** Lines that state a motive outright. */
  why: [
    "하는 이유", "한 이유", "된 이유", "이유는", "이유가", "이유를", "왜냐하면", "왜 이", "왜 이걸", "왜 하", "왜 시작",
    "계기", "동기", "고 싶었", "고 싶어서", "서 시작했", "서 시작하", "에게 중요", "소중하", "믿기 때문", "바라기 때문", "때문에 시작",
    "why i", "why we", "why this", "why our", "why my", "reason", "because i", "because we", "because it matters", "motivat*",
    "i wanted to", "we wanted to", "i care", "matters to me", "matters to us", "the point is",
    "what drives", "my goal", "our goal",
  ],
  /** Causal words that hint at a motive but also appear in passing. */
  whyWeak: ["때문", "위해", "위한", "고 믿", "so that", "in order to", "because", "goal", "purpose", "i believe", "we believe", "i started", "we started"],

  processHeading: [
    "과정", "진행", "작업 기록", "작업기록", "작업 일지", "개발 일지", "제작기", "제작 과정", "시행착오", "여정", "타임라인",
    "실험", "진척", "로그",
    "process", "progress", "making of", "how i made", "how we made", "how i built", "how we built", "behind the scene*",
    "journey", "timeline", "log", "devlog", "work in progress", "iteration*", "experiment*", "build log",
  ],
  /** Narrated making: trying, drafting, changing, testing. */
  process: [
    "시도", "실험", "만들었", "만들어 봤", "만들어봤", "만드는 중", "만들고 있", "고쳤", "수정했", "바꿨", "바꾸었", "테스트", "초안",
    "시제품", "프로토타입", "스케치", "해 봤", "해봤", "해 보았", "다듬", "반복", "처음에는", "그다음", "그 다음", "다음 단계",
    "두 번째", "세 번째", "작업 중", "진행 중", "진행했", "측정", "기록했", "완성했", "중이다", "중이고", "이번에는",
    "다시 찍", "다시 볶", "다시 써", "다시 만들", "다시 했", "새로 만들", "첫 시도", "첫 번째", "첫 배치", "첫 촬영", "첫 버전", "첫 시제품",
    "tried", "try out", "experiment*", "prototyp*", "draft*", "sketch*", "iterat*", "test", "rework*",
    "revis*", "rebuilt", "rewrote", "first version", "second version", "next step", "at first", "this time",
    "this week i", "this week we", "i built", "we built", "i changed", "we changed", "switched", "measured",
    "work in progress", "in progress", "so far",
  ],

  failuresHeading: [
    "실패", "시행착오", "삽질", "막힌", "방향 전환", "방향전환", "피벗", "실수", "잘못된", "안 된", "안된", "좌절", "어려움", "문제",
    "failure*", "failed", "fail", "pivot*", "mistake*", "what went wrong", "what didn't work", "setback*", "dead end*",
    "lessons learned", "wrong turn*", "oops", "post-mortem", "postmortem", "trouble*", "problem*",
  ],
  /** Things that went wrong, changes of course. */
  failures: [
    "실패", "잘못", "망했", "망쳤", "망친", "망가", "틀렸", "실수", "포기", "좌절", "막혔", "막혀", "안 됐", "안됐", "안되더", "되지 않았",
    "엎었", "갈아엎", "버렸", "버려야", "방향을 바꿨", "방향을 틀", "방향 전환", "피벗", "다시 시작", "처음부터 다시", "놓쳤",
    "타 버렸", "타버렸", "깨졌", "무너졌", "헛수고", "시행착오", "삽질", "후회",
    "fail*", "mistake*", "didn't work", "did not work", "doesn't work", "went wrong", "go wrong", "broke", "broken",
    "scrap*", "gave up", "give up", "pivot*", "dead end*", "setback*", "abandon*", "threw out", "threw away",
    "start over", "started over", "flop*", "wasted", "regret*", "backfired", "burnt", "burned", "cracked", "collapsed",
    "missed", "wrong", "oops", "clash*", "lesson learned", "lessons learned", "trial and error",
  ],

  /** A change of course after something went wrong: the "after" of a before → after pair. */
  change: [
    "바꿔", "바꿨", "바꾸었", "바꾸기로", "다시 시도", "다시 해", "다시 만들", "대신", "방향을", "고쳐", "고쳤", "새로 시작",
    "switch*", "changed", "change to", "instead", "dropped", "tried again", "try again", "redid", "redo*", "replaced", "moved to", "went back",
  ],

  selfHeading: ["나", "나의 이야기", "내 이야기", "나의", "나는", "나는 왜", "내가 왜", "me", "self", "my story", "about me", "why i", "i"],
  usHeading: ["우리", "우리의 이야기", "우리 이야기", "우리는", "당신도", "여러분도", "너와 나", "당신과 나", "we", "us", "our story", "you too", "you and me", "you and i", "haven't you"],
  nowHeading: ["지금", "지금 함께", "지금 우리", "지금, 함께", "왜 지금", "지금 당장", "지금이", "now", "why now", "now together", "right now", "what now", "together now"],

  participationHeading: [
    "참여", "함께하기", "함께 하기", "같이 해요", "함께 해요", "의견", "피드백", "댓글", "여러분의", "당신의 차례", "신청",
    "join*", "get involved", "take part", "your turn", "how to help", "participat*", "feedback", "call for", "over to you",
    "contribute", "your thoughts", "sign up", "come along",
  ],
  /** Invitations to the reader: comment, vote, join, send, try along. */
  participation: [
    "댓글", "의견", "알려 주", "알려주", "들려 주", "들려주", "참여", "신청", "피드백", "투표", "남겨 주", "남겨주", "보내 주", "보내주",
    "제보", "함께 해요", "함께해요", "함께 해 봐요", "함께 해봐요", "같이 해요", "같이 해 봐요", "같이 해봐요", "하실 분", "오실 분",
    "참가", "제안해 주", "답장", "공유해 주", "추천해 주", "물어봐 주", "질문해 주", "함께 만들", "같이 만들", "초대", "오세요", "놀러",
    "comment*", "let me know", "let us know", "tell me", "tell us", "join*", "sign up", "vote", "your feedback", "send feedback",
    "any feedback", "reply",
    "share your", "send me", "send us", "your turn", "what do you think", "drop a", "contribut*", "take part", "get involved",
    "try it with", "build it with", "come along", "reach out", "dm me", "write to me", "invite*", "you can help", "help me",
  ],
  /** Togetherness words that invite only when something else does too. */
  participationWeak: ["함께", "같이", "together", "with you", "with me"],

  archiveHeading: [
    "기록", "아카이브", "지난 기록", "지난 글", "이전 글", "이전 기록", "작업 로그", "일지", "로그", "연재", "타임라인",
    "archive*", "log", "logs", "journal", "record*", "previous post*", "earlier post*", "earlier note*", "history", "timeline",
    "series", "past entries", "devlog",
  ],
  /** Recording and keeping: logs, journals, series, earlier entries. */
  archive: [
    "기록", "아카이브", "보관", "일지", "로그", "저장해", "남겨 두", "남겨두", "지난 글", "지난번", "지난주", "이전 글", "지난 편",
    "연재", "1편", "2편", "3편", "전편", "다음 편", "모아 두", "모아두", "스크린샷", "사진으로 남",
    "archive*", "log", "logged", "logging", "journal*", "record*", "document*", "previous post*", "last post",
    "last week's", "earlier post*", "earlier note*", "part 1", "part 2", "part one", "series", "entry", "entries",
    "screenshot*", "notes from", "kept track", "keep track", "written down", "wrote down",
  ],

  /** Big-vision language. */
  vision: [
    "비전", "혁신", "세상을 바꾸", "세상을 바꿀", "세계를 바꾸", "미래를", "미래의", "꿈꾸", "꿈을", "혁명", "패러다임", "게임 체인저",
    "모두가", "모든 사람", "최고의", "세계 최초", "무한한", "새로운 시대", "판을 바꾸", "가능성", "영감", "위대한", "압도적",
    "vision*", "revolution*", "change the world", "transform*", "disrupt*", "game-chang*", "game chang*", "empower*",
    "future of", "reimagin*", "paradigm", "world-class", "limitless", "unleash*", "next-generation", "next generation",
    "visionary", "groundbreaking", "boundless", "dream*", "inspire*", "everyone", "unstoppable", "mission",
  ],

  whatHeading: [
    "기능", "메뉴", "변경 사항", "변경사항", "새로운 점", "새 기능", "가격", "구성", "스펙", "사양", "출시", "업데이트", "릴리스", "제품", "신메뉴",
    "features", "feature", "what's new", "changes", "changelog", "menu", "pricing", "price", "specs", "specification*",
    "release*", "update*", "included", "ingredients", "method", "재료", "만드는 법", "what you get", "fixed", "added", "improvement*", "availability",
  ],
  /** Describing a thing: a product, a menu, features, changes. */
  what: [
    "출시", "신제품", "신메뉴", "메뉴", "기능", "업데이트", "버전", "가격", "원에", "판매", "구성", "스펙", "사양", "제공", "추가되었", "추가됐",
    "개선되었", "개선됐", "수정되었", "변경되었", "지원합니다", "만나보세요", "구매", "예약", "재료", "준비물",
    "launch*", "release*", "feature*", "product*", "menu", "update*", "version", "pricing", "price*", "available",
    "includes", "added", "fixed", "improved", "spec*", "pre-order", "in stock", "on sale",
    "ingredients", "recipe*", "레시피", "cups", "tablespoon*", "teaspoon*", "bake", "preheat",
  ],
  /** Markers of unwritten text; a line that is only such a marker is not content. */
  placeholder: [
    "작성 예정", "추후 작성", "나중에 작성", "나중에 쓰", "작성 중", "내용 추가", "채울 예정", "쓸 예정", "채워 넣", "적어 주세요",
    "todo", "tbd", "fixme", "tk", "to be written", "write here", "fill in", "fill this in", "lorem ipsum", "coming later",
  ],
} as const satisfies Record<string, readonly string[]>;

export type WordListName = keyof typeof WORD_LISTS;
/** The lists matched against headings. */
export type HeadingListName = Extract<WordListName, `${string}Heading`>;

/** The list each rule's user extra words extend. */
// self-us-now is decided by structure alone, so it takes no extra words.
const EXTENDED_BY: Partial<Record<RuleId, WordListName>> = {
  why: "why",
  process: "process",
  failures: "failures",
  participation: "participation",
  archive: "archive",
  "vision-without-substance": "vision",
  "what-without-why": "what",
  "unfinished-as-process": "placeholder",
};

/**
 * Prose lists whose mentions a negation cancels ("실패 없는", "no mistakes", "never fails"): the
 * analysis decides negation while it scans the prose, for these lists only.
 */
export const NEGATABLE_LISTS: readonly WordListName[] = ["why", "failures", "participation"];

/** Rules whose word list the user may extend in settings. */
export const EXTENSIBLE_RULES = Object.keys(EXTENDED_BY) as RuleId[];

export interface Lexicon {
  /** Each list on its own (for headings and single lines). */
  readonly lists: Readonly<Record<WordListName, WordMatcher>>;
  /** The prose lists in one matcher, so the note's prose is scanned once; a match's tag is its list's index in `names`. */
  readonly all: WordMatcher;
  readonly names: readonly WordListName[];
  /** The heading lists in one matcher, so each heading is scanned once; a match's tag is its list's index in `headingNames`. */
  readonly headings: WordMatcher;
  readonly headingNames: readonly HeadingListName[];
  /** The tags of NEGATABLE_LISTS, one bit each. */
  readonly negatable: number;
}

/** Compiles every list once, with the settings' extra words merged into their rule's list. */
export function buildLexicon(settings: Pick<Settings, "extraWords">): Lexicon {
  const extra = new Map<WordListName, string[]>();
  for (const [ruleId, listName] of Object.entries(EXTENDED_BY) as [RuleId, WordListName][]) {
    const words = splitWordList(settings.extraWords[ruleId] ?? "");
    if (words.length > 0) extra.set(listName, [...(extra.get(listName) ?? []), ...words]);
  }
  const lists = {} as Record<WordListName, WordMatcher>;
  for (const name of Object.keys(WORD_LISTS) as WordListName[]) {
    lists[name] = compileWords([...WORD_LISTS[name], ...(extra.get(name) ?? [])]);
  }
  // Heading lists and placeholder markers are matched against single lines, never the whole prose.
  const names = (Object.keys(WORD_LISTS) as WordListName[]).filter((name) => !name.endsWith("Heading") && name !== "placeholder");
  // A note's analysis keeps one bit per prose list for each line (a Uint32Array): at most 32 lists.
  if (names.length > 32) throw new Error(`${names.length} prose word lists; the analysis holds at most 32`);
  const all = compileTaggedWords(names.map((name) => [...WORD_LISTS[name], ...(extra.get(name) ?? [])]));
  const negatable = NEGATABLE_LISTS.reduce((mask, name) => mask | (1 << names.indexOf(name)), 0);
  const headingNames = (Object.keys(WORD_LISTS) as WordListName[]).filter((name): name is HeadingListName => name.endsWith("Heading"));
  if (headingNames.length > 32) throw new Error(`${headingNames.length} heading word lists; the analysis holds at most 32`);
  const headings = compileTaggedWords(headingNames.map((name) => [...WORD_LISTS[name], ...(extra.get(name) ?? [])]));
  return { lists, all, names, negatable, headings, headingNames };
}
