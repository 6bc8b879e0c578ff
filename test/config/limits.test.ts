/**
 * Issue 9 reproduction 2: `rules: [default, /dev/zero]` grew claimlint to 15.6 GB and aborted,
 * and the language server used the same loader. Devices, FIFOs and directories are refused by
 * type before they are opened, and regular files past a size limit are refused with a clear
 * error. A regression here hangs or exhausts memory, so claimlint runs in a child process with
 * a time cap and a memory cap (after `npm run build`, as `npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { MAX_BASELINE_BYTES, MAX_CONFIG_BYTES, MAX_RULE_FILE_BYTES } from '../../src/config/index.js';
import { MAX_YAML_DEPTH } from '../../src/rules/yaml-depth.js';
import { removeTrees, tree } from './tree.js';

const ROOT = process.cwd();
const BIN = path.join(ROOT, 'bin', 'claimlint.js');
const CAPS = { timeout: 20_000, encoding: 'utf8' as const, maxBuffer: 1 << 24 };
const DOC = 'Title\n=====\n\nConfidential computing guarantees memory integrity for every guest.\n';

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'claimlint.mjs'))) throw new Error('dist/ is missing: run `npm run build` first');
});
afterAll(() => removeTrees());

/** claimlint in a child process: at most 200 MB of heap and 20 s. */
function capped(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=200', BIN, ...args], { cwd, ...CAPS });
  return { status: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

/** A git work tree with one document and this config. */
function repoWith(config: string, extra: Record<string, string | Buffer | null> = {}): string {
  return tree({ '.git': null, '.claimlint.yml': config, 'Documentation/a.rst': DOC, ...extra });
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

describe('rule files that are not regular files, or too large, are refused before reading', () => {
  test('rules: [default, /dev/zero] is an error, not 15 GB of memory', () => {
    const repo = repoWith('rules: [default, /dev/zero]\n');
    const r = capped(['-f', 'json', 'Documentation'], repo);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.err).toContain(`${path.join(repo, '.claimlint.yml')}:1:18: rule file '/dev/zero' is an absolute path`);
    expect(r.out).toContain('memory-integrity'); // the document is still linted
  });

  test('a symlink to /dev/zero, a FIFO and a directory inside the repository are refused by type', () => {
    const repo = repoWith('rules: [default, zero.yml, fifo.yml, dir.yml]\n', { 'dir.yml': null });
    symlinkSync('/dev/zero', path.join(repo, 'zero.yml'));
    mkfifo(path.join(repo, 'fifo.yml'));
    const r = capped(['-f', 'json', 'Documentation'], repo);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    const config = path.join(repo, '.claimlint.yml');
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      `claimlint: ${config}:1:18: rule file 'zero.yml' is a symbolic link (or under one) that leads outside its repository (${repo})`,
      `claimlint: ${config}:1:28: rule file 'fifo.yml' is a FIFO (named pipe): a rule file must be a regular file`,
      `claimlint: ${config}:1:38: rule file 'dir.yml' is a directory: a rule file must be a regular file`,
    ]);
  });

  test(`a rule file over ${MAX_RULE_FILE_BYTES} bytes is refused with the limit named`, () => {
    const repo = repoWith('rules: [default, big.yml]\n', { 'big.yml': Buffer.alloc(MAX_RULE_FILE_BYTES + 1, 0x61) });
    const r = capped(['-f', 'json', 'Documentation'], repo);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${path.join(repo, 'big.yml')}:1:1: cannot read rule file: is larger than 4 MiB, the limit for this kind of file\n`);
  });

  test('a rule file named on the command line (test-rules) gets the same type and size checks', () => {
    const dir = tree({});
    mkfifo(path.join(dir, 'fifo.yml'));
    const r = capped(['test-rules', path.join(dir, 'fifo.yml'), '/dev/zero'], dir);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.err).toContain(`${path.join(dir, 'fifo.yml')}:1:1: cannot read rule file: is a FIFO (named pipe)`);
    expect(r.err).toContain('/dev/zero:1:1: cannot read rule file: is a device');
  });
});

describe('configuration files and baselines that are not regular files, or too large', () => {
  test('a FIFO named .claimlint.yml is an error, not a hang', () => {
    const repo = tree({ '.git': null, 'Documentation/a.rst': DOC });
    mkfifo(path.join(repo, '.claimlint.yml'));
    const r = capped(['-f', 'json', 'Documentation'], repo);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${path.join(repo, '.claimlint.yml')}:1:1: not used: is a FIFO (named pipe), not a regular file\n`);
    expect(r.out).toContain('memory-integrity');
  });

  test('--config /dev/zero and --config FIFO', () => {
    const repo = repoWith('root: true\n');
    mkfifo(path.join(repo, 'fifo'));
    for (const [config, why] of [['/dev/zero', 'is a device'], [path.join(repo, 'fifo'), 'is a FIFO (named pipe)']]) {
      const r = capped(['--config', config as string, '-f', 'json', 'Documentation'], repo);
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.err).toBe(`claimlint: ${config}:1:1: cannot read configuration file: ${why}\n`);
    }
  });

  test(`a configuration over ${MAX_CONFIG_BYTES} bytes is refused with the limit named`, () => {
    const repo = repoWith(`# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    const r = capped(['-f', 'json', 'Documentation'], repo);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${path.join(repo, '.claimlint.yml')}:1:1: cannot read configuration file: is larger than 1 MiB, the limit for this kind of file\n`);
  });

  test('--baseline /dev/zero, a FIFO, or a file over the limit', () => {
    const repo = repoWith('root: true\n');
    mkfifo(path.join(repo, 'fifo.json'));
    const big = path.join(repo, 'big.json');
    writeFileSync(big, Buffer.alloc(MAX_BASELINE_BYTES + 1, 0x20));
    const cases: [string, string][] = [
      ['/dev/zero', 'is a device'],
      [path.join(repo, 'fifo.json'), 'is a FIFO (named pipe)'],
      [big, 'is larger than 64 MiB, the limit for this kind of file'],
    ];
    for (const [file, why] of cases) {
      const r = capped(['--baseline', file, 'Documentation'], repo);
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.err).toBe(`claimlint: ${file}: cannot read baseline: ${why}\n`);
    }
  });
});

