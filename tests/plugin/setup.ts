// Runs after obsidian-test-mocks' own setup: `obsidian` resolves to the in-memory mocks, with
// two additions real tests need — a switchable UI language and a record of every Notice shown —
// and moment's Korean locale.
import moment from "moment";
import "moment/locale/ko";
import { vi } from "vitest";

// Obsidian's moment carries every locale; the mocks' moment (the real one) has English only until
// Korean is loaded. Loading a locale also makes it moment's global one, so English is set back.
moment.locale("en");

interface TestGlobals {
  __processSharingLanguage: string;
  __processSharingNotices: string[];
}

const globals = globalThis as unknown as TestGlobals;
globals.__processSharingLanguage = "en";
globals.__processSharingNotices = [];

vi.mock("obsidian", async () => {
  const mocks = await vi.importActual<typeof import("obsidian-test-mocks/obsidian")>("obsidian-test-mocks/obsidian");
  class RecordingNotice extends mocks.Notice {
    constructor(message: string | DocumentFragment, duration?: number) {
      super(message, duration);
      const text = typeof message === "string" ? message : (message.textContent ?? "");
      (globalThis as unknown as TestGlobals).__processSharingNotices.push(text);
    }
  }
  return {
    ...mocks,
    Notice: RecordingNotice,
    getLanguage: () => (globalThis as unknown as TestGlobals).__processSharingLanguage,
  };
});
