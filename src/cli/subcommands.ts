// The CLI's subcommands. Only built subcommands are listed here, so --help never offers one
// that does not work yet.
import { CHECK_USAGE, runCheck } from "./check";
import type { Subcommand } from "./io";
import { NEW_USAGE, runNew } from "./new";
import { runRoots } from "./roots";

export interface SubcommandEntry {
  name: string;
  /** One line for the overview in --help. */
  summary: string;
  /** The usage line(s) for this subcommand. */
  usage: string;
  run: Subcommand;
}

export const SUBCOMMANDS: readonly SubcommandEntry[] = [
  {
    name: "check",
    summary: "check notes or folders against the process-sharing checklist (never writes)",
    usage: CHECK_USAGE,
    run: runCheck,
  },
  {
    name: "roots",
    summary: "the vault's roots, the posts linking them, orphans and unresolved root links",
    usage: "roots [--json] VAULT",
    run: runRoots,
  },
  {
    name: "new",
    summary: "write a new Self-Us-Now process post and print its path (never overwrites)",
    usage: NEW_USAGE,
    run: runNew,
  },
];
