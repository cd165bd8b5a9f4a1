# The API image for docker-compose.yml. Neo4j runs in its own container (NEO4J_URI is set),
# so `partnergraph up` applies the schema, loads data/seed and serves the API.

# The explorer's graph library, installed from the committed lock file.
FROM node:20-slim AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM python:3.11-slim
# Fonts for Vietnamese and Chinese text (reports printed by the server, aliases in 汉字).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . /app
COPY --from=web /web/node_modules /app/web/node_modules
RUN pip install --no-cache-dir -e . && useradd --system partnergraph
USER partnergraph
EXPOSE 8000
CMD ["partnergraph", "up"]
