"""The daily health mail to operators: which sources are broken, so no deadline goes unseen."""

from __future__ import annotations

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
    transport = make_transport(settings)
    try:
        for number, recipient in enumerate(settings.operator_addresses):
            name = f"health-{now.astimezone(settings.tz):%Y-%m-%d}-{number}.eml"
            transport.send(settings.sender_address, recipient, raw, name)
    finally:
        transport.close()
    return len(settings.operator_addresses)
