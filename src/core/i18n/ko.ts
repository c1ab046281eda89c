// 한국어 UI 문자열. en.ts의 모든 키가 여기에도 있어야 한다 (테스트가 양쪽을 확인한다).
import type { MessageKey } from "./en";

export const ko: Record<MessageKey, string> = {
  // — plugin —
  "plugin.settingsProblems": "Process Sharing: 저장된 설정 중 잘못된 값이 있어 기본값으로 되돌렸습니다: {problems}",

  // — settings —
  "settings.enabledItems.name": "체크리스트 항목",
  "settings.enabledItems.desc": "글의 점수에 포함할 항목입니다.",

  // — checklist —

  // — roots —

  // — scaffold —
};
