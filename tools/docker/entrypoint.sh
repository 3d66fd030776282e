#!/bin/sh
# Entrypoint of the houqin image. `docker run houqin directory` (or `command: ["directory"]` in
# docker-compose.yml) starts the compiled dist/apps/directory/src/main.js (`npm run build` makes dist/
# outside the image). Plain node: no transpiler, and no --enable-source-maps, which would format every
# Error().stack through the source maps on the request path (set NODE_OPTIONS=--enable-source-maps by
# hand to debug; the .js.map files are in the image).
# Any other command runs as given, e.g. `docker run --rm -it houqin sh`.
set -e

if [ "$#" -gt 0 ] && [ -f "dist/apps/$1/src/main.js" ]; then
  app="$1"
  shift
  # exec: node itself receives SIGTERM from `docker stop` and shuts down cleanly.
  # --max-old-space-size: below 2 GiB V8 grows the heap by up to 2x its live size between full
  # collections instead of 4x, so a service holding ~50 MiB live no longer sits at ~200 MiB of
  # garbage after load (docs/deployment.md#memory-内存). HOUQIN_MAX_OLD_SPACE_MIB changes the ceiling.
  # Subgraphs also get an 8 MiB semi-space (V8's default is 16): ~30 MiB less each after load at no
  # measured CPU cost to them; the gateway keeps the default, as its CPU per request rose with it.
  young=""
  [ "$app" = "gateway" ] || young="--max-semi-space-size=${HOUQIN_MAX_SEMI_SPACE_MIB:-8}"
  exec node --max-old-space-size="${HOUQIN_MAX_OLD_SPACE_MIB:-1024}" $young "dist/apps/$app/src/main.js" "$@"
fi

# The Apollo Router coprocessor (tools/router/README.md) is part of the gateway app.
if [ "${1:-}" = "coprocessor" ]; then
  shift
  exec node dist/apps/gateway/src/coprocessor-main.js "$@"
fi

if [ "$#" -gt 0 ] && [ -n "${1%%-*}" ] && [ -z "$(command -v "$1" 2>/dev/null)" ]; then
  echo "houqin: no app named '$1' and no such command. Apps in this image: $(ls dist/apps 2>/dev/null | tr '\n' ' ')" >&2
  exit 64
fi

exec "$@"
