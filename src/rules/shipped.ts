/**
 * Which rule files ship with claimlint (rules/*.yml of the package). Their
 * patterns are checked by the test suite, so they are trusted: no ReDoS check
 * at load and no time budget when matching. Every other rule file — named by a
 * configuration, `--rules`, or given as text — is not.
 */
import { dirname, join, resolve } from 'node:path';
import { packageRoot } from '../package-root.js';
import type { RuleSet } from './types.js';

let shippedDir: string | undefined;

export function isShippedRuleFile(file: string): boolean {
  shippedDir ??= join(packageRoot(), 'rules');
  const path = resolve(file);
  return dirname(path) === shippedDir && path.endsWith('.yml');
}

export function isShippedRuleSet(ruleSet: RuleSet): boolean {
  return isShippedRuleFile(ruleSet.file);
}
