#!/usr/bin/env bash
# Set everything up, load demo data into an empty database, and open mentorlog.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/mentorlog demo --if-empty
exec .venv/bin/mentorlog "$@"
