#!/usr/bin/env bash
# The whole test suite, as CI runs it: set up, start a PostgreSQL server, then lint, check
# the layering contracts, type-check (mypy: pyproject.toml names what) and run pytest (Qt
# offscreen). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/postgres.sh   # exports MENTORLOG_TEST_PG_URL
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/lint-imports
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
