#!/usr/bin/env bash
# A throw-away MariaDB server on 127.0.0.1 for the test run.
#   scripts/mariadb.sh start DIR PORT   -> initialises DIR, starts the server, waits until it answers
#   scripts/mariadb.sh stop DIR         -> stops the server started in DIR
set -euo pipefail

cmd=${1:?usage: mariadb.sh start DIR PORT | stop DIR}
dir=${2:?data folder}

case "$cmd" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    mariadb-install-db --no-defaults --user=root --datadir="$dir/data" \
      --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1
    mariadbd --no-defaults --user=root --datadir="$dir/data" --socket="$dir/mysqld.sock" \
      --pid-file="$dir/mysqld.pid" --bind-address=127.0.0.1 --port="$port" \
      --max-connections=500 --innodb-flush-log-at-trx-commit=2 --skip-name-resolve \
      >"$dir/server.log" 2>&1 &
    echo $! >"$dir/launcher.pid"
    for _ in $(seq 1 100); do
      if mariadb-admin --no-defaults --protocol=tcp -h127.0.0.1 -P"$port" -uroot ping >/dev/null 2>&1; then
        exit 0
      fi
      sleep 0.2
    done
    echo "MariaDB did not start; its log:" >&2
    tail -n 30 "$dir/server.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$dir/launcher.pid" ]; then
      pid=$(cat "$dir/launcher.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    ;;
  *)
    echo "usage: mariadb.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
