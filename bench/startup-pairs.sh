#!/usr/bin/env bash
# The three start-up comparisons of issue 15 (see bench/README.md, "Start-up with JDK 25's AOT
# cache"), each side by side: A and B started alternately under one Xvfb, the ratio taken pair by
# pair, median of the pairs. Per start: wall time, user + system CPU and peak resident memory of
# the finished process (/usr/bin/time), each window exiting through the start-up probe once its
# first week is painted.
#
#   a: the app (java -cp jar Launcher --db FILE) vs BareJdbcWeekViewApp (the same blocks of the
#      same week read with plain JDBC), both with plain `java` and the same flags
#   b: the same two, each with an AOT cache made by one training run of its own start
#   c: the installed app image (packaging/build.sh app-image, its AOT cache) vs BareWeekViewApp
#      (an empty week view) with plain `java`
#
#   bench/startup-pairs.sh              # a, b and c, 5 pairs each (builds the jar, seeds the file)
#   PAIRS=9 bench/startup-pairs.sh a c  # some of them, more pairs
#   SKIP_BUILD=1 bench/startup-pairs.sh # reuse the jar, the seeded file and the caches
#
# c needs target/installer/mentor-planner (packaging/build.sh app-image). The file is
# bench/startup.sh's: 10,000 sessions of 10 mentors, 80 in the current week.
set -euo pipefail
cd "$(dirname "$0")/.."

PAIRS=${PAIRS:-5}
WORK=target/startbench
DB=$WORK/startup.db
BENCH_JAR=$WORK/bench.jar
CP=target/mentor-planner.jar:$BENCH_JAR
IMAGE=target/installer/mentor-planner
JDK=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
COMPARISONS=${*:-a b c}

FLAGS=(--enable-native-access=ALL-UNNAMED "-Djava.util.prefs.userRoot=$WORK/pair-prefs" -Dmentorplanner.startupProbe=true
       "-Dmentorplanner.log.dir=$WORK/pair-logs")
APP=(-cp "$CP" org.mentorplanner.app.Launcher --db "$DB")
BARE_JDBC=(-cp "$CP" 'org.mentorplanner.bench.startup.BareJdbcWeekViewApp$Main' "$DB")
BARE_EMPTY=(-cp "$CP" 'org.mentorplanner.bench.startup.BareWeekViewApp$Main')

# One start: prints "<wall s> <cpu s> <peak MB> <entry views>"; fails without a probe line.
start() {
    local out=$WORK/pair-out.txt times=$WORK/pair-time.txt
    rm -rf "$WORK/pair-prefs"
    /usr/bin/time -f '%e %U %S %M' -o "$times" timeout 300 "$@" >"$out" 2>>"$WORK/pair-stderr.log" || true
    grep -q '^startup-probe ' "$out" || { echo "bench/startup-pairs.sh: no probe line from: $*" >&2; exit 1; }
    local views
    views=$(sed -n 's/.*entry-views=\([0-9]*\).*/\1/p' "$out")
    tail -n 1 "$times" | awk -v views="$views" '{ printf "%.2f %.2f %.0f %s\n", $1, $2 + $3, $4 / 1024, views }'
}

# Runs PAIRS pairs of "$1": A then B (commands in the arrays named by $2 and $3), prints each
# pair and the medians.
compare() {
    local name=$1 i a b
    local -n first=$2 second=$3
    local rows=$WORK/pairs-$name.txt
    : >"$rows"
    echo "== $name: A = ${first[*]: -3}, B = ${second[*]: -2}; load $(cut -d ' ' -f 1-3 /proc/loadavg)"
    for ((i = 1; i <= PAIRS; i++)); do
        a=$(start "${first[@]}")
        b=$(start "${second[@]}")
        echo "$a $b" | tee -a "$rows" | awk '{ printf "  A %5.2f s %5.2f s CPU %4d MB %3d views | B %5.2f s %5.2f s CPU %4d MB %3d views | wall %.2f cpu %.2f peak %.2f\n", $1, $2, $3, $4, $5, $6, $7, $8, $1 / $5, $2 / $6, $3 / $7 }'
    done
    median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
    local column
    printf '  median:'
    for column in '$1' '$2' '$3' '$5' '$6' '$7' '$1 / $5' '$2 / $6' '$3 / $7'; do
        printf ' %s' "$(awk "{ print $column }" "$rows" | median)"
    done
    echo "  (A wall, cpu, MB; B wall, cpu, MB; ratios wall, cpu, peak); load $(cut -d ' ' -f 1-3 /proc/loadavg)"
}

