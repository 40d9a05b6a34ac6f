# Cutover orchestrator (and, with another command, the transfer-agent) as an image.
#   docker build -t cutover .
#   docker compose -f deploy/compose.yaml up
# Build stage: everything needed to compile the services and the cockpit.
FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime: production dependencies and the compiled output only, run as the unprivileged `node` user.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    ORCHESTRATOR_HOST=0.0.0.0 \
    ORCHESTRATOR_PORT=7300 \
    HEALTHCHECK_URL=http://127.0.0.1:7300/health
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /src/dist ./dist
USER node
EXPOSE 7300
# No curl in the slim image: Node's fetch asks /health. With TLS on, point HEALTHCHECK_URL at https://
# and give the CA with NODE_EXTRA_CA_CERTS (mutual TLS: the listener refuses the check without a client certificate).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(process.env.HEALTHCHECK_URL).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The orchestrator applies its database migrations at start (TypeORM migrationsRun) before it listens.
CMD ["node", "dist/services/orchestrator/src/main.js"]
