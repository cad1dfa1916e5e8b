# icpcheck's web questionnaire and JSON API, for agencies that host it.
#   docker build -t icpcheck .
#   docker run --rm -p 127.0.0.1:8000:8000 icpcheck     # then open http://127.0.0.1:8000/
# Stateless (answers live in the URL): run as many copies as needed behind any load balancer.
FROM python:3.12-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY icpcheck ./icpcheck
COPY rules ./rules
# The package from this checkout, with the web extra; its dependencies' versions come from pyproject.toml.
# hadolint ignore=DL3013
RUN pip install --no-cache-dir ".[web]" \
    && rm -rf /src \
    && groupadd --gid 10001 icpcheck \
    && useradd --create-home --uid 10001 --gid 10001 --shell /usr/sbin/nologin icpcheck

USER 10001:10001
WORKDIR /home/icpcheck
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=3)"]
# 0.0.0.0 inside the container only: publish the port as narrowly as you need (-p 127.0.0.1:8000:8000).
CMD ["icpcheck", "serve", "--host", "0.0.0.0", "--port", "8000"]
