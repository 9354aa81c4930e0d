/**
 * What every command-line script shares: `main(argv, io)` returns an exit code instead of calling
 * process.exit, so tests run it in-process; `runCli` wires it to the real process when the file is run.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, read whole (for "-" as a file name). */
  stdin: () => Uint8Array;
}

export const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  stdin: () => readFileSync(0),
};

/** An expected failure: a one-line reason and an exit code (2: the input or the arguments are unusable). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

export function fail(message: string, code = 2): never {
  throw new CliError(message, code);
}

/** `--name value` pairs, each name one of `allowed`; an unknown name or a missing value fails. */
export function valueOptions(args: readonly string[], allowed: readonly string[]): Record<string, string> {
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const k = args[i]!;
    if (!allowed.includes(k)) fail(`unknown option ${k}`);
    opts[k] = args[i + 1] ?? fail(`${k} needs a value`);
  }
  return opts;
}

/** A key or other text file the command cannot go on without: its text, or "cannot read the <what>: …". */
export function readNeeded(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read the ${what}: ${(err as Error).message}`);
  }
}

/** Runs `main` and turns a CliError into "<name>: <reason>" on stderr and its exit code. */
export async function runMain(name: string, main: (argv: string[], io: Io) => Promise<number>, argv: string[], io: Io): Promise<number> {
  try {
    return await main(argv, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`${name}: ${err.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return err.code;
    }
    throw err;
  }
}

/** At the bottom of a script: run it when it is the file Node was asked to run, not when it is imported. */
export async function runCli(meta: ImportMeta, name: string, main: (argv: string[], io: Io) => Promise<number>): Promise<void> {
  if (!process.argv[1] || meta.url !== pathToFileURL(process.argv[1]).href) return;
  process.exitCode = await runMain(name, main, process.argv.slice(2), processIo);
}
