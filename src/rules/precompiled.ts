/**
 * The shipped rule files as loaded at build time (scripts/precompile-rules.mjs writes
 * rules.compiled.json beside the bundle). Parsing coco.yml's YAML with node positions costs
 * about 140 ms at every start; reading the loaded rule set back as JSON costs a few. The
 * record is used only for a shipped rule file whose text has the recorded sha256 under the
 * same claimlint version, so an edited rule file is parsed again; a missing, corrupt or
 * foreign record is ignored and the file is parsed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../package-root.js';
import type { RuleSet } from './types.js';
import { rememberAlternations } from '../scope/phrase-regex.js';

export const PRECOMPILED_NAME = 'rules.compiled.json';
/** Stands for the rule file's path in the record (the path differs between installations). */
const FILE = '\u0000rule-file';

export interface PrecompiledRecord {
  claimlint: string;
  /** Loaded rule sets, as JSON text, by the sha256 of their file's text. */
  files: Record<string, string>;
  /** The phrase alternations the shipped rule sets' matchers build (scope/phrase-regex.ts). */
  alternations?: [string, string][];
}

let record: PrecompiledRecord | null | undefined;

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function claimlintVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Beside the single-file bundle (dist/ or action/), or in dist/ for the module tree. */
function readRecord(): PrecompiledRecord | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const path of [join(here, PRECOMPILED_NAME), join(packageRoot(), 'dist', PRECOMPILED_NAME)]) {
    try {
      const r = JSON.parse(readFileSync(path, 'utf8')) as PrecompiledRecord;
      if (r && typeof r === 'object' && r.claimlint === claimlintVersion() && r.files && typeof r.files === 'object') return r;
    } catch {
      // Missing or unreadable: the next place, else parse the YAML.
    }
  }
  return null;
}

/** The rule set recorded for this text of a shipped rule file, with `file` as its path. */
export function precompiledRuleSet(text: string, file: string): RuleSet | undefined {
  if (record === undefined) {
    record = readRecord();
    rememberAlternations(record?.alternations);
  }
  const entry = record?.files[textHash(text)];
  if (typeof entry !== 'string') return undefined;
  try {
    return JSON.parse(entry, (key, value: unknown) => (key === 'file' && value === FILE ? file : value)) as RuleSet;
  } catch {
    return undefined;
  }
}

/** A loaded rule set as recorded (scripts/precompile-rules.mjs). */
export function recordEntry(ruleSet: RuleSet): string {
  return JSON.stringify(ruleSet, (key, value: unknown) => (key === 'file' && value === ruleSet.file ? FILE : value));
}
