#!/usr/bin/env bash
# ../shared/bench/side_by_side.sh, measured so that a busy machine moves both sides alike: the same
# two servers (the bare Django view of ../shared/bench/bare_django.py and the production stack, the
# same gunicorn workers, wrk with 2 threads and 16 connections), but for each page the bare view and
# the page are measured by turns, ROUNDS times, and the page's share is the median of its ROUNDS
# shares against the bare view measured just before it. On a machine other work shares, a single
# pass of side_by_side.sh compares a page with a bare view measured minutes earlier, under another load.
# Usage, from the project's root (wrk installed):
#   benchmarks/side_by_side_interleaved.sh DBNAME [SECONDS] [ROUNDS] [URL_PATH ...]
set -u
DB=$1; SECS=${2:-4}; ROUNDS=${3:-3}; shift; shift || true; shift || true
PAGES=("$@")
[[ ${#PAGES[@]} -gt 0 ]] || PAGES=(/healthz /ar/ /ar/organizations/ "/ar/organizations/?q=amal" /ar/products/ /ar/dashboard/
  "/api/v1/organizations?region=MA-08" /ar/events/)
W=${WORKERS:-5}
BENCH=$(cd "$(dirname "$0")/../../shared/bench" && pwd)
ROOT=$(pwd)
ENV=(DEBUG=0 DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB REDIS_URL=redis://127.0.0.1:6379/3
     SECRET_KEY=side-by-side-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMN ALLOWED_HOSTS=127.0.0.1,localhost
     SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0 GUNICORN_BIND=127.0.0.1:8100 WEB_CONCURRENCY=$W
     RATE_SEARCH=10000000/m API_ANON_RATE=10000000/minute LOG_LEVEL=ERROR)
env "${ENV[@]}" .venv/bin/python manage.py collectstatic --no-input -v 0 >/dev/null 2>&1
redis-cli -n 3 flushdb >/dev/null
setsid env "${ENV[@]}" .venv/bin/gunicorn -c deploy/gunicorn.conf.py tadamon.wsgi >/tmp/side-project.log 2>&1 < /dev/null & PROJ=$!
setsid bash -c "cd '$BENCH' && PYTHONDONTWRITEBYTECODE=1 exec '$ROOT/.venv/bin/gunicorn' -w $W -b 127.0.0.1:8200 --access-logfile /dev/null bare_django:application" >/tmp/side-bare.log 2>&1 < /dev/null & BARE=$!
trap 'kill -- -"$PROJ" -"$BARE" 2>/dev/null' EXIT
for _ in $(seq 60); do curl -sf -o /dev/null 127.0.0.1:8100/healthz && curl -sf -o /dev/null 127.0.0.1:8200/ && break; sleep 1; done
run() { # URL -> "req/s p50 p99 non-2xx"
  wrk -t2 -c16 -d"${SECS}s" --latency "$1" 2>/dev/null | awk '/Requests\/sec/{r=$2} /^ +50%/{p50=$2} /^ +99%/{p99=$2} /Non-2xx/{bad=$5} END{printf "%s %s %s %s", r, p50, p99, bad+0}'
}
wrk -t2 -c16 -d2s http://127.0.0.1:8200/ >/dev/null 2>&1
printf "| page | bare req/s (median) | page req/s (median) | page p50 / p99 (last round) | non-2xx | shares by round | share of the bare view (median) |\n|---|---|---|---|---|---|---|\n"
for u in "${PAGES[@]}"; do
  wrk -t2 -c16 -d2s "http://127.0.0.1:8100$u" >/dev/null 2>&1  # warm-up: fills the cache
  shares=(); bares=(); pages=(); bad=0
  for _ in $(seq "$ROUNDS"); do
    b=$(run http://127.0.0.1:8200/); p=$(run "http://127.0.0.1:8100$u")
    read -r brps _ _ _ <<<"$b"; read -r prps p50 p99 nb <<<"$p"
    bares+=("$brps"); pages+=("$prps"); bad=$((bad + nb))
    shares+=("$(python3 -c "print(round(100*$prps/$brps))")")
  done
  med() { printf "%s\n" "$@" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
  printf "| %s | %s | %s | %s / %s | %s | %s | %s%% |\n" "$u" "$(med "${bares[@]}")" "$(med "${pages[@]}")" "$p50" "$p99" "$bad" \
    "$(IFS=,; echo "${shares[*]}")" "$(med "${shares[@]}")"
done
