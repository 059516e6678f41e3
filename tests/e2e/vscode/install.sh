#!/usr/bin/env bash
# Installs what tests/e2e/vscode.test.ts needs and prints nothing else to do when it is there:
# Debian's Chromium, and code-server 4.100.3 (the last release that runs on Node 20) in a
# folder of its own outside the repository. The recipe and its reasons are in E2E.md.
#
#   tests/e2e/vscode/install.sh [PREFIX]      (default: $TACTFUL_E2E_PREFIX or /opt/tactful-e2e)
#
# code-server then runs as PREFIX/node_modules/.bin/code-server, where the test looks for it.
set -euo pipefail

PREFIX="${1:-${TACTFUL_E2E_PREFIX:-/opt/tactful-e2e}}"
CODE_SERVER_VERSION=4.100.3
# The ripgrep build that code-server's @vscode/ripgrep would download from GitHub (unreachable
# here); its cache is seeded with Debian's rg instead.
RIPGREP_PACKAGE_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

code_server="$PREFIX/node_modules/.bin/code-server"

marker="$PREFIX/.tactful-installed-$CODE_SERVER_VERSION"

# The version line ("4.100.3 <commit> with Code 1.100.3"), after any log lines.
installed_version() {
  [ -x "$code_server" ] && "$code_server" --version 2>/dev/null | grep -Eo '^[0-9]+\.[0-9]+\.[0-9]+' | head -n 1
}

# The marker is written only once the whole install, with its nested installs, went through.
is_installed() {
  [ -f "$marker" ] && [ "$(installed_version || true)" = "$CODE_SERVER_VERSION" ]
}

missing=()
for package in chromium build-essential python3 pkg-config libkrb5-dev ripgrep; do
  dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
# The build tools are needed only to install code-server.
if is_installed; then
  still=()
  for package in "${missing[@]}"; do [ "$package" = chromium ] && still+=("$package"); done
  missing=("${still[@]}")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "tactful e2e: installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if is_installed; then
  echo "tactful e2e: code-server $CODE_SERVER_VERSION already in $PREFIX"
  exit 0
fi

echo "tactful e2e: installing code-server $CODE_SERVER_VERSION into $PREFIX"
mkdir -p "$PREFIX"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cache="$tmp/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
mkdir -p "$cache" "$tmp/rg"
cp "$(command -v rg)" "$tmp/rg/rg"
tar -czf "$cache/$RIPGREP_ASSET" -C "$tmp/rg" rg

cd "$PREFIX"
[ -f package.json ] || echo '{ "name": "tactful-e2e-tools", "private": true }' > package.json
rm -f "$marker"
# As root, code-server's install script stops without unsafe_perm; node-pty's runs
# `npx node-gyp`, which waits for a confirmation that never comes without a terminal.
# code-server's postinstall runs `npm install` in its own lib/vscode, whose native modules
# (node-pty, kerberos, ripgrep, the file watcher) need their install scripts: npm 11 skips
# dependencies' scripts unless allowed, and these nested installs only see the environment.
TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true \
  npm install --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION"

version="$(installed_version || true)"
if [ "$version" != "$CODE_SERVER_VERSION" ]; then
  echo "tactful e2e: code-server did not install (found '${version:-nothing}' at $code_server)" >&2
  exit 1
fi
vscode="$PREFIX/node_modules/code-server/lib/vscode"
for needed in node_modules/@vscode/ripgrep/bin/rg node_modules/node-pty/build/Release/pty.node; do
  if [ ! -e "$vscode/$needed" ]; then
    echo "tactful e2e: code-server's install is incomplete: $vscode/$needed is missing" >&2
    exit 1
  fi
done
touch "$marker"
echo "tactful e2e: code-server $version installed in $PREFIX"
