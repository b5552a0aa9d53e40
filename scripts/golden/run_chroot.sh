#!/bin/sh
# Regenerate every fixture with PyTorch 2.x inside the Debian sid root (see README.md).
# Usage (as root): sh scripts/golden/run_chroot.sh [/opt/sid-root]
set -e
ROOT=${1:-/opt/sid-root}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
(cd "$REPO" && npx tsx scripts/golden/export_cases.ts)
rm -rf "$ROOT/tmp/gen" && mkdir -p "$ROOT/tmp/gen/out"
cp "$HERE"/*.py "$HERE/cases.json" "$ROOT/tmp/gen/"
for g in gen_optim gen_sched gen_ops gen_guide gen_random gen_print gen_errors gen_models gen_warnings gen_f32; do
  [ -f "$ROOT/tmp/gen/$g.py" ] || continue
  chroot "$ROOT" sh -c "cd /tmp/gen && GOLDEN_OUT=/tmp/gen/out python3 $g.py"
done
cp "$ROOT"/tmp/gen/out/*.json "$REPO/tests/golden/"
