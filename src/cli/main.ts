/**
 * The command line: `claimlint [options] [paths or globs ...]`, and the
 * `parse` and `prose` commands that show what the parser sees.
 * Exit status (DESIGN §3): 0 clean, 1 findings at or above --fail-on,
 * 2 usage errors and bad input.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../package-root.js';
import { expandPaths, parseExtensions } from './files.js';
import { InputError, readVFile } from './read.js';
import { runPatchMode } from './patch-mode.js';
import { tagInProcess } from '../prose/nlp-service.js';
import { defaultCacheLocation, openLintCache } from './lint-cache.js';
import { looksLikePatch } from '../patch/split.js';
import { useConfigFile, useConfigRevision } from '../config/index.js';
import { lintPaths } from './lint-files.js';
import { VFile } from 'vfile';
import { fixFiles } from './fix.js';
import { applyBaseline, readBaseline, writeBaseline } from './baseline.js';
import { createProgress } from './progress.js';
import { VFILE_FORMATS, isVFileFormat, rulesOf, writeReport } from '../report/format.js';
import { printProse, printTree } from './inspect.js';
import { RULE_COMMANDS, ruleCommand } from './rule-commands.js';

const HELP = `Usage: claimlint [options] [paths or globs ...]
       claimlint parse FILE      print the document tree as JSON (.md/.markdown read as Markdown)
       claimlint prose FILE      print prose units and sentences with line:column
       claimlint test-rules [FILE ...]
                                 run every rule's examples (default: the shipped rule files)
       claimlint explain RULE [--rules FILE]
                                 print a rule's message, rationale, source and examples
       claimlint lsp --stdio     run the language server (LSP) on stdin/stdout
       claimlint server start|stop|status
                                 a resident server that keeps the rules and the tagger warm:
                                 while it runs, claimlint hands its runs to it (b4, hooks)

Lints Linux kernel documentation (reStructuredText and Markdown) for overgeneralized claims.
Directories mean every .rst, .md and .markdown file below them (--ext chooses);
Documentation/translations/ is skipped. A file named is linted whatever its extension:
.md and .markdown as Markdown, anything else as reStructuredText.

Options:
  -f, --format NAME        stylish (default), json, sarif, github (workflow commands, and a table
                           appended to $GITHUB_STEP_SUMMARY when set) or rdjsonl (reviewdog)
  -o, --output FILE        write the report to FILE instead of stdout
      --fail-on LEVEL      warning (default), error or info: the lowest severity that makes exit status 1
      --config FILE        use this .claimlint.yml instead of the ones found upward
      --config-rev REV     read .claimlint.yml files and the rule files they name from git
                           revision REV, not from the working tree (docs/security.md)
      --ext LIST           the extensions a directory is walked for, comma separated, with or
                           without the dot: rst, md, markdown (default: .rst,.md,.markdown)
      --no-ignore          also lint files that ignore globs skip (by default
                           Documentation/translations/)
      --follow-symlinks    follow symbolic links to directories (each directory once); links out of
                           a named directory are skipped with a note either way
      --fix                apply each finding's preferred suggestion in place (what changed goes
                           to stderr); the findings that remain are reported
      --fix-dry-run        print the diff --fix would apply; write nothing
      --baseline FILE      report only findings that are not in FILE
      --write-baseline FILE
                           record the current findings in FILE (and report none)
      --max-warnings N     exit status 1 when there are more than N warnings
      --cache              do not lint again a file whose text, rules and configuration are
                           unchanged (kept in ~/.cache/claimlint/lint-cache/, never in the tree)
      --cache-location FILE
                           keep that cache in FILE (implies --cache)
  -q, --quiet              report errors only (in patch mode: checkpatch.pl's -q)

Patch mode (a patch file, --patch FILE|-, -g RANGE, or a patch on stdin):
      --patch              read the arguments (or stdin) as patches
  -g, --git RANGE          lint the commits of RANGE (X-N, a..b, or one commit)
      --tree DIR           the kernel tree that supplies scope (default: this git work tree)
      --no-tree            lint the hunks alone
  -f, --format NAME        checkpatch (default), json, stylish, sarif, github, rdjsonl or b4-review
  checkpatch.pl's flags:   -q, --terse, --emacs, --showfile, --no-summary, --mailback,
                           --show-types, --types T,..., --ignore T,..., -v
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
  /** Whether `err` is a terminal (progress is shown only there). */
  errIsTTY?: boolean;
  /** Whether `out` is a terminal (colours; default: process.stdout's). */
  outIsTTY?: boolean;
  /** Whether standard input is a terminal (a patch is read from it when it is not; default: process.stdin's). */
  inIsTTY?: boolean;
  /** Standard input, for a patch read from it (default: process.stdin; the resident server asks its client). */
  readStdin?: () => Promise<string>;
}

