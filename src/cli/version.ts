// The version printed by --version: package.json's, inlined by the bundler.
import packageJson from "../../package.json";

export const VERSION: string = packageJson.version;
