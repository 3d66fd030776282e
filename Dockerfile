# One image for every houqin service. The command names the app to start:
#   docker build -t houqin .
#   docker run --env-file … houqin directory      # node dist/apps/directory/src/main.js
#   docker run --env-file … houqin gateway        # the default
# Services run compiled JavaScript: a build stage compiles apps/ and libs/ with swc (the decorator
# metadata type-graphql and TypeORM need included; tools/build/build.mjs), and the runtime image holds
# only dist/ and the production dependencies: no TypeScript, no transpiler, no source-map formatting.
# docker-compose.yml runs every app from this image; docs/deployment.md explains the whole setup.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- Stage 1: only the package manifests, so the dependency layers below are rebuilt when a
# package.json or the lockfile changes, not on every source edit.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete \
 && find . -depth -type d -empty -delete

# --- Stage 2: compile. All dependencies (swc is a devDependency), then the sources, then the build.
FROM ${NODE_IMAGE} AS build
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
WORKDIR /src
COPY --from=manifests /src/ ./
RUN npm ci
COPY .swcrc ./
COPY tools/build/ tools/build/
COPY libs/ libs/
COPY apps/ apps/
RUN node tools/build/build.mjs

# --- Stage 3: the runtime image.
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app

# Production dependencies only. The compiled workspace packages resolve from dist/node_modules/@houqin/*
# (written by the build), which Node finds before npm's workspace links to the TypeScript sources.
COPY --from=manifests /src/ ./
RUN npm ci --omit=dev \
 && npm cache clean --force

COPY --from=build /src/dist/ dist/
COPY tools/docker/entrypoint.sh tools/docker/entrypoint.sh

# The code stays owned by root and read-only to the service; only data/ (the embedded database,
# unused when DATABASE_URL points at MySQL) is writable.
RUN mkdir -p data && chown node:node data
USER node

EXPOSE 4000 4001 4002 4003 4004 4005
ENTRYPOINT ["/bin/sh", "/app/tools/docker/entrypoint.sh"]
CMD ["gateway"]
