#!/usr/bin/env bash
# Sourced by test.sh: make sure a PostgreSQL server runs on this machine for the tests and
# export MENTORLOG_TEST_PG_URL. As root it uses Debian's cluster tools; as another user it
# starts a throwaway cluster in a temporary folder.
PG_PORT=${MENTORLOG_PG_PORT:-54329}
if [ -n "${MENTORLOG_TEST_PG_URL:-}" ]; then
  return 0
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [ -z "$PG_BIN" ]; then
  echo "PostgreSQL is not installed (scripts/setup.sh installs it on Debian)." >&2
  return 1
fi
if [ "$(id -u)" -eq 0 ]; then
  PG_VER=$(basename "$(dirname "$PG_BIN")")
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$PG_VER mentorlog$"; then
    pg_createcluster "$PG_VER" mentorlog -p "$PG_PORT" >/dev/null
  fi
  pg_ctlcluster "$PG_VER" mentorlog start 2>/dev/null || true
  PG_PORT=$(pg_lsclusters -h | awk -v v="$PG_VER" '$1==v && $2=="mentorlog" {print $3}')
  su postgres -c "psql -q -p $PG_PORT -c \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='mentorlog') THEN CREATE ROLE mentorlog LOGIN SUPERUSER PASSWORD 'mentorlog'; END IF; END\\\$\\\$;\"" >/dev/null
else
  PG_DIR=${MENTORLOG_PG_DIR:-${TMPDIR:-/tmp}/mentorlog-pg-$(id -u)}
  if [ ! -d "$PG_DIR/data" ]; then
    mkdir -p "$PG_DIR"
    echo mentorlog > "$PG_DIR/pw"
    # PostgreSQL 15's initdb has no -q: its chatter goes to /dev/null instead.
    "$PG_BIN/initdb" --no-instructions -D "$PG_DIR/data" -U mentorlog --pwfile="$PG_DIR/pw" \
      -A scram-sha-256 >/dev/null
  fi
  "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" \
    -l "$PG_DIR/log" -w status >/dev/null 2>&1 || \
  "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" \
    -l "$PG_DIR/log" -w start >/dev/null
fi
export MENTORLOG_TEST_PG_URL="postgresql+psycopg://mentorlog:mentorlog@127.0.0.1:$PG_PORT/postgres"
echo "PostgreSQL for tests: ${MENTORLOG_TEST_PG_URL/:mentorlog@/:***@}"
