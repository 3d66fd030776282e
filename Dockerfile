# One image for every houqin service. The command names the app to start:
#   docker build -t houqin .
#   docker run --env-file … houqin directory      # apps/directory/src/main.ts
#   docker run --env-file … houqin gateway        # the default
# Services run from their TypeScript source: @swc-node/register transpiles it as it loads (with the
# decorator metadata type-graphql and TypeORM need), so there is no separate build step to forget.
# docker-compose.yml runs every app from this image; docs/deployment.md explains the whole setup.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- Stage 1: only the package manifests, so the dependency layer below is rebuilt when a
# package.json or the lockfile changes, not on every source edit.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete \
 && find . -depth -type d -empty -delete

# --- Stage 2: the runtime image.
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app

# Production dependencies only (@swc-node/register and @swc/core are among them; typescript comes
# in as @swc-node/register's peer). The workspace packages under apps/ and libs/ are linked into
# node_modules/@houqin/* and resolve once their sources are copied below.
COPY --from=manifests /src/ ./
RUN npm ci --omit=dev \
 && npm cache clean --force

COPY tsconfig.json tsconfig.base.json .swcrc ./
COPY libs/ libs/
COPY apps/ apps/
COPY tools/docker/entrypoint.sh tools/docker/entrypoint.sh

# The code stays owned by root and read-only to the service; only data/ (the embedded database,
# unused when DATABASE_URL points at MySQL) is writable.
RUN mkdir -p data && chown node:node data
USER node

EXPOSE 4000 4001 4002 4003 4004 4005
ENTRYPOINT ["/bin/sh", "/app/tools/docker/entrypoint.sh"]
CMD ["gateway"]
