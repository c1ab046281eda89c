// The example vault, embedded by scripts/preview/build.mjs at build time: vault path → note text.
declare module "virtual:preview-vault" {
  const files: Record<string, string>;
  export default files;
}
