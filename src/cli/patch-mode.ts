/**
 * `claimlint --patch FILE...`, `--patch -`, `--git RANGE`, patches named as
 * plain arguments, and stdin for b4: lint what each patch adds and print it
 * in checkpatch.pl's format (or json, stylish, b4-review).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configRevisionNote, documentScope, resolveConfig } from '../config/index.js';
import { lintPatch, ruleKey, type PatchReport } from '../patch/lint-patch.js';
import { PatchError } from '../patch/types.js';
import { treeSource, type Source } from '../patch/post-image.js';
import { formatB4Review, formatCheckpatch, type CheckpatchFlags } from '../report/checkpatch.js';
import { findRepoRoot, isVFileFormat, rulesOf, writeOutput, writeReport } from '../report/format.js';
import { formatFileError, type Rule } from '../rules/types.js';
import { InputError, decodeText } from './read.js';
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
  readStdin: () => Promise<string>;
  /** --output FILE: the report goes there instead of stdout. */
  output?: string;
}

interface Input { name: string; title: string; text: string; commit?: string }

function git(args: string[], cwd?: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new InputError(`git ${args.join(' ')}: ${(e.stderr || e.message).trim()}`);
  }
}

/** checkpatch.pl's -g: "X-N", "a..b", or a single commit; oldest first, merges skipped. */
function gitInputs(exprs: string[]): Input[] {
  const inputs: Input[] = [];
  for (const expr of exprs) {
    const m = /^(.*)-(\d+)$/.exec(expr);
    const range = m ? [`-${m[2]}`, m[1] as string] : expr.includes('..') ? [expr] : ['-1', expr];
    const log = git(['log', '--no-color', '--no-merges', '--pretty=format:%H %s', ...range]);
    const commits = log.split('\n').filter(Boolean).map((l) => [l.slice(0, 40), l.slice(41)] as const).reverse();
    for (const [sha, subject] of commits) {
      inputs.push({ name: sha, title: `Commit ${sha.slice(0, 12)} ("${subject}")`, text: git(['format-patch', '-M', '--stdout', '-1', sha]), commit: sha });
    }
  }
  if (inputs.length === 0) throw new InputError('no git commits after extraction');
  return inputs;
}

/** A commit's files from git objects: its parent's version and its own. */
function commitSource(sha: string): Source {
  const show = (rev: string, path: string) => {
    try {
      return execFileSync('git', ['show', `${rev}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return undefined;
    }
  };
  return { label: `commit ${sha.slice(0, 12)}`, read: (path, side) => show(side === 'old' ? `${sha}^` : sha, path) };
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

export async function runPatchMode(opts: PatchModeOptions, io: Io): Promise<number> {
  const inputs: Input[] = [];
  if (opts.git?.length) inputs.push(...gitInputs(opts.git));
  for (const name of opts.inputs) {
    if (name === '-') {
      const text = await opts.readStdin();
      const subject = [...text.matchAll(/^Subject:\s+(.+)$/gim)].pop();
      inputs.push({ name: '-', title: subject ? `"${subject[1]}"` : 'Your patch', text });
      continue;
    }
    let buf: Buffer;
    try {
      buf = readFileSync(name);
    } catch {
      throw new InputError(`${name}: cannot read`);
    }
    inputs.push({ name, title: name, text: decodeText(buf, name) });
  }

  const tree = findTree(opts);
  const { config, errors: configErrors, warnings } = resolveConfig(join(tree ?? process.cwd(), 'MAINTAINERS'));
  const sets = new RuleSets();
  const ruleSets = sets.get(config.rules);
  const revisionNote = configRevisionNote();
  for (const note of [...warnings.map((w) => `warning: ${formatFileError(w)}`), ...(revisionNote ? [revisionNote] : [])]) io.err(`claimlint: ${note}\n`);
  const problems = [...configErrors.map(formatFileError), ...sets.errors];
  if (problems.length) { for (const p of problems) io.err(`claimlint: ${p}\n`); return 2; }

  const wanted = new Set(opts.types.flatMap((t) => t.split(',')).filter(Boolean).map(ruleKey));
  const ignored = new Set(opts.ignore.flatMap((t) => t.split(',')).filter(Boolean).map(ruleKey));
  const rules = new Map<string, Rule>(ruleSets.flatMap((r) => r.rules.map((x) => [x.id, x] as const)));
  const reports: PatchReport[] = [];
  for (const input of inputs) {
    try {
      const report = await lintPatch(input.text, input.name, input.title, {
        ruleSets, severity: config.severity, source: input.commit ? commitSource(input.commit) : tree ? treeSource(tree) : undefined,
        scopeFor: (p) => documentScope(config, join(tree ?? process.cwd(), p)),
      });
      report.findings = report.findings.filter((f) => (!wanted.size || wanted.has(f.ruleId)) && !ignored.has(f.ruleId));
      const keptMessages = new Set(report.findings.map((f) => f.vmessage));
      for (const file of report.files) file.messages = file.messages.filter((m) => keptMessages.has(m));
      reports.push(report);
    } catch (err) {
      if (err instanceof PatchError) { io.err(`claimlint: ${err.message}\n`); return 2; }
      throw err;
    }
  }

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
      rules: rulesOf(ruleSets), root, base: root, output: opts.output, color: opts.output === undefined && process.stdout.isTTY === true,
    }, io);
  }
  const failing = reports.some((r) => r.findings.some((f) => f.severity === 'error' || (opts.failOn === 'warning' && f.severity === 'warning')));
  return failing ? 1 : 0;
}

