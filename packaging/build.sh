#!/usr/bin/env bash
# Builds Mentor Planner's installers with jpackage into target/installer/ (see packaging/README.md).
#
#   packaging/build.sh                  # this system's installers: Linux app image and .deb,
#                                       # Windows .msi, macOS .dmg
#   packaging/build.sh app-image        # one type: app-image, deb, msi, exe, dmg or pkg
#   SKIP_BUILD=1 packaging/build.sh     # reuse target/mentor-planner.jar
#   APP_VERSION=1.2.0 packaging/build.sh  # another version than the pom's
#   SKIP_AOT=1 packaging/build.sh       # Linux: no AOT cache (no training run)
#
# Needs a JDK 21+ with jpackage ($JAVA_HOME if set, else the newest one found in the usual
# places), Maven for the jar, and each type's own tools: .deb dpkg-deb and fakeroot, .msi and
# .exe WiX, .dmg and .pkg Xcode's command line tools. jpackage builds only for the system it
# runs on.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/installer
INPUT=target/installer-input
JAR=target/mentor-planner.jar

fail() {
    echo "packaging/build.sh: $*" >&2
    exit 1
}

case "$(uname -s)" in
    Linux) PLATFORM=linux DEFAULT_TYPES="app-image deb" ;;
    Darwin) PLATFORM=macos DEFAULT_TYPES="dmg" ;;
    MINGW* | MSYS* | CYGWIN*) PLATFORM=windows DEFAULT_TYPES="msi" ;;
    *) fail "jpackage builds for Linux, macOS and Windows only, not for $(uname -s)" ;;
esac
TYPES=${*:-$DEFAULT_TYPES}

# The major version of a JDK's java, 0 if it has none.
java_version() {
    local version
    version=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1) || true
    echo "${version:-0}"
}

