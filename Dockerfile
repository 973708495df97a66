# Hearth's production image (used by `fly deploy`). Plain multi-stage build:
#   docker build -t hearth . && docker run -p 8080:8080 -e DATABASE_URL=... -e SESSION_SECRET=... -e HEARTH_CONTACT_EMAIL=... hearth
# Without DATABASE_URL the container uses an embedded database in /app/data
# (mount a volume there to keep it).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# `npm install` follows the lockfile; see docs/decisions/001-stack-and-versions.md.
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=8080 HEARTH_DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/build ./build
COPY --from=build /app/public ./public
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8080
CMD ["node", "build/server/index.js"]
