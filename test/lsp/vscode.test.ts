import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The VS Code client extension in editors/vscode/: it compiles with its own tsconfig
 * (CommonJS, as VS Code loads extensions) against the vscode-languageclient and @types/vscode
 * versions its package.json names (root devDependencies, so the suite can compile it), and the
 * compiled extension, loaded with stand-ins for `vscode` and `vscode-languageclient/node`,
 * starts `<claimlint.path> lsp --stdio` for restructuredtext and markdown files and stops it on
 * deactivate.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ext = path.join(root, 'editors/vscode');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

interface Manifest {
  name: string;
  description: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, { type: string; default: unknown; scope?: string }> } };
  capabilities?: { untrustedWorkspaces?: { restrictedConfigurations?: string[] } };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const manifest = readJson<Manifest>(path.join(ext, 'package.json'));
const rootPackage = readJson<{ dependencies: Record<string, string>; devDependencies: Record<string, string> }>(path.join(root, 'package.json'));

/** "^1.91.0" -> [1, 91, 0] */
function minimum(range: string): number[] {
  const m = /^\^?(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!m) throw new Error(`not a plain version or caret range: ${range}`);
  return m.slice(1).map(Number);
}
function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

describe('editors/vscode: the manifest', () => {
  test('is a VS Code extension named claimlint, activated by reStructuredText and Markdown, with a claimlint.path setting', () => {
    expect(manifest.name).toBe('claimlint');
    expect(manifest.main).toBe('./out/extension.js');
    expect(manifest.activationEvents).toEqual(['onLanguage:restructuredtext', 'onLanguage:markdown']);
    // Both are VS Code's own languages: the extension declares none.
    expect(manifest.contributes).not.toHaveProperty('languages');
    expect(manifest.description).toMatch(/reStructuredText and Markdown/);
    const setting = manifest.contributes.configuration.properties['claimlint.path'];
    expect(setting).toMatchObject({ type: 'string', default: 'claimlint' });
    // A workspace must not pick the executable in an untrusted folder.
    expect(manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations).toContain('claimlint.path');
  });

  test('its client libraries are root devDependencies, not runtime dependencies, at the same exact versions', () => {
    for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
      expect({ name, version: rootPackage.devDependencies[name] }).toEqual({ name, version });
      expect({ name, runtime: rootPackage.dependencies[name] }).toEqual({ name, runtime: undefined });
    }
    expect(manifest.dependencies['vscode-languageclient']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('engines.vscode is at least what vscode-languageclient needs, and @types/vscode is not newer than engines.vscode', () => {
    const client = readJson<{ version: string; engines: { vscode: string } }>(path.join(root, 'node_modules/vscode-languageclient/package.json'));
    expect(client.version).toBe(manifest.dependencies['vscode-languageclient']);
    expect(compare(minimum(manifest.engines.vscode), minimum(client.engines.vscode))).toBeGreaterThanOrEqual(0);
    const types = manifest.devDependencies['@types/vscode'] ?? '';
    expect(compare(minimum(types), minimum(manifest.engines.vscode))).toBeLessThanOrEqual(0);
  });
});

/**
 * Loads the compiled extension in a child Node with `vscode` and `vscode-languageclient/node`
 * replaced by recorders, runs activate, a claimlint.path change and deactivate, and prints
 * what the extension asked for.
 */
const HARNESS = String.raw`
const Module = require('node:module');
const [file, configured] = process.argv.slice(1);
const events = [];
let onConfig;
const settings = { path: configured };
const vscode = {
  workspace: {
    getConfiguration: (section) => ({ get: (key, dflt) => (section === 'claimlint' && settings[key] !== undefined ? settings[key] : dflt) }),
    onDidChangeConfiguration: (listener) => { onConfig = listener; return { dispose() {} }; },
  },
  window: { showErrorMessage: async (message) => { events.push({ error: message }); } },
};
class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    this.id = id;
    events.push({ client: { id, name, serverOptions, clientOptions } });
  }
  async start() { events.push({ start: this.id }); }
  async stop() { events.push({ stop: this.id }); }
}
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  if (request === 'vscode-languageclient/node') return { LanguageClient };
  return load.call(this, request, parent, isMain);
};
(async () => {
  const ext = require(file);
  const context = { subscriptions: [] };
  await ext.activate(context);
  events.push({ subscriptions: context.subscriptions.length });
  settings.path = '/opt/claimlint/bin/claimlint.js';
  await onConfig({ affectsConfiguration: (s) => s === 'claimlint.path' });
  await onConfig({ affectsConfiguration: (s) => s === 'editor.fontSize' });
  await ext.deactivate();
  process.stdout.write(JSON.stringify(events));
})().catch((err) => { console.error(err); process.exit(1); });
`;

describe('editors/vscode: the extension', () => {
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'claimlint-vscode-'));
  });
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('type-checks with tsc -p editors/vscode/tsconfig.json', () => {
    const r = spawnSync(process.execPath, [tsc, '-p', path.join(ext, 'tsconfig.json'), '--noEmit'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  test('compiles to CommonJS and starts `claimlint lsp --stdio` for restructuredtext and markdown files, restarts on a claimlint.path change, stops on deactivate', () => {
    // The extension's layout in a temporary directory: its package.json (no "type": CommonJS)
    // and the compiled main file where "main" says.
    copyFileSync(path.join(ext, 'package.json'), path.join(out, 'package.json'));
    const main = path.join(out, manifest.main);
    const r = spawnSync(process.execPath, [tsc, '-p', path.join(ext, 'tsconfig.json'), '--outDir', path.dirname(main)], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(main)).toBe(true);
    expect(readFileSync(main, 'utf8')).toMatch(/require\("vscode-languageclient\/node"\)/);

    const run = spawnSync(process.execPath, ['-e', HARNESS, main, ''], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const selector = { documentSelector: [{ scheme: 'file', language: 'restructuredtext' }, { scheme: 'file', language: 'markdown' }] };
    expect(JSON.parse(run.stdout)).toEqual([
      { client: { id: 'claimlint', name: 'claimlint', serverOptions: { command: 'claimlint', args: ['lsp', '--stdio'] }, clientOptions: selector } },
      { start: 'claimlint' },
      { subscriptions: 1 },
      { stop: 'claimlint' },
      { client: { id: 'claimlint', name: 'claimlint', serverOptions: { command: '/opt/claimlint/bin/claimlint.js', args: ['lsp', '--stdio'] }, clientOptions: selector } },
      { start: 'claimlint' },
      { stop: 'claimlint' },
    ]);
  }, 120_000);
});
