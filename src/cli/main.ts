/**
 * The command line: `claimlint [options] [paths or globs ...]`, and the
 * `parse` and `prose` commands that show what the parser sees.
 * Exit status (DESIGN §3): 0 clean, 1 findings at or above --fail-on,
 * 2 usage errors and bad input.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { expandPaths } from './files.js';
import { InputError, readVFile } from './read.js';
import { lintPaths } from './lint-files.js';
import { formatJson } from '../report/json.js';
import { formatStylish } from '../report/stylish.js';
import { printProse, printTree } from './inspect.js';
import { RULE_COMMANDS, ruleCommand } from './rule-commands.js';

const HELP = `Usage: claimlint [options] [paths or globs ...]
       claimlint parse FILE      print the RST tree as JSON
       claimlint prose FILE      print prose units and sentences with line:column
       claimlint test-rules [FILE ...]
                                 run every rule's examples (default: the shipped rule files)
       claimlint explain RULE [--rules FILE]
                                 print a rule's message, rationale, source and examples

Lints Linux kernel reStructuredText documentation for overgeneralized claims.
Directories mean every .rst file below them; Documentation/translations/ is skipped.

Options:
  -f, --format NAME        stylish (default) or json
      --fail-on LEVEL      warning (default) or error: the lowest severity that makes exit status 1
      --no-ignore          also lint files that ignore globs skip (by default
                           Documentation/translations/)
  -h, --help               show this help
  -V, --version            print the version

Exit status: 0 nothing reported, 1 findings, 2 usage error or unreadable input.`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = {
  out: (s) => { process.stdout.write(s); },
  err: (s) => { process.stderr.write(s); },
};

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof InputError) {
      io.err(`claimlint: ${err.message}\n`);
      return 2;
    }
    const e = err as Error;
    if ((e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`claimlint: ${e.message}\nTry 'claimlint --help'.\n`);
      return 2;
    }
    io.err(`claimlint: internal error: ${e.stack ?? e.message}\n`);
    return 2;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  if (RULE_COMMANDS.includes(argv[0] ?? '')) return ruleCommand(argv, io);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'fail-on': { type: 'string', default: 'warning' },
      'no-ignore': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  });
  if (values.help) { io.out(`${HELP}\n`); return 0; }
  if (values.version) { io.out(`${version()}\n`); return 0; }

  const [command, ...rest] = positionals;
  if (command === 'parse' || command === 'prose') {
    if (rest.length !== 1) throw new InputError(`${command}: expected one FILE`);
    const file = await readVFile(rest[0] as string);
    io.out(command === 'parse' ? printTree(file) : printProse(file));
    return 0;
  }

  const format = values.format as string;
  if (format !== 'stylish' && format !== 'json') throw new InputError(`--format ${format}: unknown format (stylish, json)`);
  const failOn = values['fail-on'] as string;
  if (failOn !== 'warning' && failOn !== 'error') throw new InputError(`--fail-on ${failOn}: expected warning or error`);
  if (positionals.length === 0) throw new InputError('no paths given (try claimlint Documentation/)');

  const paths = await expandPaths(positionals, { noIgnore: values['no-ignore'] === true });
  const { files, errors } = await lintPaths(paths);
  io.out(format === 'json' ? `${formatJson(files)}\n` : formatStylish(files, process.stdout.isTTY === true));
  for (const e of errors) io.err(`claimlint: ${e}\n`);
  if (errors.length) return 2;
  const failing = files.some((f) => f.messages.some((m) => failOn === 'warning' || m.fatal === true));
  return failing ? 1 : 0;
}
