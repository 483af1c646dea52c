#!/usr/bin/env bash
# Install the Debian packages listed in scripts/system-packages.txt when they are missing.
# Runs as root (CI and the dev machines are root); elsewhere it uses sudo if present, or
# prints what is missing and carries on (tests that need a package then fail clearly).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
missing=()
while read -r pkg; do
  [[ -z "$pkg" || "$pkg" == \#* ]] && continue
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done < "$here/system-packages.txt"
if [[ ${#missing[@]} -eq 0 ]]; then exit 0; fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup-system: missing Debian packages (install them as root): ${missing[*]}" >&2; exit 0; fi
fi
echo "setup-system: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
