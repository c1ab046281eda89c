// The date tools of the CLI and the core tests: date-fns with its ko and en-US locales. The plugin
// never imports this file (it uses Obsidian's moment, src/plugin/moment-dates.ts).
import { format } from "date-fns/format";
import { formatDistance } from "date-fns/formatDistance";
import { isValid } from "date-fns/isValid";
import { enUS } from "date-fns/locale/en-US";
import { ko } from "date-fns/locale/ko";
import { parseISO } from "date-fns/parseISO";
import type { DateTools } from "./date-tools";
import { parseMomentFormat } from "./moment-format";

const LOCALES = { ko, en: enUS } as const;

export const dateFnsDates: DateTools = {
  format(date, pattern, style, language) {
    const options = { locale: LOCALES[language] };
    if (style === "date-fns") return format(date, pattern, options);
    return parseMomentFormat(pattern, date, language)
      .map((part) => ("text" in part ? part.text : format(date, part.token, options)))
      .join("");
  },
  relative: (date, now, language) => formatDistance(date, now, { addSuffix: true, locale: LOCALES[language] }),
  parse(text) {
    const parsed = parseISO(text);
    return isValid(parsed) ? parsed.getTime() : null;
  },
};
