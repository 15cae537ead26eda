#!/usr/bin/env bash
# Startup benchmark of the planner window (issue 3, "Speed"; see bench/README.md):
# time from process start to the first painted week view, and peak memory, of
#   app:  the real app on a database with 10,000 sessions (10 mentors, 80 in the current week)
#   bare: a bare JavaFX window holding an empty CalendarFX DetailedWeekView
# with the same JVM flags and class path, started alternately under one Xvfb display.
#
#   bench/startup.sh              # 5 runs of each (about 2 minutes on 2 cores)
#   RUNS=9 bench/startup.sh       # more runs
#   SKIP_BUILD=1 bench/startup.sh # reuse target/mentor-planner.jar and the seeded database
#   JVM_FLAGS="-Xmx512m" bench/startup.sh  # other flags, for both sides alike
#
# Needs Xvfb (xvfb-run) and a JDK 21+: $JAVA_HOME if set, else the first one in /usr/lib/jvm,
# else the one of `javac` on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
WORK=target/startbench
DB=$WORK/startup.db
CP=target/mentor-planner.jar:$WORK/classes
APP_MAIN=org.mentorplanner.app.Launcher
BARE_MAIN='org.mentorplanner.bench.startup.BareWeekViewApp$Main'

# The major version of a java executable, 0 if it is none.
java_version() {
    local version
    version=$("$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1) || true
    echo "${version:-0}"
}

find_jdk() {
    local candidate
    for candidate in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*/ \
                     "$(dirname "$(dirname "$(readlink -f "$(command -v javac || echo /none)")")")"; do
        candidate=${candidate%/}
        if [ -x "$candidate/bin/javac" ] && [ "$(java_version "$candidate/bin/java")" -ge 21 ]; then
            echo "$candidate"
            return
        fi
    done
    echo "bench/startup.sh: no JDK 21+ found; install one or set JAVA_HOME" >&2
    exit 1
}

# One measured start: prints "<side> <ms from launch to painted frame> <ms from JVM start> <peak RSS kB> <entry views>".
measure() {
    local side=$1 main=$2
    shift 2
    local launched line
    launched=$(date +%s%3N)
    line=$(timeout 180 "$JDK/bin/java" "${FLAGS[@]}" -cp "$CP" "$main" "$@" 2>>"$WORK/stderr.log" | grep '^startup-probe ') || {
        echo "bench/startup.sh: the $side run printed no probe line (see $WORK/stderr.log)" >&2
        exit 1
    }
    local painted jvm_start hwm views
    painted=$(sed -n 's/.*painted-epoch-ms=\([0-9]*\).*/\1/p' <<<"$line")
    jvm_start=$(sed -n 's/.*jvm-start-epoch-ms=\([0-9]*\).*/\1/p' <<<"$line")
    hwm=$(sed -n 's/.*vmhwm-kb=\([0-9-]*\).*/\1/p' <<<"$line")
    views=$(sed -n 's/.*entry-views=\([0-9]*\).*/\1/p' <<<"$line")
    echo "$side $((painted - launched)) $((painted - jvm_start)) $hwm $views"
}

if [ "${1:-}" = "--measure" ]; then
    # Inside xvfb-run: alternate the two sides so both see the same machine load.
    JDK=$2
    read -r -a FLAGS <<<"$3"
    for ((i = 1; i <= RUNS; i++)); do
        measure app "$APP_MAIN" --db "$DB"
        measure bare "$BARE_MAIN"
    done
    exit 0
fi

JDK=$(find_jdk)
mkdir -p "$WORK"
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/mentor-planner.jar ]; then
    mvn -q -B package -DskipTests
fi
rm -rf "$WORK/classes"
"$JDK/bin/javac" --release 21 -nowarn -cp target/mentor-planner.jar -d "$WORK/classes" \
    src/bench/java/org/mentorplanner/bench/startup/*.java
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$DB" ]; then
    rm -f "$DB" "$DB-wal" "$DB-shm"
    "$JDK/bin/java" --enable-native-access=ALL-UNNAMED -cp "$CP" org.mentorplanner.bench.startup.StartupDatabase "$DB"
fi

# The same flags for both sides. The preferences folder is fresh, so the app opens at its
# default size (1280 x 820, like the bare window) on the week page.
rm -rf "$WORK/prefs" "$WORK/stderr.log"
FLAG_LINE="--enable-native-access=ALL-UNNAMED -Djava.util.prefs.userRoot=$WORK/prefs -Dmentorplanner.startupProbe=true ${JVM_FLAGS:-}"
echo "JDK: $("$JDK/bin/java" -version 2>&1 | head -n 1); flags: $FLAG_LINE; $RUNS runs each, alternating"
RESULTS=$WORK/results.txt
xvfb-run -a -s "-screen 0 1920x1080x24" "$0" --measure "$JDK" "$FLAG_LINE" | tee "$RESULTS"

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { awk -v side="$1" -v col="$2" '$1 == side { print $col }' "$RESULTS" | median; }

app_ms=$(column_median app 2); bare_ms=$(column_median bare 2)
app_jvm=$(column_median app 3); bare_jvm=$(column_median bare 3)
app_kb=$(column_median app 4); bare_kb=$(column_median bare 4)
echo
echo "median                 app      bare    ratio (goal <= 1.3)"
awk -v a="$app_ms" -v b="$bare_ms" 'BEGIN { printf "launch to paint, ms  %6d    %6d    %.2f\n", a, b, a / b }'
awk -v a="$app_jvm" -v b="$bare_jvm" 'BEGIN { printf "JVM start to paint   %6d    %6d    %.2f\n", a, b, a / b }'
awk -v a="$app_kb" -v b="$bare_kb" 'BEGIN { printf "peak RSS, MB         %6.0f    %6.0f    %.2f\n", a / 1024, b / 1024, a / b }'
