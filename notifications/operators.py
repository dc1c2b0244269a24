"""Mail to operators: the daily list of broken sources, and an SMTP server refusing us.

Both go to ``VEILLE_OPERATOR_EMAIL``; without it they are only logged.
"""

from __future__ import annotations

import threading
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from veille.notifications.delivery import make_transport
from veille.notifications.french import day
from veille.settings import Settings


def health_message(settings: Settings, broken: list[dict], now: datetime) -> EmailMessage:
    lines = [
        "Bonjour,",
        "",
        f"{len(broken)} source(s) de veille ne fonctionnent plus. Leurs abonnés risquent",
        "de manquer des appels tant qu'elles ne sont pas réparées :",
        "",
    ]
    for source in broken:
        if source["dropped_to_zero"]:
            why = f"aucun appel trouvé (d'habitude {source['usual_items']})"
        else:
            why = f"{source['consecutive_failures']} échecs de suite"
        last = source["last_success"]
        since = f", dernier succès le {day(last.astimezone(settings.tz).date())}" if last else ""
        lines.append(f"- {source['source']} : {why}{since}")
    lines += ["", "Détail : veille health", ""]
    message = EmailMessage(policy=SMTP)
    message["Subject"] = f"veille : {len(broken)} source(s) en panne"
    message["From"] = settings.sender
    message["To"] = ", ".join(settings.operator_addresses)
    message["Date"] = format_datetime(now.astimezone(settings.tz))
    message["Message-ID"] = make_msgid(idstring="health", domain=settings.mail_domain)
    message.set_content("\n".join(lines))
    return message


def send_health_mail(settings: Settings, broken: list[dict], now: datetime) -> int:
    """Mail each operator about ``broken`` sources; returns how many mails went."""
    if not broken or not settings.operator_addresses:
        return 0
    raw = health_message(settings, broken, now).as_bytes()
    return _mail_operators(settings, raw, f"health-{now.astimezone(settings.tz):%Y-%m-%d}")


# Refusals already told to the operators by this process: one mail each, not one a minute.
_TOLD: set[str] = set()
_TOLD_LOCK = threading.Lock()


def refusal_message(settings: Settings, reason: str, now: datetime) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["Subject"] = "veille : le serveur SMTP refuse l'envoi des digests"
    message["From"] = settings.sender
    message["To"] = ", ".join(settings.operator_addresses)
    message["Date"] = format_datetime(now.astimezone(settings.tz))
    message["Message-ID"] = make_msgid(idstring="smtp-refusal", domain=settings.mail_domain)
    message.set_content(
        "\n".join(
            [
                "Bonjour,",
                "",
                "Le serveur SMTP a refusé l'envoi des digests pour tous les destinataires :",
                "",
                f"  {reason}",
                "",
                "Aucun abonné n'en est tenu pour responsable : les digests restent dans la",
                "file d'envoi et repartiront quand le serveur les acceptera. Vérifiez le",
                "compte, l'adresse d'expéditeur (VEILLE_MAIL_FROM) et les limites du relais.",
                "",
                "Détail : veille outbox list --state pending",
                "",
            ]
        )
    )
    return message


def send_refusal_alert(settings: Settings, reason: str, now: datetime) -> int:
    """Mail the operators about a server-wide refusal, once per process for each reason."""
    if not settings.operator_addresses:
        return 0
    with _TOLD_LOCK:
        if reason in _TOLD:
            return 0
        _TOLD.add(reason)
    raw = refusal_message(settings, reason, now).as_bytes()
    stem = f"smtp-refusal-{now.astimezone(settings.tz):%Y-%m-%d-%H%M}"
    return _mail_operators(settings, raw, stem)


def _mail_operators(settings: Settings, raw: bytes, stem: str) -> int:
    """Send ``raw`` to each operator over one connection; returns how many mails went."""
    transport = make_transport(settings)
    try:
        for number, recipient in enumerate(settings.operator_addresses):
            transport.send(settings.sender_address, recipient, raw, f"{stem}-{number}.eml")
    finally:
        transport.close()
    return len(settings.operator_addresses)
