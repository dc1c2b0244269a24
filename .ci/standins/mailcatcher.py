"""A mail catcher for CI: what mailpit does for veille's checks, on Debian's aiosmtpd."""

import json
import threading
import uuid
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller

MESSAGES: list[dict] = []
LOCK = threading.Lock()


class Catcher:
    async def handle_DATA(self, server, session, envelope):
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        with LOCK:
            MESSAGES.append(
                {
                    "ID": uuid.uuid4().hex,
                    "Subject": str(parsed["Subject"] or ""),
                    "From": {"Address": envelope.mail_from},
                    "To": [{"Address": address} for address in envelope.rcpt_tos],
                    "raw": envelope.content,
                }
            )
        return "250 Message accepted"


class Api(BaseHTTPRequestHandler):
    def do_GET(self):
        with LOCK:
            listed = [{k: v for k, v in m.items() if k != "raw"} for m in MESSAGES]
            raws = {m["ID"]: m["raw"] for m in MESSAGES}
        if self.path.startswith("/api/v1/messages"):
            body = json.dumps({"total": len(listed), "messages": listed}).encode()
            kind = "application/json"
        elif self.path.startswith("/api/v1/message/") and self.path.endswith("/raw"):
            found = raws.get(self.path.split("/")[4])
            if found is None:
                self.send_error(404)
                return
            body, kind = found, "message/rfc822"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    controller = Controller(Catcher(), hostname="0.0.0.0", port=1025)
    controller.start()
    ThreadingHTTPServer(("0.0.0.0", 8025), Api).serve_forever()
