/**
 * A claim the next sentence takes back for named technologies: "Confidential VMs protect the
 * integrity of guest memory. On SEV and SEV-ES this is not the case." A reader reads the two
 * together, so the technologies the second names are out of the first one's scope.
 *
 * Input: the next sentence of the same paragraph, its own (sentence-level) scope, and whether it
 * denies the same property; output: a level that removes its technologies, or nothing.
 */
import type { Level } from './levels.js';

/** "this is not the case", "the same does not apply", "that does not hold", "... are the exception". */
const TAKEN_BACK = /\b(?:(?:this|that|it|the same|neither|none of this)\s+(?:is|was|does|did|do)(?:\s+not|n['’]t)\s+(?:the case|apply|hold|true)|(?:does|do)(?:\s+not|n['’]t)\s+apply|(?:is|are)\s+(?:the\s+|an\s+)?exceptions?|(?:is|was)(?:\s+not|n['’]t)\s+(?:the case|true))\b/i;

export function takenBackBy(next: { text: string; own: Level | undefined }, deniesProperty: () => boolean): Level | undefined {
  const own = next.own;
  if (!own?.named || own.level !== 'sentence' || own.ids.length === 0) return undefined;
  if (!TAKEN_BACK.test(next.text) && !deniesProperty()) return undefined;
  return { level: 'sentence', ids: [], named: false, label: `${own.label.replace(/ in this sentence$/, '')} taken back in the next sentence`, removes: own.ids };
}
