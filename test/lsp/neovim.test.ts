import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeIf, skipOrFail } from '../helpers/skip.js';

/**
 * A real editor as the LSP client: headless Neovim opens fixtures/editors/coco-editors.rst (and
 * then its Markdown sibling coco-editors.md, filetype markdown), attaches `claimlint lsp --stdio`,
 * waits for the buffer's diagnostics and writes them as JSON (fixtures/editors/nvim/init.lua);
 * they must be the findings of `claimlint --format json` on the same file. Twice for each file:
 * with init.lua's own setup (vim.lsp.config, vim.lsp.start or
 * vim.lsp.start_client by version, the server given as node + bin/claimlint.js), and with the
 * block of docs/editors.md for this version, as written, `claimlint` on PATH being a shim for
 * bin/claimlint.js. Needs `nvim` (Debian's `neovim`, installed by .ci/run) and the built
 * package (npm test builds it). Without nvim the tests are skipped with a message, except under
 * CI=true, where that is a failure.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/claimlint.js');
/** The fixtures by the filetype Neovim gives them. */
const fixtures = {
  rst: path.join(root, 'fixtures/editors/coco-editors.rst'),
  markdown: path.join(root, 'fixtures/editors/coco-editors.md'),
} as const;
type Filetype = keyof typeof fixtures;
const FILETYPES = Object.keys(fixtures) as Filetype[];
const SETUPS = ['init.lua', 'docs/editors.md'] as const;
const initLua = path.join(root, 'fixtures/editors/nvim/init.lua');
const docs = path.join(root, 'docs/editors.md');
const nvim = process.env['CLAIMLINT_NVIM'] ?? 'nvim';

function nvimVersion(): string | undefined {
  const r = spawnSync(nvim, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) return undefined;
  return /^NVIM v(\S+)/m.exec(r.stdout)?.[1];
}

const version = nvimVersion();
if (version === undefined) skipOrFail(`'${nvim}' not found: install Neovim (Debian: apt-get install neovim)`, 'the editor test');
const maybe = describeIf(version);

interface CliMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** One entry of vim.diagnostic.get(bufnr), as init.lua writes it: 0-based lines, byte columns. */
interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  rule: string | null;
  message: string;
  severity: number;
  source: string | null;
}

interface NvimResult {
  nvim: string;
  how?: string;
  file?: string;
  filetype?: string;
  log?: string;
  error?: string;
  diagnostics?: NvimDiagnostic[];
}

/** vim.diagnostic.severity: ERROR 1, WARN 2 (claimlint's JSON: error 2, warning 1). */
const NVIM_SEVERITY = { 2: 1, 1: 2 } as const;

function cliFindings(file: string): CliMessage[] {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', file], { encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  const [result] = JSON.parse(r.stdout) as { messages: CliMessage[] }[];
  return result?.messages ?? [];
}

/** A 1-based UTF-16 column of `text`'s 1-based `line` as Neovim's 0-based byte column. */
function byteColumn(lines: string[], line: number, column: number): number {
  return Buffer.byteLength((lines[line - 1] ?? '').slice(0, column - 1), 'utf8');
}

/** The `lua` blocks of docs/editors.md, by their first line (`-- Neovim 0.7`...). */
function docBlocks(): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const m of readFileSync(docs, 'utf8').matchAll(/^```lua\n([\s\S]*?)^```$/gm)) {
    const body = m[1] ?? '';
    blocks.set(body.split('\n')[0] ?? '', body);
  }
  return blocks;
}

/** The heading comment of the docs/editors.md block for Neovim `v` ("0.7.2"). */
function blockFor(v: string): string {
  const [major = 0, minor = 0] = v.split('.').map(Number);
  if (major > 0 || minor >= 11) return '-- Neovim 0.11+';
  if (minor >= 8) return '-- Neovim 0.8 to 0.10';
  return '-- Neovim 0.7';
}

