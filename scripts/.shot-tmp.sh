#!/usr/bin/env bash
# Takes docs/screenshot.png: the viewer in a virtual X display, as a user sees it, on 大连高新区's
# reports of 2024 and 2026 (the pair the viewer opens on the seeds), scrolled 60 wheel steps down to
# where sections of both years stand side by side and the bands between the columns join them. (Both
# seeds hold their text twice, so nearly every sentence is also underlined as a duplicate.)
# SCREENSHOT_REPORTS names other reports; SCREENSHOT_SCROLL other steps (0: the top).
# Needs: xvfb xauth libgtk-3-0 imagemagick xdotool fonts-wqy-zenhei (see README), and target/reportlens.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/reportlens.jar ] || mvn -B -q package -DskipTests
out=${1:-docs/screenshot.png}
display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
# a fresh home: the window starts as a new user's would, whatever this user has set
home=$(mktemp -d)
DISPLAY=$display HOME=$home LANG=${SCREENSHOT_LANG:-zh_CN.UTF-8} java -Duser.language=zh -Duser.country=CN \
    -Duser.home="$home" -Dreportlens.lang="${REPORTLENS_LANG:-zh}" -jar target/reportlens.jar \
    ${SCREENSHOT_REPORTS:-seeds/002_*.txt seeds/004_*.txt} &
app=$!
# the window first (a busy machine takes long to start the JVM), then time for the analysis to paint
for _ in $(seq 1 120); do
    DISPLAY=$display xdotool search --class ReportLensApp >/dev/null 2>&1 && break
    sleep 1
done
sleep "${SCREENSHOT_WAIT:-8}"
# scrolled down the older column by SCREENSHOT_SCROLL wheel steps (the newer follows), to where
# sections line up and the bands between the columns join them
steps=${SCREENSHOT_SCROLL:-60}
if [ "$steps" -gt 0 ]; then
    window=$(DISPLAY=$display xdotool search --class ReportLensApp | sed -n 1p) # sed reads all: no SIGPIPE under pipefail
    DISPLAY=$display xdotool windowmove "$window" 0 0
    DISPLAY=$display xdotool mousemove --window "$window" ${MOUSE_X:-560} ${MOUSE_Y:-500}
    for _ in $(seq 1 "$steps"); do
        DISPLAY=$display xdotool click 5
    done
    sleep 2
fi
# the window alone: the empty screen around it is trimmed away
DISPLAY=$display import -window root -trim +repage "$out"
echo "wrote $out"
