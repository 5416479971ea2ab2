#!/usr/bin/env bash
# Takes docs/screenshot.png: the viewer in a virtual X display, as a user sees it, on 大连市's
# reports of 2022 and 2024 — an editor's usual pair (the newest seeds, 大连高新区 2024/2026, each hold
# their text twice, so nearly every sentence is a duplicate). SCREENSHOT_REPORTS names others.
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
    ${SCREENSHOT_REPORTS:-seeds/003_*.txt seeds/001_*.txt} &
app=$!
# the window first (a busy machine takes long to start the JVM), then time for the analysis to paint
for _ in $(seq 1 120); do
    DISPLAY=$display xdotool search --name ReportLens >/dev/null 2>&1 && break
    sleep 1
done
sleep "${SCREENSHOT_WAIT:-8}"
# the window alone: the empty screen around it is trimmed away
DISPLAY=$display import -window root -trim +repage "$out"
echo "wrote $out"
