"""/healthz and /metrics (issue 10, point 9): filled by another change; app.py mounts ``routes``."""

routes: list = []
