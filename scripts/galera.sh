#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on 127.0.0.1 for the Galera suite and the benchmark's Galera mode.
# No systemd, no mysqld_safe: each node is a mariadbd started here, with its own option file.
#
# Usage:
#   scripts/galera.sh start  DIR          create (or restart) 3 nodes under DIR, wait until
#                                         all are Synced with wsrep_cluster_size=3
#   scripts/galera.sh stop   DIR [N]      SIGTERM the nodes by PID, node 3 -> 2 -> 1
#                                         (or only node N: a clean leave, see rejoin)
#   scripts/galera.sh kill   DIR N        SIGKILL node N (a crash)
#   scripts/galera.sh rejoin DIR N        restart node N; it rejoins by IST (or SST)
#   scripts/galera.sh status DIR          one line of wsrep status per node
#   scripts/galera.sh sql    DIR N ARGS   the mariadb client on node N (root, over its socket)
#
# Layout (all under DIR, nothing else on the machine is touched):
#   DIR/nodeN/my.cnf       the only option file node N reads (--defaults-file)
#   DIR/nodeN/data/        datadir        DIR/nodeN/error.log   server log
#   DIR/nodeN/mysqld.sock  socket         DIR/nodeN/mysqld.pid  pid-file
#   DIR/pids               "N PID" per running node (written by this script)
#
# Ports (node N = 1..3, k = N-1):
#   SQL 3411+k   gcomm 4567+10k   IST 4568+10k   SST 4444+10k
# Override the bases with GALERA_SQL_BASE / GALERA_GCOMM_BASE / GALERA_SST_BASE.
# Clients connect over TCP as root without a password (like scripts/mariadb.sh): mysql://root@127.0.0.1:3411/
#
# Environment knobs:
#   GALERA_PROVIDER    path of libgalera_smm.so (found by itself when unset)
#   GALERA_SST         mariabackup (default; needs mariadb-backup and socat)
#                      | rsync (only works with GALERA_USER=mysql: rsync's daemon drops root)
#   GALERA_USER        OS user the servers run as (default root)
#   GALERA_BP          innodb_buffer_pool_size (default 64M)
#   GALERA_TIMEOUT     seconds to wait for a node to be Synced (default 180)
#   GALERA_SYNC_WAIT   wsrep_sync_wait (default 1: reads wait until the node has applied what the cluster
#                      committed before them, so a write on one node is seen by the next read on another)
#   GALERA_PROVIDER_OPTIONS  extra wsrep_provider_options, e.g. "evs.suspect_timeout=PT2S" (a SIGKILLed node
#                      stalls every commit for about evs.suspect_timeout, 5 s by default)
#   GALERA_FORCE_BOOTSTRAP=N  on "start" of an existing DIR whose nodes were all killed (no node has
#                      safe_to_bootstrap: 1), bootstrap from node N anyway (the one with the highest seqno).
#   GALERA_KEEP_ON_FAIL=1     leave the nodes that did start running when "start" fails (for debugging)
#
# Run it as root. DIR must not contain spaces (it goes unquoted into my.cnf).
set -euo pipefail
set +m   # no job control: a background child is then never a process-group
         # leader, so "setsid" below execs in place and $! is mariadbd's PID

# ---------------------------------------------------------------- settings
SQL_BASE=${GALERA_SQL_BASE:-3411}
GCOMM_BASE=${GALERA_GCOMM_BASE:-4567}
SST_BASE=${GALERA_SST_BASE:-4444}
SST_METHOD=${GALERA_SST:-mariabackup}
RUN_USER=${GALERA_USER:-root}
BP=${GALERA_BP:-64M}
SYNC_WAIT=${GALERA_SYNC_WAIT:-1}
TIMEOUT=${GALERA_TIMEOUT:-180}
HOST=127.0.0.1
CLUSTER_NAME=mfa-galera
NODES="1 2 3"