const stdio: Io = {
  out: (s) => { process.stdout.write(s); },
  err: (s) => { process.stderr.write(s); },
  get errIsTTY() { return process.stderr.isTTY === true; },
  get outIsTTY() { return process.stdout.isTTY === true; },
  get inIsTTY() { return process.stdin.isTTY === true; },
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

async function run(argv: string[], io: Io): Promise<number> {
  if (RULE_COMMANDS.includes(argv[0] ?? '')) return ruleCommand(argv, io);
  // The language server (stdin/stdout are its JSON-RPC stream); loaded only when asked for.
  if (argv[0] === 'lsp') return (await import('../lsp/server.js')).runLanguageServer(argv.slice(1), io.err);
  // The resident server (claimlint server start|stop|status|run); loaded only when asked for.
  if (argv[0] === 'server') return (await import('./resident.js')).serverCommand(argv.slice(1), io);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'fail-on': { type: 'string', default: 'warning' },
      'no-ignore': { type: 'boolean', default: false },
      ext: { type: 'string', multiple: true },
      'follow-symlinks': { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      'max-warnings': { type: 'string' },
      config: { type: 'string' },
      'config-rev': { type: 'string' },
      cache: { type: 'boolean', default: false },
      'cache-location': { type: 'string' },
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

  const revisionProblem = useConfigRevision(values['config-rev']);
  if (revisionProblem) throw new InputError(revisionProblem);
  useConfigFile(values.config);
  const failOn = values['fail-on'] as string;
  if (failOn !== 'warning' && failOn !== 'error' && failOn !== 'info') throw new InputError(`--fail-on ${failOn}: expected warning, error or info`);
  const extensions = values.ext === undefined ? undefined : parseExtensions(values.ext);
  if (extensions && 'problem' in extensions) throw new InputError(extensions.problem);
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) throw new InputError(`--max-warnings ${maxWarnings}: expected a number`);
  const checkpatchFlags = !!(values.quiet?.length || values.terse || values.emacs || values.showfile || values['no-summary'] || values.mailback);
  // No paths: read a patch from stdin, as checkpatch.pl does (b4 runs it so).
  const patchFormat = values.format === 'b4-review' || values.format === 'checkpatch';
  const stdinPatch = positionals.length === 0 && !(io.inIsTTY ?? process.stdin.isTTY) && (values.patch || checkpatchFlags || patchFormat);
  const patchMode = values.patch || !!values.git?.length || stdinPatch || positionals.some(isPatchFile) || (patchFormat && positionals.length > 0);
  const explicitFormat = argv.some((a) => a === '-f' || a === '--format' || a.startsWith('--format='));
  const format = patchMode && !explicitFormat ? 'checkpatch' : values.format as string;
  const formats: string[] = patchMode ? ['checkpatch', ...VFILE_FORMATS, 'b4-review'] : [...VFILE_FORMATS];
  if (!formats.includes(format)) throw new InputError(`--format ${format}: unknown format (${formats.join(', ')})`);
  if (patchMode) {
    const fileOnly = ['fix', 'fix-dry-run', 'baseline', 'write-baseline', 'max-warnings', 'cache', 'cache-location', 'ext'].filter((k) => values[k as keyof typeof values]);
    if (fileOnly.length || failOn === 'info') throw new InputError(`${[...fileOnly.map((k) => `--${k}`), ...(failOn === 'info' ? ['--fail-on info'] : [])].join(', ')}: only for files, not in patch mode`);
    return runPatchMode({
      inputs: stdinPatch ? ['-'] : positionals, git: values.git, format, tree: values.tree, noTree: values['no-tree'] === true,
      quiet: values.quiet?.length ?? 0, terse: values.terse === true, emacs: values.emacs === true, showfile: values.showfile === true,
      noSummary: values['no-summary'] === true, mailback: values.mailback === true, showTypes: values['show-types'] === true,
      types: values.types ?? [], ignore: values.ignore ?? [], verbose: values.verbose === true, failOn,
      output: values.output, readStdin: io.readStdin, color: values.output === undefined && (io.outIsTTY ?? process.stdout.isTTY) === true,
    }, io);
  }
  if (positionals.length === 0) throw new InputError('no paths given (try claimlint Documentation/)');
  tagInProcess();

  const baseline = values.baseline === undefined ? undefined : readBaseline(values.baseline);
  const found = await expandPaths(positionals, { noIgnore: values['no-ignore'] === true, followSymlinks: values['follow-symlinks'] === true, extensions });
  for (const note of found.notes) io.err(`claimlint: ${note}\n`);
  const { paths } = found;
  const progress = createProgress(paths.length, { isTTY: io.errIsTTY === true, write: io.err });
  const dryRun = values['fix-dry-run'] === true;
  // --fix rewrites what it reads: it always lints.
  const useCache = (values.cache || values['cache-location'] !== undefined) && !values.fix && !dryRun;
  const cache = useCache ? openLintCache(resolve(values['cache-location'] ?? defaultCacheLocation())) : undefined;
  const linted = await lintPaths(paths, [], { progress: (done) => progress.update(done), cache });
  progress.clear();
  const cacheProblem = cache?.save();
  if (cacheProblem) io.err(`claimlint: warning: ${cacheProblem}\n`);
  let { files } = linted;
  const errors = [...found.errors, ...linted.errors];
  if (values.fix || dryRun) {
    const fixed = fixFiles(files, { dryRun, out: io.out, err: io.err });
    for (const e of fixed.errors) errors.push(e);
    if (fixed.changed.size) {
      // Lint the fixed text again: the findings that remain are reported and decide the exit status.
      const again = await lintPaths([...fixed.changed.keys()], [], { read: (p) => new VFile({ path: p, value: fixed.changed.get(p) }) });
      const byPath = new Map(again.files.map((f) => [f.path, f]));
      files = files.map((f) => byPath.get(f.path) ?? f);
      for (const e of again.errors) errors.push(e);
    }
  }
  const writeTo = values['write-baseline'];
  if (writeTo !== undefined) {
    if (errors.length) {
      errors.push(`${writeTo}: baseline not written: not every file could be linted`);
    } else {
      const n = writeBaseline(writeTo, files);
      io.err(`claimlint: wrote ${n} finding${n === 1 ? '' : 's'} to ${writeTo}\n`);
      for (const f of files) f.messages = [];
    }
  }
  if (baseline && values.baseline !== undefined) applyBaseline(files, baseline, values.baseline);
  // --max-warnings counts warnings that --quiet hides (as ESLint does).
  const warnings = files.reduce((n, f) => n + f.messages.filter((m) => m.fatal === false).length, 0);
  if (values.quiet?.length) for (const f of files) f.messages = f.messages.filter((m) => m.fatal === true);
  // --fix-dry-run's stdout is the diff alone (a report still goes to --output FILE).
  if ((!dryRun || values.output !== undefined) && isVFileFormat(format)) {
    writeReport(format, files, { rules: rulesOf(linted.ruleSets), output: values.output, color: values.output === undefined && (io.outIsTTY ?? process.stdout.isTTY) === true }, io);
  }
  for (const n of linted.notes) io.err(`claimlint: ${n}\n`);
  for (const e of errors) io.err(`claimlint: ${e}\n`);
  if (errors.length) return 2;
  if (maxWarnings !== undefined && warnings > Number(maxWarnings)) {
    io.err(`claimlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  const atFailLevel = (fatal: boolean | null | undefined) => failOn === 'info' || fatal === true || (failOn === 'warning' && fatal === false);
  const failing = files.some((f) => f.messages.some((m) => atFailLevel(m.fatal)));
  return failing ? 1 : 0;
}
