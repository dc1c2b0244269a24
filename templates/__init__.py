"""Jinja2 templates of the e-mails veille sends (package data, read by notifications.render)."""
