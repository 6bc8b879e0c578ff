/**
 * Which documents can have a finding at all, decided on the raw text before it is parsed. Of
 * the 6.12 tree's 3,127 documents a few dozen are about confidential computing; parsing and
 * splitting the others into prose units was most of a whole-tree run.
 *
 * Derived from the loaded rule data, so it stays right when the rules change: a document is
 * parsed when its text or path may name a technology or a CoCo umbrella of some rule set (the
 * gate of scope/document.ts and rules/check.ts can open only then: masking markup out of the
 * text never adds a word), when the configuration or the patch makes it a CoCo document, or
 * when it holds a claimlint comment (suppressions, whose unused ones are reported, and scope
 * comments). Every other document gets no message from the claim rules, parsed or not; the
 * whole tree's output is the same with and without this (test/engine/prescan.test.ts).
 * CLAIMLINT_NO_PRESCAN=1 parses everything (for that comparison).
 */
import { compileRuleSet } from '../rules/compile.js';
import { pathWords } from '../scope/document.js';
import type { ClaimOptions } from './lint.js';

export function mayHaveFindings(text: string, path: string, options: ClaimOptions): boolean {
  if (process.env['CLAIMLINT_NO_PRESCAN'] === '1') return true;
  if (options.cocoDocument || options.scope?.length) return true;
  if (text.includes('claimlint:')) return true;
  const words = pathWords(path);
  return options.ruleSets.some((rs) => {
    const { matcher } = compileRuleSet(rs);
    // A path's architecture or vendor word ("arch/x86/") scopes what a CoCo word starts, and opens nothing.
    return matcher.mayNameCoco(text) || matcher.find(words, true).some((m) => m.kind === 'technology' || m.umbrella?.coco);
  });
}
