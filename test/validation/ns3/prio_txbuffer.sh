#!/usr/bin/env bash
# Builds prio_txbuffer.cc against the Debian ns-3.37 packages (the flags of the R1 anchor's
# build.sh, ../shared/anchors/ns3/build.sh) and runs every variant below; writes one JSON
# document (default: prio_txbuffer.json next to this script).
#
#   ./prio_txbuffer.sh                 # rebuild if needed, run all, rewrite prio_txbuffer.json
#   ./prio_txbuffer.sh OUT.json        # the same, into OUT.json (the validation test does this)
#
# The binary goes to $NS3_BUILD_DIR (default ${TMPDIR:-/tmp}/netloom-ns3), rebuilt when the
# source is newer. Each variant runs in a few milliseconds; the build takes about 7 s.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/prio_txbuffer.json}"
build="${NS3_BUILD_DIR:-${TMPDIR:-/tmp}/netloom-ns3}"
bin="$build/prio_txbuffer"
CXX=${CXX:-g++}
CXXFLAGS="-O2 -std=c++17 -Wall -Wno-unused-variable"
LIBS="-lns3-point-to-point -lns3-internet -lns3-traffic-control -lns3-network -lns3-core"

mkdir -p "$build"
if [ ! -x "$bin" ] || [ "$here/prio_txbuffer.cc" -nt "$bin" ]; then
  echo "building $bin: $CXX $CXXFLAGS" >&2
  # shellcheck disable=SC2086
  $CXX $CXXFLAGS -I/usr/include "$here/prio_txbuffer.cc" -o "$bin.$$.tmp" $LIBS
  mv "$bin.$$.tmp" "$bin"
fi

# name, then the program's options (what each shows and its timing: README.md beside this script)
VARIANTS=(
  "ef-at-txend            --late=2:ef:87360"
  "ef-1ns-before          --late=2:ef:87359"
  "ef-1ns-after           --late=2:ef:87361"
  "ef-at-5th-txend        --late=2:ef:408000"
  "be-then-ef-at-txend    --late=2:be:87360,3:ef:87360"
  "ef-then-be-at-txend    --late=2:ef:87360,3:be:87360"
  "ef-at-nic-txend        --late=1:ef:8016"
  "be-full-band-at-txend  --late=2:be:87360 --switchLimit=3"
  "be-full-band-1ns-before --late=2:be:87359 --switchLimit=3"
  "be-full-band-1ns-after --late=2:be:87361 --switchLimit=3"
  "two-be-full-band-at-txend --late=2:be:87360,3:be:87360 --switchLimit=3"
)

version=$(dpkg-query -W -f='${Version}' libns3-dev 2>/dev/null || echo unknown)
{
  printf '{\n"tool": "ns-3 prio_txbuffer.cc",\n"ns3": "libns3-dev %s",\n"variants": [\n' "$version"
  sep=""
  for v in "${VARIANTS[@]}"; do
    read -r name args <<<"$v"
    printf '%s' "$sep"
    # shellcheck disable=SC2086
    "$bin" --variant="$name" $args
    sep=","
  done
  printf ']\n}\n'
} >"$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out" >&2
