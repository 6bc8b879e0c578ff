/**
 * Checking the names a configuration uses (technology ids in `scopes`, rule ids in
 * `severity`) against the loaded rule sets. Separate from resolveConfig because the rule
 * sets are only known once the config has said which rule files to load.
 */
import type { FileError } from '../rules/types.js';
import type { ResolvedConfig } from './resolve.js';

/** One error for each unknown technology id or rule id, at the name in its config file. */
export function checkConfigNames(
  config: ResolvedConfig,
  knownTechnologies: Set<string>,
  knownRules: Set<string>,
): FileError[] {
  const errors: FileError[] = [];
  const seen = new Set<string>();
  for (const n of config.names) {
    const known = n.kind === 'technology' ? knownTechnologies : knownRules;
    if (known.has(n.name)) continue;
    const key = `${n.place.file}:${n.place.line}:${n.place.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ ...n.place, message: `unknown ${n.kind} '${n.name}'${hint(n.name, known)}` });
  }
  return errors;
}

/** "; did you mean 'x'?" for a close name, else the known names when they are few. */
function hint(name: string, known: Set<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3))) return `; did you mean '${best}'?`;
  if (known.size === 0) return ' (no rule set defines any)';
  if (known.size <= 15) return `; known: ${[...known].sort().join(', ')}`;
  return '';
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, sub));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
