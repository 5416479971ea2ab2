#!/usr/bin/env bash
# Writes the HTML export of some reports (the Dalian seeds, 2022 and 2024, unless named) and photographs it with headless
# Chromium, on screen and printed to PDF, offline, so one can see what a colleague without ReportLens will see.
# Needs: chromium (Debian package), imagemagick, poppler-utils, fonts-wqy-zenhei, and target/reportlens.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/reportlens.jar ] || mvn -B -q package -DskipTests
# usage: scripts/export-screenshot.sh [OUT_DIR [REPORT...]]   (default: the 大连 seeds, 2022 and 2024)
out=$(realpath -m "${1:-/tmp/reportlens-export}")
shift || true
[ $# -gt 0 ] || set -- seeds/003_b90cf4ca75591012.txt seeds/001_4af55ab381632780.txt
mkdir -p "$out"
# the page in Chinese, as a Chinese reader's system would have it
java -Duser.language=zh -Duser.country=CN -jar target/reportlens.jar analyze --format html -o "$out/export.html" "$@"
# the whole page, tall enough to reach the target table and the duplicates
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --window-size=1400,14000 --screenshot="$out/export.png" "file://$out/export.html" 2>/dev/null

# and the end of it alone — the target table and the duplicates — at a size one can read
convert "$out/export.png" -gravity South -crop 1400x3200+0+0 +repage "$out/export-end.png"
# printed as a colleague would print it: A4 landscape, by the page's print style
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer \
    --print-to-pdf="$out/export.pdf" "file://$out/export.html" 2>/dev/null
pdftoppm -r 60 -f 2 -l 2 -png "$out/export.pdf" "$out/printed"
echo "wrote $out/export.html, $out/export.png, $out/export-end.png, $out/export.pdf ($(pdfinfo "$out/export.pdf" | awk '/^Pages/ {print $2}') pages) and $out/printed-*.png"
