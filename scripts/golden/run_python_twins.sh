#!/bin/sh
# Regenerates tests/golden/python-twins.json with real PyTorch inside the sid root (as root).
# Usage: sh scripts/golden/run_python_twins.sh [/opt/sid-root] [scratch name]
set -e
ROOT=${1:-/opt/sid-root}
NAME=${2:-python-twins}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
W="$ROOT/tmp/$NAME"
rm -rf "$W" && mkdir -p "$W/repo"
(cd "$REPO" && tar cf - content/cells/*.py content/exercises/*/*.py tests/python/programs/*.py) | (cd "$W/repo" && tar xf -)
cp "$REPO/scripts/golden/gen_python_twins.py" "$W/"
chroot "$ROOT" sh -c "cd /tmp/$NAME && python3 gen_python_twins.py repo" > "$REPO/tests/golden/python-twins.json"
echo "wrote tests/golden/python-twins.json"
