#!/usr/bin/env bash
# A per-thread CPU account of one import run, beside import-cpu.sh: waits for the import
# command's JVM of the run's database, then every second until it ends records the CPU
# ticks (user + sys) of each of its threads (/proc/PID/task/*/stat, named as the JVM names
# them: 'C2 CompilerThre', 'pool-8-thread-1' for a writer, 'import-reader', 'Hibernate
# Searc...') and of the run's PostgreSQL backends; import-threads.py sums them by thread
# group and prints how many cores each group kept busy in each 20 s of the run.
# Start it before the run, e.g. (import-cpu.sh's database is archive_import_cpu_LABEL):
#   bash src/test/bench/import-threads.sh /tmp/LABEL.threads archive_import_cpu_LABEL &
#   flock /work/build.lock bash src/test/bench/import-cpu.sh LABEL JAR DIR
#   python3 src/test/bench/import-threads.py /tmp/LABEL.threads 20000
# Usage: bash src/test/bench/import-threads.sh OUT DATABASE
set -u
OUT=$1
DATABASE=$2
until pid=$(pgrep -f -- "jar import .*5432/$DATABASE( |$)" | head -1) && [ -n "$pid" ]; do sleep 0.2; done
while [ -d "/proc/$pid" ]; do
  now=$(date +%s.%N)
  for task in /proc/"$pid"/task/*; do
    # comm may hold spaces: the fields after its closing parenthesis are counted from there
    stat=$(cat "$task/stat" 2>/dev/null) || continue
    name=${stat#*(}
    name=${name%)*}
    read -r -a fields <<<"${stat##*) }"
    echo "$now J ${task##*/} $((fields[11] + fields[12])) $name"
  done
  for p in $(pgrep -f "^postgres: (15/main: )?postgres $DATABASE "); do
    [ -r "/proc/$p/stat" ] && awk -v p="$p" -v now="$now" '{ print now, "P", p, $14 + $15, "postgres" }' "/proc/$p/stat"
  done
  sleep 1
done >>"$OUT" 2>/dev/null
