/**
 * Path globs of `.claimlint.yml` (`scopes` keys, `ignore` entries): picomatch's syntax and
 * meaning, matched in linear time.
 *
 * A glob is anchored at its base directory (the directory of the config file that wrote it):
 * it is matched against the file's path relative to that directory, with `/` separators, as
 * a whole: `*` never crosses a `/`, so `*.rst` matches `a.rst` in the base directory only,
 * while a `**` segment matches any number of directories. A leading `./` is dropped, and a
 * trailing `/` means everything beneath a directory (`Documentation/translations/` is
 * `Documentation/translations/**`). Dotfiles are matched like other files. A file outside
 * the base directory matches nothing.
 *
 * A config and the file names in a tree may both come from a pull request. picomatch's
 * regular expressions backtrack: a glob `*a*a*a*a*a*a*ab.rst` under `**` against a
 * 200-character name took hours. So picomatch only translates the glob, and RE2JS (a port
 * of RE2: no backtracking, time linear in the glob times the path) matches it. That is the
 * one approach whose bound holds for any glob and any path; limiting wildcards would not
 * (three `*` on a 4,000-character path are already 10^10 steps), and a time budget would
 * make a match fail by load.
 * RE2 has no lookaheads; picomatch's are dropped where they cannot fail on the relative paths
 * claimlint matches (normalised, without `.`, `..` or empty segments), and a glob that needs
 * one (a negated extglob `!(…)`) is refused.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { RE2JS } from 're2js';

export type Matcher = (relativePath: string) => boolean;

const compiled = new Map<string, Matcher>();

/** Why a glob is not usable, or undefined when it is. */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'glob must not be empty';
  if (glob.startsWith('!')) {
    return "negated globs ('!…') are not supported; to drop the default ignore, write 'ignore: []'";
  }
  if (glob.startsWith('/') || path.isAbsolute(glob)) {
    return "glob must be relative to the directory of this configuration file (no leading '/')";
  }
  if (glob.length > MAX_GLOB_LENGTH) return `glob is longer than ${MAX_GLOB_LENGTH} characters`;
  // picomatch passes "\d", "\b", "\1" ... on as regular-expression escapes (a digit, a word boundary, a back-reference).
  if (escapesAlphanumeric(glob)) {
    return "a backslash in a glob escapes a special character ('\\*', '\\?', '\\['), not a letter or digit";
  }
  if (normalize(glob).startsWith('!')) {
    return "negated globs ('!…') are not supported; to drop the default ignore, write 'ignore: []'";
  }
  if (normalize(glob).split('/').includes('..')) {
    return "glob must not contain '..': a configuration file only applies to files beneath its directory";
  }
  try {
    compile(glob);
  } catch (e) {
    return `invalid glob: ${typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e)}`;
  }
  return undefined;
}

function normalize(glob: string): string {
  let g = glob;
  while (g.startsWith('./')) g = g.slice(2);
  if (g.endsWith('/')) g += '**';
  return g;
}

/** Longer globs are refused (the matching time grows with the glob). */
export const MAX_GLOB_LENGTH = 1000;

/**
 * picomatch's lookaheads that keep wildcards off `.` and `..` segments, and its "a character
 * follows" before a wildcard at the start of a segment: on a path without such segments and
 * without empty ones, they always hold (a differential test against picomatch checks this).
 */
const ALWAYS_TRUE = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?=.)'];
const LOOKAROUND = /\(\?<?[=!]/;

function escapesAlphanumeric(glob: string): boolean {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] !== '\\') continue;
    if (/[A-Za-z0-9]/.test(glob[i + 1] ?? '')) return true;
    i++;
  }
  return false;
}

/** picomatch escapes every character outside ASCII ("\\é", and each half of a surrogate pair), which RE2 refuses: the characters themselves. */
function unescapeNonAscii(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === '\\' && next !== undefined) {
      out += next.charCodeAt(0) > 0x7f ? next : c + next;
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

function compile(glob: string): Matcher {
  let m = compiled.get(glob);
  if (!m) {
    const pattern = normalize(glob);
    let source = picomatch.makeRe(pattern, { dot: true }).source;
    for (const t of ALWAYS_TRUE) source = source.split(t).join('');
    source = unescapeNonAscii(source);
    if (LOOKAROUND.test(source)) {
      throw new Error(glob.includes('!(') ? "negated extglobs ('!(…)') are not supported" : 'the glob needs a lookahead, which claimlint does not match');
    }
    const re = RE2JS.compile(source);
    // As picomatch does, a path that is the glob itself matches ("(draft).rst" names a file).
    m = (relativePath) => relativePath === pattern || re.testExact(relativePath);
    compiled.set(glob, m);
  }
  return m;
}

/** The path of `file` relative to `base` with `/` separators, or undefined when outside it. */
export function relativeTo(base: string, file: string): string | undefined {
  const rel = path.relative(base, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Whether `glob`, anchored at the directory `base`, matches the absolute path `file`. */
export function globMatches(glob: string, base: string, file: string): boolean {
  const rel = relativeTo(base, file);
  if (rel === undefined) return false;
  try {
    return compile(glob)(rel);
  } catch {
    return false;
  }
}
