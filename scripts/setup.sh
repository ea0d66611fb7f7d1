#!/usr/bin/env bash
# Set up a machine for mentorlog: system libraries Qt needs, a virtual environment in .venv
# and the package with its test tools. Safe to run again; it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt offscreen and on screen
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxkbcommon-x11-0 xvfb xauth
  # PDF checks and the PostgreSQL server the tests run against
  poppler-utils postgresql
)

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
else
  echo "Not a Debian/Ubuntu system: install Qt's runtime libraries and PostgreSQL yourself." >&2
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# The package is installed editable, so code changes need no reinstall; only a changed
# pyproject.toml (new dependencies) does. A stamp in the venv remembers which one was used.
STAMP=.venv/.mentorlog-installed
WANT="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -x .venv/bin/mentorlog ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  echo "$WANT" > "$STAMP"
fi
# Bytecode, as a wheel install writes it: an editable install leaves mentorlog's sources
# uncompiled, and where PYTHONDONTWRITEBYTECODE is set every start would compile them
# again (~0.3 s of start-up here). Only what changed is compiled; a stale file is ignored.
.venv/bin/python -m compileall -q mentorlog || true
echo "mentorlog is installed in .venv ($(.venv/bin/mentorlog --version))"
