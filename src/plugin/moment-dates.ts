// The plugin's date tools: the moment that Obsidian ships (so main.js carries no date library).
// Each call makes its own moment with its own locale; the global moment locale is Obsidian's.
import type callableMoment from "moment";
import { moment as obsidianMoment } from "obsidian";
import { parseDateFnsFormat } from "../core/dates/date-fns-format";
import type { DateTools } from "../core/dates/date-tools";

// obsidian.d.ts types `moment` as moment's namespace, which TypeScript does not see as callable;
// at run time it is the moment function itself.
const moment = obsidianMoment as unknown as typeof callableMoment;

export const momentDates: DateTools = {
  format(date, pattern, style, language) {
    const local = moment(date).locale(language);
    if (style === "moment") return local.format(pattern);
    return parseDateFnsFormat(pattern, date, language)
      .map((part) => ("text" in part ? part.text : local.format(part.token)))
      .join("");
  },
  relative: (date, now, language) => moment(date).locale(language).from(now),
  parse(text) {
    const parsed = moment(text, moment.ISO_8601, true);
    return parsed.isValid() ? parsed.valueOf() : null;
  },
};
