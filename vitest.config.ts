import { defineConfig } from "vitest/config";

// Core and CLI tests run in plain Node; plugin tests run under jsdom with `obsidian`
// resolved to the in-memory Obsidian of obsidian-test-mocks.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "core",
          include: ["tests/core/**/*.test.ts", "tests/architecture/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "cli",
          include: ["tests/cli/**/*.test.ts"],
          globalSetup: ["tests/cli/build-cli.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        resolve: {
          // `obsidian` ships types only; at run time the plugin gets the in-memory Obsidian.
          alias: [{ find: /^obsidian$/, replacement: "obsidian-test-mocks/obsidian" }],
        },
        test: {
          name: "plugin",
          include: ["tests/plugin/**/*.test.ts"],
          environment: "jsdom",
          setupFiles: ["obsidian-test-mocks/vitest-setup", "tests/plugin/setup.ts"],
        },
      },
    ],
  },
});
