#!/usr/bin/env bash
# FX-thread stalls of the planner window while it switches pages (issue 15: month page and
# 30-day agenda for 200 mentors, no stall over 50 ms). Starts the app on FILE under an X display
# with -Dmentorplanner.fxStallProbe=true (every gap between two pulses over 50 ms is printed to
# stderr), waits for the first week, then with xdotool: 8 s idle (the machine's own noise),
# Ctrl+3 (month) and 8 s, Ctrl+4 (agenda) and 8 s, Ctrl+2 (week) and 8 s; prints the gaps
# of each phase. A gap counts in the phase it began in (a stall that outlasts its phase is not
# given to the next), and the app gets 30 s more before it is stopped, so a stall still going on
# ends and is counted. Needs xdotool and a display with a window manager (e.g. Xvfb + openbox).
#
#   DISPLAY=:93 bench/stall.sh FILE [JAR]     # JAR: target/mentor-planner.jar by default
#   SHOWN=all DISPLAY=:93 bench/stall.sh FILE  # opens with every mentor ticked (the remembered choice, ADR 0039)
set -euo pipefail
FILE=$1
JAR=${2:-target/mentor-planner.jar}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=$(mktemp -d)
if [ "${SHOWN:-}" = all ]; then
    # The choice the planner remembers per file (ui.UserChoices): every mentor, under the digest of the file's path.
    key="shownMentors.$(printf '%s' "$(realpath -s "$FILE")" | sha256sum | cut -c1-32)"
    ids=$(sqlite3 "$FILE" "select group_concat(id) from (select id from person where is_mentor = 1 order by id)")
    mkdir -p "$WORK/prefs/.java/.userPrefs/org/mentorplanner/app/window"
    cat >"$WORK/prefs/.java/.userPrefs/org/mentorplanner/app/window/prefs.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="$key" value="$ids"/>
</map>
XML
fi
"$JAVA" --enable-native-access=ALL-UNNAMED -Djava.util.prefs.userRoot="$WORK/prefs" -Dmentorplanner.fxStallProbe=true \
    -cp "$JAR" org.mentorplanner.app.Launcher --db "$FILE" >"$WORK/out.txt" 2>"$WORK/err.txt" &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
window=""
for _ in $(seq 1 120); do
    window=$(xdotool search --onlyvisible --name "Mentor Planner" 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    sleep 1
done
[ -n "$window" ] || { echo "bench/stall.sh: no window"; exit 1; }
sleep 25 # the first week and the background work after it (jOOQ warm-up, the daily backup)
mark() { echo "$1 $(date +%s%3N)" >>"$WORK/phases.txt"; }
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
mark idle; sleep 8
mark month; xdotool key ctrl+3; sleep 8
mark agenda; xdotool key ctrl+4; sleep 8
mark week; xdotool key ctrl+2; sleep 8
mark end
sleep 30 # a stall still going on ends and prints its gap
awk 'NR == FNR { name[NR] = $1; at[NR] = $2; n = NR; next }
     /^fx-stall/ { split($2, g, "="); split($3, t, "="); began = t[2] - g[2];
                   for (i = 1; i < n; i++) if (began >= at[i] && began < at[i + 1]) { count[name[i]]++; if (g[2] > max[name[i]]) max[name[i]] = g[2]; list[name[i]] = list[name[i]] " " g[2] } }
     END { for (i = 1; i < n; i++) printf "%-7s gaps over 50 ms: %d, longest %d ms:%s\n", name[i], count[name[i]], max[name[i]], list[name[i]] }' \
    "$WORK/phases.txt" "$WORK/err.txt"
