"""Serving sites from files: a local HTTP server and a download handler that routes to it.

Registry URLs stay real. In fixture mode, ``https://host/path?query`` is fetched
from ``http://127.0.0.1:<port>/host/path?query``, which the server answers from
``<root>/<source dir>/<host>/<path>@<query>``; the response is handed to Scrapy
under its real URL, so links, redirects, robots.txt, retries and size limits
behave as on the web. A ``<file>.http.toml`` sidecar sets status, headers and
delays for hostile cases.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
import tomllib
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import unquote, urlsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http import Request, Response

INDEX_NAMES = ("index.html", "index.xml", "index.json", "index")
SIDECAR_SUFFIX = ".http.toml"


def fixture_path(url: str) -> str:
    """Where a URL's body lives under a source's fixture folder: ``host/path[@query]``."""
    parts = urlsplit(url)
    path = unquote(parts.path) or "/"
    if path.endswith("/"):
        path += "index.html"
    relative = f"{(parts.hostname or '').lower()}{path}"
    if parts.query:
        relative += "@" + parts.query.replace("/", "%2F")
    return relative


def find_fixture(root: Path, relative: str) -> Path | None:
    """The file for ``host/path[@query]`` in any source folder under ``root``."""
    candidates = [relative]
    if relative.endswith("/index.html"):
        base = relative.removesuffix("index.html")
        candidates = [base + name for name in INDEX_NAMES]
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for candidate in candidates:
            path = folder / candidate
            if path.is_dir():
                path = next((path / n for n in INDEX_NAMES if (path / n).is_file()), path)
            if path.is_file() and not path.name.endswith(SIDECAR_SUFFIX):
                return path
    return None


def _content_type(path: Path, body: bytes) -> str:
    suffix = path.suffix.lower()
    known = {
        ".html": "text/html",
        ".htm": "text/html",
        ".xml": "application/xml",
        ".json": "application/json",
        ".pdf": "application/pdf",
        ".txt": "text/plain",
    }
    if suffix in known:
        return known[suffix]
    head = body[:200].lstrip()
    if head.startswith((b"{", b"[")):
        return "application/json"
    if head.startswith(b"%PDF"):
        return "application/pdf"
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        return "application/rss+xml"
    return "text/html"


class FixtureServer:
    """A threaded HTTP server on 127.0.0.1 answering from a fixture tree."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.requests: list[tuple[str, int, dict[str, str]]] = []
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server._answer(self)

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FixtureServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def hits(self, fragment: str) -> list[int]:
        """Statuses served for request paths containing ``fragment``, in order."""
        return [status for path, status, _ in self.requests if fragment in path]

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        wanted = fixture_path("http://" + handler.path.lstrip("/"))
        found = find_fixture(self.root, wanted)
        headers = {k.lower(): v for k, v in handler.headers.items()}
        if found is None:
            self._send(handler, 404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>")
            return
        body = found.read_bytes()
        spec = _sidecar(found)
        with self._lock:
            count = self._counts[wanted] = self._counts.get(wanted, 0) + 1
        time.sleep(float(spec.get("delay", 0)))
        if count <= int(spec.get("fail_first", 0)):
            fail_headers = {"Content-Type": "text/html", **spec.get("fail_headers", {})}
            self._send(handler, int(spec.get("fail_status", 503)), fail_headers, b"busy")
            return
        status = int(spec.get("status", 200))
        out = {"Content-Type": _content_type(found, body), **spec.get("headers", {})}
        if spec.get("conditional", True) and status == 200:
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if spec.get("etag") == "random":
                etag = f'"{time.time_ns()}"'
            out.setdefault("ETag", etag)
            out.setdefault("Last-Modified", formatdate(found.stat().st_mtime, usegmt=True))
            if headers.get("if-none-match") == out["ETag"]:
                self._send(handler, 304, {"ETag": out["ETag"]}, b"")
                return
        self._send(handler, status, out, body)

    def _send(
        self, handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes
    ) -> None:
        self.requests.append((handler.path, status, dict(handler.headers.items())))
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, str(value))
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            handler.wfile.write(body)


class _QuietServer(ThreadingHTTPServer):
    """Clients hanging up (a timeout, a size limit) are expected here, not worth a traceback."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


def _sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    with sidecar.open("rb") as handle:
        return tomllib.load(handle)


class FixtureDownloadHandler(HTTP11DownloadHandler):
    """Fetches every http(s) URL from the fixture server named by ``VEILLE_FIXTURE_ORIGIN``."""

    def __init__(self, crawler: Any):
        super().__init__(crawler)
        self._origin = crawler.settings.get("VEILLE_FIXTURE_ORIGIN").rstrip("/")

    async def download_request(self, request: Request) -> Response:
        parts = urlsplit(request.url)
        local_url = f"{self._origin}/{(parts.hostname or '').lower()}{parts.path or '/'}"
        if parts.query:
            local_url += "?" + parts.query
        response = await super().download_request(request.replace(url=local_url))
        return response.replace(url=request.url, request=request)
