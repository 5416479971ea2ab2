#!/usr/bin/env bash
# Writes the HTML export of the Dalian seeds (2022 and 2024) and photographs it with headless
# Chromium, offline, so one can see what a colleague without ReportLens will see.
# Needs: chromium (Debian package), imagemagick, fonts-wqy-zenhei, and target/reportlens.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/reportlens.jar ] || mvn -B -q package -DskipTests
out=$(realpath -m "${1:-/tmp/reportlens-export}")
mkdir -p "$out"
java -jar target/reportlens.jar analyze --format html -o "$out/export.html" \
    seeds/003_b90cf4ca75591012.txt seeds/001_4af55ab381632780.txt
# the whole page, tall enough to reach the target table and the duplicates
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --window-size=1400,14000 --screenshot="$out/export.png" "file://$out/export.html" 2>/dev/null

# and the end of it alone — the target table and the duplicates — at a size one can read
convert "$out/export.png" -gravity South -crop 1400x3200+0+0 +repage "$out/export-end.png"
echo "wrote $out/export.html, $out/export.png and $out/export-end.png"
