// The cheap pre-check before the plain lead-in pattern ("Now: …", "- 우리: …") must never turn away a
// line the pattern would accept with a bare part label: it only saves the pattern's work on the
// many "key: value" lines that are not lead-ins.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BARE_LABELS, PLAIN_LEAD_IN, mayBeBareLabel } from "../../../src/core/checklist/rules/self-us-now";

const labels = [...BARE_LABELS];
const acceptedByPattern = (line: string): boolean => {
  const match = PLAIN_LEAD_IN.exec(line);
  return match !== null && BARE_LABELS.has((match[1] ?? "").trim().toLowerCase());
};

describe("the plain lead-in pre-check", () => {
  it("lets through every line the pattern accepts, in Korean and English", () => {
    const piece = fc.oneof(
      fc.constantFrom(" ", "\t", "-", "*", "+", ":", "：", "x", "**", "나", ...labels, ...labels.map((label) => label.toUpperCase())),
      fc.string({ maxLength: 3 }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const line = parts.join("");
        if (!acceptedByPattern(line)) return true;
        accepted++;
        return mayBeBareLabel(line);
      }),
      { numRuns: 20_000 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it("turns away ordinary key: value lines and accepts bare labels", () => {
    expect(mayBeBareLabel("title: 손으로 꿰맨 노트")).toBe(false);
    expect(mayBeBareLabel("created: 2026-03-02")).toBe(false);
    expect(mayBeBareLabel("Now: join the Saturday bake")).toBe(true);
    expect(mayBeBareLabel("- 우리: 당신도 그런 적 있나요?")).toBe(true);
    expect(mayBeBareLabel("    *   지금：같이 해요")).toBe(true);
  });
});
