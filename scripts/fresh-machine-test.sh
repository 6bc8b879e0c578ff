#!/usr/bin/env bash
# The README's test command on a fresh machine, for real. A clean clone of a commit (default
# HEAD) goes into a scratch directory with no ../shared beside it; HOME and XDG_CACHE_HOME point
# at an empty directory (so no kernel corpus is found) and TMPDIR at another (so what the suite
# leaves behind can be counted); nothing else of the caller's environment is passed on. Then:
#   1. `npm ci && npm test` passes, printing why the corpus and shared-data tests are skipped;
#   2. `npm test` left nothing in TMPDIR;
#   3. `CI=true npm test` fails, saying that the corpus is missing.
# Takes several minutes (two full test runs), so `npm test` does not run it.
#
#   usage: scripts/fresh-machine-test.sh [REV]
#
# npm's download cache is the caller's (it only saves downloads; set FRESH_NPM_CACHE=1 to start
# with an empty one). KEEP=1 keeps the scratch directory and its logs.
set -euo pipefail

rev=${1:-HEAD}
src=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
commit=$(git -C "$src" rev-parse --verify "$rev^{commit}")
if [ "$rev" = HEAD ] && [ -n "$(git -C "$src" status --porcelain --untracked-files=no)" ]; then
  echo "fresh-machine: note: uncommitted changes are not in the clone (it tests $commit)" >&2
fi
npm_cache=$(npm config get cache)

scratch=$(mktemp -d "${TMPDIR:-/tmp}/claimlint-fresh.XXXXXX")
if [ "${KEEP:-}" = 1 ]; then echo "fresh-machine: scratch directory $scratch" >&2; else trap 'rm -rf "$scratch"' EXIT; fi
mkdir "$scratch/home" "$scratch/tmp" "$scratch/box"
# As /tmp is: others may pass through (the walk tests run claimlint as nobody on a copy in TMPDIR).
chmod 0711 "$scratch" "$scratch/tmp"
[ "${FRESH_NPM_CACHE:-}" = 1 ] && npm_cache="$scratch/home/.npm"
repo="$scratch/box/claimlint" # $scratch/box/shared does not exist

say() { printf 'fresh-machine: %s\n' "$*" >&2; }
fail() { say "FAIL: $*"; exit 1; }
# A fresh machine's environment: nothing of ours (no CLAIMLINT_*, no CI, no XDG_*) but PATH.
fresh() {
  env -i PATH="$PATH" LANG=C.UTF-8 HOME="$scratch/home" XDG_CACHE_HOME="$scratch/home/.cache" \
    TMPDIR="$scratch/tmp" npm_config_cache="$npm_cache" npm_config_update_notifier=false "$@"
}
seconds() { echo $(( $(date +%s) - $1 )); }

say "cloning $commit into $repo"
fresh git clone -q "$src" "$repo"
fresh git -C "$repo" checkout -q --detach "$commit"

start=$(date +%s)
(cd "$repo" && fresh npm ci --no-audit --no-fund) >"$scratch/npm-ci.log" 2>&1 || { tail -30 "$scratch/npm-ci.log"; fail "npm ci failed"; }
say "npm ci: $(seconds "$start") s"

start=$(date +%s)
before=$(ls -A "$scratch/tmp" | wc -l)
status=0
(cd "$repo" && fresh npm test) >"$scratch/test.log" 2>&1 || status=$?
say "npm test: exit $status, $(seconds "$start") s"
grep -E '^Tests:|^Test Suites:' "$scratch/test.log" >&2 || true
# jest prints each console.warn as an indented line (and its source line as a code frame: not those)
skips=$(grep -E '^ +skipped: ' "$scratch/test.log" | sed 's/^ *//' | sort -u || true)
say "skip messages ($(printf '%s' "$skips" | grep -c . || true) distinct):"
printf '%s\n' "$skips" | sed 's/^/  /' >&2
[ "$status" = 0 ] || { grep -E '●|FAIL ' "$scratch/test.log" | head -40 >&2; fail "npm test failed on a fresh machine (log: $scratch/test.log)"; }
[ -n "$skips" ] || fail "npm test printed no skip messages"
left=$(( $(ls -A "$scratch/tmp" | wc -l) - before ))
say "entries npm test left in TMPDIR: $left"
[ "$left" -le 0 ] || { ls -A "$scratch/tmp" | head -20 >&2; fail "npm test left $left entries in TMPDIR"; }

start=$(date +%s)
status=0
(cd "$repo" && fresh env CI=true npm test) >"$scratch/test-ci.log" 2>&1 || status=$?
say "CI=true npm test: exit $status, $(seconds "$start") s"
grep -E '^Tests:|^Test Suites:' "$scratch/test-ci.log" >&2 || true
[ "$status" != 0 ] || fail "CI=true npm test passed without the corpus"
grep -q 'kernel corpus not found' "$scratch/test-ci.log" || { tail -40 "$scratch/test-ci.log" >&2; fail "CI=true npm test failed, but not because the corpus is missing"; }
say "CI=true: $(grep -m1 -o 'kernel corpus not found[^)]*)' "$scratch/test-ci.log")"
say "PASS"