/**
 * A config or rule file nested ~800 deep overflowed the yaml library's stack (an error whose
 * position varied from run to run), and parsing it again in the same process (the language
 * server, on every change) aborted node: "FATAL ERROR: RegExpCompiler Allocation failed".
 */
describe(`YAML nested more than ${MAX_YAML_DEPTH} levels is refused before it is parsed`, () => {
  const DEEP = 2_000;
  const flow = `scopes: ${'['.repeat(DEEP)}x${']'.repeat(DEEP)}\n`;
  // Flow collections, block sequences on one line, explicit keys: all a few bytes a level.
  const message = `YAML: collections nested more than ${MAX_YAML_DEPTH} levels deep; the file is not read further (it needs only a few levels)`;

  test('a config: one error at the first collection past the limit, exit 2, the document still linted', () => {
    const repo = repoWith(flow);
    const r = capped(['-f', 'json', 'Documentation'], repo);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    // The top-level mapping is the first level: the 64th '[' (from column 9) is the 65th.
    expect(r.err).toBe(`claimlint: ${path.join(repo, '.claimlint.yml')}:1:${8 + MAX_YAML_DEPTH}: ${message}\n`);
    expect(r.out).toContain('memory-integrity');
  });

  test('a rule file of block sequences 10,000 deep, named by a config: the same', () => {
    const repo = repoWith('rules: [default, deep.yml]\n', { 'deep.yml': `id: x\nrules:\n  - ${'- '.repeat(10_000)}x\n` });
    const r = capped(['-f', 'json', 'Documentation'], repo);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${path.join(repo, 'deep.yml')}:3:${3 + 2 * (MAX_YAML_DEPTH - 1)}: ${message}\n`);
  });

  test('parsed eight times in one process (as the language server does): the same error each time, no abort', () => {
    const repo = repoWith(flow);
    const file = path.join(repo, '.claimlint.yml');
    const script = `import { parseConfigText } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'config', 'parse.js')).href)};
      const out = new Set();
      for (const text of [${JSON.stringify(flow)}, ${JSON.stringify(`a:\n${'  '.repeat(1)}${'- '.repeat(DEEP)}x\n`)}]) for (let i = 0; i < 8; i++) out.add(JSON.stringify(parseConfigText(text, ${JSON.stringify(file)}).errors));
      process.stdout.write(JSON.stringify([...out]));`;
    const r = spawnSync(process.execPath, ['--max-old-space-size=200', '--input-type=module', '-e', script], CAPS);
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('');
    const errors = (JSON.parse(r.stdout) as string[]).map((e) => JSON.parse(e) as { line: number; column: number; message: string }[]);
    expect(errors).toEqual([
      [{ file, line: 1, column: 8 + MAX_YAML_DEPTH, message }],
      [{ file, line: 2, column: 3 + 2 * (MAX_YAML_DEPTH - 1), message }],
    ]);
  });

  test(`${MAX_YAML_DEPTH} levels are read as usual`, () => {
    const repo = repoWith(`scopes: {'**': ${'['.repeat(MAX_YAML_DEPTH - 2)}tdx${']'.repeat(MAX_YAML_DEPTH - 2)}}\n`);
    const r = capped(['-f', 'json', 'Documentation'], repo);
    expect(r.status).toBe(2);
    // The config is read: what is wrong is a technology that is a list.
    expect(r.err).not.toContain('nested more than');
    expect(r.err).toMatch(/\.claimlint\.yml:1:\d+: /);
  });
});

describe('the language server loads configurations with the same rules', () => {
  /** The language server's Workspace (dist/lsp/config.js) in a capped child process: the problems it would publish. */
  function workspaceProblems(document: string): { uri: string; diagnostics: { message: string; severity: number }[] }[] {
    const script = [
      `const { Workspace } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'lsp', 'config.js')).href)});`,
      'const w = new Workspace();',
      `w.setupFor(${JSON.stringify(document)});`,
      'process.stdout.write(JSON.stringify(w.problemDiagnostics()));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--max-old-space-size=200', '--input-type=module', '-e', script], CAPS);
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return JSON.parse(r.stdout) as { uri: string; diagnostics: { message: string; severity: number }[] }[];
  }

  test('rules: [default, /dev/zero] in a workspace is a diagnostic on the config, not a crash', () => {
    const repo = repoWith('rules: [default, /dev/zero]\n');
    const problems = workspaceProblems(path.join(repo, 'Documentation', 'a.rst'));
    expect(problems).toEqual([{
      uri: pathToFileURL(path.join(repo, '.claimlint.yml')).href,
      diagnostics: [expect.objectContaining({ severity: 1, message: expect.stringContaining("rule file '/dev/zero' is an absolute path") })],
    }]);
  });

  test('a FIFO named as a rule file inside the workspace', () => {
    const repo = repoWith('rules: [default, fifo.yml]\n');
    mkfifo(path.join(repo, 'fifo.yml'));
    const problems = workspaceProblems(path.join(repo, 'Documentation', 'a.rst'));
    expect(problems[0]?.diagnostics[0]?.message).toBe("rule file 'fifo.yml' is a FIFO (named pipe): a rule file must be a regular file");
  });
});
