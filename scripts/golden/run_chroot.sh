#!/bin/sh
# Regenerate every fixture with PyTorch 2.x inside the Debian sid root (see README.md).
# Usage (as root): sh scripts/golden/run_chroot.sh [/opt/sid-root]
# (the Python-layer generators gen_python_{names,twins}.py have their own usage: run_python_twins.sh)
set -e
ROOT=${1:-/opt/sid-root}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
(cd "$REPO" && npx tsx scripts/golden/export_cases.ts)
rm -rf "$ROOT/tmp/gen" && mkdir -p "$ROOT/tmp/gen/out"
cp "$HERE"/*.py "$HERE"/cases*.json "$ROOT/tmp/gen/"
for g in gen_optim gen_sched gen_ops gen_guide gen_random gen_print gen_errors gen_models gen_warnings gen_f32 gen_loop gen_engine_optim gen_engine_nn gen_engine_print gen_engine_rng; do
  [ -f "$ROOT/tmp/gen/$g.py" ] || continue
  chroot "$ROOT" sh -c "cd /tmp/gen && GOLDEN_OUT=/tmp/gen/out python3 $g.py"
done
cp "$ROOT"/tmp/gen/out/*.json "$REPO/tests/golden/"
# fixtures of the engine's own unit tests (written under out/src/…)
[ -d "$ROOT/tmp/gen/out/src" ] && cp -r "$ROOT/tmp/gen/out/src/." "$REPO/src/"
