#!/usr/bin/env bash
# Builds Mentor Planner's installers with jpackage into target/installer/ (see packaging/README.md).
#
#   packaging/build.sh                  # this system's installers: Linux app image and .deb,
#                                       # Windows .msi, macOS .dmg
#   packaging/build.sh app-image        # one type: app-image, deb, msi, exe, dmg or pkg
#   SKIP_BUILD=1 packaging/build.sh     # reuse target/mentor-planner.jar
#   APP_VERSION=1.2.0 packaging/build.sh  # another version than the pom's
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

for type in $TYPES; do
    echo "packaging/build.sh: $type $VERSION with $("$JDK/bin/java" -version 2>&1 | head -n 1)"
    # jpackage refuses to write over an app image; remove earlier output of the type alike.
    case "$type" in
        app-image) rm -rf "${OUT:?}/mentor-planner" "$OUT/Mentor Planner" "$OUT/Mentor Planner.app" ;;
        *) rm -f "$OUT"/*."$type" ;;
    esac
    options=(@packaging/common.args @"packaging/$PLATFORM.args")
    if [ "$type" != app-image ]; then
        options+=(@"packaging/$PLATFORM-installer.args")
    fi
    "$JDK/bin/jpackage" --type "$type" --app-version "$VERSION" --input "$INPUT" --dest "$OUT" "${options[@]}"
    if [ "$type" = deb ]; then
        add_desktop_files "$(ls "$OUT"/mentor-planner_"$VERSION"_*.deb)"
    fi
done
echo "packaging/build.sh: done; see $OUT/"
ls -1 "$OUT"