ON_FAIL=""   # command run by die() (start: stop the nodes already started)
die() {
  echo "galera: ERROR: $*" >&2
  if [ -n "$ON_FAIL" ]; then local f=$ON_FAIL; ON_FAIL=""; $f || true; fi
  exit 1
}
log() { echo "galera: $(date +%T) $*" >&2; }

# System binaries (Debian 12 names; 'mysqld'/'mysql' are older aliases).
MARIADBD=$(command -v mariadbd || command -v mysqld || true)
[ -x "${MARIADBD:-}" ] || MARIADBD=/usr/sbin/mariadbd
CLIENT=$(command -v mariadb || command -v mysql || true)
INSTALL_DB=$(command -v mariadb-install-db || command -v mysql_install_db || true)

find_provider() {
  # Debian ships the real file as /usr/lib/libgalera_smm.so and
  # /usr/lib/galera/libgalera_smm.so as a symlink; RPM/upstream packages use
  # /usr/lib64/galera-4/ or /usr/lib/galera-4/.  Take the first that exists.
  if [ -n "${GALERA_PROVIDER:-}" ]; then echo "$GALERA_PROVIDER"; return; fi
  local p
  for p in /usr/lib/galera/libgalera_smm.so /usr/lib/libgalera_smm.so \
           /usr/lib64/galera-4/libgalera_smm.so /usr/lib/galera-4/libgalera_smm.so \
           /usr/lib64/galera/libgalera_smm.so; do
    [ -e "$p" ] && { echo "$p"; return; }
  done
  echo ""
}

sql_port()   { echo $((SQL_BASE   + $1 - 1)); }
gcomm_port() { echo $((GCOMM_BASE + ($1 - 1) * 10)); }
ist_port()   { echo $((GCOMM_BASE + ($1 - 1) * 10 + 1)); }
sst_port()   { echo $((SST_BASE   + ($1 - 1) * 10)); }

cluster_address() {
  local n a=""
  for n in $NODES; do a="${a:+$a,}$HOST:$(gcomm_port "$n")"; done
  echo "gcomm://$a"
}

ndir() { echo "$DIR/node$1"; }
sock() { echo "$DIR/node$1/mysqld.sock"; }

# Run the client as root over node N's socket.  --no-defaults keeps
# /etc/mysql/*.cnf out of the picture.
q() {
  local n=$1; shift
  "$CLIENT" --no-defaults -uroot -S "$(sock "$n")" "$@"
}

# -------------------------------------------------------------- my.cnf
write_cnf() {
  local n=$1 d; d=$(ndir "$n")
  local provider; provider=$(find_provider)
  [ -n "$provider" ] && [ -e "$provider" ] ||
    die "libgalera_smm.so not found; install galera-4 or set GALERA_PROVIDER"
  cat > "$d/my.cnf" <<EOF
# written by scripts/galera.sh - node $n
[mysqld]
user                     = $RUN_USER
datadir                  = $d/data
socket                   = $d/mysqld.sock
pid-file                 = $d/mysqld.pid
log-error                = $d/error.log
tmpdir                   = $d/tmp
port                     = $(sql_port "$n")
bind-address             = $HOST
skip-name-resolve

# keep it small: the machine is shared
innodb_buffer_pool_size  = $BP
innodb_log_file_size     = 32M
max_connections          = 400
performance_schema       = OFF
# durability comes from the other nodes; the test and benchmark runs need no flush per commit
innodb_flush_log_at_trx_commit = 2
# causal reads: a read waits until this node has applied what was committed anywhere before it
wsrep_sync_wait          = $SYNC_WAIT

# mandatory for Galera
binlog_format            = ROW
default_storage_engine   = InnoDB
innodb_autoinc_lock_mode = 2

wsrep_on                 = ON
wsrep_provider           = $provider
wsrep_cluster_name       = $CLUSTER_NAME
wsrep_cluster_address    = $(cluster_address)
wsrep_node_name          = node$n
# All nodes share one IP, so every port must be spelled out per node:
# gcomm listen port, IST receive port and SST receive port.
wsrep_node_address       = $HOST:$(gcomm_port "$n")
wsrep_node_incoming_address = $HOST:$(sql_port "$n")
wsrep_provider_options   = "gmcast.listen_addr=tcp://$HOST:$(gcomm_port "$n");ist.recv_addr=$HOST:$(ist_port "$n");gcache.size=64M${GALERA_PROVIDER_OPTIONS:+;$GALERA_PROVIDER_OPTIONS}"
wsrep_sst_receive_address = $HOST:$(sst_port "$n")
wsrep_sst_method         = $SST_METHOD

[sst]
# wsrep_sst_mariabackup archives its logs to a fixed folder in the system
# temp dir by default; keep everything inside DIR.  (Its temp dirs go under
# tmpdir above.)
sst-log-archive-dir      = $d/sst_log_archive
EOF
  mkdir -p "$d/tmp"
}

