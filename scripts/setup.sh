#!/usr/bin/env bash
# Install what reviewsynth needs on Debian: system packages (as root) and a virtual environment.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3-venv tesseract-ocr tesseract-ocr-eng poppler-utils chromium postgresql fonts-dejavu-core)
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
else
  echo "setup: not root; make sure these Debian packages are installed: ${APT_PACKAGES[*]}"
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
echo "setup: ready (.venv/bin/reviewsynth)"
