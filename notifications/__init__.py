"""Digests: who follows what, what is due to them, and getting it to their inbox.

The scheduler (and the ``veille digest`` commands) call two functions:

- ``build_due_digests(db, settings, now)``: select and render each due
  digest and write it to the outbox;
- ``send_pending(db, settings, now)``: claim outbox rows and deliver them.

Modules: ``subscribers`` (addresses, filters, import, GDPR export/erase),
``selection`` (which events and reminders), ``render`` and ``french``
(the French e-mail), ``ics`` (the calendar attachment), ``message``
(headers and MIME), ``tokens`` (signed unsubscribe links), ``outbox``
(rows, claims, leases) and ``delivery`` (SMTP or .eml files).
"""

from veille.notifications.delivery import SendReport, send_pending
from veille.notifications.outbox import BuildReport, build_due_digests

__all__ = ["BuildReport", "SendReport", "build_due_digests", "send_pending"]
