// Types for what esbuild.config.mjs exports to the CLI tests' global setup.
import type { BuildOptions } from "esbuild";

export declare const cliOptions: BuildOptions & { outfile: string };
export declare function buildCli(): Promise<void>;
export declare const pluginOptions: BuildOptions;
