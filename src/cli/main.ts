// process-sharing: the Node CLI over the same core as the plugin. Routing only; each
// subcommand lives in its own module and is listed in subcommands.ts.
import process from "node:process";
import { EXIT_USAGE, UsageError, type CliIO } from "./io";
import { SUBCOMMANDS } from "./subcommands";
import { VERSION } from "./version";

export function usage(): string {
  const lines = ["Usage: process-sharing <command> [options]", ""];
  if (SUBCOMMANDS.length > 0) {
    lines.push("Commands:");
    const width = Math.max(...SUBCOMMANDS.map((entry) => entry.name.length));
    for (const entry of SUBCOMMANDS) lines.push(`  ${entry.name.padEnd(width)}  ${entry.summary}`);
    lines.push("");
    for (const entry of SUBCOMMANDS) lines.push(...entry.usage.split("\n").map((line) => `  ${line}`));
    lines.push("");
  }
  lines.push("Options:", "  -h, --help     show this help", "  -v, --version  print the version");
  return lines.join("\n") + "\n";
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    io.stdout(usage());
    return first === undefined ? EXIT_USAGE : 0;
  }
  if (first === "-v" || first === "--version") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = SUBCOMMANDS.find((candidate) => candidate.name === first);
  try {
    if (!entry) {
      throw new UsageError(
        first.startsWith("-") ? `unknown option '${first}'` : `unknown command '${first}'`,
      );
    }
    if (rest.includes("-h") || rest.includes("--help")) {
      io.stdout(`Usage: process-sharing ${entry.usage}\n`);
      return 0;
    }
    return await entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      io.stderr(`process-sharing: ${error.message}\n\n${usage()}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** Exit code when stdout fails for another reason than a reader that left (EX_IOERR of sysexits.h). */
const EXIT_OUTPUT_ERROR = 74;

/**
 * After a failed write. A reader that stopped early (`check --json vault | head`) closes the pipe:
 * what it wanted was written, so the run ends at once and quietly, as grep or ripgrep do, instead
 * of checking the rest of the vault for nobody and printing a stack trace. Any other failure (a
 * full disk) is said on stderr.
 */
function stopOnClosedStdout(error: (Error & { code?: unknown }) | null): void {
  if (error === null) return;
  if (error.code === "EPIPE") process.exit(0);
  process.stderr.write(`process-sharing: cannot write the output: ${error.message}\n`);
  process.exit(EXIT_OUTPUT_ERROR);
}

function nodeIO(): CliIO {
  // The failure also arrives as an 'error' event; without a listener Node would throw it.
  process.stdout.on("error", stopOnClosedStdout);
  return {
    stdout: (text) => {
      process.stdout.write(text);
      // Writes to files, and on Linux to pipes, are synchronous: a failed one is known here at once.
      // Elsewhere the 'error' event above reports it.
      stopOnClosedStdout(process.stdout.errored);
    },
    stderr: (text) => void process.stderr.write(text),
    colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

// Run when executed (the bundled dist/cli.js or `tsx src/cli/main.ts`), not when imported by tests.
const invokedPath = process.argv[1] ?? "";
if (/(?:^|[\\/])(?:cli\.js|main\.ts|process-sharing)$/.test(invokedPath)) {
  main(process.argv.slice(2), nodeIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`process-sharing: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
