"""Calendar feeds (issue 10, point 8): filled by another change; app.py mounts ``routes``."""

routes: list = []
