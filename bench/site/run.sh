#!/usr/bin/env bash
# Site latency at 10,000 models / 10,000,000 samples (docs/performance/site.md).
#   bench/site/run.sh sqlite   [DATA_DIR]            # seeds DATA_DIR (default /tmp/yardstick-site10m) unless already seeded
#   bench/site/run.sh postgres CONNECTION            # CONNECTION names a database of its own (created empty beforehand)
# Env: MODELS (10000), SAMPLES (10000000), DURATION (20s), THREADS (2), CONNECTIONS (16), PORT (5099), YARDSTICK (a published
# yardstick; default: dotnet publish -c Release into /tmp/yardstick-bench), CHURN (seconds between run finishes while wrk
# runs, as continuous measurement writes them: each one moves the data stamp; default none). CHURN needs sqlite3 or psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
flavour=${1:?usage: bench/site/run.sh sqlite [DATA_DIR] | postgres CONNECTION}
models=${MODELS:-10000}; samples=${SAMPLES:-10000000}; duration=${DURATION:-20s}
threads=${THREADS:-2}; connections=${CONNECTIONS:-16}; port=${PORT:-5099}
if [ -z "${YARDSTICK:-}" ]; then
  dotnet publish src/Yardstick.Cli -c Release -o /tmp/yardstick-bench >/dev/null
  YARDSTICK="dotnet /tmp/yardstick-bench/yardstick.dll"
fi
case "$flavour" in
  sqlite) data=${2:-/tmp/yardstick-site10m}; where=(--data "$data") ;;
  postgres) where=(--db "${2:?postgres needs a connection string}") ;;
  *) echo "unknown flavour $flavour" >&2; exit 2 ;;
esac
if ! $YARDSTICK runs list "${where[@]}" --model seed-00000 --limit 1 | grep -q seed-00000; then
  $YARDSTICK dev seed "${where[@]}" --models "$models" --samples "$samples" --seed 1 --as-of 2026-12-02T03:00:00Z
fi
$YARDSTICK serve "${where[@]}" --port "$port" > /tmp/yardstick-bench-serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$port/status" && break; sleep 1; done
base="http://127.0.0.1:$port"
slug=seed-0$(printf '%04d' $((models / 2)))
declare -A paths=(
  [model-page]="/models/$slug"
  [leaderboard]="/leaderboard"
  [leaderboard-sorted]="/leaderboard?sort=speed&dir=desc&page=3"
  [api-model-list]="/api/models?limit=100"
  [api-model]="/api/models/$slug"
)
# A run finishing: the newest-finished run's FinishedUtc moves on, which moves the stamp and changes one model's runs.
churn() {
  case "$flavour" in
    sqlite) sqlite3 "$data/yardstick.db" 'UPDATE runs SET FinishedUtc = FinishedUtc + 1 WHERE Id = (SELECT Id FROM runs ORDER BY FinishedUtc DESC LIMIT 1)' ;;
    postgres) psql -q "$(npgsql_to_uri "$2")" -c 'UPDATE runs SET "FinishedUtc" = "FinishedUtc" + interval '"'"'1 microsecond'"'"' WHERE "Id" = (SELECT "Id" FROM runs ORDER BY "FinishedUtc" DESC NULLS LAST LIMIT 1)' ;;
  esac
}
# Host=H;Username=U;Password=P;Database=D → postgresql://U:P@H/D (psql does not read Npgsql's form).
npgsql_to_uri() {
  local h u p d kv
  IFS=';' read -ra kv <<< "$1"
  for pair in "${kv[@]}"; do
    case "${pair%%=*}" in Host) h=${pair#*=} ;; Username) u=${pair#*=} ;; Password) p=${pair#*=} ;; Database) d=${pair#*=} ;; esac
  done
  echo "postgresql://$u:$p@$h/$d"
}
if [ -n "${CHURN:-}" ]; then
  ( while sleep "$CHURN"; do churn "$@" || true; done ) &
  churner=$!
  trap 'kill $server $churner 2>/dev/null || true' EXIT
  echo "a run finishes every ${CHURN}s while wrk runs"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in model-page leaderboard leaderboard-sorted api-model-list api-model; do
  url="$base${paths[$name]}"
  cold=$(curl -fs -o /dev/null -w '%{time_total}' "$url")   # first request: builds the snapshot and the cache entry
  size=$(curl -fs -o /dev/null -w '%{size_download}' "$url")
  echo "== $name ${paths[$name]} (first request ${cold}s, ${size} bytes)"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url" | grep -E 'Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket errors'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
