# Stand-in for axllent/mailpit: SMTP on 1025, and the part of mailpit's HTTP API
# on 8025 that CI reads (/api/v1/messages, /api/v1/message/ID/raw). CI only.
ARG BASE=veille-ci/services
FROM ${BASE}
COPY mailcatcher.py /usr/local/bin/mailcatcher.py
EXPOSE 1025 8025
USER nobody
CMD ["python3", "/usr/local/bin/mailcatcher.py"]
