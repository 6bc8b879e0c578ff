/**
 * Combining the scope levels of DESIGN §2: sentence > block > sections >
 * document > default. Levels narrow each other (intersection); a level that
 * names technologies outside the outer scope replaces it; a universal
 * quantifier takes its umbrella's full coverage and ignores the outer levels.
 */
import type { Mention } from './mentions.js';

export type LevelName = 'sentence' | 'block' | 'section' | 'document' | 'default';

export interface Level {
  level: LevelName;
  ids: string[];
  /** The level names technologies (not only umbrellas). */
  named: boolean;
  /** Where the scope came from, for messages: "'x86' in this sentence". */
  label: string;
  /** Source offsets of the words that set the scope (sentence and block levels). */
  mentions?: Mention[];
  /** Technologies a contrast ("unlike SEV") removes from whatever scope applies. */
  removes?: string[];
  /** An umbrella the sentence restricts to what the document supports ("every supported TEE"): it narrows the document's technologies. */
  withinDocument?: boolean;
}

export interface ResolvedScope {
  ids: string[];
  /** The innermost level that set or narrowed the scope. */
  origin: Level;
  /** The levels that applied, outer to inner. */
  applied: Level[];
  /** A level replaced the outer scope (it named technologies outside it). */
  replaced?: Level;
  universal: boolean;
}

export function defaultLevel(all: string[]): Level {
  return { level: 'default', ids: all, named: false, label: 'the default: all CoCo technologies (the document names none)' };
}

/** Resolve levels given outer to inner (the default first). */
export function combine(levels: Level[], universal?: Level): ResolvedScope {
  if (universal) return { ids: universal.ids, origin: universal, applied: [universal], universal: true };
  let current = levels[0] as Level;
  let ids = current.ids;
  let replaced: Level | undefined;
  const applied: Level[] = [current];
  for (const level of levels.slice(1)) {
    if (level.ids.length === 0 && level.removes) {
      ids = ids.filter((x) => !level.removes?.includes(x));
      continue;
    }
    // The document's universe (level 5) is what a claim with no scope of its own is about: it
    // never narrows a level that sets one ("x86" in a sentence of an SEV-only document is x86).
    // "every supported TEE": the umbrella as far as the technologies the document names (the
    // universe, level 5, first of the levels) go.
    const universe = levels[0] as Level;
    const narrowed = level.withinDocument ? ids.filter((x) => level.ids.includes(x) && universe.ids.includes(x)) : [];
    if (narrowed.length) {
      ids = level.removes ? narrowed.filter((x) => !level.removes?.includes(x)) : narrowed;
      current = level;
      applied.push(level);
      continue;
    }
    if (current.level === 'default') {
      ids = level.removes ? level.ids.filter((x) => !level.removes?.includes(x)) : level.ids;
      current = level;
      applied.push(level);
      continue;
    }
    const inside = ids.filter((x) => level.ids.includes(x));
    const outside = level.ids.some((x) => !ids.includes(x));
    if ((level.named && outside) || inside.length === 0) {
      ids = level.ids;
      replaced = level;
    } else {
      ids = inside;
    }
    if (level.removes) ids = ids.filter((x) => !level.removes?.includes(x));
    current = level;
    applied.push(level);
  }
  return { ids, origin: current, applied, replaced, universal: false };
}

/** A sentence level whose words are all the item's term ("- **AMD SEV** - ..."): the block level has read them already. */
export function termOnly(own: Level | undefined, outer: Level[]): Level | undefined {
  const block = outer[outer.length - 1];
  if (!own?.mentions?.length || block?.level !== 'block' || !block.mentions?.length) return own;
  const inTerm = (m: Mention) => block.mentions?.some((b) => b.start === m.start && b.end === m.end);
  return own.mentions.every(inTerm) ? undefined : own;
}
