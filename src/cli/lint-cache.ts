/**
 * `--cache`, as ESLint has it: a whole-tree run does not lint again a file whose text, rule
 * files and configuration are what they were when its messages were recorded. Each entry is
 * keyed by a sha256 of the file's text and of everything else its lint read (the rule sets as
 * loaded, its document scope and severities); the whole cache by the claimlint that wrote it (a
 * cache of another build is dropped).
 *
 * By default the cache lives in the user's cache directory, one file per working directory, and
 * never inside the linted tree: a pull request could plant a cache there that hides its
 * findings. `--cache-location FILE` puts it elsewhere, at the user's word. A missing, corrupt or
 * foreign cache is an empty one; it is written whole, atomically, with mode 0600.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { addWire, toWire, type WireMessage } from '../engine/budget-protocol.js';
import type { ClaimMessage, ClaimOptions } from '../engine/lint.js';
import { packageRoot } from '../package-root.js';
import { claimlintVersion } from '../rules/precompiled.js';
import { bundleIdentity } from './resident-socket.js';
import type { RuleSet } from '../rules/types.js';

/** Larger than this, a cache file is not read (the tree's whole cache is a few MB). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

interface Entry {
  key: string;
  messages: WireMessage[];
  data: Record<string, unknown>;
}

interface CacheFile {
  claimlint: string;
  entries: Record<string, Entry>;
}

export interface LintCache {
  location: string;
  /** The recorded messages of `path` for this text and these options, added to `file`; false on a miss. */
  restore(file: VFile, options: ClaimOptions): boolean;
  /** Record a file's messages after it was linted. */
  record(file: VFile, options: ClaimOptions): void;
  /** Write the cache; a reason when it could not be written. */
  save(): string | undefined;
}

export function defaultCacheLocation(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const base = env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(base, 'claimlint', 'lint-cache', `${sha256(resolve(cwd)).slice(0, 16)}.json`);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** This claimlint: its version and its bundle (a rebuilt bundle may lint differently). */
function identity(): string {
  let bundle = '';
  try {
    bundle = bundleIdentity(join(packageRoot(), 'dist', 'claimlint.mjs'));
  } catch {
    // The module tree without a bundle (tests): the version alone.
  }
  return `${claimlintVersion()} ${bundle}`;
}

const ruleSetHashes = new WeakMap<RuleSet, string>();
const ruleSetHash = (rs: RuleSet) => {
  let h = ruleSetHashes.get(rs);
  if (!h) ruleSetHashes.set(rs, (h = sha256(JSON.stringify(rs))));
  return h;
};

/** Everything a file's lint reads besides its text. */
function optionsKey(options: ClaimOptions): string {
  return JSON.stringify({ rules: options.ruleSets.map(ruleSetHash), scope: options.scope ?? null, severity: options.severity ?? null, coco: options.cocoDocument ?? null });
}

function readCache(location: string, id: string): Record<string, Entry> {
  try {
    if (statSync(location).size > MAX_CACHE_BYTES) return {};
    const parsed = JSON.parse(readFileSync(location, 'utf8')) as Partial<CacheFile>;
    if (parsed?.claimlint !== id || typeof parsed.entries !== 'object' || parsed.entries === null) return {};
    return parsed.entries;
  } catch {
    return {};
  }
}

export function openLintCache(location: string): LintCache {
  const id = identity();
  const entries = readCache(location, id);
  const keyOf = (file: VFile, options: ClaimOptions) => sha256(`${sha256(String(file.value))}\u0000${optionsKey(options)}`);
  const pathOf = (file: VFile) => resolve(file.path ?? '');
  return {
    location,
    restore(file, options) {
      const e = entries[pathOf(file)];
      if (!e || typeof e !== 'object' || e.key !== keyOf(file, options) || !Array.isArray(e.messages)) return false;
      for (const w of e.messages) addWire(file, w);
      Object.assign(file.data, e.data ?? {});
      return true;
    },
    record(file, options) {
      entries[pathOf(file)] = { key: keyOf(file, options), messages: file.messages.map((m) => toWire(m as ClaimMessage)), data: { ...file.data } };
    },
    save() {
      const tmp = `${location}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(location), { recursive: true, mode: 0o700 });
        writeFileSync(tmp, JSON.stringify({ claimlint: id, entries } satisfies CacheFile), { mode: 0o600 });
        renameSync(tmp, location);
        return undefined;
      } catch (err) {
        return `${location}: cache not written: ${(err as Error).message}`;
      }
    },
  };
}
