// The CLI's subcommands. Only built subcommands are listed here, so --help never offers one
// that does not work yet.
import type { Subcommand } from "./io";

export interface SubcommandEntry {
  name: string;
  /** One line for the overview in --help. */
  summary: string;
  /** The usage line(s) for this subcommand. */
  usage: string;
  run: Subcommand;
}

export const SUBCOMMANDS: readonly SubcommandEntry[] = [];
