# The API image for docker-compose.yml. Neo4j runs in its own container (NEO4J_URI is set),
# so `partnergraph up` applies the schema, loads data/seed and serves the API.
FROM python:3.11-slim
WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir -e . && useradd --system partnergraph
USER partnergraph
EXPOSE 8000
CMD ["partnergraph", "up"]
