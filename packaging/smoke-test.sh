#!/usr/bin/env bash
# Builds the Linux app image with packaging/build.sh and checks that its launcher works with the
# runtime jpackage bundled: the command line (help, a demo database, a listing, the exit code of
# refused input) and, where xvfb-run is installed, the window (it opens and paints the week
# with the demo's sessions, the startup probe of bench/startup.sh), then packaging/aot-cache-check.sh
# (the same with the AOT cache missing, corrupt or stale). About 1.5 min.
#
#   packaging/smoke-test.sh     # needs target/mentor-planner.jar (mvn package)
#
# `mvn verify` runs it on Linux after the jar is built (profile app-image-check in the pom).
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=target/installer-smoke
LAUNCHER=target/installer/mentor-planner/bin/mentor-planner

fail() {
    echo "packaging/smoke-test.sh: FAILED: $*" >&2
    exit 1
}

if [ "$(uname -s)" != Linux ]; then
    echo "packaging/smoke-test.sh: checks the Linux app image only; skipped on $(uname -s)"
    exit 0
fi
[ -f target/mentor-planner.jar ] || fail "target/mentor-planner.jar is missing; run mvn package first"

SKIP_BUILD=1 packaging/build.sh app-image >/dev/null
rm -rf "$WORK"
mkdir -p "$WORK"
DB=$WORK/demo.db

"$LAUNCHER" --help >"$WORK/help.txt" || fail "mentor-planner --help exited with $?"
grep -q '^Usage: mentor-planner' "$WORK/help.txt" || fail "mentor-planner --help printed no usage: $(head -c 300 "$WORK/help.txt")"

"$LAUNCHER" --db "$DB" demo >"$WORK/demo.txt" || fail "mentor-planner --db $DB demo exited with $?"
"$LAUNCHER" --db "$DB" session list --format json >"$WORK/list.json" || fail "session list exited with $?"
grep -q '"title"' "$WORK/list.json" || fail "session list on the demo database printed no sessions"

code=0
"$LAUNCHER" --db "$DB" session show 999999 2>"$WORK/refused.txt" || code=$?
[ "$code" -eq 1 ] || fail "session show of a missing session exited with $code, not 1 (the launcher must pass the exit code on)"

if command -v xvfb-run >/dev/null; then
    # The launcher takes no JVM flags of its own; the JVM reads JAVA_TOOL_OPTIONS itself.
    probe=$(JAVA_TOOL_OPTIONS="-Dmentorplanner.startupProbe=true -Djava.util.prefs.userRoot=$WORK/prefs" \
        timeout 120 xvfb-run -a "$LAUNCHER" --db "$DB" 2>"$WORK/window.txt" | grep '^startup-probe ') \
        || fail "the window did not open and paint within 120 s (see $WORK/window.txt)"
    views=$(sed -n 's/.*entry-views=\([0-9]*\).*/\1/p' <<<"$probe")
    [ "${views:-0}" -gt 0 ] || fail "the window painted no sessions of the demo database: $probe"
    window="the window opened and painted $views sessions"
else
    window="the window was not tried (no xvfb-run)"
fi
# The launcher with its AOT cache trained, missing, corrupt, cut off and stale (ADR 0035).
if [ -s target/installer/mentor-planner/lib/app/mentor-planner.aot ]; then
    packaging/aot-cache-check.sh
fi
echo "packaging/smoke-test.sh: the app image's launcher runs the command line; $window"
