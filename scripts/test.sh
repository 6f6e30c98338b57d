#!/usr/bin/env bash
# Run the whole test suite: installs what is missing, starts a throwaway PostgreSQL server for
# the PostgreSQL tests, runs ruff, mypy and pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
PG_DIR=""
cleanup() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
trap cleanup EXIT

if [ -z "${REVIEWSYNTH_TEST_PG_URL:-}" ] && [ -n "$PG_BIN" ] && [ "$(id -u)" = "0" ]; then
  PG_DIR=$(mktemp -d /tmp/reviewsynth-pg.XXXXXX)
  chown postgres "$PG_DIR"
  PG_PORT=${REVIEWSYNTH_TEST_PG_PORT:-$(.venv/bin/python -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}
  su postgres -c "$PG_BIN/initdb -D $PG_DIR/data -A trust -U postgres" >/dev/null
  su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1' -l $PG_DIR/log -w start" >/dev/null
  su postgres -c "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT reviewsynth_test"
  export REVIEWSYNTH_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/reviewsynth_test"
  echo "test: PostgreSQL on 127.0.0.1:$PG_PORT"
fi
if [ "${CI:-}" = "true" ] && [ -z "${REVIEWSYNTH_TEST_PG_URL:-}" ]; then
  echo "test: CI needs PostgreSQL but none could be started" >&2
  exit 1
fi
export REVIEWSYNTH_REQUIRE_EXTERNALS=${CI:-}

.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
