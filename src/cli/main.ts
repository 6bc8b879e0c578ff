/**
 * The command line: `claimlint [options] [paths or globs ...]`, and the
 * `parse` and `prose` commands that show what the parser sees.
 * Exit status (DESIGN §3): 0 clean, 1 findings at or above --fail-on,
 * 2 usage errors and bad input.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../package-root.js';
import { expandPaths } from './files.js';
import { InputError, decodeText, readVFile } from './read.js';
import { runPatchMode } from './patch-mode.js';
import { looksLikePatch } from '../patch/split.js';
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
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
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

/** A file argument that is a patch (by its content): git format-patch output, a mail, a diff. */
function isPatchFile(p: string): boolean {
  if (p === '-') return true;
  try {
    if (!statSync(p).isFile()) return false;
    const fd = openSync(p, 'r');
    const head = Buffer.alloc(65536);
    const n = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    return looksLikePatch(head.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return decodeText(Buffer.concat(chunks), '-');
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
      // patch mode, with checkpatch.pl's flags
      patch: { type: 'boolean', default: false },
      git: { type: 'string', short: 'g', multiple: true },
      tree: { type: 'string' },
      'no-tree': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', multiple: true },
      terse: { type: 'boolean', default: false },
      emacs: { type: 'boolean', default: false },
      showfile: { type: 'boolean', default: false },
      'no-summary': { type: 'boolean', default: false },
      mailback: { type: 'boolean', default: false },
      'show-types': { type: 'boolean', default: false },
      types: { type: 'string', multiple: true },
      ignore: { type: 'string', multiple: true },
      verbose: { type: 'boolean', short: 'v', default: false },
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

  const failOn = values['fail-on'] as string;
  if (failOn !== 'warning' && failOn !== 'error') throw new InputError(`--fail-on ${failOn}: expected warning or error`);
  const checkpatchFlags = !!(values.quiet?.length || values.terse || values.emacs || values.showfile || values['no-summary'] || values.mailback);
  // No paths: read a patch from stdin, as checkpatch.pl does (b4 runs it so).
  const stdinPatch = positionals.length === 0 && !process.stdin.isTTY && (values.patch || checkpatchFlags);
  const patchMode = values.patch || !!values.git?.length || stdinPatch || positionals.some(isPatchFile);
  const explicitFormat = argv.some((a) => a === '-f' || a === '--format' || a.startsWith('--format='));
  const format = patchMode && !explicitFormat ? 'checkpatch' : values.format as string;
  const formats = patchMode ? ['checkpatch', 'json', 'stylish', 'b4-review'] : ['stylish', 'json'];
  if (!formats.includes(format)) throw new InputError(`--format ${format}: unknown format (${formats.join(', ')})`);
  if (patchMode) {
    return runPatchMode({
      inputs: stdinPatch ? ['-'] : positionals, git: values.git, format, tree: values.tree, noTree: values['no-tree'] === true,
      quiet: values.quiet?.length ?? 0, terse: values.terse === true, emacs: values.emacs === true, showfile: values.showfile === true,
      noSummary: values['no-summary'] === true, mailback: values.mailback === true, showTypes: values['show-types'] === true,
      types: values.types ?? [], ignore: values.ignore ?? [], verbose: values.verbose === true, failOn,
      readStdin: () => readStdin(),
    }, io);
  }
  if (positionals.length === 0) throw new InputError('no paths given (try claimlint Documentation/)');

  const paths = await expandPaths(positionals, { noIgnore: values['no-ignore'] === true });
  const { files, errors } = await lintPaths(paths);
  io.out(format === 'json' ? `${formatJson(files)}\n` : formatStylish(files, process.stdout.isTTY === true));
  for (const e of errors) io.err(`claimlint: ${e}\n`);
  if (errors.length) return 2;
  const failing = files.some((f) => f.messages.some((m) => failOn === 'warning' || m.fatal === true));
  return failing ? 1 : 0;
}
