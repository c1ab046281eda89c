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

/**
 * Obsidian's debounce, as obsidian.d.ts describes it: the call runs `timeout` ms after the first
 * call (after the last one with `resetTimer`) with the latest arguments, and `run()` calls it at
 * once only when a call is pending. The mocks' `run()` calls whenever one was ever made, which
 * would let a test pass on a flush that does nothing in Obsidian.
 */
function obsidianDebounce<T extends unknown[], V>(callback: (...args: [...T]) => V, timeout = 0, resetTimer = false) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: [...T] | undefined;
  const fire = (): V | undefined => {
    const args = pending;
    timer = undefined;
    pending = undefined;
    return args === undefined ? undefined : callback(...args);
  };
  const debouncer = (...args: [...T]) => {
    pending = args;
    if (timer !== undefined && resetTimer) {
      clearTimeout(timer);
      timer = undefined;
    }
    timer ??= setTimeout(fire, timeout);
    return debouncer;
  };
  debouncer.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
    return debouncer;
  };
  debouncer.run = (): V | undefined => {
    if (timer === undefined) return undefined;
    clearTimeout(timer);
    return fire();
  };
  return debouncer;
}

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
    debounce: obsidianDebounce,
    getLanguage: () => (globalThis as unknown as TestGlobals).__processSharingLanguage,
  };
});