# ------------------------------------------------------ process handling
# A PID is "ours" if it is alive, not a zombie, and its command line carries
# node N's option file (protects against PID reuse).
is_node_pid() {
  local n=$1 pid=$2
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  local st; st=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || echo X)
  [ "$st" != Z ] && [ "$st" != X ] || return 1
  case "$(cat "/proc/$pid/comm" 2>/dev/null)" in mariadbd|mysqld) ;; *) return 1 ;; esac
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "--defaults-file=$(ndir "$n")/my.cnf"
}

pid_of() {  # PID recorded for node N in DIR/pids, else its pid-file (or empty)
  local p=""
  [ -f "$DIR/pids" ] && p=$(awk -v n="$1" '$1==n {print $2}' "$DIR/pids")
  [ -n "$p" ] || p=$(cat "$(ndir "$1")/mysqld.pid" 2>/dev/null || true)
  echo "$p"
}

set_pid() {  # set_pid N PID  (PID empty = remove the entry)
  local n=$1 pid=${2:-} tmp="$DIR/pids.tmp"
  { [ -f "$DIR/pids" ] && awk -v n="$n" '$1!=n' "$DIR/pids"; \
    [ -n "$pid" ] && echo "$n $pid"; } | sort -n > "$tmp" || true
  mv "$tmp" "$DIR/pids"
}

# One line: "ready cluster_size state_comment cluster_status", or "down".
wsrep_state() {
  local out
  out=$(q "$1" -N -B -e "SELECT
      MAX(IF(VARIABLE_NAME='WSREP_READY',VARIABLE_VALUE,NULL)),
      MAX(IF(VARIABLE_NAME='WSREP_CLUSTER_SIZE',VARIABLE_VALUE,NULL)),
      MAX(IF(VARIABLE_NAME='WSREP_LOCAL_STATE_COMMENT',VARIABLE_VALUE,NULL)),
      MAX(IF(VARIABLE_NAME='WSREP_CLUSTER_STATUS',VARIABLE_VALUE,NULL))
    FROM information_schema.GLOBAL_STATUS
    WHERE VARIABLE_NAME IN ('WSREP_READY','WSREP_CLUSTER_SIZE',
      'WSREP_LOCAL_STATE_COMMENT','WSREP_CLUSTER_STATUS')" 2>/dev/null) || { echo down; return; }
  echo "$out" | tr '\t' ' '
}

# wait_synced N SIZE : until node N says ready=ON, Synced, Primary, size>=SIZE
wait_synced() {
  local n=$1 want=$2 pid t0=$SECONDS st
  pid=$(pid_of "$n")
  while :; do
    st=$(wsrep_state "$n")
    case "$st" in
      "ON "*" Synced Primary")
        [ "$(echo "$st" | awk '{print $2}')" -ge "$want" ] && return 0 ;;
    esac
    if ! is_node_pid "$n" "$pid"; then
      echo "----- last lines of $(ndir "$n")/error.log -----" >&2
      tail -n 40 "$(ndir "$n")/error.log" >&2 || true
      die "node $n (pid $pid) died while starting"
    fi
    [ $((SECONDS - t0)) -lt "$TIMEOUT" ] ||
      die "node $n not Synced/size>=$want after ${TIMEOUT}s (state: $st); see $(ndir "$n")/error.log"
    sleep 0.5
  done
}

