#!/usr/bin/env bash
# Installs everything mysterycall needs on a fresh Debian/Ubuntu machine:
# system packages (espeak-ng for TTS, PortAudio for sounddevice, SIPp and Chromium for
# the tests) and a virtual environment in .venv with the project and its dependencies.
# Usage: scripts/setup.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(espeak-ng libportaudio2 sox)
extras=""
if [[ "${1:-}" == "--test" ]]; then
  packages+=(sip-tester chromium chromium-driver fonts-dejavu-core redis-server poppler-utils baresip-core linphone-cli kamailio)
  extras="[test]"
fi

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "mysterycall needs Python >= 3.11 (found $("$python" --version))" >&2; exit 1; }
  "$python" -m venv .venv
fi
stamp=".venv/.installed${extras}"
if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".${extras}"
  touch "$stamp"
fi
