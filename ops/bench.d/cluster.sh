# Sourced by ops/bench: a throw-away PostgreSQL cluster with production durability, on its own port and
# data directory, so nothing of the development cluster's settings (ops/pg runs with fsync off) leaks into
# the figures. Made fresh for every run (initdb takes seconds) and removed afterwards, so runs start equal.

bench_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# PostgreSQL refuses to run as root: as root we act as `postgres`, like ops/pg (cd / so the postgres user
# never trips over an unreadable working directory).
bench_as_pg() { if [ "$EUID" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

bench_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# bench_cluster_start DIR — initdb in DIR/data, start, and set BENCH_PG_PORT, BENCH_PG_BIN, BENCH_PG_PID.
bench_cluster_start() {
  local dir="$1"
  BENCH_PG_BIN="$(bench_pg_bin)"
  # ops/pg knows how to install the server binaries and create the postgres user; borrow that once.
  if [ -z "$BENCH_PG_BIN" ] || ! id -u postgres >/dev/null 2>&1; then
    "$root/ops/pg" start >/dev/null && "$root/ops/pg" stop >/dev/null
    BENCH_PG_BIN="$(bench_pg_bin)"
  fi
  mkdir -p "$dir/run" "$dir/log"
  [ "$EUID" -eq 0 ] && chown postgres: "$dir" "$dir/run" "$dir/log"
  bench_as_pg "$BENCH_PG_BIN/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' | bench_as_pg tee "$dir/data/pg_hba.conf" >/dev/null

  BENCH_PG_PORT=56990
  while bench_port_busy "$BENCH_PG_PORT"; do BENCH_PG_PORT=$((BENCH_PG_PORT + 1)); done
  # Durability as in production: fsync, synchronous_commit and full_page_writes are on (PostgreSQL's
  # defaults, written out so nobody wonders). Memory and connections as the development cluster has them,
  # so durability is the one difference. max_wal_size is raised so that seeding a million events does not
  # force checkpoints into the measured phases; the bench checkpoints explicitly between phases instead.
  # pg_stat_statements shows where PostgreSQL's time goes; it costs the baselines and the forum alike.
  bench_as_pg tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF
port = $BENCH_PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/run'
max_connections = 300
shared_buffers = 256MB
fsync = on
synchronous_commit = on
full_page_writes = on
max_wal_size = 8GB
checkpoint_timeout = 30min
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = top
track_io_timing = on
CONF
  bench_as_pg "$BENCH_PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log/postgres.log" -w start >/dev/null \
    || { tail -20 "$dir/log/postgres.log" >&2; return 1; }
  BENCH_PG_PID="$(head -1 "$dir/data/postmaster.pid")"
}

bench_cluster_stop() {
  local dir="$1"
  [ -f "$dir/data/postmaster.pid" ] || return 0
  bench_as_pg "$BENCH_PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
}
