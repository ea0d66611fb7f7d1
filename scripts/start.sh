#!/usr/bin/env bash
# Set everything up, load demo data into an empty database, and open mentorlog.
# Arguments are the app's (e.g. --db PATH); the demo data goes into that same database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/mentorlog "$@" demo --if-empty
exec .venv/bin/mentorlog "$@"
