"""Spider kinds: a registry entry names a kind, the Scrapy spider of that name serves it.

Kinds are found through Scrapy's own ``SPIDER_MODULES`` (``spiders.kinds`` for the
generic ones, ``spiders.sites`` for small spiders of odd sites): a spider's
``name`` is its kind, its ``Options`` model checks the entry's options.
"""

from __future__ import annotations

from functools import cache

from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from veille.spiders.scrapy_settings import SPIDER_MODULES


@cache
def _loader() -> SpiderLoader:
    return SpiderLoader.from_settings(Settings({"SPIDER_MODULES": SPIDER_MODULES}))


def kind_class(name: str):
    """The spider class serving a kind, or None."""
    try:
        return _loader().load(name)
    except KeyError:
        return None


def kind_names() -> list[str]:
    return sorted(_loader().list())
