/**
 * Path globs of `.claimlint.yml` (`scopes` keys, `ignore` entries), matched with picomatch.
 *
 * A glob is anchored at its base directory (the directory of the config file that wrote it):
 * it is matched against the file's path relative to that directory, with `/` separators, as
 * a whole: `*` never crosses a `/`, so `*.rst` matches `a.rst` in the base directory only,
 * while a `**` segment matches any number of directories. A leading `./` is dropped, and a
 * trailing `/` means everything beneath a directory (`Documentation/translations/` is
 * `Documentation/translations/**`). Dotfiles are matched like other files. A file outside
 * the base directory matches nothing.
 */
import path from 'node:path';
import picomatch from 'picomatch';

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

function compile(glob: string): Matcher {
  let m = compiled.get(glob);
  if (!m) {
    m = picomatch(normalize(glob), { dot: true });
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
