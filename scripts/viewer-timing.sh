#!/usr/bin/env bash
# Measures the viewer on the seeds in a virtual X display: time from JVM start to the first
# highlighted paint, then frame times while scrolling with every highlight on. Runs it N times
# (default 5) and prints each run's figures; quote the medians. Runs the jar with the JVM option
# the README's viewer command uses.
# Needs: xvfb xauth libgtk-3-0 fonts-wqy-zenhei, and target/reportlens.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/reportlens.jar ] || mvn -B -q package -DskipTests
runs=${1:-5}
# the JVM option the README's viewer command (mvn -B javafx:run) uses, from the pom
option=$(sed -n 's:.*<viewer.jvm.option>\(.*\)</viewer.jvm.option>.*:\1:p' pom.xml)
display=:$(( 80 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
for i in $(seq "$runs"); do
    home=$(mktemp -d)
    DISPLAY=$display HOME=$home java $option -Duser.home="$home" -Dreportlens.timing=exit -jar target/reportlens.jar seeds \
        2>&1 | grep "^reportlens:" || true
    rm -rf "$home"
done
