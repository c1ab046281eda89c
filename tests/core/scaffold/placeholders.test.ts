import { describe, expect, test } from "vitest";
import { dateFnsDates } from "../../../src/core/dates/date-fns-dates";
import { parse as parseYaml } from "yaml";
import { renderTemplate, type PlaceholderValues } from "../../../src/core/scaffold/placeholders";
import { yamlKey, yamlQuoted, yamlScalar } from "../../../src/core/scaffold/yaml-scalar";

const values = (overrides: Partial<PlaceholderValues> = {}): PlaceholderValues => ({
  title: "Roasting in public",
  roots: ["root-04-프로세스-공유", "root-07-아카이브-사고"],
  now: new Date(2026, 10, 27, 14, 5),
  language: "en",
  dateFormat: "YYYY-MM-DD",
  timeFormat: "HH:mm",
  dates: dateFnsDates,
  ...overrides,
});

describe("placeholders in the body", () => {
  test("every known placeholder is filled", () => {
    const template = "# {{title}}\n{{date}} {{time}} · {{date:dddd}} · {{time:h:mm A}} · {{date:yyyy/MM/dd}}\nRoots: {{roots}}";
    const { text, unknownPlaceholders } = renderTemplate(template, values());
    expect(text).toBe(
      "# Roasting in public\n2026-11-27 14:05 · Friday · 2:05 PM · 2026/11/27\nRoots: [[root-04-프로세스-공유]], [[root-07-아카이브-사고]]",
    );
    expect(unknownPlaceholders).toEqual([]);
  });

  test("Korean dates and a Korean title", () => {
    const { text } = renderTemplate("# {{title}} — {{date:YYYY년 M월 D일 dddd}}", values({ title: "원두 고르기", language: "ko" }));
    expect(text).toBe("# 원두 고르기 — 2026년 11월 27일 금요일");
  });

  test("spaces inside the braces and upper-case names are accepted", () => {
    expect(renderTemplate("{{ Title }} {{ date : YYYY }}", values()).text).toBe("Roasting in public 2026");
  });

  test("unknown placeholders are left as written and listed once", () => {
    const template = "{{author}} wrote {{title}} with {{author}} and {{tp.file.title}}";
    const { text, unknownPlaceholders } = renderTemplate(template, values());
    expect(text).toBe("{{author}} wrote Roasting in public with {{author}} and {{tp.file.title}}");
    expect(unknownPlaceholders).toEqual(["{{author}}", "{{tp.file.title}}"]);
  });

  test("a format date-fns cannot read is left as written and listed", () => {
    const { text, unknownPlaceholders } = renderTemplate("Day {{date:yyyy n}}", values());
    expect(text).toBe("Day {{date:yyyy n}}");
    expect(unknownPlaceholders).toEqual(["{{date:yyyy n}}"]);
  });

  test("code is never run: Templater and JavaScript syntax stay text", () => {
    const template = "<% tp.date.now() %> {{= 1 + 1}} {{constructor.constructor('x')()}} ${title}";
    const { text, unknownPlaceholders } = renderTemplate(template, values());
    expect(text).toBe(template);
    expect(unknownPlaceholders).toEqual(["{{= 1 + 1}}", "{{constructor.constructor('x')()}}"]);
  });

  test("a title that looks like a placeholder or a replacement pattern stays text", () => {
    const { text, unknownPlaceholders } = renderTemplate("# {{title}}\n{{date}}", values({ title: "{{date}} costs $& and $1 {{roots}}" }));
    expect(text).toBe("# {{date}} costs $& and $1 {{roots}}\n2026-11-27");
    expect(unknownPlaceholders).toEqual([]);
  });

  test("{{date}} follows the date format setting, in either token style", () => {
    expect(renderTemplate("{{date}}", values({ dateFormat: "dd.MM.yyyy" })).text).toBe("27.11.2026");
    expect(renderTemplate("{{date}}", values({ dateFormat: "DD.MM.YYYY" })).text).toBe("27.11.2026");
    expect(renderTemplate("{{date:}}", values()).text).toBe("2026-11-27");
  });
});

describe("placeholders in the frontmatter", () => {
  const template = [
    "---",
    "title: {{title}}",
    "quoted: \"{{title}}\"",
    "inside: \"Notes on {{title}}\"",
    "created: {{date:YYYY-MM-DD}}",
    "roots: {{roots}}",
    "related:",
    "  - {{roots}}",
    "---",
    "# {{title}}",
  ].join("\n");

  test.each([
    'Why: "half" done #2',
    "Café [[draft]] — it's 50% done: yes?",
    "back\\slash and tab\there",
    "true",
    "- dash first",
    "@at & *star | pipe > gt % pct {brace}",
    "🍰 디저트 페어링 실험 #1",
  ])("the title %j reads back exactly", (title) => {
    const { text } = renderTemplate(template, values({ title }));
    const yaml = text.split("---")[1] ?? "";
    const data = parseYaml(yaml) as Record<string, unknown>;
    expect(data.title).toBe(title);
    expect(data.quoted).toBe(title);
    expect(data.inside).toBe(`Notes on ${title}`);
    expect(text.endsWith(`# ${title}`)).toBe(true);
  });

  test("roots become a list of quoted links; a list item expands to one item per root", () => {
    const { text } = renderTemplate(template, values());
    const data = parseYaml(text.split("---")[1] ?? "") as Record<string, unknown>;
    expect(data.roots).toEqual(["[[root-04-프로세스-공유]]", "[[root-07-아카이브-사고]]"]);
    expect(data.related).toEqual(["[[root-04-프로세스-공유]]", "[[root-07-아카이브-사고]]"]);
    expect(data.created).toBe("2026-11-27");
  });

  test("no roots give an empty list", () => {
    const { text } = renderTemplate("---\nroots: {{roots}}\n---\n", values({ roots: [] }));
    expect(parseYaml(text.split("---")[1] ?? "")).toEqual({ roots: [] });
  });

  test("a CRLF template keeps CRLF line endings", () => {
    const { text } = renderTemplate("---\r\nroots: {{roots}}\r\ntitle: {{title}}\r\n---\r\n# {{title}}\r\n", values());
    expect(text).toBe(
      '---\r\nroots:\r\n  - "[[root-04-프로세스-공유]]"\r\n  - "[[root-07-아카이브-사고]]"\r\ntitle: "Roasting in public"\r\n---\r\n# Roasting in public\r\n',
    );
  });
});

describe("YAML scalars", () => {
  test.each(["plain", "process-post", "과정", "has space", "", "null", "Yes", "12", "a: b", "#tag", "'quote", "\u0000\u0007\u001b\u0085\u2028\ufeff"])(
    "%j round-trips as a scalar, a quoted string and a key",
    (value) => {
      expect(parseYaml(`v: ${yamlScalar(value)}`)).toEqual({ v: value });
      expect(parseYaml(`v: ${yamlQuoted(value)}`)).toEqual({ v: value });
      expect(parseYaml(`${yamlKey(value)}: 1`)).toEqual({ [value]: 1 });
    },
  );

  test("simple words stay plain, everything else is quoted", () => {
    expect(yamlScalar("process-post")).toBe("process-post");
    expect(yamlScalar("2026-11-27")).toBe("2026-11-27");
    expect(yamlScalar("no")).toBe('"no"');
    expect(yamlQuoted('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
  });
});