# $JAVA_HOME if it is a JDK 21+ with jpackage, else the newest such JDK in the usual places.
find_jdk() {
    local candidate best="" best_version=0 version
    for candidate in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home \
                     "$(dirname "$(dirname "$(readlink -f "$(command -v jpackage || echo /none)")")")"; do
        candidate=${candidate%/}
        [ -x "$candidate/bin/jpackage" ] || [ -x "$candidate/bin/jpackage.exe" ] || continue
        version=$(java_version "$candidate")
        if [ -n "${JAVA_HOME:-}" ] && [ "$candidate" = "${JAVA_HOME%/}" ] && [ "$version" -ge 21 ]; then
            echo "$candidate"
            return
        fi
        if [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
            best=$candidate best_version=$version
        fi
    done
    [ -n "$best" ] || fail "no JDK 21+ with jpackage found; install one (for example Temurin 25) or set JAVA_HOME"
    echo "$best"
}

JDK=$(find_jdk)
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$JAR" ]; then
    mvn -q -B package -DskipTests
fi
[ -f "$JAR" ] || fail "$JAR is missing; build it with: mvn -q package -DskipTests"

# The pom's version, from the descriptor Maven puts into the jar; jpackage wants plain numbers.
pom_version() {
    local descriptor=META-INF/maven/org.mentorplanner/mentor-planner/pom.properties
    rm -rf target/installer-version && mkdir -p target/installer-version
    (cd target/installer-version && "$JDK/bin/jar" xf "../mentor-planner.jar" "$descriptor")
    sed -n 's/^version=//p' "target/installer-version/$descriptor" | tr -d '\r'
}
POM_VERSION=$(pom_version)
VERSION=${APP_VERSION:-${POM_VERSION%%-*}}
[[ "$VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "version '$VERSION' (pom: '$POM_VERSION') is not 1 to 3 numbers such as 1.2.0; set APP_VERSION"
if [ "$PLATFORM" = macos ] && [[ "$VERSION" == 0* ]]; then
    fail "macOS bundles need a version whose first number is at least 1, the pom says $POM_VERSION; build with APP_VERSION=1.0.0 (for example) or raise the pom's version"
fi

# jpackage copies everything in --input into the app: give it the jar alone.
rm -rf "$INPUT"
mkdir -p "$INPUT" "$OUT"
cp "$JAR" "$INPUT/"

# Adds the menu entry and the icons to the .deb as files of the package (see linux-installer.args).
add_desktop_files() {
    local deb=$1 root=target/installer-deb png size
    rm -rf "$root"
    dpkg-deb --raw-extract "$deb" "$root"
    install -D -m 644 packaging/linux/mentor-planner.desktop "$root/usr/share/applications/mentor-planner.desktop"
    for png in icons/mentor-planner-*.png; do
        size=${png##*-}
        size=${size%.png}
        install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x$size/apps/mentor-planner.png"
    done
    install -D -m 644 icons/mentor-planner.svg "$root/usr/share/icons/hicolor/scalable/apps/mentor-planner.svg"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$root/usr/share/applications/mentor-planner.desktop"
    fi
    sed -i "s/^Installed-Size:.*/Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f 1)/" "$root/DEBIAN/control"
    dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
    rm -rf "$root"
}

# The JVM options the launcher gets with the AOT cache (ADR 0035). A missing, stale or refused
# cache only costs start-up time: the JVM then runs without it. Its messages about the cache are
# kept off the console (they would land on stdout, in the middle of `session list --format json`),
# and the JVM's other warnings go to stderr.
AOT_OPTIONS=('-XX:AOTCache=$APPDIR/mentor-planner.aot' '-Xlog:disable' '-Xlog:all=warning,aot*=off,cds*=off:stderr')

# Trains the app image's AOT cache (JDK 25, JEP 483/514/515) with the image's own launcher and
# runtime: one recording run that lists a demo database's sessions on the command line and opens
# the window on it (under xvfb-run, until the first week is painted; without it the command line
# only), then the cache is assembled from the recording and the launcher is told to use it.
train_aot_cache() {
    local image=$1 work=target/aot-training
    local launcher=$image/bin/mentor-planner app=$image/lib/app runner=() cli_only=true
    if [ "$(java_version "$JDK")" -lt 25 ]; then
        echo "packaging/build.sh: no AOT cache (needs JDK 25+, this is $(java_version "$JDK"))"
        return
    fi
    rm -rf "$work" "$app/mentor-planner.aot"
    mkdir -p "$work"
    local jvm_options="-Dmentorplanner.log.dir=$PWD/$work/logs -Djava.util.prefs.userRoot=$PWD/$work/prefs"
    JAVA_TOOL_OPTIONS="$jvm_options" "$launcher" --db "$work/training.db" demo >"$work/demo.log" 2>&1 \
        || fail "the AOT training's demo database was not made (see $work/demo.log)"
    if command -v xvfb-run >/dev/null; then
        runner=(xvfb-run -a -s "-screen 0 1280x1024x24")
        cli_only=false
    fi
    JAVA_TOOL_OPTIONS="$jvm_options -XX:AOTMode=record -XX:AOTConfiguration=$PWD/$work/app.aotconf -Dmentorplanner.aotTraining=$PWD/$work/training.db -Dmentorplanner.aotTraining.cliOnly=$cli_only" \
        timeout 300 "${runner[@]}" "$launcher" >"$work/record.log" 2>&1 \
        || fail "the AOT training run failed (see $work/record.log); SKIP_AOT=1 builds without the cache"
    JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$PWD/$work/app.aotconf -XX:AOTCache=$PWD/$app/mentor-planner.aot" \
        "$launcher" >"$work/create.log" 2>&1 || fail "the AOT cache was not assembled (see $work/create.log)"
    [ -s "$app/mentor-planner.aot" ] || fail "the AOT cache is missing after its assembly (see $work/create.log)"
    local option
    for option in "${AOT_OPTIONS[@]}"; do
        echo "java-options=$option" >>"$app/mentor-planner.cfg"
    done
    echo "packaging/build.sh: AOT cache trained ($(du -m "$app/mentor-planner.aot" | cut -f 1) MB, $( [ "$cli_only" = true ] && echo "command line only" || echo "command line and window"))"
}

if [ "$PLATFORM" = linux ]; then
    # The app image first, with its AOT cache; every installer is made from that image.
    echo "packaging/build.sh: app-image $VERSION with $("$JDK/bin/java" -version 2>&1 | head -n 1)"
    rm -rf "${OUT:?}/mentor-planner"
    "$JDK/bin/jpackage" --type app-image --app-version "$VERSION" --input "$INPUT" --dest "$OUT" \
        @packaging/common.args @packaging/package.args @packaging/linux.args
    if [ -z "${SKIP_AOT:-}" ]; then
        train_aot_cache "$OUT/mentor-planner"
    fi
    for type in $TYPES; do
        [ "$type" != app-image ] || continue
        echo "packaging/build.sh: $type $VERSION from the app image"
        rm -f "$OUT"/*."$type"
        "$JDK/bin/jpackage" --type "$type" --app-version "$VERSION" --app-image "$OUT/mentor-planner" --dest "$OUT" \
            --name mentor-planner @packaging/package.args @packaging/linux-installer.args
        if [ "$type" = deb ]; then
            add_desktop_files "$(ls "$OUT"/mentor-planner_"$VERSION"_*.deb)"
        fi
    done
else
    # macOS and Windows: each type built on its own, without an AOT cache (not trained there yet).
    for type in $TYPES; do
        echo "packaging/build.sh: $type $VERSION with $("$JDK/bin/java" -version 2>&1 | head -n 1)"
        # jpackage refuses to write over an app image; remove earlier output of the type alike.
        case "$type" in
            app-image) rm -rf "${OUT:?}/Mentor Planner" "$OUT/Mentor Planner.app" ;;
            *) rm -f "$OUT"/*."$type" ;;
        esac
        options=(@packaging/common.args @packaging/package.args @"packaging/$PLATFORM.args")
        if [ "$type" != app-image ]; then
            options+=(@"packaging/$PLATFORM-installer.args")
        fi
        "$JDK/bin/jpackage" --type "$type" --app-version "$VERSION" --input "$INPUT" --dest "$OUT" "${options[@]}"
    done
fi
echo "packaging/build.sh: done; see $OUT/"
ls -1 "$OUT"
