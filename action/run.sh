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

if [ "$mode" = patch ]; then
  event="${GITHUB_EVENT_PATH:?GITHUB_EVENT_PATH is not set}"
  head=$(node -e 'process.stdout.write(String(require(process.argv[1]).pull_request.head.sha))' "$event")
  count=$(node -e 'process.stdout.write(String(require(process.argv[1]).pull_request.commits))' "$event")
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

format="${INPUT_FORMAT:-github}"
claimlint "${config[@]}" --format "$format" "${fail[@]}" "${target[@]}"
status=$?

if [ -n "${INPUT_SARIF_FILE:-}" ]; then
  claimlint "${config[@]}" --format sarif --output "$INPUT_SARIF_FILE" "${target[@]}" >/dev/null
  [ $? -le 1 ] || status=2
fi

findings=$(claimlint "${config[@]}" --format json "${target[@]}" \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let n=0;try{for(const f of JSON.parse(s))n+=f.messages.length}catch{n=0};process.stdout.write(String(n))})')
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "findings=$findings" >> "$GITHUB_OUTPUT"; fi

if [ "${INPUT_FAIL_LEVEL:-warning}" = none ] && [ "$status" -eq 1 ]; then status=0; fi
exit "$status"
