// English UI strings. Every key here must exist in ko.ts too (a test checks both ways).
// Keys are grouped by feature; placeholders are written {name}.

export const en = {
  // — plugin —
  "plugin.settingsProblems": "Process Sharing: some saved settings were invalid and were reset: {problems}",

  // — settings —
  "settings.enabledItems.name": "Checklist items",
  "settings.enabledItems.desc": "Items that count towards a post's score.",

  // — checklist —

  // — roots —

  // — scaffold —
} as const;

export type MessageKey = keyof typeof en;
