#!/bin/sh
# Bring the schema to the image's migrations, then become the command (exec: the
# worker is PID 1, or the child of `--init`/tini, and receives SIGTERM itself).
set -eu
if [ "${1:-}" = "veille" ] && [ "${2:-}" = "run" ]; then
    veille db upgrade
fi
exec "$@"
