"""Open calls pages (issue 10, point 6): filled by another change; app.py mounts ``routes``."""

routes: list = []
