/**
 * Regular expressions that tell a watcher when they run and for which rule:
 * the budgeted matcher (engine/budget.ts) charges each rule the time its
 * patterns take, and knows which rule a stuck match belongs to. The matcher
 * calls `exec` (and `test`, which calls `exec`), so a subclass that wraps
 * `exec` sees every match without the matching code knowing.
 */
import type { Rule } from './types.js';

export interface MatchWatch {
  /** A pattern of `rule` starts matching. */
  begin(rule: Rule): void;
  /** It is done (it may throw to stop the document: the rule is over its budget). */
  end(rule: Rule): void;
  /** Is the rule still on (a rule switched off is skipped by the prefilter too)? */
  enabled(rule: Rule): boolean;
}

class WatchedRegExp extends RegExp {
  constructor(source: string, flags: string, readonly rule: Rule, readonly watch: MatchWatch) {
    super(source, flags);
  }

  override exec(text: string): RegExpExecArray | null {
    this.watch.begin(this.rule);
    let result: RegExpExecArray | null;
    try {
      result = super.exec(text);
    } finally {
      this.watch.end(this.rule);
    }
    return result;
  }

  // Derived objects (`matchAll`, `split`) are plain RegExps, unwatched: build them from the source instead.
  static override get [Symbol.species]() { return RegExp; }
}

export function watchedRegExp(source: string, flags: string, rule: Rule, watch: MatchWatch): RegExp {
  return new WatchedRegExp(source, flags, rule, watch);
}

/**
 * `test` of the alternation of `parts` (as one RegExp of them all would
 * answer it), each part on its own so each is charged to its rule; parts of
 * rules switched off are skipped.
 */
class WatchedUnion extends RegExp {
  constructor(readonly parts: RegExp[]) {
    super(parts.map((p) => `(?:${p.source})`).join('|'), 'i');
  }

  override exec(text: string): RegExpExecArray | null {
    for (const part of this.parts) {
      if (part instanceof WatchedRegExp && !part.watch.enabled(part.rule)) continue;
      part.lastIndex = 0;
      const m = part.exec(text);
      if (m) return m;
    }
    return null;
  }
}

export function watchedUnion(parts: RegExp[]): RegExp {
  return new WatchedUnion(parts);
}