# Makes "$WORK/$1.aot" by one training run of the command in the array named by $2 (JDK 25).
train() {
    local cache=$WORK/$1.aot
    local -n trained=$2
    # (A cache older than the jars would be refused, and the side would run without one.)
    if [ -z "${SKIP_BUILD:-}" ] || [ ! -s "$cache" ] || [ "$cache" -ot target/mentor-planner.jar ] || [ "$cache" -ot "$BENCH_JAR" ]; then
        rm -f "$cache"
        rm -rf "$WORK/pair-prefs"
        "$JDK/bin/java" "-XX:AOTCacheOutput=$cache" "${trained[@]}" >"$WORK/train-$1.log" 2>&1 \
            || { echo "bench/startup-pairs.sh: training $1 failed (see $WORK/train-$1.log)" >&2; exit 1; }
    fi
}

measure() {
    local comparison a_cmd b_cmd
    for comparison in $COMPARISONS; do
        case "$comparison" in
            a)
                a_cmd=("$JDK/bin/java" "${FLAGS[@]}" "${APP[@]}")
                b_cmd=("$JDK/bin/java" "${FLAGS[@]}" "${BARE_JDBC[@]}")
                compare a a_cmd b_cmd ;;
            b)
                a_cmd=("${FLAGS[@]}" "${APP[@]}")
                b_cmd=("${FLAGS[@]}" "${BARE_JDBC[@]}")
                train app a_cmd
                train bare-jdbc b_cmd
                a_cmd=("$JDK/bin/java" "-XX:AOTCache=$WORK/app.aot" "${FLAGS[@]}" "${APP[@]}")
                b_cmd=("$JDK/bin/java" "-XX:AOTCache=$WORK/bare-jdbc.aot" "${FLAGS[@]}" "${BARE_JDBC[@]}")
                compare b a_cmd b_cmd ;;
            c)
                [ -x "$IMAGE/bin/mentor-planner" ] || { echo "bench/startup-pairs.sh: c needs $IMAGE (packaging/build.sh app-image)" >&2; exit 1; }
                a_cmd=(env "JAVA_TOOL_OPTIONS=${FLAGS[*]:1}" "$IMAGE/bin/mentor-planner" --db "$DB")
                b_cmd=("$JDK/bin/java" "${FLAGS[@]}" "${BARE_EMPTY[@]}")
                compare c a_cmd b_cmd ;;
            *) echo "bench/startup-pairs.sh: unknown comparison $comparison (a, b or c)" >&2; exit 1 ;;
        esac
    done
}

if [ "${1:-}" = "--inside" ]; then
    shift
    COMPARISONS=$*
    measure
    exit 0
fi
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/mentor-planner.jar ]; then
    mvn -q -B package -DskipTests
fi
mkdir -p "$WORK"
# The AOT cache wants a class path of jars only: the bench classes go into one.
# (Kept with SKIP_BUILD: a changed jar would make the trained caches stale.)
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$BENCH_JAR" ]; then
    rm -rf "$WORK/pair-classes"
    "$JDK/bin/javac" --release 21 -nowarn -cp target/mentor-planner.jar -d "$WORK/pair-classes" \
        src/bench/java/org/mentorplanner/bench/startup/*.java
    "$JDK/bin/jar" cf "$BENCH_JAR" -C "$WORK/pair-classes" .
fi
if [ ! -f "$DB" ]; then
    "$JDK/bin/java" --enable-native-access=ALL-UNNAMED -cp "$CP" org.mentorplanner.bench.startup.StartupDatabase "$DB"
fi

echo "JDK: $("$JDK/bin/java" -version 2>&1 | head -n 1); $PAIRS pairs each, alternating; machine load $(cut -d ' ' -f 1-3 /proc/loadavg)"
rm -f "$WORK/pair-stderr.log"
xvfb-run -a -s "-screen 0 1920x1080x24" "$0" --inside $COMPARISONS
