#!/usr/bin/env bash
# Scale benchmarks of issue 15 (see bench/README.md, "A programme's whole history"): files with
# 200 mentors over five years written by HistoryFile, then ScaleBench on two of them in turn.
#
#   bench/scale.sh files             # target/scale/h10000.db, h100000.db, h1000000.db (about 3 min)
#   bench/scale.sh dense             # target/scale/dense-h1000000.db: the shown weeks hold 3,841 blocks each
#   bench/scale.sh run [ROUNDS]      # ScaleBench h100000.db against h1000000.db (about 10 min)
#   bench/scale.sh run 9 --only-bulk # any ScaleBench options after the rounds (--only-team: the team calendar syncs)
#   SKIP_BUILD=1 bench/scale.sh …    # reuse target/mentor-planner.jar
#
# The files are built around the computer's today (the window opens on it); ScaleBench must run
# on the same day's week. Needs a JDK 21+: $JAVA_HOME if set, else the newest one in /usr/lib/jvm.
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=target/scale
TEAM=https://cal.example.org/team/

find_jdk() {
    local candidate
    for candidate in ${JAVA_HOME:+"$JAVA_HOME"} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        candidate=${candidate%/}
        if [ -x "$candidate/bin/javac" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
            echo "$candidate"
            return
        fi
    done
    echo "bench/scale.sh: no JDK 21+ found; set JAVA_HOME" >&2
    exit 1
}

JDK=$(find_jdk)
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/mentor-planner.jar ]; then
    mvn -q -B package -DskipTests
fi
mkdir -p "$WORK"
# A copy of the jar, so that a rebuild cannot pull it from under a running benchmark.
cp target/mentor-planner.jar "$WORK/mentor-planner.jar"
rm -rf "$WORK/classes"
"$JDK/bin/javac" --release 21 -nowarn -cp "$WORK/mentor-planner.jar" -d "$WORK/classes" \
    src/bench/java/org/mentorplanner/bench/scale/*.java
CP=$WORK/mentor-planner.jar:$WORK/classes
JAVA=("$JDK/bin/java" --enable-native-access=ALL-UNNAMED -Xmx3g -cp "$CP")

generate() {
    local file=$WORK/$1 sessions=$2
    shift 2
    rm -f "$file" "$file-wal" "$file-shm"
    "${JAVA[@]}" org.mentorplanner.bench.scale.HistoryFile "$file" "$sessions" "$@" --team-calendar "$TEAM"
}

case "${1:-}" in
    files)
        for sessions in 10000 100000 1000000; do
            generate "h$sessions.db" "$sessions"
        done
        ;;
    dense)
        generate dense-h1000000.db 1000000 dense
        ;;
    run)
        shift
        "${JAVA[@]}" org.mentorplanner.bench.scale.ScaleBench "$WORK/h100000.db" "$WORK/h1000000.db" "$@"
        ;;
    *)
        sed -n '2,13p' "$0"
        exit 2
        ;;
esac
