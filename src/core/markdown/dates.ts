// Whether a line carries a date or a point in a sequence of days: 2026-03-02, 2026.3.2, 3월 2일,
// March 2, 2 Mar, Day 3, D+10, 1주차, 3일차, Week 2 — and 3/2 only where it reads as a date
// (leading the line, or followed by a colon, a dash or a weekday), so "1/2 cup" is not one.
// Each pattern is anchored on literal text and uses bounded repeats: no backtracking blow-up.

const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

const DATE_PATTERNS: readonly { pattern: RegExp; needs?: readonly string[] }[] = [
  { pattern: /(?:^|[^0-9])(?:19|20)\d{2}[-./] ?(?:0?[1-9]|1[0-2])[-./] ?(?:0?[1-9]|[12]\d|3[01])(?![0-9])/, needs: ["-", ".", "/"] },
  { pattern: /(?:^|[^0-9])(?:0?[1-9]|1[0-2]) ?월 ?(?:0?[1-9]|[12]\d|3[01]) ?일/, needs: ["월"] },
  { pattern: /(?:^|[^0-9])\d{1,3} ?(?:주차|일차|회차|일째|주째)/, needs: ["차", "째"] },
  { pattern: /(?:^|[^0-9])(?:19|20)\d{2} ?년 ?(?:0?[1-9]|1[0-2]) ?월/, needs: ["년"] },
  { pattern: new RegExp(`\\b(?:${MONTHS})\\.? (?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\b`, "i"), needs: [" "] },
  { pattern: new RegExp(`\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)? (?:${MONTHS})\\b`, "i"), needs: [" "] },
  { pattern: /\b(?:day|week|month|sprint) ?\d{1,3}\b/i },
  { pattern: /\bD ?[+-] ?\d{1,4}\b/, needs: ["D"] },
];

// "3/2" leading the line's content, or followed by ":", a dash, ")" or a weekday in parentheses.
const SLASH_DATE_LEAD = /^[ \t]*(?:[-*+>#][ \t#]*)?(?:\*\*|__)?(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?:\*\*|__)?(?:[ \t]*(?:[:)—–-]|\(|$))/;
const SLASH_DATE_MARKED = /(?:^|[^0-9/])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]) ?(?:\((?:월|화|수|목|금|토|일|mon|tue|wed|thu|fri|sat|sun)[a-z]*\)|:)/i;

export function hasDate(visible: string): boolean {
  if (visible === "" || !/[0-9]/.test(visible)) return false;
  // Each pattern needs a literal character; a line without it skips the pattern (most lines skip most).
  if (visible.includes("/") && (SLASH_DATE_LEAD.test(visible) || SLASH_DATE_MARKED.test(visible))) return true;
  for (const { pattern, needs } of DATE_PATTERNS) {
    if (needs === undefined || includesAny(visible, needs)) {
      if (pattern.test(visible)) return true;
    }
  }
  return false;
}

function includesAny(text: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (text.includes(literal)) return true;
  return false;
}
