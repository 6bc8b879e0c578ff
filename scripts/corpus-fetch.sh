#!/usr/bin/env bash
# Fetch the Linux 6.12 kernel corpus (Documentation/, MAINTAINERS, checkpatch.pl and its data)
# from Debian's linux-source-6.12 package into a cache outside the clone:
#   ${XDG_CACHE_HOME:-~/.cache}/claimlint/linux-<version>/
# and point ${cache}/claimlint/current at it. Idempotent: a complete cache (one with the
# manifest.json this script writes last) is reused as is.
# The only network used is apt's (apt-get update / apt-get download).
# With CLAIMLINT_CORPUS set, nothing is fetched: that tree is checked as the tests will use it
# (scripts/corpus-dir.mjs: it needs Documentation/; manifest.json is optional there).
set -euo pipefail

if [ -n "${CLAIMLINT_CORPUS:-}" ]; then
  printf 'corpus-fetch: CLAIMLINT_CORPUS is set; not fetching. ' >&2
  exec node "$(dirname "$0")/corpus-dir.mjs"
fi

pkg=linux-source-6.12
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/claimlint"
mkdir -p "$cache_root"

say() { printf 'corpus-fetch: %s\n' "$*" >&2; }

current="$cache_root/current"
if [ -f "$current/manifest.json" ] && [ -d "$current/Documentation" ]; then
  say "using cached corpus $(readlink -f "$current")"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  say "apt-get is not available on this machine, so the kernel corpus cannot be fetched."
  say "On a Debian or Ubuntu machine run 'npm run corpus:fetch'; elsewhere, unpack a Linux 6.12"
  say "source tree and point CLAIMLINT_CORPUS at a directory holding its Documentation/,"
  say "MAINTAINERS and scripts/checkpatch.pl."
  exit 1
fi

candidate() { apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ {print $2}'; }
version=$(candidate)
if [ -z "$version" ] || [ "$version" = "(none)" ]; then
  say "$pkg not in the package lists; running apt-get update"
  apt-get update -qq >&2 || { say "apt-get update failed (are you root? is the network up?)"; exit 1; }
  version=$(candidate)
fi
if [ -z "$version" ] || [ "$version" = "(none)" ]; then
  say "apt cannot find $pkg; add a Debian bookworm-security or trixie source and retry"
  exit 1
fi

dest="$cache_root/linux-$version"
if [ -f "$dest/manifest.json" ] && [ -d "$dest/Documentation" ]; then
  ln -sfn "$dest" "$current"
  say "using cached corpus $dest"
  exit 0
fi

work=$(mktemp -d "$cache_root/.fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT
say "downloading $pkg=$version"
(cd "$work" && apt-get download -q "$pkg=$version" >&2)
deb=$(ls "$work"/*.deb)
sha=$(sha256sum "$deb" | awk '{print $1}')
say "sha256 $sha"

# The .deb holds usr/src/linux-source-6.12.tar.xz; take only what claimlint needs from it.
dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work" --wildcards './usr/src/linux-source-*.tar.xz'
tarball=$(ls "$work"/usr/src/linux-source-*.tar.xz)
# (|| true: head closes the pipe early, which pipefail would report)
top=$( (tar -tJf "$tarball" 2>/dev/null || true) | head -1 | cut -d/ -f1)
mkdir -p "$work/tree"
tar -xJf "$tarball" -C "$work/tree" --strip-components=1 \
  "$top/Documentation" "$top/MAINTAINERS" "$top/scripts/checkpatch.pl" \
  "$top/scripts/spelling.txt" "$top/scripts/const_structs.checkpatch" \
  "$top/COPYING" "$top/CREDITS" "$top/Kbuild" "$top/Makefile" "$top/README"
rst_count=$(find "$work/tree/Documentation" -name '*.rst' | wc -l)
cat > "$work/tree/manifest.json" <<JSON
{
  "package": "$pkg",
  "version": "$version",
  "deb": "$(basename "$deb")",
  "sha256": "$sha",
  "rstFiles": $rst_count,
  "fetched": "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
}
JSON
rm -rf "$dest"
mv "$work/tree" "$dest"
ln -sfn "$dest" "$current"
say "corpus ready: $dest ($rst_count .rst files)"
