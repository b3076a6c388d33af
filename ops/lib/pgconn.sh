# Sourced by ops scripts: turns the forum's connection string (Npgsql form, "Host=…;Port=…;Database=…;Username=…;Password=…")
# into libpq environment variables for pg_dump, pg_restore and psql. Without ConnectionStrings__Marten it is the
# embedded development cluster (ops/pg).
pgconn_from() {
  local cs="$1" pair key value
  IFS=';' read -ra pairs <<<"$cs"
  for pair in "${pairs[@]}"; do
    [ -z "$pair" ] && continue
    key="$(echo "${pair%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')"
    value="${pair#*=}"
    case "$key" in
      host|server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database|db) export PGDATABASE="$value" ;;
      username|user|userid|"user id") export PGUSER="$value" ;;
      password) export PGPASSWORD="$value" ;;
    esac
  done
}

pgconn_default() {
  local here; here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  if [ -n "${ConnectionStrings__Marten:-}" ]; then
    pgconn_from "$ConnectionStrings__Marten"
  else
    "$here/pg" start >/dev/null
    pgconn_from "$("$here/pg" url politikerforum)"
  fi
}

# The client tools of the newest PostgreSQL on the machine (Debian keeps them per version).
pg_tool() { local bin; bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"; echo "${bin:+$bin/}$1"; }