# After a crash grastate.dat says seqno: -1.  mysqld_safe/systemd would run
# "mariadbd --wsrep-recover" to read the last committed seqno out of InnoDB and
# pass it as --wsrep-start-position; without them we must do it ourselves,
# otherwise the node cannot ask for IST and gets a full SST instead.
recover_position() {
  local n=$1 d g seq uuid pos
  d=$(ndir "$n"); g="$d/data/grastate.dat"
  [ -f "$g" ] || return 0
  seq=$(awk '/^seqno:/ {print $2}' "$g")
  uuid=$(awk '/^uuid:/ {print $2}' "$g")
  [ "$seq" = "-1" ] && [ "$uuid" != "00000000-0000-0000-0000-000000000000" ] || return 0
  "$MARIADBD" --defaults-file="$d/my.cnf" --wsrep-recover \
      --log-error="$d/recover.log" </dev/null >/dev/null 2>&1 || true
  pos=$(grep -o 'WSREP: Recovered position: [^ ]*' "$d/recover.log" 2>/dev/null |
        tail -n1 | awk '{print $4}')
  if [ -n "$pos" ] && [ "${pos##*:}" != "-1" ]; then
    log "node $n: recovered position $pos from InnoDB"
    echo "$pos"
  fi
}

# start_node N [extra mariadbd args...]
start_node() {
  local n=$1; shift
  local d pid old; d=$(ndir "$n")
  old=$(pid_of "$n")
  if is_node_pid "$n" "$old"; then die "node $n already running (pid $old)"; fi
  rm -f "$d/mysqld.sock" "$d/mysqld.pid"
  # --defaults-file must be the FIRST argument.  The SST scripts get the same
  # --defaults-file, so they read this node's datadir/ports and never
  # /etc/mysql/my.cnf.  setsid: the node survives the shell that started it.
  setsid "$MARIADBD" --defaults-file="$d/my.cnf" "$@" \
      </dev/null >>"$d/console.log" 2>&1 &
  pid=$!
  set_pid "$n" "$pid"
  log "node $n started, pid $pid, sql port $(sql_port "$n") $*"
}

stop_node() {  # SIGTERM, wait (up to 120 s), then SIGKILL as last resort
  local n=$1 pid
  pid=$(pid_of "$n")
  if ! is_node_pid "$n" "$pid"; then set_pid "$n" ""; return 0; fi
  kill -TERM "$pid"
  for _ in $(seq 1 240); do
    is_node_pid "$n" "$pid" || break
    sleep 0.5
  done
  if is_node_pid "$n" "$pid"; then
    log "node $n (pid $pid) ignored SIGTERM for 120 s, sending SIGKILL"
    kill -KILL "$pid" || true
  fi
  set_pid "$n" ""
  log "node $n (pid $pid) stopped"
}

check_ports_free() {
  local n p
  command -v ss >/dev/null || return 0
  for n in $NODES; do
    for p in $(sql_port "$n") $(gcomm_port "$n") $(ist_port "$n") $(sst_port "$n"); do
      if ss -Htln "sport = :$p" | grep -q .; then
        die "port $p already in use (set GALERA_*_BASE to move the port ranges)"
      fi
    done
  done
}

