/**
 * `.claimlint.yml`: discovery, cascade, scopes and ignores (DESIGN §3 "Configuration").
 * The user's account of the same rules is docs/configuration.md; keep the two in step.
 *
 *     root: true                       # stop looking further up
 *     rules: [rules/extra.yml]         # rule files relative to this file; `default` = the shipped set
 *     scopes:                          # path glob -> technology ids
 *       "Documentation/virt/coco/sev-guest.rst": [sev, sev-es, sev-snp]
 *     severity:                        # rule id -> error | warning | info | off
 *       imprecise-term: off
 *     ignore:                          # path globs never linted
 *       - "Documentation/translations/**"
 *
 * Discovery. For a file, look for `.claimlint.yml` (or `.claimlint.yaml`; with both in one
 * directory `.yml` is used and the `.yaml` one is an error) in its directory, then in each
 * parent. Stop after the first directory that holds `.git` (a directory, or a file as in
 * worktrees and submodules: the git root), after a config with `root: true`, or, outside
 * git, at the starting directory: the working directory when the file is beneath it (the
 * language server: the workspace folder holding it), else the file's own directory. Paths
 * are taken as given (made absolute, symlinks not followed).
 *
 * Trust (trust.ts, docs/security.md). A found config that is not a regular file, or is a
 * symlink out of the searched tree, is an error; one in a directory others may write, or
 * writable by others itself, is a warning and not used. The rule files a config names must
 * be regular files inside its repository (outside git: its directory), under a size limit.
 * With --config-rev REV, configs and rule files come from that git revision (git-store.ts).
 *
 * Cascade. Every config found applies; the nearest wins:
 * - `severity`: per rule id, the nearest config that sets it.
 * - `scopes`: the first matching entry in precedence order: nearer configs before farther
 *   ones, and within one file the later entry before the earlier (write general globs first,
 *   exceptions after). ResolvedConfig.scopes is already in that order.
 * - `rules`: the lists accumulate, farthest config first, deduplicated by absolute path.
 *   When no config has a `rules` key the result is ['default']; once one has, `default`
 *   is only there when some list names it.
 * - `ignore`: the lists accumulate. When no config has an `ignore` key, the default ignore is
 *   `Documentation/translations/**` relative to the git root (whether or not the search
 *   stopped below it at a `root: true`); outside any git work tree it is the same glob
 *   behind a leading `**` segment, matched against the absolute path, so any
 *   `Documentation/translations` directory is ignored. Any `ignore` key, even `ignore: []`,
 *   replaces the default.
 *
 * Globs (glob.ts) are picomatch globs anchored at the directory of the config that wrote
 * them, matched against the whole relative path with `/` separators; `*` stays within one
 * path segment, `**` crosses any number, a trailing `/` means everything beneath, dotfiles
 * match. Leading `/`, `..` segments and `!` negation are errors.
 *
 * Errors are data (FileError with file:line:column of the offending YAML node), never thrown;
 * the bad entry is dropped and the rest applies. resolveConfig returns the errors of every
 * config that applies to the file, so the same FileError objects come back for every file
 * under that config: deduplicate (by identity or formatFileError) when collecting.
 * checkConfigNames is the second pass over names, once the rule sets are loaded.
 */
export { clearConfigCache, documentScope, isIgnored, loadConfigFile, resolveConfig, useConfigFile } from './resolve.js';
export { configRevisionNote, readConfiguredFile, useConfigRevision, useStartingDirectories } from './resolve.js';
export { CONFIG_NAMES, DEFAULT_IGNORE } from './resolve.js';
export type { Resolution, ResolvedConfig } from './resolve.js';
export { MAX_BASELINE_BYTES, MAX_CONFIG_BYTES, MAX_RULE_FILE_BYTES } from './trust.js';
export { ReadRefusal, readRegularFile } from './store.js';
export { checkConfigNames } from './names.js';
export { parseConfigText, CONFIG_KEYS, SEVERITIES } from './parse.js';
export type { ConfigFile, ConfigName, Severity } from './parse.js';
