// The plugin bundle as esbuild.config.mjs builds main.js (same entry, format, externals and
// charset), in memory, for the tests that check what ships.
import { build, type Metafile } from "esbuild";
import { pluginOptions } from "../../esbuild.config.mjs";

export interface PluginBundle {
  code: string;
  metafile: Metafile;
}

export async function buildPluginBundle(minify: boolean): Promise<PluginBundle> {
  const result = await build({
    ...pluginOptions,
    outfile: undefined,
    write: false,
    minify,
    sourcemap: false,
    legalComments: "none",
    metafile: true,
    logLevel: "silent",
  });
  return { code: result.outputFiles[0]?.text ?? "", metafile: result.metafile };
}
