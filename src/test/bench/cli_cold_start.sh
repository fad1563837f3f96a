#!/usr/bin/env bash
# The command line, cold (docs/benchmarks.md, decision 0023): each command run RUNS times as a new process, the
# median wall time, CPU time (user + system) and peak memory printed next to a baseline measured in the same run:
# `java -version` (the JVM alone) and the same command the old way (the fat jar, the whole context, Flyway:
# KHCN_FAT_JAR=true KHCN_CLI_FULL_CONTEXT=true). Checks that both ways print the same. Then the server's cold start
# to the first /login (old, the way of decision 0023, the first serve that writes the server's archive, the next one
# on it: decision 0026), and a report and an import with -Xmx512m. The load average is printed before and after: on a
# shared machine the wall times follow it, the CPU times much less.
#   src/test/bench/cli_cold_start.sh            (RUNS=5 by default; OLD_RUNS=3; PORT=18089; SERVE_TIMEOUT=300 s)
set -euo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${RUNS:-5}
OLD_RUNS=${OLD_RUNS:-3}
PORT=${PORT:-18089}
W=$(mktemp -d /tmp/khcn-cold.XXXXXX)
trap 'rm -rf "$W"' EXIT

echo "== load before: $(uptime)"
echo "== $(nproc) cores; $(java -version 2>&1 | head -1)"
./khcn --version >/dev/null # builds the jar and extracts it if needed

D=$W/demo
KHCN_FAT_JAR=true ./khcn demo --data "$D" >/dev/null 2>&1
# the class-data archive as a first report writes it (the launcher does so when it finds none)
rm -f target/khcn-app/khcn.jsa
./khcn report --kind nine-months --period 2021-09 --format json --data "$D" >/dev/null 2>&1
printf '\xef\xbb\xbfTên tổ chức;Loại tổ chức;Huyện/thành phố;Xã/phường/thị trấn;Mã số thuế;Xã/phường/đặc khu\r\nCông ty Đo Nhanh;Doanh nghiệp;Hòa An;;0100000123;\r\n' > "$W/to-chuc.csv"

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# measure NAME RUNS ENV... -- COMMAND...: prints the medians; the last run's stdout is kept in $W/NAME.out
measure() {
  local name=$1 runs=$2; shift 2
  local envs=()
  while [[ $1 != -- ]]; do envs+=("$1"); shift; done
  shift
  : > "$W/$name.t"
  for ((i = 0; i < runs; i++)); do
    env "${envs[@]}" /usr/bin/time -f "%e %U %S %M" -o "$W/$name.one" "$@" > "$W/$name.out" 2> "$W/$name.err" || true
    cat "$W/$name.one" >> "$W/$name.t"
  done
  local wall cpu rss
  wall=$(awk '{print $1}' "$W/$name.t" | median)
  cpu=$(awk '{printf "%.2f\n", $2 + $3}' "$W/$name.t" | median)
  rss=$(awk '{print int($4 / 1024)}' "$W/$name.t" | median)
  printf '%-34s %8s s %8s s %7s MiB   (%d runs)\n' "$name" "$wall" "$cpu" "$rss" "$runs"
}

OLD=(KHCN_FAT_JAR=true KHCN_CLI_FULL_CONTEXT=true)
NEW=(KHCN_FAT_JAR=false)
echo
printf '%-34s %10s %10s %11s\n' "what (median)" "wall" "CPU" "peak RSS"
measure "java -version" "$RUNS" X=1 -- java -version
for way in old new; do
  if [[ $way == old ]]; then envs=("${OLD[@]}"); runs=$OLD_RUNS; else envs=("${NEW[@]}"); runs=$RUNS; fi
  measure "$way: settings" "$runs" "${envs[@]}" -- ./khcn settings --data "$D"
  measure "$way: report nine-months json" "$runs" "${envs[@]}" -- ./khcn report --kind nine-months --period 2021-09 --format json --data "$D"
  measure "$way: import 1-row csv" "$runs" "${envs[@]}" -- ./khcn import --data "$D" "$W/to-chuc.csv"
done
for c in "settings" "report nine-months json"; do
  if cmp -s "$W/old: $c.out" "$W/new: $c.out"; then echo "same output, old and new: $c"; else echo "OUTPUT DIFFERS: $c"; exit 1; fi
done

echo
echo "== -Xmx512m"
KHCN_JAVA_OPTS=-Xmx512m ./khcn report --kind nine-months --period 2021-09 --format json --data "$D" > /dev/null && echo "report with -Xmx512m: exit 0"
KHCN_JAVA_OPTS=-Xmx512m ./khcn import --data "$D" "$W/to-chuc.csv" > /dev/null && echo "import with -Xmx512m: exit 0"

echo
echo "== the server, cold, to the first /login (-Xmx512m)"
# old: the fat jar; commands' archive: extracted with the commands' archive (decision 0023's way); first: the first serve,
# which writes the server's archive as it stops; new: the next start, on that archive (decision 0026)
rm -f target/khcn-app/khcn-serve.jsa
for way in old "commands' archive" first new; do
  if [[ $way == old ]]; then envs=("${OLD[@]}"); else envs=("${NEW[@]}"); fi
  if [[ $way == "commands' archive" ]]; then cmd=(java -Xshare:auto "-Xlog:cds*=off" "-Xlog:class+path=off" -XX:SharedArchiveFile=target/khcn-app/khcn.jsa -Xmx512m -jar target/khcn-app/khcn.jar); else cmd=(./khcn); fi
  started=$(date +%s.%N)
  env "${envs[@]}" KHCN_JAVA_OPTS=-Xmx512m "${cmd[@]}" serve --data "$D" --port "$PORT" > "$W/serve.log" 2>&1 &
  pid=$!
  ok=""
  deadline=$(( $(date +%s) + ${SERVE_TIMEOUT:-300} ))
  while (( $(date +%s) < deadline )); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true) == 200 ]]; then ok=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  took=$(echo "$(date +%s.%N) - $started" | bc)
  # the JVM: the launcher's child when it writes the archive, else the launcher itself (exec)
  jvm=$(pgrep -P "$pid" java || echo "$pid")
  rss=$(ps -o rss= -p "$jvm" 2>/dev/null | awk '{print int($1 / 1024)}')
  cpu=$(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$jvm/stat" 2>/dev/null || echo "?")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ -n $ok ]]; then printf '%s: first /login after %.1f s (CPU %s s, RSS then %s MiB)\n' "$way" "$took" "$cpu" "$rss"; else echo "$way: the server did not answer /login"; tail -20 "$W/serve.log"; fi
done
echo
echo "== load after: $(uptime)"
