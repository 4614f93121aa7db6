#!/usr/bin/env bash
# Runs the ns-3 R1 anchor (../shared/anchors/ns3/r1_line_cell.cc) for 10 ms and writes its
# per-packet trace (class,flow,seq,send_ns,recv_ns,delay_ns), sorted by class, flow and seq so
# that the file does not depend on the order of receptions at one instant.
#
#   ./r1_trace.sh SOURCE.cc            # rewrite r1-trace-10ms.csv next to this script
#   ./r1_trace.sh SOURCE.cc OUT.csv    # the same, into OUT.csv (the validation test does this)
#
# The binary goes to $NS3_BUILD_DIR (default ${TMPDIR:-/tmp}/netloom-ns3), rebuilt when the
# source is newer; the build takes about 20 s, the run a fraction of a second.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$1"
out="${2:-$here/r1-trace-10ms.csv}"
build="${NS3_BUILD_DIR:-${TMPDIR:-/tmp}/netloom-ns3}"
bin="$build/r1_line_cell"
LIBS="-lns3-point-to-point -lns3-internet -lns3-traffic-control -lns3-network -lns3-core"
mkdir -p "$build"
if [ ! -x "$bin" ] || [ "$src" -nt "$bin" ]; then
  echo "building $bin" >&2
  # shellcheck disable=SC2086
  g++ -O2 -std=c++17 -w -I/usr/include "$src" -o "$bin.$$.tmp" $LIBS
  mv "$bin.$$.tmp" "$bin"
fi
tmp="$(mktemp)"
"$bin" --variant=R1 --simTime=0.01 --drain=0.001 --trace="$tmp" >/dev/null
{ head -1 "$tmp"; tail -n +2 "$tmp" | sort -t, -k1,1 -k2,2n -k3,3n; } >"$out"
rm -f "$tmp"
