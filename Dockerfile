# bisum API. Build: docker build -t bisum .
# Run:   docker run -p 8000:8000 -v bisum-data:/data --env-file .env bisum
# A plain (non-editable) install: prompts ship inside the package, the code folder stays read-only to
# the non-root user, and the only writable place is the /data volume that holds the SQLite store.
# tests/test_install_layout.py reproduces this layout without a container engine.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    BISUM_HOST=0.0.0.0 \
    BISUM_PORT=8000 \
    BISUM_DATABASE_URL=sqlite:////data/bisum.sqlite3

WORKDIR /app
COPY pyproject.toml README.md ./
COPY service ./service
RUN pip install . && rm -rf /app/service /app/build
COPY seeds ./seeds

RUN useradd --system --uid 10001 --home-dir /data bisum \
    && mkdir -p /data && chown bisum /data
VOLUME /data
WORKDIR /data
USER bisum
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)" || exit 1
CMD ["bisum", "serve"]
