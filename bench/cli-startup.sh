#!/usr/bin/env bash
# Start-up of the installed command line (issue 15, goal (d); see bench/README.md, "Start-up with
# JDK 25's AOT cache"): `mentor-planner session list` of the jpackage image against
# BareSessionList (plain JDBC, the same rows printed the same way, started with plain `java` on the
# same JDK), on bench/startup.sh's file of 10,000 sessions, alternately A B A B ..., each whole
# process under /usr/bin/time -v (wall, user + system CPU, peak resident memory); ratios are taken
# pair by pair and their medians printed.
#
#   bench/cli-startup.sh                  # builds the image (packaging/build.sh app-image), 7 pairs
#   RUNS=11 bench/cli-startup.sh          # more pairs
#   SKIP_IMAGE=1 bench/cli-startup.sh     # reuse target/installer/mentor-planner
#   IMAGE=/some/other/image bench/cli-startup.sh   # another image (for example a copy of an older build)
#
# Needs a JDK 25 (the image's runtime version): $JAVA_HOME if set, else the newest in /usr/lib/jvm.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-7}
WORK=target/clibench
IMAGE=${IMAGE:-target/installer/mentor-planner}
DB=$WORK/startup.db

JDK=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | tail -n 1)}
[ -x "$JDK/bin/javac" ] || { echo "bench/cli-startup.sh: no JDK 25 found; set JAVA_HOME" >&2; exit 1; }
if [ -z "${SKIP_IMAGE:-}" ] && [ "$IMAGE" = target/installer/mentor-planner ]; then
    packaging/build.sh app-image
fi
JAR=$IMAGE/lib/app/mentor-planner.jar
[ -f "$JAR" ] || { echo "bench/cli-startup.sh: no image at $IMAGE" >&2; exit 1; }

mkdir -p "$WORK"
rm -rf "$WORK/classes"
"$JDK/bin/javac" --release 21 -nowarn -cp "$JAR" -d "$WORK/classes" src/bench/java/org/mentorplanner/bench/startup/*.java
if [ ! -f "$DB" ]; then
    "$JDK/bin/java" --enable-native-access=ALL-UNNAMED -cp "$JAR:$WORK/classes" org.mentorplanner.bench.startup.StartupDatabase "$DB"
fi
APP=("$IMAGE/bin/mentor-planner" --db "$DB" session list)
BARE=("$JDK/bin/java" --enable-native-access=ALL-UNNAMED -cp "$JAR:$WORK/classes" org.mentorplanner.bench.startup.BareSessionList "$DB")

# The same rows, byte for byte; the first app run also makes the day's backup, outside the timing.
"${APP[@]}" >"$WORK/app.txt"
"${BARE[@]}" >"$WORK/bare.txt"
cmp -s "$WORK/app.txt" "$WORK/bare.txt" || { echo "bench/cli-startup.sh: the two sides printed different rows" >&2; exit 1; }

# One run: prints "<side> <wall s> <cpu s> <peak MB>".
measure() {
    local side=$1
    shift
    /usr/bin/time -v -o "$WORK/time.txt" "$@" >/dev/null
    awk -v side="$side" -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3 ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2]) }
        /User time/ { cpu += $2 } /System time/ { cpu += $2 } /Maximum resident/ { peak = $2 / 1024 }
        END { printf "%s %.2f %.2f %.1f\n", side, wall, cpu, peak }' "$WORK/time.txt"
}

echo "$("$JDK/bin/java" -version 2>&1 | head -n 1); $RUNS pairs, alternating; load: $(cut -d ' ' -f 1-3 /proc/loadavg)"
RESULTS=$WORK/results.txt
: >"$RESULTS"
for ((i = 1; i <= RUNS; i++)); do
    measure app "${APP[@]}" | tee -a "$RESULTS"
    measure bare "${BARE[@]}" | tee -a "$RESULTS"
done
echo "load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
awk '
    function median(a, n,    i, j, t) {
        for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    $1 == "app" { n++; aw[n] = $2; ac[n] = $3; ap[n] = $4 }
    $1 == "bare" { bw[n] = $2; bc[n] = $3; bp[n] = $4; rw[n] = aw[n] / $2; rc[n] = ac[n] / $3; rp[n] = ap[n] / $4 }
    END {
        printf "median        app      bare     ratio of the pairs (goal <= 1.5)\n"
        printf "wall s     %6.2f    %6.2f     %.2f\n", median(aw, n), median(bw, n), median(rw, n)
        printf "cpu s      %6.2f    %6.2f     %.2f\n", median(ac, n), median(bc, n), median(rc, n)
        printf "peak MB    %6.0f    %6.0f     %.2f\n", median(ap, n), median(bp, n), median(rp, n)
    }' "$RESULTS"
