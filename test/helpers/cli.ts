/** `claimlint` in-process: main(argv) with collectors for stdout and stderr, and a fresh configuration cache. */
import { main } from '../../src/cli/main.js';
import { clearConfigCache } from '../../src/config/index.js';

export interface Run {
  status: number;
  out: string;
  err: string;
}

export async function runCli(args: string[], opts: { cwd?: string; errIsTTY?: boolean } = {}): Promise<Run> {
  let out = '';
  let err = '';
  clearConfigCache();
  const back = process.cwd();
  if (opts.cwd) process.chdir(opts.cwd);
  try {
    const status = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, errIsTTY: opts.errIsTTY });
    return { status, out, err };
  } finally {
    process.chdir(back);
  }
}
