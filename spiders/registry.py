"""The source registry: one TOML file, one table per source, checked once at start-up.

Each ``[source-id]`` table names a spider *kind* and gives that kind's options;
the kind's own ``Options`` model checks them, so a typo in a selector name is
reported as "source 'x': options.titel: …" before any page is fetched.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_serializer,
    field_validator,
    model_validator,
)

from veille.errors import UserError

DEFAULT_REGISTRY = Path(__file__).with_name("sources.toml")
# Where a working copy (a clone of the repository) keeps what a maintainer edits.
REGISTRY_IN_COPY = Path("spiders") / "sources.toml"
FIXTURES_IN_COPY = Path("tests") / "fixtures" / "sites"
_VOCAB = Path(__file__).parent / "extract" / "vocab"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,60}$")
_INTERVAL = re.compile(r"^(\d+)\s*([mhd])$")


class RegistryError(UserError):
    """The registry file is unreadable or one entry is wrong; names the source and field."""


@cache
def vocabulary(name: str) -> frozenset[str]:
    """The keys of one of the extraction library's vocabularies (categories, audience…)."""
    with (_VOCAB / f"{name}.toml").open("rb") as handle:
        return frozenset(tomllib.load(handle))


class Check(BaseModel):
    """How an entry was checked against the real site, so a reader knows what to trust.

    ``page``: the watched page itself was seen (its URL and what it said);
    ``site``: other pages of the same site were seen, not this one;
    ``no``: nothing of the site was found. Stored copies show text, not markup:
    selectors stay inferred from the CMS unless ``notes`` say otherwise.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    level: Literal["page", "site", "no"]
    on: date
    how: str = Field(default="stored copy", min_length=1)
    seen: list[str] = Field(default_factory=list)

    @field_validator("seen")
    @classmethod
    def _http_urls(cls, value: list[str]) -> list[str]:
        for url in value:
            if not re.match(r"^https?://[^/\s]+", url):
                raise ValueError(f"{url!r} is not an http(s) URL")
        return value

    @field_serializer("on")
    def _iso_day(self, value: date) -> str:
        """Dumped as text, so every place that prints an entry can show it."""
        return value.isoformat()

    @model_validator(mode="after")
    def _seen_when_found(self) -> Check:
        if self.level != "no" and not self.seen:
            raise ValueError(f"level {self.level!r} needs the URLs seen (seen = [...])")
        return self


class Source(BaseModel):
    """One site section that veille watches."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str = Field(min_length=1)
    organisation: str = Field(min_length=1)
    categories: list[str] = Field(min_length=1)
    audience: list[str] = Field(default_factory=list)
    region: str = "national"
    start_urls: list[str] = Field(min_length=1)
    kind: str
    options: dict[str, Any] = Field(default_factory=dict)
    # "6h", "1d", "30m", or a five-field cron line such as "0 7 * * 1".
    schedule: str = "1d"
    enabled: bool = True
    # Metadata, RSSHub-style: who looks after the entry and what backs its test.
    maintainers: list[str] = Field(default_factory=list)
    fixture: str | None = None
    example_url: str | None = None
    notes: str | None = None
    # Whether and how the entry was checked against the real site (see Check).
    checked: Check | None = None

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(
                f"{value!r} is not a valid id: 2 to 61 lower-case letters, digits and dashes, "
                "starting with a letter or digit"
            )
        return value

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: list[str]) -> list[str]:
        return _known(value, "categories")

    @field_validator("audience")
    @classmethod
    def _known_audience(cls, value: list[str]) -> list[str]:
        return _known(value, "audience")

    @field_validator("region")
    @classmethod
    def _known_region(cls, value: str) -> str:
        if value != "national":
            _known([value], "regions")
        return value

    @field_validator("start_urls")
    @classmethod
    def _http_urls(cls, value: list[str]) -> list[str]:
        for url in value:
            if not re.match(r"^https?://[^/\s]+", url):
                raise ValueError(f"{url!r} is not an http(s) URL such as https://host/path")
        return value

    @field_validator("schedule")
    @classmethod
    def _schedule_shape(cls, value: str) -> str:
        if _INTERVAL.match(value.strip()):
            return value.strip()
        from apscheduler.triggers.cron import CronTrigger

        try:
            CronTrigger.from_crontab(value)
        except ValueError as exc:
            raise ValueError(
                f"{value!r} is neither an interval like '6h' / '1d' nor a cron line ({exc})"
            ) from None
        return value

    @property
    def fixture_dir(self) -> str:
        return self.fixture or self.id

    @property
    def verified(self) -> str:
        """``page``, ``site`` or ``no``; ``no`` too when the entry records no check."""
        return self.checked.level if self.checked else "no"