# ------------------------------------------------------------ commands
cmd_start() {
  local t0=$SECONDS n fresh=0 boot=""
  mkdir -p "$DIR"
  for n in $NODES; do
    if is_node_pid "$n" "$(pid_of "$n")"; then die "node $n already running"; fi
  done
  check_ports_free
  [ -n "$INSTALL_DB" ] || die "mariadb-install-db not found"
  [ -d "$(ndir 1)/data/mysql" ] || fresh=1

  for n in $NODES; do
    mkdir -p "$(ndir "$n")"
    write_cnf "$n"
    if [ ! -d "$(ndir "$n")/data/mysql" ]; then
      # --no-defaults: do NOT pick up /etc/mysql/my.cnf (its datadir, its
      # [galera] section...).  Joiners get overwritten by SST anyway, but a
      # valid datadir keeps "mariadbd --wsrep-recover" and manual use sane.
      "$INSTALL_DB" --no-defaults --user="$RUN_USER" --datadir="$(ndir "$n")/data" \
          --auth-root-authentication-method=normal --skip-test-db \
          --innodb-log-file-size=32M --innodb-buffer-pool-size="$BP" \
          >"$(ndir "$n")/install-db.log" 2>&1 ||
        { tail -n 20 "$(ndir "$n")/install-db.log" >&2; die "install-db failed for node $n"; }
    fi
  done
  # the server (and its SST scripts) must own their node folder
  [ "$RUN_USER" = root ] || chown -R "$RUN_USER": "$(ndir 1)" "$(ndir 2)" "$(ndir 3)"
  : > "$DIR/pids"
  # If a node fails to come up, do not leave the others running half-formed
  # (set GALERA_KEEP_ON_FAIL=1 to keep them for debugging).
  [ -n "${GALERA_KEEP_ON_FAIL:-}" ] || ON_FAIL=cmd_stop

  if [ $fresh = 1 ]; then
    boot=1
  else
    # Restart of an existing cluster: only a node whose grastate.dat says
    # safe_to_bootstrap: 1 (the last one to leave cleanly) may bootstrap.
    for n in 1 2 3; do
      if grep -q '^safe_to_bootstrap: *1' "$(ndir "$n")/data/grastate.dat" 2>/dev/null; then
        boot=$n; break
      fi
    done
    if [ -z "$boot" ] && [ -n "${GALERA_FORCE_BOOTSTRAP:-}" ]; then
      boot=$GALERA_FORCE_BOOTSTRAP
      sed -i 's/^safe_to_bootstrap: *0/safe_to_bootstrap: 1/' \
          "$(ndir "$boot")/data/grastate.dat"
      log "forcing bootstrap from node $boot (safe_to_bootstrap set to 1)"
    fi
    if [ -z "$boot" ]; then
      # Show each node's last committed seqno (read from InnoDB) so the
      # operator can pick the most advanced node.
      for n in $NODES; do
        echo "node $n: last committed position $(recover_position "$n" 2>/dev/null || true)" >&2
      done
      die "no node has safe_to_bootstrap: 1 (all nodes crashed). Rerun with
  GALERA_FORCE_BOOTSTRAP=<node with the highest seqno above>."
    fi
  fi

  # 1) bootstrap node: --wsrep-new-cluster makes it form a new Primary component
  local pos; pos=$(recover_position "$boot")
  start_node "$boot" --wsrep-new-cluster ${pos:+--wsrep-start-position=$pos}
  wait_synced "$boot" 1
  log "node $boot bootstrapped ($((SECONDS - t0)) s)"

  # 2) joiners, one at a time: two simultaneous SSTs from one donor would
  #    make the second one wait/retry ("Resource temporarily unavailable").
  local want=1
  for n in $NODES; do
    [ "$n" = "$boot" ] && continue
    want=$((want + 1))
    pos=$(recover_position "$n")
    start_node "$n" ${pos:+--wsrep-start-position=$pos}
    wait_synced "$n" "$want"
    log "node $n joined ($((SECONDS - t0)) s)"
  done
  for n in $NODES; do wait_synced "$n" 3; done
  ON_FAIL=""
  log "cluster up: 3 nodes Synced in $((SECONDS - t0)) s"
  cmd_status
}