/** What init.lua's own setup uses on Neovim `v`. */
function attachFor(v: string): string {
  return { '-- Neovim 0.11+': 'vim.lsp.config', '-- Neovim 0.8 to 0.10': 'vim.lsp.start', '-- Neovim 0.7': 'vim.lsp.start_client' }[blockFor(v)] ?? '';
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs headless Neovim on `file` with init.lua and `extra` in its environment. */
function runNeovim(tmp: string, name: string, file: string, extra: NodeJS.ProcessEnv): NvimResult {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  const out = path.join(dir, 'diagnostics.json');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const v of ['NVIM', 'NVIM_APPNAME', 'NVIM_LISTEN_ADDRESS', 'NVIM_LOG_FILE', 'VIMINIT', 'MYVIMRC']) delete env[v];
  Object.assign(env, {
    CLAIMLINT_NVIM_OUT: out,
    CLAIMLINT_NVIM_TIMEOUT: '20000',
    // Neovim's state, cache (lsp.log), data and config go to the temporary directory.
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_STATE_HOME: path.join(dir, 'state'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    ...extra,
  });
  const run = spawnSync(nvim, ['--headless', '--clean', '-u', initLua, file], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  const said = `nvim exited with status ${String(run.status)}, signal ${String(run.signal)}; stdout: ${run.stdout}; stderr: ${run.stderr}`;
  if (!existsSync(out)) throw new Error(`${name}: init.lua wrote no result. ${said}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
  const log = result.log && existsSync(result.log) ? readFileSync(result.log, 'utf8') : '';
  if (result.error !== undefined) throw new Error(`${name}: Neovim ${result.nvim} (${result.how ?? '?'}): ${result.error}. ${said}\nlsp.log:\n${log}`);
  if (run.status !== 0) throw new Error(`${name}: ${said}`);
  return result;
}

maybe(`Neovim ${version ?? ''} as the LSP client`, () => {
  let tmp: string;
  const cli = new Map<Filetype, CliMessage[]>();
  /** By `${setup} ${filetype}`. */
  const runs = new Map<string, NvimResult>();

  beforeAll(() => {
    expect(existsSync(path.join(root, 'dist/claimlint.mjs'))).toBe(true);
    for (const ft of FILETYPES) cli.set(ft, cliFindings(fixtures[ft]));
    tmp = mkdtempSync(path.join(tmpdir(), 'claimlint-nvim-'));
    // docs/editors.md's block as written: `claimlint` on PATH.
    const shims = path.join(tmp, 'bin');
    mkdirSync(shims);
    writeFileSync(path.join(shims, 'claimlint'), `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(bin)} "$@"\n`);
    chmodSync(path.join(shims, 'claimlint'), 0o755);
    const setup = path.join(tmp, 'setup.lua');
    const block = docBlocks().get(blockFor(version ?? ''));
    if (block === undefined) throw new Error(`docs/editors.md has no lua block starting '${blockFor(version ?? '')}'`);
    writeFileSync(setup, block);
    for (const ft of FILETYPES) {
      runs.set(`init.lua ${ft}`, runNeovim(tmp, `init-${ft}`, fixtures[ft], { CLAIMLINT_LSP_CMD: JSON.stringify([process.execPath, bin, 'lsp', '--stdio']) }));
      runs.set(`docs/editors.md ${ft}`, runNeovim(tmp, `docs-${ft}`, fixtures[ft], { CLAIMLINT_NVIM_SETUP: setup, PATH: `${shims}${path.delimiter}${process.env['PATH'] ?? ''}` }));
    }
  }, 240_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('the fixtures have the findings the test relies on (two on one line, two after non-ASCII text, none in a scoped sentence or a literal block)', () => {
    const lines = (ft: Filetype) => (cli.get(ft) ?? []).map((m) => `${m.line} ${m.ruleId ?? ''}`).sort();
    expect(lines('rst')).toEqual([
      '12 memory-integrity',
      '12 overgeneral-umbrella',
      '20 attestation-report',
      '20 untrusted-host',
    ]);
    expect(lines('markdown')).toEqual([
      '15 attestation-report',
      '15 untrusted-host',
      '9 memory-integrity',
      '9 overgeneral-umbrella',
    ]);
  });

  test('every lua block of docs/editors.md compiles in this Neovim, and there is one for each version range', () => {
    const blocks = docBlocks();
    expect([...blocks.keys()].sort()).toEqual(['-- Neovim 0.11+', '-- Neovim 0.7', '-- Neovim 0.8 to 0.10']);
    for (const [i, [name, body]] of [...blocks].entries()) {
      const file = path.join(tmp, `block-${i}.lua`);
      writeFileSync(file, body);
      const check = `local f, e = loadfile(${JSON.stringify(file)}) if not f then io.stderr:write(e) vim.cmd('cquit 1') end`;
      const r = spawnSync(nvim, ['--headless', '--clean', '-u', 'NONE', '-c', `lua ${check}`, '-c', 'qa!'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
      expect({ name, status: r.status, stderr: r.stderr }).toEqual({ name, status: 0, stderr: '' });
    }
  });

  test.each(FILETYPES)('init.lua attached the server to the %s buffer the way docs/editors.md says for this version', (ft) => {
    const result = runs.get(`init.lua ${ft}`);
    expect(result?.filetype).toBe(ft);
    expect(result?.file).toBe(fixtures[ft]);
    expect(result?.how).toBe(attachFor(result?.nvim ?? ''));
  });

  describe.each(SETUPS.flatMap((setup) => FILETYPES.map((ft) => [setup, ft] as const)))('set up by %s, on the %s fixture', (setup, ft) => {
    test('Neovim shows the findings of claimlint --format json: count, lines, rule ids', () => {
      const want = (cli.get(ft) ?? []).map((m) => `${m.line} ${m.ruleId ?? ''}`).sort();
      const result = runs.get(`${setup} ${ft}`);
      expect(result?.filetype).toBe(ft);
      const got = (result?.diagnostics ?? []).map((d) => `${d.lnum + 1} ${d.rule ?? ''}`).sort();
      expect(got).toHaveLength(want.length);
      expect(got).toEqual(want);
    });

    test('ranges, severity, source and message match the CLI (UTF-16 columns become the same byte columns)', () => {
      const lines = readFileSync(fixtures[ft], 'utf8').split('\n');
      const messages = cli.get(ft) ?? [];
      const key = (lnum: number, col: number, rule: string | null): string => `${lnum}:${col} ${rule ?? ''}`;
      const want = new Map(messages.map((m) => [key(m.line - 1, byteColumn(lines, m.line, m.column), m.ruleId), m]));
      const diagnostics = runs.get(`${setup} ${ft}`)?.diagnostics ?? [];
      expect(diagnostics).toHaveLength(messages.length);
      for (const d of diagnostics) {
        const m = want.get(key(d.lnum, d.col, d.rule));
        expect({ diagnostic: key(d.lnum, d.col, d.rule), found: m !== undefined }).toEqual({ diagnostic: key(d.lnum, d.col, d.rule), found: true });
        if (!m) continue;
        expect([d.end_lnum, d.end_col]).toEqual([(m.endLine ?? m.line) - 1, byteColumn(lines, m.endLine ?? m.line, m.endColumn ?? m.column)]);
        expect(d.severity).toBe(NVIM_SEVERITY[m.severity]);
        expect(d.source).toBe('claimlint');
        // The CLI's message first; the server may add the scope's origin after it.
        expect(d.message.slice(0, m.message.length)).toBe(m.message);
      }
    });
  });
});
