# veille's worker image. Build: docker build -t veille .
# The base is a build argument so CI can build this same file on a locally made
# stand-in (no registry is reachable there); nothing else differs.
ARG BASE_IMAGE=python:3.11-slim

# -- builder: a virtual environment with veille and the exact versions of requirements.lock
FROM ${BASE_IMAGE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1
# requirements.lock pins every package. wheels/ is empty in the repository: pip then
# downloads from the index. When it holds wheels (CI fills it on the host, since its
# containers have no network), pip installs from it alone and never looks elsewhere.
# Few layers on purpose: CI's storage driver (vfs) copies the whole tree for each one.
COPY requirements.lock requirements-build.lock wheels/ /src/deps/
RUN set -eu; \
    if ls /src/deps/*.whl >/dev/null 2>&1; then set -- --no-index --find-links /src/deps; fi; \
    python -m venv /opt/veille; \
    /opt/veille/bin/pip install "$@" -r /src/deps/requirements-build.lock \
        -r /src/deps/requirements.lock
# Dependencies are all in place: only veille itself is built here, nothing is resolved.
COPY . /src/
RUN /opt/veille/bin/pip install --no-deps --no-build-isolation /src \
    && cp /src/docker/entrypoint.sh /opt/veille/bin/veille-entrypoint \
    && /opt/veille/bin/veille --version

# -- runtime: the same base, the virtual environment, a user without privileges
FROM ${BASE_IMAGE}
RUN groupadd --system --gid 10001 veille \
    && useradd --system --uid 10001 --gid veille --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin veille \
    && mkdir -p /data \
    && chown veille:veille /data
COPY --from=builder /opt/veille /opt/veille
# Everything the worker keeps lives in /data: the SQLite file (unless
# VEILLE_DATABASE_URL names PostgreSQL), the outbox folder and the generated
# secret key (unless VEILLE_SECRET_KEY is set).
ENV PATH=/opt/veille/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    VEILLE_DATABASE_URL=sqlite:////data/veille.db \
    VEILLE_OUTBOX_DIR=/data/outbox \
    VEILLE_HTTP_HOST=0.0.0.0
# The pages, when VEILLE_HTTP_PORT=8000 is set (with VEILLE_BASE_URL and VEILLE_SECRET_KEY).
EXPOSE 8000
VOLUME ["/data"]
WORKDIR /data
USER 10001:10001
# Exit code 1 when no worker of this database has sent a heartbeat lately.
HEALTHCHECK --interval=30s --timeout=20s --start-period=60s --retries=3 \
    CMD ["veille", "health"]
# The worker stops on SIGTERM: no new job, jobs in hand end within 25 s.
# Give `docker stop` at least 30 s (compose: stop_grace_period).
STOPSIGNAL SIGTERM
ENTRYPOINT ["veille-entrypoint"]
CMD ["veille", "run"]
