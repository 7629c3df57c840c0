"""An output as an e-mail: the plain-text and HTML files in one RFC 5322 message.

A press officer opens ``advisory.eml`` in a mail client or imports it into
a mailing tool. It is ``multipart/alternative`` (plain text first, then
HTML, as mail clients prefer), with the HTML's stylesheet inlined into
``style`` attributes, since mail clients drop ``<style>`` elements. It has
no ``To``: the press officer chooses the recipients. Every header and the
MIME boundary come from the content, so the same inputs give the same
bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html as htmllib
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

import css_inline

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_INLINER = css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=False)


def html_title(html: str) -> str:
    """The text of an HTML page's ``<title>``, spaces collapsed (empty when it has none)."""
    found = _TITLE.search(html)
    text = htmllib.unescape(_TAG.sub("", found.group(1))) if found else ""
    return " ".join(text.split())


def inline_css(html: str) -> str:
    """``html`` with its ``<style>`` rules moved into ``style`` attributes (no remote fetch)."""
    return str(_INLINER.inline(html))


def compose_email(
    *,
    text: str,
    html: str,
    sender_name: str,
    sender_address: str,
    date: dt.date,
    language: str,
) -> bytes:
    """The message's bytes (CRLF line ends): ``Subject`` is the HTML page's title."""
    message = EmailMessage(policy=SMTP)
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(
        inline_css(html), subtype="html", charset="utf-8", cte="quoted-printable"
    )
    for part in message.iter_parts():
        del part["MIME-Version"]  # only the message itself says it
    structure = [(name, message[name]) for name in ("MIME-Version", "Content-Type")]
    for name, _value in structure:
        del message[name]
    message["From"] = _address(sender_name, sender_address)
    message["Date"] = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    message["Subject"] = html_title(html)
    message["Content-Language"] = language
    for name, value in structure:
        message[name] = value
    digest = hashlib.sha256(f"{text}\0{html}".encode()).hexdigest()[:32]
    message.set_boundary(f"=_{digest}")
    return message.as_bytes(policy=SMTP)


def _address(name: str, address: str) -> Address | str:
    """A ``From`` address; the bare text when it is not a well-formed address."""
    try:
        return Address(display_name=name, addr_spec=address)
    except (ValueError, IndexError):
        return address