def interval_seconds(schedule: str) -> int | None:
    """The schedule as seconds when it is an interval, None when it is a cron line."""
    match = _INTERVAL.match(schedule)
    if not match:
        return None
    return int(match[1]) * {"m": 60, "h": 3600, "d": 86400}[match[2]]


def _known(values: list[str], vocab: str) -> list[str]:
    unknown = sorted(set(values) - vocabulary(vocab))
    if unknown:
        raise ValueError(
            f"unknown {', '.join(unknown)}; known: {', '.join(sorted(vocabulary(vocab)))}"
        )
    return values


class Registry:
    """The sources in file order, by id."""

    def __init__(self, sources: list[Source], path: Path):
        self.sources = {s.id: s for s in sources}
        self.path = path

    def __iter__(self):
        return iter(self.sources.values())

    def __len__(self) -> int:
        return len(self.sources)

    def get(self, source_id: str) -> Source:
        try:
            return self.sources[source_id]
        except KeyError:
            raise UserError(
                f"no source {source_id!r} in {self.path}; `veille sources list` shows them"
            ) from None

    def select(self, source_ids: list[str] | None) -> list[Source]:
        """The named sources, or every enabled one when none is named."""
        if source_ids:
            return [self.get(i) for i in source_ids]
        return [s for s in self if s.enabled]


def find_working_copy(start: Path | None = None) -> Path | None:
    """The clone of the repository holding ``start`` (the current directory), if any.

    A maintainer edits the registry and fixtures of the clone they work in, never
    the installed package's copy. An editable install runs from a clone, so its
    own folder counts too when the current directory is outside any clone.
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents, Path(__file__).resolve().parents[1]):
        if (folder / REGISTRY_IN_COPY).is_file() and (folder / "pyproject.toml").is_file():
            return folder
    return None


def no_working_copy(what: str, variable: str) -> UserError:
    """The sentence for a maintainer's command run outside any clone."""
    return UserError(
        f"{what} needs a working copy of veille: run it from a clone of the repository "
        f"(the folder holding {REGISTRY_IN_COPY}) or set {variable}; "
        "veille never writes into its installed package"
    )


def editable_registry(configured: Path | None) -> Path:
    """The registry file a maintainer edits: VEILLE_REGISTRY, else the working copy's."""
    if configured:
        return configured
    copy = find_working_copy()
    if copy is None:
        raise no_working_copy("`veille sources new`", "VEILLE_REGISTRY and VEILLE_FIXTURES_DIR")
    return copy / REGISTRY_IN_COPY


def maintainer_registry(configured: Path | None) -> Path:
    """The registry the ``sources`` commands read: VEILLE_REGISTRY, the working copy's, or
    the packaged one (which ``veille run`` and ``veille crawl`` always use by default)."""
    if configured:
        return configured
    copy = find_working_copy()
    return copy / REGISTRY_IN_COPY if copy else DEFAULT_REGISTRY


def new_source(**fields: Any) -> Source:
    """A registry entry from ``veille sources new``'s options; a mistake is one sentence."""
    try:
        return Source(**fields)
    except ValidationError as exc:
        error = exc.errors()[0]
        option = _OPTIONS.get(str(error["loc"][0]) if error["loc"] else "", "a field")
        message = str(error["msg"]).removeprefix("Value error, ")
        raise RegistryError(f"{option}: {message}") from None


# How ``veille sources new`` names the entry's fields a person typed.
_OPTIONS = {
    "id": "the source id",
    "start_urls": "--url",
    "name": "--name",
    "organisation": "--name",
    "kind": "--kind",
}


def load_registry(path: Path | str | None = None) -> Registry:
    """Read and check the registry; a RegistryError names the first bad source and field."""
    path = Path(path) if path else DEFAULT_REGISTRY
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except OSError as exc:
        raise RegistryError(f"cannot read the source registry {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"the source registry {path} is not valid TOML: {exc}") from None
    from veille.spiders.kinds import kind_class

    sources = []
    for source_id, entry in raw.items():
        if not isinstance(entry, dict):
            raise RegistryError(f"{path}: {source_id!r} must be a table [{source_id}]")
        try:
            source = Source(id=source_id, **entry)
        except ValidationError as exc:
            raise RegistryError(f"{path}: source {source_id!r}: {_first(exc)}") from None
        spider = kind_class(source.kind)
        if spider is None:
            raise RegistryError(
                f"{path}: source {source_id!r}: kind {source.kind!r} is not a known spider kind"
            )
        try:
            spider.Options(**source.options)
        except ValidationError as exc:
            raise RegistryError(f"{path}: source {source_id!r}: {_first(exc, 'options')}") from None
        sources.append(source)
    return Registry(sources, path)


def _first(exc: ValidationError, prefix: str | None = None) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in ((prefix,) if prefix else ()) + tuple(error["loc"]))
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        message = "is not a field veille knows"
    return f"field {where or '?'}: {message}"
