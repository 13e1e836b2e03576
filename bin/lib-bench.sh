# Shared by the bench scripts (sourced, not run): the data dir under target/bench that bin/bench-import fills, the port,
# the administrator's password, and starting the jar on that data.
BENCH=target/bench
PORT="${BENCH_PORT:-18089}"
export QUANZE_ADMIN_PASSWORD="${QUANZE_ADMIN_PASSWORD:-bench-root-2026}"   # as bin/bench-import sets it

# bench_prepare ROWS: runs bin/bench-import ROWS unless SKIP_IMPORT=1; when reusing the data, still rebuilds the jar
# unless SKIP_BUILD=1 (which is also passed on to bench-import).
bench_prepare() {
  if [[ -z "${SKIP_IMPORT:-}" ]]; then
    bin/bench-import "$1"
  elif [[ -z "${SKIP_BUILD:-}" ]]; then   # reusing the data: still bench the code as it is now
    mvn -q -o -B package -DskipTests -DskipUnitTests=true && cp target/quanze-*.jar "$BENCH/quanze.jar"
  fi
}

# bench_start LOG: starts the jar on the imported data (sets APP, stops it on exit) and waits until it answers.
bench_start() {
  local log="$1"
  QUANZE_DATA_DIR="$BENCH/data" QUANZE_DEMO_SCALE=1 SERVER_PORT="$PORT" \
    java -Xmx3g -jar "$BENCH/quanze.jar" > "$log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  echo "starting quanze on the imported data (pid $APP, log $log) ..."
  for _ in $(seq 1 300); do
    if curl -sf -u "admin:$QUANZE_ADMIN_PASSWORD" "http://localhost:$PORT/api/v1/courts" -o /dev/null; then return 0; fi
    if ! kill -0 $APP 2>/dev/null; then echo "quanze did not start; see $log"; exit 1; fi
    sleep 2
  done
}
