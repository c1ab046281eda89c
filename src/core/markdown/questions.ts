// Whether a line asks the reader something: a question mark plus a sign that it is addressed to
// someone else — "you" in English, 여러분/당신 or a polite question ending in Korean (…나요?, …까요?,
// …세요?). A writer's question to themself ("나는 왜 이 일을 하는가?", "why did I start?") is not one.

const ENGLISH_READER = /\b(?:you|your|yours|you've|you're|you'd|anyone|anybody|y'all|everyone)\b/i;
const KOREAN_READER = /(?:여러분|당신|독자|님들|님은|님도)/;
const KOREAN_POLITE_QUESTION = /(?:나요|까요|세요|신가요|시나요|실래요|을래요|할래요|인가요|던가요|는가요|가요|죠|지요|습니까|ㅂ니까|니까)[ \t]*[?？]/;

export function asksReader(visible: string): boolean {
  if (!visible.includes("?") && !visible.includes("？")) return false;
  if (/^[ \t]{0,3}#{1,6}[ \t]/.test(visible)) return false;
  return ENGLISH_READER.test(visible) || KOREAN_READER.test(visible) || KOREAN_POLITE_QUESTION.test(visible);
}
