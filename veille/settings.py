"""Settings from ``VEILLE_*`` variables and an optional TOML file, checked once at start-up.

Every problem is reported as one sentence that names the variable to fix, so an
operator reading a container log knows what to change without reading code.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger
from pydantic import Field, PositiveFloat, PositiveInt, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from veille.errors import ConfigError

ENV_PREFIX = "VEILLE_"
SUPPORTED_DATABASES = ("sqlite", "postgresql")


class Settings(BaseSettings):
    """What an operator can set; the defaults run on a laptop with nothing installed."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid")

    database_url: str = "sqlite:///./var/veille.db"
    outbox_dir: Path = Path("./var/outbox")
    timezone: str = "Europe/Paris"

    # The worker (``veille run``).
    daily_digest_cron: str = "0 7 * * *"
    weekly_digest_cron: str = "0 7 * * mon"
    crawl_time_limit: PositiveFloat = 900.0
    heartbeat_seconds: PositiveFloat = 30.0
    retention_days: PositiveInt = 365
    log_format: Literal["text", "json"] = "text"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    # Crawling (issue 4). The contact address goes into the User-Agent so a
    # webmaster can reach the operator instead of blocking the crawler.
    contact_email: str = "veille@localhost"
    registry: Path | None = None
    fixtures_dir: Path | None = None
    crawl_timeout: float = Field(default=30.0, gt=0, le=600)
    crawl_max_page_bytes: int = Field(default=10_000_000, ge=10_000)
    crawl_retries: int = Field(default=2, ge=0, le=10)
    crawl_backoff: float = Field(default=2.0, ge=0, le=300)
    crawl_retry_max_delay: float = Field(default=60.0, ge=0, le=3600)
    crawl_delay: float = Field(default=1.0, ge=0, le=60)
    crawl_concurrency: int = Field(default=2, ge=1, le=2)

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError(f"{value!r} is not a database URL") from None
        if url.get_backend_name() not in SUPPORTED_DATABASES:
            raise ValueError(
                f"{url.get_backend_name()!r} is not supported; use sqlite:/// or postgresql+psycopg://"
            )
        return value

    @field_validator("contact_email")
    @classmethod
    def _email_shape(cls, value: str) -> str:
        if not re.fullmatch(r"[^@\s]+@[^@\s]+", value):
            raise ValueError(f"{value!r} is not an e-mail address")
        return value

    @field_validator("registry", "fixtures_dir")
    @classmethod
    def _existing(cls, value: Path | None) -> Path | None:
        if value is not None and not value.exists():
            raise ValueError(f"{value} does not exist")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not a known time zone such as Europe/Paris") from None
        return value

    @field_validator("daily_digest_cron", "weekly_digest_cron")
    @classmethod
    def _cron(cls, value: str) -> str:
        try:
            CronTrigger.from_crontab(value)
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a crontab line ({exc})") from None
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment variables win over the file, so one value can be overridden
        # for a single run without editing the shared configuration.
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config_file = os.environ.get(f"{ENV_PREFIX}CONFIG")
        if config_file:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=config_file))
        return tuple(sources)


def load_settings(**overrides: object) -> Settings:
    """Read and validate the settings, or raise ConfigError naming what to fix."""
    config_file = os.environ.get(f"{ENV_PREFIX}CONFIG")
    if config_file and not Path(config_file).is_file():
        raise ConfigError(f"{ENV_PREFIX}CONFIG names {config_file}, which is not a readable file.")
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(_one_sentence(exc)) from None
    except ValueError as exc:  # a TOML file that does not parse
        raise ConfigError(f"{ENV_PREFIX}CONFIG file {config_file} cannot be read: {exc}.") from None


def _one_sentence(exc: ValidationError) -> str:
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error["loc"] else "?"
    name = f"{ENV_PREFIX}{field.upper()}"
    if error["type"] == "extra_forbidden":
        return f"{field!r} in the {ENV_PREFIX}CONFIG file is not a setting veille knows."
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{name} is invalid: {message}."
