/**
 * The trust model for configuration and rule files (docs/security.md), issue 9 reproduction 1:
 * a `.claimlint.yml` in the linted tree named `/etc/shadow` or `../../x` as a rule file, and
 * claimlint read it and echoed its lines in error messages. Now the rule files a config names
 * are confined to its repository, and no error quotes a file that is not recognizably a rule
 * file or a configuration.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import { clearConfigCache, parseConfigText, resolveConfig, useConfigFile } from '../../src/config/index.js';
import { parseRuleFile } from '../../src/rules/load.js';
import { formatFileError } from '../../src/rules/types.js';
import { runCli } from '../helpers/cli.js';
import { removeTrees, tree } from './tree.js';

beforeEach(() => clearConfigCache());
afterAll(() => {
  useConfigFile(undefined);
  removeTrees();
});

/** Shaped like a line of /etc/shadow: YAML reads it as a mapping key, which the old messages quoted. */
const SECRET_LINE = 'root:TOPSECRET-4711:19000:0:99999:7:::';
const SECRET = 'TOPSECRET-4711';
const DOC = 'Title\n=====\n\nConfidential computing guarantees memory integrity for every guest.\n';

/** A directory holding a secret file and, beside it, a git work tree `repo` with one document. */
function setup(config: string, extra: Record<string, string | null> = {}): { root: string; repo: string } {
  const root = tree({
    secret: `${SECRET_LINE}\n`,
    'repo/.git/config': `[core]\n${SECRET_LINE}\n`,
    'repo/.claimlint.yml': config,
    'repo/Documentation/a.rst': DOC,
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`repo/${k}`, v])),
  });
  return { root, repo: path.join(root, 'repo') };
}

