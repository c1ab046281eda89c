// Vitest global setup for the CLI tests: bundle dist/cli.js first, so the tests that run the
// built CLI as a child process always have the current bundle.
import { buildCli } from "../../esbuild.config.mjs";

export default async function setup(): Promise<void> {
  await buildCli();
}
