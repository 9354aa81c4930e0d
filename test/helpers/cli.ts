/** Running the command-line scripts: in-process (their `run(argv, io)`), or once as a real subprocess. */
import { spawnSync } from 'node:child_process';
import type { Io } from '../../scripts/cli';

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/** Calls a script's `run` with captured output and an optional standard input. */
export async function inProcess(
  run: (args: string[], io: Io) => Promise<number>,
  args: string[],
  stdin?: string | Uint8Array,
): Promise<CliResult> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdin: () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : (stdin ?? new Uint8Array())),
  };
  const code = await run(args, io);
  return { code, out, err };
}

/** The script as users run it (`npm run -s <name> -- …` runs tsx on it): for one smoke test per script. */
export function subprocess(script: string, args: string[], input?: string): CliResult {
  const r = spawnSync('node_modules/.bin/tsx', [script, ...args], { encoding: 'utf8', ...(input !== undefined ? { input } : {}) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
