"""Scrapy spiders, the source registry and extraction of dates and categories."""
