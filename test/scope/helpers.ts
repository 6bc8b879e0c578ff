/**
 * Shared helpers for the claim-semantics tests (DESIGN §2): lint a small RST
 * document with the shipped CoCo rule set and reduce the messages to
 * `[ruleId, actual]` pairs, sorted, so each test states the exact set of
 * findings it expects.
 */
import { loadRuleFile, defaultRuleFiles } from '../../src/rules/load.js';
import { lintText } from '../../src/engine/lint.js';
import type { RuleSet } from '../../src/rules/types.js';
import type { VFile } from 'vfile';

const files = defaultRuleFiles();
const cocoFile = files.find((f) => /[\\/]coco\.yml$/.test(f)) ?? files[0];
if (!cocoFile) throw new Error('no shipped rule file');
const loaded = loadRuleFile(cocoFile);
if (!loaded.ruleSet) throw new Error(`rules/coco.yml does not load: ${JSON.stringify(loaded.errors)}`);
export const ruleSet: RuleSet = loaded.ruleSet;

/** A CoCo directory: its name scopes nothing narrower than the default (all CoCo technologies). */
export const DEFAULT_PATH = 'Documentation/virt/coco/example.rst';
/** The merged form of the reviewed document: its file name scopes it to SEV-SNP and TDX. */
export const SNP_TDX = 'Documentation/security/snp-tdx-threat-model.rst';
/** A path that names no technology and no CoCo word. */
export const NEUTRAL = 'Documentation/admin-guide/example.rst';

export interface Options {
  path?: string;
  /** Force the CoCo gate open; defaults to true (as for rule examples). */
  cocoDocument?: boolean;
  /** Document scope from the configuration (technology ids). */
  scope?: string[];
}

export type Pair = [ruleId: string, actual: string];

export function lint(text: string, { path = DEFAULT_PATH, cocoDocument = true, scope }: Options = {}): VFile {
  return lintText(text, { path, ruleSets: [ruleSet], cocoDocument, scope });
}

const byText = (a: Pair, b: Pair) => a.join('\u0000').localeCompare(b.join('\u0000'));

/** The findings as sorted `[ruleId, actual]` pairs. */
export function findings(text: string, opts: Options = {}): Pair[] {
  return lint(text, opts).messages.map((m): Pair => [m.ruleId ?? '', m.actual ?? '']).sort(byText);
}

/** `expected`, sorted the way `findings` sorts. */
export function pairs(...expected: Pair[]): Pair[] {
  return [...expected].sort(byText);
}
