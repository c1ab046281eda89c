// "3일 전" / "3 days ago": how long ago a post was written, in the UI language, from a given now.
import { formatDistance } from "date-fns";
import { enUS, ko } from "date-fns/locale";
import type { Language } from "../i18n";

export function relativeDate(date: number, now: number, language: Language): string {
  return formatDistance(date, now, { addSuffix: true, locale: language === "ko" ? ko : enUS });
}
