#!/usr/bin/env sh
# Runs the JMH benchmarks of Mentor Planner (see bench/README.md).
#
#   bench/run.sh                       # the week-load benchmark, default settings (about 2 minutes)
#   bench/run.sh WeekLoadBenchmark -f 3 # any JMH arguments; -h lists them
#
# Maven compiles src/bench/java with the JMH annotation processor (profile "bench") and runs JMH
# on the JDK that the toolchain plugin selects (21 or newer), with the test class path.
# test-compile must run in the same Maven call: it is what selects that JDK.
set -eu
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then
    set -- WeekLoadBenchmark
fi
exec mvn -B -q -Pbench -DskipTests test-compile exec:exec@bench -Dbench.args="-foe true $*"
