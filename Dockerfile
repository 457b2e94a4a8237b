# bisum API. Build: docker build -t bisum .   Run: docker run -p 8000:8000 --env-file .env bisum
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    BISUM_PROMPTS_DIR=/app/prompts \
    BISUM_HOST=0.0.0.0 \
    BISUM_PORT=8000

WORKDIR /app
COPY pyproject.toml README.md ./
COPY service ./service
RUN pip install .
COPY prompts ./prompts
COPY seeds ./seeds

RUN useradd --system --uid 10001 bisum
USER bisum
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)" || exit 1
CMD ["bisum", "serve"]
