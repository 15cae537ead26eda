#!/usr/bin/env bash
# Checks that the Linux app image starts whatever became of its AOT cache (ADR 0035): with the
# cache, with the cache file missing, with a corrupt one (random bytes), a cut-off one, and a
# stale one (the jar changed after the training run, which the JVM refuses). Each time the
# command line must list a demo database's sessions as JSON on a clean standard output and exit
# 0, and, where xvfb-run is installed, the window must open and paint its first week (the
# start-up probe of bench/startup.sh). The image is put back as it was at the end. About 1 min.
#
#   packaging/aot-cache-check.sh    # needs target/installer/mentor-planner (packaging/build.sh app-image)
#
# packaging/smoke-test.sh runs it after its own checks.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=target/installer/mentor-planner
APP=$IMAGE/lib/app
CACHE=$APP/mentor-planner.aot
LAUNCHER=$IMAGE/bin/mentor-planner
WORK=target/aot-check

fail() {
    echo "packaging/aot-cache-check.sh: FAILED: $*" >&2
    exit 1
}

[ -x "$LAUNCHER" ] || fail "no app image in $IMAGE; build it with packaging/build.sh app-image"
[ -s "$CACHE" ] || fail "the app image has no AOT cache ($CACHE); build it with packaging/build.sh app-image on JDK 25+"
grep -q 'AOTCache=\$APPDIR/mentor-planner.aot' "$APP/mentor-planner.cfg" || fail "the launcher does not use the AOT cache"
rm -rf "$WORK"
mkdir -p "$WORK"
cp -p "$CACHE" "$WORK/good.aot"
cp -p "$APP/mentor-planner.jar" "$WORK/mentor-planner.jar"
restore() {
    cp -p "$WORK/good.aot" "$CACHE"
    cp -p "$WORK/mentor-planner.jar" "$APP/mentor-planner.jar"
}
trap restore EXIT

DB=$WORK/demo.db
JAVA_TOOL_OPTIONS="-Dmentorplanner.log.dir=$PWD/$WORK/logs" "$LAUNCHER" --db "$DB" demo >"$WORK/demo.txt" 2>&1 \
    || fail "mentor-planner demo exited with $? (see $WORK/demo.txt)"

# The command line and the window work with the cache as it is now.
works() {
    local name=$1 out=$WORK/$1.json
    "$LAUNCHER" --db "$DB" session list --format json >"$out" 2>"$WORK/$name.err" \
        || fail "$name cache: session list exited with $? (see $WORK/$name.err)"
    [ "$(head -c 1 "$out")" = "[" ] || fail "$name cache: standard output does not start with the JSON array: $(head -c 200 "$out")"
    grep -q '"title"' "$out" || fail "$name cache: session list printed no sessions"
    if command -v xvfb-run >/dev/null; then
        local probe views
        probe=$(JAVA_TOOL_OPTIONS="-Dmentorplanner.startupProbe=true -Djava.util.prefs.userRoot=$PWD/$WORK/prefs -Dmentorplanner.log.dir=$PWD/$WORK/logs" \
            timeout 120 xvfb-run -a "$LAUNCHER" --db "$DB" 2>"$WORK/$name-window.txt" | grep '^startup-probe ') \
            || fail "$name cache: the window did not open and paint within 120 s (see $WORK/$name-window.txt)"
        views=$(sed -n 's/.*entry-views=\([0-9]*\).*/\1/p' <<<"$probe")
        [ "${views:-0}" -gt 0 ] || fail "$name cache: the window painted no sessions: $probe"
    fi
    echo "packaging/aot-cache-check.sh: $name cache: the command line and the window work"
}

works trained
rm "$CACHE"
works missing
head -c 4000000 /dev/urandom >"$CACHE"
works corrupt
head -c "$(($(stat -c %s "$WORK/good.aot") / 2))" "$WORK/good.aot" >"$CACHE"
works cut-off
cp -p "$WORK/good.aot" "$CACHE"
# A jar that is not the one the cache was trained with: the JVM compares its size and time.
cp "$WORK/mentor-planner.jar" "$APP/mentor-planner.jar"
touch -d '2020-01-01' "$APP/mentor-planner.jar"
works stale
echo "packaging/aot-cache-check.sh: the app starts with a trained, missing, corrupt, cut-off and stale AOT cache"
