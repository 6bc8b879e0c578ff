/**
 * `claimlint --patch FILE...`, `--patch -`, `--git RANGE`, patches named as
 * plain arguments, and stdin for b4: lint what each patch adds and print it
 * in checkpatch.pl's format (or json, stylish, b4-review).
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { configRevisionNote, documentScope, resolveConfig } from '../config/index.js';
import { fillChanged, lintPatch, ruleKey, type PatchReport } from '../patch/lint-patch.js';
import { PatchError } from '../patch/types.js';
import { gitBlob, treeSource, type Source } from '../patch/post-image.js';
import { MAX_PATCH_BYTES, MAX_PATCH_RUN_BYTES, mib, readPatchFile, readPatchStream } from '../patch/read-input.js';
import { formatB4Review, formatCheckpatch, type CheckpatchFlags } from '../report/checkpatch.js';
import { findRepoRoot, isVFileFormat, rulesOf, writeOutput, writeReport } from '../report/format.js';
import { compileRuleSet } from '../rules/compile.js';
import { formatFileError, type Rule } from '../rules/types.js';
import { warmTagger } from '../prose/nlp-service.js';
import { InputError } from './read.js';
import { RuleSets } from './lint-files.js';
import type { Io } from './main.js';

export interface PatchModeOptions {
  inputs: string[];
  git?: string[];
  format: string;
  tree?: string;
  noTree: boolean;
  quiet: number;
  terse: boolean;
  emacs: boolean;
  showfile: boolean;
  noSummary: boolean;
  mailback: boolean;
  showTypes: boolean;
  types: string[];
  ignore: string[];
  verbose: boolean;
  failOn: 'warning' | 'error';
  /** Standard input (default: process.stdin, read up to MAX_PATCH_BYTES). */
  readStdin?: () => Promise<string>;
  /** --output FILE: the report goes there instead of stdout. */
  output?: string;
  /** Colour the report (stdout is a terminal and no --output). */
  color?: boolean;
}

interface Input { name: string; title: string; text: string; commit?: string; file?: string }

function git(args: string[], what: string): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', maxBuffer: MAX_PATCH_BYTES, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { stderr?: string; message: string; code?: string };
    if (e.code === 'ENOBUFS') throw new InputError(`${what}: larger than ${mib(MAX_PATCH_BYTES)}, the limit for a patch input`);
    throw new InputError(`git ${args.join(' ')}: ${(e.stderr || e.message).trim()}`);
  }
}

/**
 * checkpatch.pl's -g: "X-N", "a..b", or a single commit; oldest first, merges
 * skipped. A revision is never read as an option: one that starts with "-" is
 * refused (`--git=--output=FILE` would have git write FILE), and every
 * revision follows --end-of-options. A commit whose patch cannot be had is an
 * error of its own; the others are still linted.
 */
function gitInputs(exprs: string[], errors: string[]): Input[] {
  const inputs: Input[] = [];
  for (const expr of exprs) {
    const m = /^(.*)-(\d+)$/.exec(expr);
    const rev = m ? m[1] as string : expr;
    if (rev === '' || rev.startsWith('-')) throw new InputError(`--git ${expr}: not a commit or range (X-N, a..b, or one commit)`);
    const range = m ? [`-${m[2]}`, '--end-of-options', rev] : expr.includes('..') ? ['--end-of-options', expr] : ['-1', '--end-of-options', expr];
    const log = git(['log', '--no-color', '--no-merges', '--pretty=format:%H %s', ...range], `--git ${expr}`);
    const commits = log.split('\n').filter(Boolean).map((l) => [l.slice(0, 40), l.slice(41)] as const).reverse();
    for (const [sha, subject] of commits) {
      try {
        // --always: an empty commit's message is linted too.
        const text = git(['format-patch', '-M', '--always', '--stdout', '-1', '--end-of-options', sha], `commit ${sha.slice(0, 12)}`);
        inputs.push({ name: sha, title: `Commit ${sha.slice(0, 12)} ("${subject}")`, text, commit: sha });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        errors.push(err.message);
      }
    }
  }
  if (inputs.length === 0 && errors.length === 0) throw new InputError('no git commits after extraction');
  return inputs;
}

/** A commit's files from git objects: its parent's version and its own (the sha is git's own 40 hex digits). */
function commitSource(sha: string): Source {
  return { label: `commit ${sha.slice(0, 12)}`, read: (path, side) => gitBlob(`${side === 'old' ? `${sha}^` : sha}:${path}`) };
}

