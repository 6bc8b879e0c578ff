/**
 * Helpers for the patch-mode tests: temporary git repositories, the CLI run
 * in-process (`main`) or as the built program (`node bin/claimlint.js`, for
 * stdin and for a working directory), and findings computed independently of
 * patch mode: each post-image from git, linted whole with `lintText`, keeping
 * the findings whose sentence overlaps a line the change adds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lintText, type ClaimMessage } from '../../src/engine/lint.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/types.js';
import { runCli } from '../helpers/cli.js';

const made: string[] = [];

/** A temporary directory (removed by `removeTemps`). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `claimlint-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Remove every temporary directory made so far (call from afterAll). */
export function removeTemps(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A git work tree in a temporary directory, committing as T <t@example.org>. */
export class Repo {
  readonly dir: string;

  constructor(dir?: string) {
    this.dir = dir ?? tempDir('repo');
    mkdirSync(this.dir, { recursive: true });
    this.git('init', '-q');
    this.git('config', 'core.autocrlf', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], {
      cwd: this.dir, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  write(path: string, text: string | Buffer): this {
    const abs = join(this.dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    return this;
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  /** Replace `from` (which must occur exactly once) with `to` in a file of the work tree. */
  edit(path: string, from: string, to: string): this {
    const text = this.read(path);
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${path}: '${from}' does not occur exactly once`);
    return this.write(path, text.slice(0, at) + to + text.slice(at + from.length));
  }

  /** Stage everything and commit; returns the commit's full id. */
  commit(subject: string, body?: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', subject, ...(body === undefined ? [] : ['-m', body]));
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** `git format-patch -M --stdout` of a range (or `-1 <commit>`). */
  formatPatch(...range: string[]): string {
    return this.git('format-patch', '-M', '--stdout', ...range);
  }

  /** Write a file outside the repository and return its path. */
  saveOutside(name: string, text: string): string {
    const path = join(tempDir('input'), name);
    writeFileSync(path, text);
    return path;
  }
}

/** The default rule set, as patch mode loads it. */
let rules: RuleSet[] | undefined;
export function defaultRuleSets(): RuleSet[] {
  if (!rules) {
    rules = defaultRuleFiles().map((f) => {
      const { ruleSet, errors } = loadRuleFile(f);
      if (!ruleSet) throw new Error(`${f}: ${JSON.stringify(errors)}`);
      return ruleSet;
    });
  }
  return rules;
}

export interface Run {
  status: number;
  out: string;
  err: string;
}

/** `main(argv)` in-process, with collectors for stdout and stderr. */
export const run = (args: string[]): Promise<Run> => runCli(args);

export const ROOT = process.cwd();
const BIN = join(ROOT, 'bin', 'claimlint.js');
let staleWarned = false;

/** The newest modification time below a directory (ms). */
function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, name));
    if (s.isFile()) t = Math.max(t, s.mtimeMs);
  }
  return t;
}

/**
 * The built CLI (`node bin/claimlint.js`) with `input` on stdin and `cwd` as
 * its working directory. `npm test` builds dist/ before jest; run
 * `npm run build` first when running jest alone.
 */
export function cli(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): Run {
  if (!staleWarned) {
    staleWarned = true;
    // The module bin/claimlint.js imports (dist/cli/main.js, or a bundle).
    const target = /(?:from |import\()'(\.\.\/dist\/[^']+)'/.exec(readFileSync(BIN, 'utf8'))?.[1] ?? '../dist/cli/main.js';
    let built = 0;
    try { built = statSync(join(dirname(BIN), target)).mtimeMs; } catch { /* not built */ }
    if (built === 0) throw new Error('dist/ is not built: run `npm run build` (npm test does it before jest)');
    if (newest(join(ROOT, 'src')) > built) console.warn('dist/ is older than src/: the CLI tests run the last build (`npm run build`)');
  }
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT, input: opts.input ?? '', encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 26,
  });
  if (r.error) throw r.error;
  return { status: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** Added post-image line numbers per post-image path, from `git diff -U0` output (hunk headers only). */
export function addedLines(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    const file = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/.exec(line);
    if (file) {
      current = file[1] === undefined ? undefined : new Set();
      if (file[1] !== undefined && current) out.set(file[1], current);
      continue;
    }
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (h && current) {
      const start = Number(h[1]);
      const count = h[2] === undefined ? 1 : Number(h[2]);
      for (let l = start; l < start + count; l++) current.add(l);
    }
  }
  return out;
}

export interface Finding {
  ruleId: string;
  line: number;
  column: number;
}

/** One linted document in the JSON output: its path and findings. */
export interface FileFindings {
  filePath: string;
  messages: Finding[];
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The messages patch mode should report for one post-image: lint it whole
 * and keep those whose sentence overlaps an added line.
 */
export function keptMessages(path: string, text: string, added: Set<number>): ClaimMessage[] {
  const file = lintText(text, { path, ruleSets: defaultRuleSets() });
  return (file.messages as ClaimMessage[]).filter((m) => {
    const s = m.data?.sentence;
    if (!s) throw new Error(`${path}: a finding without a sentence (${m.ruleId} at ${m.line}): choose another test document`);
    const from = lineOf(text, s.start);
    const to = lineOf(text, Math.max(s.start, s.end - 1));
    for (let l = from; l <= to; l++) if (added.has(l)) return true;
    return false;
  });
}

/** The same, as the findings the JSON format shows. */
export function expectedFor(path: string, text: string, added: Set<number>): FileFindings {
  return { filePath: path, messages: keptMessages(path, text, added).map((m) => ({ ruleId: m.ruleId ?? '', line: m.line ?? 0, column: m.column ?? 0 })) };
}

/** Documents patch mode lints: reStructuredText and Markdown. */
const DOCUMENT = /\.(?:rst|md|markdown)$/;

/** Documents (.rst, .md, .markdown) a diff touches, in git's order, with the old path of a rename; deleted files left out. */
function touched(nameStatus: string): { path: string; oldPath?: string }[] {
  const out: { path: string; oldPath?: string }[] = [];
  for (const line of nameStatus.split('\n').filter(Boolean)) {
    const [status, a, b] = line.split('\t') as [string, string, string | undefined];
    if (status.startsWith('D')) continue;
    const path = b ?? a;
    if (!DOCUMENT.test(path)) continue;
    out.push(status.startsWith('R') ? { path, oldPath: a } : { path });
  }
  return out;
}

/** The kept messages of each document a commit touches, from `git show <commit>:<path>` and `git diff -U0 -M <commit>^ <commit>`. */
export function expectedMessagesForCommit(repo: Repo, commit: string): { path: string; messages: ClaimMessage[] }[] {
  return touched(repo.git('diff', '-M', '--name-status', `${commit}^`, commit)).map(({ path, oldPath }) => {
    const diff = repo.git('diff', '-U0', '-M', `${commit}^`, commit, '--', ...(oldPath ? [oldPath] : []), path);
    return { path, messages: keptMessages(path, repo.git('show', `${commit}:${path}`), addedLines(diff).get(path) ?? new Set()) };
  });
}

/** Expected findings for each document a commit touches (JSON shape). */
export function expectedForCommit(repo: Repo, commit: string): FileFindings[] {
  return expectedMessagesForCommit(repo, commit).map(({ path, messages }) => ({
    filePath: path, messages: messages.map((m) => ({ ruleId: m.ruleId ?? '', line: m.line ?? 0, column: m.column ?? 0 })),
  }));
}

/** Expected findings for a range, oldest commit first (merges skipped, as --git and format-patch do). */
export function expectedForRange(repo: Repo, range: string): FileFindings[] {
  const commits = repo.git('rev-list', '--reverse', '--no-merges', range).split('\n').filter(Boolean);
  return commits.flatMap((c) => expectedForCommit(repo, c));
}

/** Expected findings for the uncommitted changes of the work tree (`git diff`): post-images are the files on disk. */
export function expectedForWorkTree(repo: Repo, ...diffArgs: string[]): FileFindings[] {
  return touched(repo.git('diff', '-M', '--name-status', ...diffArgs)).map(({ path }) => {
    const diff = repo.git('diff', '-U0', '-M', ...diffArgs);
    return expectedFor(path, repo.read(path), addedLines(diff).get(path) ?? new Set());
  });
}

/** The JSON output (`--format json`) reduced to paths, rule ids, lines and columns. */
export function jsonFindings(out: string): FileFindings[] {
  const results = JSON.parse(out) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
  return results.map((r) => ({ filePath: r.filePath, messages: r.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column })) }));
}

/** Only the documents with findings. */
export const withFindings = (files: FileFindings[]) => files.filter((f) => f.messages.length > 0);

/** 1-based number of the first line of `text` equal to `line` (throws when there is none). */
export function lineNumber(text: string, line: string, from = 1): number {
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (lines[i] === line) return i + 1;
  throw new Error(`no line '${line}'`);
}
