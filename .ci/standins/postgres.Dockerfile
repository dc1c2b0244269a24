# Stand-in for postgres:16 where no registry is reachable: Debian's PostgreSQL 15,
# started the way the official image is (POSTGRES_USER/PASSWORD/DB, PGDATA). CI only.
ARG BASE=veille-ci/services
FROM ${BASE}
ENV PATH=/usr/lib/postgresql/15/bin:$PATH \
    PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/postgres-entrypoint
RUN mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
VOLUME ["/var/lib/postgresql/data"]
USER postgres
EXPOSE 5432
ENTRYPOINT ["postgres-entrypoint"]
