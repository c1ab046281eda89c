// The part of jsdom's API the plugin bench uses (jsdom ships no types and @types/jsdom is not a
// dependency; the plugin tests get jsdom through Vitest instead).
declare module "jsdom" {
  export class JSDOM {
    constructor(html: string, options?: { pretendToBeVisual?: boolean; url?: string });
    readonly window: Window & typeof globalThis;
  }
}
