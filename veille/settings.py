"""Settings from ``VEILLE_*`` variables and an optional TOML file, checked once at start-up.

Every problem is reported as one sentence that names the variable to fix, so an
operator reading a container log knows what to change without reading code.
"""

from __future__ import annotations

import os
import re
import secrets
from email.utils import parseaddr
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger
from email_validator import EmailNotValidError, validate_email
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
# Fine for .eml files on a laptop; real mail needs the operator's own address.
DEFAULT_MAIL_FROM = "Veille recherche <veille@example.org>"
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


class Settings(BaseSettings):
    """What an operator can set; the defaults run on a laptop with nothing installed."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid")

    database_url: str = "sqlite:///./var/veille.db"
    outbox_dir: Path = Path("./var/outbox")
    timezone: str = "Europe/Paris"

    # The worker (``veille run``). Operators get the daily health mail (comma-separated).
    operator_email: str | None = None
    daily_digest_cron: str = "0 7 * * *"
    weekly_digest_cron: str = "0 7 * * mon"
    crawl_time_limit: PositiveFloat = 900.0
    heartbeat_seconds: PositiveFloat = 30.0
    # A job's lease, renewed at each heartbeat: a worker that dies loses its jobs this fast.
    job_lease_seconds: PositiveFloat = 120.0
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

    # Mail. No smtp_url: digests are written as .eml files under outbox_dir.
    smtp_url: str | None = None
    smtp_timeout: float = 30.0
    # Extra certificate authority for the SMTP server's TLS (a private relay).
    smtp_ca_file: Path | None = None
    mail_from: str | None = None
    # Public address of the unsubscribe page; needed once mail really leaves.
    base_url: str | None = None
    # Signs unsubscribe tokens; see secret() for the laptop default.
    secret_key: str | None = None

    # The pages (issue 10). ``veille run`` serves them when a port is set; the host
    # stays on the loopback by default (a reverse proxy in front terminates https);
    # a container sets 0.0.0.0 so that its published port reaches them.
    http_port: int | None = Field(default=None, ge=1, le=65535)
    http_host: str = "127.0.0.1"
    # Temporary failures: tries within one run, and the first pause (doubled each time).
    send_tries: int = 3
    # SMTP connections sending at once, each reused for its batches of 50.
    smtp_connections: int = Field(default=1, ge=1, le=16)
    retry_delay: float = 2.0
    # A sender that died holding rows gives them back after this many seconds.
    claim_lease: float = 600.0

    @field_validator("smtp_url")
    @classmethod
    def _smtp_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        parts = urlsplit(value.strip())
        if parts.scheme not in ("smtp", "smtps"):
            raise ValueError(
                f"{parts.scheme or value!r} is not a mail URL; use smtp://user:pass@host:587 "
                "(STARTTLS) or smtps://user:pass@host:465"
            )
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError:
            raise ValueError("its port is not a number") from None
        if not parts.hostname:
            raise ValueError("it names no host")
        return value.strip()

    @field_validator("mail_from")
    @classmethod
    def _mail_from(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if "\r" in value or "\n" in value:
            raise ValueError("it holds a line break")
        _, address = parseaddr(value)
        try:
            validate_email(address, check_deliverability=False)
        except EmailNotValidError as exc:
            raise ValueError(f"{address or value!r} is not an e-mail address ({exc})") from None
        return value

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        parts = urlsplit(value.strip())
        # Plain http only for a page on this very machine (development and tests).
        loopback = parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS
        if not (parts.scheme == "https" or loopback) or not parts.hostname:
            raise ValueError(f"{value!r} is not an https:// address (unsubscribe links need https)")
        if parts.query or parts.fragment:
            raise ValueError(f"{value!r} must not hold a query or a fragment")
        return value.strip().rstrip("/")

    @field_validator("secret_key")
    @classmethod
    def _secret_key(cls, value: str | None) -> str | None:
        if value is None or not value:
            return None
        if len(value) < 32:
            raise ValueError(
                "it must be at least 32 characters long; `openssl rand -hex 32` makes one"
            )
        return value

    @field_validator("smtp_ca_file")
    @classmethod
    def _ca_file(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_file():
            raise ValueError(f"{value} is not a readable file")
        return value

    @field_validator("smtp_timeout", "retry_delay", "claim_lease")
    @classmethod
    def _positive(cls, value: float) -> float:
        if value < 0:
            raise ValueError("it must not be negative")
        return value

    @field_validator("send_tries")
    @classmethod
    def _tries(cls, value: int) -> int:
        if not 1 <= value <= 10:
            raise ValueError("it must be between 1 and 10")
        return value

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

    @field_validator("operator_email")
    @classmethod
    def _operators(cls, value: str | None) -> str | None:
        for address in _split(value):
            try:
                validate_email(address, check_deliverability=False)
            except EmailNotValidError as exc:
                raise ValueError(f"{address!r} is not an e-mail address ({exc})") from None
        return value

    @property
    def operator_addresses(self) -> list[str]:
        return _split(self.operator_email)

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

    @property
    def sender(self) -> str:
        """The From header: ``mail_from``, required once mail really leaves."""
        if self.mail_from:
            return self.mail_from
        if self.smtp_url:
            raise ConfigError(
                f"{ENV_PREFIX}MAIL_FROM is not set: it must be your own sender address "
                f"(Name <address@your-domain>) when {ENV_PREFIX}SMTP_URL is set."
            )
        return DEFAULT_MAIL_FROM

    @property
    def sender_address(self) -> str:
        return parseaddr(self.sender)[1]

    @property
    def mail_domain(self) -> str:
        return self.sender_address.rpartition("@")[2]

    def check_delivery(self) -> None:
        """Raise ConfigError now, before any work, if mail cannot be built or sent as set.

        ``veille run`` calls it before starting: a worker that would log the same
        traceback every minute while nobody gets mail must not start at all.
        """
        self.sender  # noqa: B018 - each property raises ConfigError when unusable
        self.public_url()
        if not self.smtp_url:
            self.check_outbox()
        self.secret()

    def check_web(self) -> None:
        """The pages need their public address (links in mails) and a key kept across restarts."""
        missing = [
            f"{ENV_PREFIX}{name.upper()}"
            for name in ("base_url", "secret_key")
            if not getattr(self, name)
        ]
        if missing:
            raise ConfigError(
                f"the pages cannot start without {' and '.join(missing)}: set the public "
                "https:// address of the site and a secret key of 32 characters or more."
            )

    def check_outbox(self) -> None:
        """The outbox folder must be a folder, or creatable: not under a regular file."""
        folder = self.outbox_dir
        for place in (folder, *folder.parents):
            if place.exists():
                if not place.is_dir():
                    where = "is" if place == folder else f"is under {place}, which is"
                    raise ConfigError(
                        f"{ENV_PREFIX}OUTBOX_DIR {folder} {where} a regular file, not a folder; "
                        "point it at a folder."
                    )
                return

    def smtp_parts(self) -> tuple[str, str, int, str | None, str | None]:
        """(scheme, host, port, user, password) of ``smtp_url``."""
        assert self.smtp_url is not None
        parts = urlsplit(self.smtp_url)
        scheme = parts.scheme
        port = parts.port or (465 if scheme == "smtps" else 587)
        user = unquote(parts.username) if parts.username else None
        password = unquote(parts.password) if parts.password else None
        return scheme, parts.hostname or "", port, user, password

    def public_url(self) -> str:
        """Where unsubscribe links point; required when mail really leaves."""
        if self.base_url:
            return self.base_url
        if self.smtp_url:
            raise ConfigError(
                f"{ENV_PREFIX}BASE_URL is not set: it must be the https:// address of the "
                f"unsubscribe page when {ENV_PREFIX}SMTP_URL is set."
            )
        # Laptop mode: mail only goes to files, so the link only has to be well formed.
        return "https://veille.localhost"

    def secret(self) -> bytes:
        """The key that signs unsubscribe tokens.

        With SMTP set it must be given: a key generated inside a container would
        be lost with it, and every unsubscribe link already sent would break.
        With files only (a laptop), one is generated once and kept beside the
        outbox, so links in earlier files keep working.
        """
        if self.secret_key:
            return self.secret_key.encode()
        if self.smtp_url:
            raise ConfigError(
                f"{ENV_PREFIX}SECRET_KEY is not set: it signs unsubscribe links and must be "
                f"set (32 characters or more) when {ENV_PREFIX}SMTP_URL is set."
            )
        path = self.outbox_dir.parent / "secret_key"
        try:
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as handle:
                    handle.write(secrets.token_hex(32))
            return path.read_text().strip().encode()
        except FileExistsError:  # another process wrote it first
            return self._read_secret(path)
        except OSError as exc:
            raise ConfigError(
                f"{ENV_PREFIX}SECRET_KEY is not set and {path} cannot be written: "
                f"{exc.strerror or exc}."
            ) from None

    def _read_secret(self, path: Path) -> bytes:
        try:
            return path.read_text().strip().encode()
        except OSError as exc:
            raise ConfigError(
                f"{ENV_PREFIX}SECRET_KEY is not set and {path} cannot be read: "
                f"{exc.strerror or exc}."
            ) from None

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


def _split(addresses: str | None) -> list[str]:
    return [part.strip() for part in (addresses or "").split(",") if part.strip()]


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
