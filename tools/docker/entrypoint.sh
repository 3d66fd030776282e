#!/bin/sh
# Entrypoint of the houqin image. `docker run houqin directory` (or `command: ["directory"]` in
# docker-compose.yml) starts apps/directory/src/main.ts; swc transpiles the TypeScript as it loads.
# Any other command runs as given, e.g. `docker run --rm -it houqin sh`.
set -e

if [ "$#" -gt 0 ] && [ -f "apps/$1/src/main.ts" ]; then
  app="$1"
  shift
  # exec: node itself receives SIGTERM from `docker stop` and shuts down cleanly.
  exec node --enable-source-maps -r @swc-node/register "apps/$app/src/main.ts" "$@"
fi

if [ "$#" -gt 0 ] && [ -n "${1%%-*}" ] && [ -z "$(command -v "$1" 2>/dev/null)" ]; then
  echo "houqin: no app named '$1' and no such command. Apps in this image: $(ls apps | tr '\n' ' ')" >&2
  exit 64
fi

exec "$@"
