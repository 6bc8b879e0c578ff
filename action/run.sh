#!/usr/bin/env bash
# The claimlint GitHub Action (action.yml runs this). On pull requests, lint what the pull
# request's commits add: patch mode over `git format-patch` of each commit, so commit messages
# are linted and only added lines are annotated. Otherwise (or with mode: tree), lint the paths.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
claimlint() { node "$here/cli.mjs" "$@"; }

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  echo "::error title=claimlint::claimlint needs Node.js 20 or later on the runner (found $(node --version 2>/dev/null || echo none))"
  exit 2
fi

mode="${INPUT_MODE:-auto}"
if [ "$mode" = auto ]; then
  case "${GITHUB_EVENT_NAME:-}" in
    pull_request|pull_request_target) mode=patch ;;
    *) mode=tree ;;
  esac
fi

fail=()
case "${INPUT_FAIL_LEVEL:-warning}" in
  error) fail=(--fail-on error) ;;
  warning|none) ;;
  *) echo "::error title=claimlint::fail-level must be error, warning or none, not '${INPUT_FAIL_LEVEL}'"; exit 2 ;;
esac

config=()
if [ -n "${INPUT_CONFIG:-}" ]; then config=(--config "$INPUT_CONFIG"); fi

event_field() { node -e 'const v=process.argv[2].split(".").reduce((o,k)=>o==null?o:o[k],require(process.argv[1]));process.stdout.write(v==null?"":String(v))' "$GITHUB_EVENT_PATH" "$1"; }

# On a pull request, the configuration and rule files come from the base commit, not from the
# pull request (docs/security.md): a pull request cannot change how it is checked, nor make
# claimlint read files on the runner. Its own configuration takes effect once merged.
trust=()
case "${GITHUB_EVENT_NAME:-}" in
  pull_request|pull_request_target)
    base=$(event_field pull_request.base.sha)
    if ! [[ "$base" =~ ^[0-9a-f]{40}([0-9a-f]{24})?$ ]]; then
      echo "::error title=claimlint::the event has no pull_request.base.sha"; exit 2
    fi
    if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
      git fetch --no-tags --quiet --depth=1 origin "$base" || {
        echo "::error title=claimlint::cannot fetch the pull request's base commit ($base)"; exit 2; }
    fi
    trust=(--config-rev "$base")
    ;;
esac

if [ "$mode" = patch ]; then
  event="${GITHUB_EVENT_PATH:?GITHUB_EVENT_PATH is not set}"
  head=$(event_field pull_request.head.sha)
  count=$(event_field pull_request.commits)
  if ! [[ "$head" =~ ^[0-9a-f]{40}([0-9a-f]{24})?$ && "$count" =~ ^[0-9]+$ ]]; then
    echo "::error title=claimlint::patch mode needs a pull_request event (head.sha and commits in $event)"; exit 2
  fi
  # actions/checkout made a depth-1 clone of the merge commit: fetch the pull request's
  # commits and the commit they branched from (not the base branch's later commits).
  if ! git cat-file -e "$head~$count" 2>/dev/null; then
    git fetch --no-tags --quiet --depth=$((count + 1)) origin "$head" || {
      echo "::error title=claimlint::cannot fetch the pull request's commits ($head)"; exit 2; }
  fi
  target=(--git "$head~$count..$head")
elif [ "$mode" = tree ]; then
  read -r -a target <<< "${INPUT_PATHS:-Documentation}"
else
  echo "::error title=claimlint::mode must be auto, patch or tree, not '$mode'"
  exit 2
fi

# claimlint's stderr, passed on; its note that the pull request changes configuration files
# becomes one ::notice (workflow-command data escaped: file names come from the pull request).
notified=
stderr_of() {
  local line
  while IFS= read -r line; do
    case "$line" in
      "claimlint: note: the working tree changes configuration files ("*)
        if [ -z "$notified" ] && [ -n "${base:-}" ]; then
          notified=1
          files=${line#*configuration files (}
          files=${files%%); claimlint used*}
          msg="This pull request changes claimlint's configuration ($files). This check used the configuration of the base commit ${base:0:12}; the changes take effect after merge."
          msg=${msg//'%'/'%25'}; msg=${msg//$'\r'/'%0D'}
          echo "::notice title=claimlint::$msg"
        fi ;;
      *) printf '%s\n' "$line" >&2 ;;
    esac
  done
}

format="${INPUT_FORMAT:-github}"
errors=$(mktemp)
claimlint "${trust[@]}" "${config[@]}" --format "$format" "${fail[@]}" "${target[@]}" 2>"$errors"
status=$?
stderr_of < "$errors"

if [ -n "${INPUT_SARIF_FILE:-}" ]; then
  claimlint "${trust[@]}" "${config[@]}" --format sarif --output "$INPUT_SARIF_FILE" "${target[@]}" >/dev/null 2>"$errors"
  [ $? -le 1 ] || status=2
  stderr_of < "$errors"
fi

findings=$(claimlint "${trust[@]}" "${config[@]}" --format json "${target[@]}" 2>/dev/null \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let n=0;try{for(const f of JSON.parse(s))n+=f.messages.length}catch{n=0};process.stdout.write(String(n))})')
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "findings=$findings" >> "$GITHUB_OUTPUT"; fi

rm -f "$errors"

if [ "${INPUT_FAIL_LEVEL:-warning}" = none ] && [ "$status" -eq 1 ]; then status=0; fi
exit "$status"