cmd_stop() {  # cmd_stop [N]: all nodes (3, 2, 1) or only node N, gracefully
  if [ -n "${1:-}" ]; then stop_node "$1"; return; fi
  local n
  for n in 3 2 1; do stop_node "$n"; done   # last one down = safe_to_bootstrap
}

cmd_kill() {
  local n=$1 pid; pid=$(pid_of "$n")
  is_node_pid "$n" "$pid" || die "node $n is not running"
  kill -KILL "$pid"
  # wait until it is really gone (or a zombie nobody reaps)
  while is_node_pid "$n" "$pid"; do sleep 0.1; done
  set_pid "$n" ""
  log "node $n (pid $pid) killed with SIGKILL"
}

cmd_rejoin() {
  local n=$1 t0=$SECONDS pos live=0 m logf off
  logf="$(ndir "$n")/error.log"
  off=$(stat -c %s "$logf" 2>/dev/null || echo 0)   # only look at the new part
  write_cnf "$n"
  pos=$(recover_position "$n")
  start_node "$n" ${pos:+--wsrep-start-position=$pos}
  for m in $NODES; do is_node_pid "$m" "$(pid_of "$m")" && live=$((live + 1)); done
  wait_synced "$n" "$live"
  # How did the state come over?  With rsync/mariabackup the SST script runs
  # in both cases (and the server logs "SST received" either way); the script
  # itself says "<method> IST completed on joiner" or "... SST completed ...".
  local how="no transfer needed" new; new=$(tail -c +$((off + 1)) "$logf")
  if   grep -q 'IST completed on joiner' <<<"$new"; then how="IST"
  elif grep -q 'SST completed on joiner' <<<"$new"; then how="full SST"
  elif grep -q 'Receiving IST' <<<"$new"; then how="IST"; fi
  local nws; nws=$(grep -o 'Receiving IST: [0-9]* writesets' <<<"$new" | tail -n1 | awk '{print $3}')
  [ -z "$nws" ] || how="$how of $nws writesets"
  log "node $n rejoined ($how) in $((SECONDS - t0)) s"
}

cmd_status() {
  local n pid
  printf '%-5s %-8s %-6s %s\n' node pid port "ready size state status" 
  for n in $NODES; do
    pid=$(pid_of "$n")
    if is_node_pid "$n" "$pid"; then
      printf '%-5s %-8s %-6s %s\n' "$n" "$pid" "$(sql_port "$n")" "$(wsrep_state "$n")"
    else
      printf '%-5s %-8s %-6s %s\n' "$n" - "$(sql_port "$n")" down
    fi
  done
}

# ---------------------------------------------------------------- main
[ $# -ge 2 ] || { sed -n '2,/^# Layout/p' "$0" | sed '$d'; exit 2; }
CMD=$1
case "$2" in *[[:space:]]*) die "DIR must not contain spaces" ;; esac
[ "$CMD" = start ] && mkdir -p "$2"
[ -d "$2" ] || die "no such directory: $2"
DIR=$(cd "$2" && pwd)   # absolute: the servers chdir to their datadir
shift 2
case "${1:-1}" in 1|2|3) ;; *) die "node number must be 1, 2 or 3" ;; esac
case "$CMD" in
  start)  cmd_start ;;
  stop)   cmd_stop "${1:-}" ;;
  kill)   [ $# -ge 1 ] || die "kill DIR N"; cmd_kill "$1" ;;
  rejoin) [ $# -ge 1 ] || die "rejoin DIR N"; cmd_rejoin "$1" ;;
  status) cmd_status ;;
  sql)    [ $# -ge 1 ] || die "sql DIR N [client args]"; n=$1; shift; q "$n" "$@" ;;
  *)      die "unknown command '$CMD' (start|stop|kill|rejoin|status|sql)" ;;
esac
