#!/usr/bin/env bash
# Checks the Word redline in a real office suite, headless: writes the redline of OLD against NEW,
# has LibreOffice (Debian's libreoffice-writer-nogui) open it and save it again as .docx and as
# PDF, and reads LibreOffice's .docx back: its tracked changes must still give NEW when accepted
# and OLD when rejected (whitespace aside), so LibreOffice understood every change as a change.
# Usage: scripts/office-check.sh [OLD NEW [OUT_DIR]]   (default: the 大连高新区 seeds)
# Needs: soffice, python3, and target/reportlens.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/reportlens.jar ] || mvn -B -q package -DskipTests
old=${1:-seeds/002_ca4b8885897b7fc4.txt}
new=${2:-seeds/004_8214ba83723716f4.txt}
out=$(realpath -m "${3:-/tmp/reportlens-office}")
mkdir -p "$out/lo"
java -jar target/reportlens.jar analyze --format docx -o "$out/redline.docx" "$old" "$new"
# a profile of its own, so a running office of the user's is neither used nor disturbed
profile="file://$out/profile"
soffice -env:UserInstallation="$profile" --headless --convert-to docx:"MS Word 2007 XML" --outdir "$out/lo" "$out/redline.docx" >/dev/null 2>&1
soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$out/lo" "$out/redline.docx" >/dev/null 2>&1
python3 - "$out/lo/redline.docx" "$old" "$new" <<'PY'
import re, sys, zipfile
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
import xml.etree.ElementTree as ET
body = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read("word/document.xml")).find(W + "body")

def text(accept):
    dropped = {W + "del", W + "moveFrom"} if accept else {W + "ins", W + "moveTo"}
    out = []
    def walk(e, keep):
        if e.tag in dropped:
            return
        if e.tag in (W + "t", W + "delText"):
            out.append(e.text or "")
        for c in e:
            if c.tag != W + "pPr":
                walk(c, keep)
    for p in body.iter(W + "p"):
        walk(p, True)
    return re.sub(r"\s", "", "".join(out))

def plain(path):
    return re.sub(r"\s", "", open(path, encoding="utf-8").read())

counts = {n: sum(1 for _ in body.iter(W + n)) for n in ("ins", "del", "moveFrom", "moveTo")}
ok = text(True) == plain(sys.argv[3]) and text(False) == plain(sys.argv[2])
print("LibreOffice kept", counts, "- accept all gives NEW, reject all gives OLD:", "yes" if ok else "NO")
sys.exit(0 if ok else 1)
PY
echo "wrote $out/redline.docx and LibreOffice's $out/lo/redline.docx and $out/lo/redline.pdf"
