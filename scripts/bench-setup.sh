#!/usr/bin/env bash
# Install the tools `npm run bench` compares claimlint with (rstcheck, doc8) and docutils,
# which `npm run corpus:compare` uses for its reference. Debian/Ubuntu, needs root (or sudo).
# Idempotent: does nothing when everything is installed.
set -euo pipefail

say() { printf 'bench-setup: %s\n' "$*" >&2; }

# Debian bookworm ships doc8 as python3-doc8; some releases call the package doc8.
doc8_pkg() {
  if apt-cache show doc8 >/dev/null 2>&1; then echo doc8; else echo python3-doc8; fi
}

missing=()
command -v rstcheck >/dev/null 2>&1 || missing+=(rstcheck)
command -v doc8 >/dev/null 2>&1 || missing+=(doc8)
/usr/bin/python3 -c 'import docutils' >/dev/null 2>&1 || missing+=(python3-docutils)
if [ ${#missing[@]} -eq 0 ]; then
  say "rstcheck, doc8 and python3-docutils are installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  say "apt-get is not available; install ${missing[*]} by other means (e.g. pipx install rstcheck doc8)"
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    say "run as root: apt-get install -y ${missing[*]}"
    exit 1
  fi
fi

pkgs=()
for p in "${missing[@]}"; do
  if [ "$p" = doc8 ]; then pkgs+=("$(doc8_pkg)"); else pkgs+=("$p"); fi
done
export DEBIAN_FRONTEND=noninteractive
say "installing ${pkgs[*]}"
if ! "${sudo[@]}" apt-get install -y -q "${pkgs[@]}" >&2; then
  say "not found in the package lists; running apt-get update"
  "${sudo[@]}" apt-get update -qq >&2
  # the doc8 package name may only be known after the update
  pkgs=()
  for p in "${missing[@]}"; do
    if [ "$p" = doc8 ]; then pkgs+=("$(doc8_pkg)"); else pkgs+=("$p"); fi
  done
  "${sudo[@]}" apt-get install -y -q "${pkgs[@]}" >&2
fi
say "done"
