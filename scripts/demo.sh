#!/usr/bin/env bash
# One command: install what is missing, start the simulated client phone on loopback,
# place a real SIP call to it, print the measured result; the recording and the result
# JSON stay in recordings/ and results/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/mysterycall demo "$@"
