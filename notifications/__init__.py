"""Digest selection, rendering, outbox and delivery (SMTP or files)."""