interface JsonResult { filePath: string; messages: { ruleId: string }[] }
const rulesOf = (out: string) => (JSON.parse(out) as JsonResult[]).flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)} ${m.ruleId}`));

describe('a configuration in the linted tree cannot read files outside its repository', () => {
  const cases: [string, (root: string) => string, string][] = [
    ['an absolute path', (root) => path.join(root, 'secret'), 'is an absolute path: a configuration names rule files relative to itself, inside its repository'],
    ['/etc/passwd', () => '/etc/passwd', 'is an absolute path'],
    ['a path that leaves with ..', () => '../secret', 'is outside its repository'],
    ['.. hidden in the middle', () => 'Documentation/../../secret', 'is outside its repository'],
    ['a symlink out of the repository', () => 'rules/link.yml', 'is a symbolic link (or under one) that leads outside its repository'],
    ['a path through a symlinked directory', () => 'out/secret', 'is a symbolic link (or under one) that leads outside its repository'],
    ['a file inside .git', () => '.git/config', 'is inside .git, which is not part of the work tree'],
    ['a symlink into .git', () => 'gitlink.yml', 'leads into .git'],
  ];
  test.each(cases)('%s: an error at the entry, nothing of the file shown, the documents still linted', async (_name, written, message) => {
    const { root, repo } = setup('');
    writeFileSync(path.join(repo, '.claimlint.yml'), `rules: [default, ${JSON.stringify(written(root))}]\n`);
    mkdirSync(path.join(repo, 'rules'));
    symlinkSync('../../secret', path.join(repo, 'rules', 'link.yml'));
    symlinkSync('..', path.join(repo, 'out'));
    symlinkSync('.git/config', path.join(repo, 'gitlink.yml'));
    const r = await runCli(['-f', 'json', 'Documentation'], { cwd: repo });
    expect(r.status).toBe(2);
    expect(r.err).toContain(`${path.join(repo, '.claimlint.yml')}:1:18: rule file '${written(root)}' ${message}`);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.out + r.err).not.toContain(SECRET);
    expect(rulesOf(r.out)).toContain('a.rst memory-integrity'); // the shipped rules still apply
  });

  test('rule files inside the repository still work: beside the config, above a nested config, through a symlink inside', async () => {
    const rule = parseRuleFileText();
    const { repo } = setup('rules: [default, rules/local.yml]\n', {
      'rules/local.yml': rule,
      'Documentation/.claimlint.yml': 'rules: [../rules/linked.yml]\n',
    });
    symlinkSync('local.yml', path.join(repo, 'rules', 'linked.yml'));
    const { config, errors } = resolveConfig(path.join(repo, 'Documentation', 'a.rst'));
    expect(errors).toEqual([]);
    expect(config.rules).toEqual(['default', path.join(repo, 'rules/local.yml'), path.join(repo, 'rules/linked.yml')]);
    const r = await runCli(['-f', 'json', 'Documentation'], { cwd: repo });
    expect(r.err).toBe('');
    expect(r.status).toBe(1);
  });

  test('outside git, a config may name rule files beneath its own directory only', () => {
    const root = tree({ 'rules.yml': parseRuleFileText(), 'd/rules.yml': parseRuleFileText(), 'd/a.rst': DOC });
    const ok = parseConfigText('rules: [rules.yml]\n', path.join(root, 'd', '.claimlint.yml'));
    expect(ok.errors).toEqual([]);
    const out = parseConfigText('rules: [../rules.yml]\n', path.join(root, 'd', '.claimlint.yml'));
    expect(out.errors.map((e) => e.message)).toEqual([
      `rule file '../rules.yml' is outside its directory (${path.join(root, 'd')}; it is not in a git work tree)`,
    ]);
  });

  test('--config FILE may live anywhere, but its rule files are confined to its own repository', async () => {
    const { root, repo } = setup('root: true\n');
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'local.yml'), parseRuleFileText());
    writeFileSync(path.join(elsewhere, 'ok.yml'), 'rules: [default, local.yml]\n');
    writeFileSync(path.join(elsewhere, 'bad.yml'), `rules: [default, ${path.join(root, 'secret')}, ../secret]\n`);
    const ok = await runCli(['--config', path.join(elsewhere, 'ok.yml'), '-f', 'json', 'Documentation'], { cwd: repo });
    expect(ok.err).toBe('');
    const bad = await runCli(['--config', path.join(elsewhere, 'bad.yml'), '-f', 'json', 'Documentation'], { cwd: repo });
    expect(bad.status).toBe(2);
    expect(bad.err).toContain('is an absolute path');
    expect(bad.err).toContain("rule file '../secret' is outside its directory");
    expect(bad.out + bad.err).not.toContain(SECRET);
  });
});

describe('an error about a file that is not a rule file or configuration quotes nothing of it', () => {
  test('a YAML mapping without id or rules (a secrets file inside the repository)', async () => {
    const { repo } = setup('rules: [default, secrets.yml]\n', { 'secrets.yml': `password: ${SECRET}\n${SECRET}: x\n` });
    const r = await runCli(['-f', 'json', 'Documentation'], { cwd: repo });
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${path.join(repo, 'secrets.yml')}:1:1: not a rule file: its top level has neither an id nor a rules key (its content is not shown)\n`);
  });

  test('YAML parser messages that would quote the source (tags, escapes, directives, block headers)', () => {
    const texts = [
      `id: x\nrules: !${SECRET} {}\n`,
      `id: "\\q${SECRET}"\n`,
      `%${SECRET} directive\n---\nid: x\n`,
      `id: |2${SECRET}\n  x\n`,
    ];
    for (const text of texts) {
      const { errors } = parseRuleFile(text, 'r.yml');
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.map(formatFileError).join('\n')).not.toContain(SECRET);
      const config = parseConfigText(text.replace(/\bid:/, 'root:'), '/x/.claimlint.yml', () => ({ problem: 'unused' }));
      expect(config.errors.map(formatFileError).join('\n')).not.toContain(SECRET);
    }
  });

  test('a configuration that is some other file: unknown keys are named only when they look like key names', () => {
    const errors = (text: string) => parseConfigText(text, '/x/.claimlint.yml').errors.map((e) => e.message);
    expect(errors(`${SECRET_LINE}\n`)).toEqual([
      'unknown key (not shown: it does not look like a key name); allowed keys: root, rules, scopes, severity, ignore',
    ]);
    expect(errors('severty: {}\n')).toEqual(["unknown key 'severty'; allowed keys: root, rules, scopes, severity, ignore"]);
  });
});

/** A valid rule file (the sample fixture). */
function parseRuleFileText(): string {
  return readFileSync(path.join('fixtures', 'rules', 'sample.yml'), 'utf8');
}
