#!/usr/bin/env bash
# Renders the app icon's raster files from its one source, mentor-planner.svg:
#   mentor-planner-<size>.png  for 16 24 32 48 64 128 256 512 px (window icons, Linux installers)
#   mentor-planner.ico         Windows (16 24 32 48 64 256 px; 256 stored as PNG)
#   mentor-planner.icns        macOS (16 to 1024 px, every entry a PNG, as Apple's iconutil writes)
# The rendered files are committed: the build and the installers use them as they are, so only
# whoever changes the SVG needs these tools (Debian: apt-get install librsvg2-bin icoutils).
#
#   icons/render.sh
set -euo pipefail
cd "$(dirname "$0")"

SOURCE=mentor-planner.svg
SIZES=(16 24 32 48 64 128 256 512)

for tool in rsvg-convert icotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "icons/render.sh: $tool is missing; on Debian: apt-get install librsvg2-bin icoutils" >&2
        exit 1
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# rsvg-convert writes no time stamps, so an unchanged SVG gives byte-identical PNGs.
for size in "${SIZES[@]}" 1024; do
    rsvg-convert --width "$size" --height "$size" --output "$work/$size.png" "$SOURCE"
done
for size in "${SIZES[@]}"; do
    cp "$work/$size.png" "mentor-planner-$size.png"
done

# Windows: small sizes as bitmaps, which every Windows reads; 256 px as PNG (Vista and later).
icotool --create --output=mentor-planner.ico \
    "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" --raw="$work/256.png"

# macOS: the icns container is a 4-byte type and a 4-byte big-endian length (header included)
# for the file and for each entry; every entry here holds a PNG.
be32() {
    printf "\\$(printf %03o $(($1 >> 24 & 255)))\\$(printf %03o $(($1 >> 16 & 255)))"
    printf "\\$(printf %03o $(($1 >> 8 & 255)))\\$(printf %03o $(($1 & 255)))"
}
# The entries iconutil writes, with their pixel sizes; ic11 to ic14 and ic10 are the @2x (Retina) ones.
ICNS_ENTRIES=(icp4:16 ic11:32 icp5:32 ic12:64 ic07:128 ic13:256 ic08:256 ic14:512 ic09:512 ic10:1024)
{
    for entry in "${ICNS_ENTRIES[@]}"; do
        type=${entry%%:*}
        png="$work/${entry##*:}.png"
        printf '%s' "$type"
        be32 $(($(stat -c %s "$png") + 8))
        cat "$png"
    done
} >"$work/entries"
{
    printf 'icns'
    be32 $(($(stat -c %s "$work/entries") + 8))
    cat "$work/entries"
} >mentor-planner.icns

echo "icons/render.sh: rendered $(ls mentor-planner-*.png | wc -l) PNGs, mentor-planner.ico and mentor-planner.icns"
