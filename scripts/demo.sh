#!/usr/bin/env bash
# One command: install what is missing, start the simulated client phone on loopback,
# place a real SIP call to it, print the measured result; the recording and the result
# JSON stay in recordings/ and results/. It first tries to fetch the small Russian and
# English Vosk speech models (checksum-verified, into ~/.cache/mysterycall/vosk) and says in
# one line what happened; without network the demo runs on the PocketSphinx fallback.
# MYSTERYCALL_MODELS_AUTO=0 skips the attempt; MYSTERYCALL_MODELS_URL names a mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
MYSTERYCALL_MODELS_AUTO="${MYSTERYCALL_MODELS_AUTO:-1}" exec .venv/bin/mysterycall demo "$@"