/** The tree that supplies scope: --tree, or the git work tree we are in, or none. */
function findTree(opts: PatchModeOptions): string | undefined {
  if (opts.noTree) return undefined;
  if (opts.tree) return resolve(opts.tree);
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The inputs, read within the limits. An input that cannot be read is an
 * error of its own (exit status 2) and the others are still linted and
 * reported, as in file mode.
 */
async function readInputs(opts: PatchModeOptions, errors: string[]): Promise<Input[]> {
  const read: Input[] = opts.git?.length ? gitInputs(opts.git, errors) : [];
  for (const name of opts.inputs) {
    try {
      if (name === '-') {
        const text = await (opts.readStdin ?? (() => readPatchStream(process.stdin)))();
        let subject: string | undefined;
        for (const m of text.matchAll(/^Subject:\s+(.+)$/gim)) subject = m[1];
        read.push({ name: '-', title: subject ? `"${subject}"` : 'Your patch', text });
      } else {
        read.push({ name, title: name, text: readPatchFile(name), file: resolve(name) });
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push(err.message);
    }
  }
  // Patch mode keeps every input's lines and post-images for its report: the run as a whole is bounded too.
  let total = 0;
  return read.filter((input) => {
    const size = Buffer.byteLength(input.text);
    if (total + size > MAX_PATCH_RUN_BYTES) {
      errors.push(`${input.name}: not linted: the patch inputs together are larger than ${mib(MAX_PATCH_RUN_BYTES)}, the limit for one run`);
      return false;
    }
    total += size;
    return true;
  });
}

export async function runPatchMode(opts: PatchModeOptions, io: Io): Promise<number> {
  const errors: string[] = [];
  const inputs = await readInputs(opts, errors);

  const tree = findTree(opts);
  const { config, errors: configErrors, warnings } = resolveConfig(join(tree ?? process.cwd(), 'MAINTAINERS'));
  const sets = new RuleSets();
  const ruleSets = sets.get(config.rules);
  const revisionNote = configRevisionNote();
  for (const note of [...warnings.map((w) => `warning: ${formatFileError(w)}`), ...(revisionNote ? [revisionNote] : [])]) io.err(`claimlint: ${note}\n`);
  const problems = [...configErrors.map(formatFileError), ...sets.errors];
  if (problems.length) { for (const p of [...problems, ...errors]) io.err(`claimlint: ${p}\n`); return 2; }
  // A patch that may touch a CoCo document: the tagger's model loads on a second core while the
  // patch is parsed (prose/nlp-service.ts).
  if (inputs.some((i) => ruleSets.some((rs) => compileRuleSet(rs).matcher.mayNameCoco(i.text)))) warmTagger();

  const wanted = new Set(opts.types.flatMap((t) => t.split(',')).filter(Boolean).map(ruleKey));
  const ignored = new Set(opts.ignore.flatMap((t) => t.split(',')).filter(Boolean).map(ruleKey));
  const rules = new Map<string, Rule>(ruleSets.flatMap((r) => r.rules.map((x) => [x.id, x] as const)));
  const reports: PatchReport[] = [];
  for (const input of inputs) {
    try {
      const report = await lintPatch(input.text, input.name, input.title, {
        ruleSets, severity: config.severity, source: input.commit ? commitSource(input.commit) : tree ? treeSource(tree) : undefined,
        scopeFor: (p) => documentScope(config, join(tree ?? process.cwd(), p)), patchFile: input.file,
        onRuleError: (e) => errors.push(formatFileError(e)),
      });
      report.findings = report.findings.filter((f) => (!wanted.size || wanted.has(f.ruleId)) && !ignored.has(f.ruleId));
      const keptMessages = new Set(report.findings.map((f) => f.vmessage));
      for (const file of report.files) file.messages = file.messages.filter((m) => keptMessages.has(m));
      reports.push(report);
    } catch (err) {
      if (!(err instanceof PatchError)) throw err;
      errors.push(err.message);
    }
  }
  // Nothing could be linted: the errors alone, and no empty report.
  if (reports.length === 0 && errors.length) {
    for (const e of errors) io.err(`claimlint: ${e}\n`);
    return 2;
  }

  // A commit message of a run that changes no file in its own input is placed with the run's first.
  fillChanged(reports.flatMap((r) => r.files));

  if (opts.format === 'checkpatch') {
    const flags: CheckpatchFlags = {
      quiet: opts.quiet + (opts.terse ? 1 : 0), terse: opts.terse, emacs: opts.emacs || opts.terse, showfile: opts.showfile,
      summary: !opts.noSummary, mailback: opts.mailback, showTypes: opts.showTypes, verbose: opts.verbose, rules,
    };
    writeOutput(reports.map((r) => formatCheckpatch(r, flags, reports.length > 1)).join(''), opts.output, io);
  } else if (opts.format === 'b4-review') {
    writeOutput(`${formatB4Review(reports)}\n`, opts.output, io);
  } else if (isVFileFormat(opts.format)) {
    // Post-image paths are relative to the tree (or the repository we are in).
    const root = tree ?? findRepoRoot(process.cwd()) ?? process.cwd();
    writeReport(opts.format, reports.flatMap((r) => r.files), {
      rules: rulesOf(ruleSets), root, base: root, output: opts.output, color: opts.color ?? (opts.output === undefined && process.stdout.isTTY === true),
    }, io);
  }
  for (const e of errors) io.err(`claimlint: ${e}\n`);
  if (errors.length) return 2;
  const failing = reports.some((r) => r.findings.some((f) => f.severity === 'error' || (opts.failOn === 'warning' && f.severity === 'warning')));
  return failing ? 1 : 0;
}

