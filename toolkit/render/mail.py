"""An output as an e-mail: the plain-text and HTML files in one RFC 5322 message.

A press officer opens ``advisory.eml`` in a mail client or imports it into
a mailing tool. It is ``multipart/alternative`` (plain text first, then
HTML, as mail clients prefer), with the HTML's stylesheet inlined into
``style`` attributes, since mail clients drop ``<style>`` elements, and the
theme's CSS custom properties replaced by their values, which many mail
clients do not understand. Images the HTML uses (the logo) travel with it
(``multipart/related``, ``cid:`` URLs). It has no ``To``: the press officer
chooses the recipients. Every header, Content-ID and MIME boundary comes
from the content, so the same inputs give the same bytes: the
``Message-ID`` too, made of the campaign's reference, the language, a digest
of the content (an advisory revised is another message) and the sender's
domain, ``<ASA-24/001/2012.en-GB.1a2b3c4d5e6f@amnesty.org>``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html as htmllib
import mimetypes
import re
from collections.abc import Mapping
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from urllib.parse import unquote, urlsplit

import css_inline

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_INLINER = css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=False)
_STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style\s*>)", re.DOTALL | re.IGNORECASE)
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_ROOT_RULE = re.compile(r":root\s*\{([^{}]*)\}")
_CUSTOM_PROPERTY = re.compile(r"(--[\w-]+)\s*:\s*([^;{}]*?)\s*(?:;|$)")
_VAR = re.compile(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)")
# What a Message-ID's left part may not hold (RFC 5322 dot-atom-text), in runs.
_NOT_ATEXT = re.compile(r"[^A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+")
_IMG_SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)("[^"]*"|'[^']*')""", re.IGNORECASE)


def html_title(html: str) -> str:
    """The text of an HTML page's ``<title>``, spaces collapsed (empty when it has none)."""
    found = _TITLE.search(html)
    text = htmllib.unescape(_TAG.sub("", found.group(1))) if found else ""
    return " ".join(text.split())


def inline_css(html: str) -> str:
    """``html`` with its ``<style>`` rules moved into ``style`` attributes (no remote fetch),
    custom properties replaced by their values."""
    return str(_INLINER.inline(_STYLE.sub(lambda m: m[1] + resolve_variables(m[2]) + m[3], html)))


def resolve_variables(css: str) -> str:
    """``css`` with every ``var(--name)`` replaced by the value ``:root`` gives it (the last
    one wins; a ``var()`` fallback when none does) and the ``:root`` rules removed."""
    css = _COMMENT.sub("", css)
    values: dict[str, str] = {}
    for rule in _ROOT_RULE.finditer(css):
        values.update(_CUSTOM_PROPERTY.findall(rule.group(1)))
    css = _ROOT_RULE.sub("", css)
    for _ in range(10):  # values may use other variables
        resolved = _VAR.sub(lambda m: values.get(m[1], m[2] or "").strip(), css)
        if resolved == css:
            break
        css = resolved
    return css


def compose_email(
    *,
    text: str,
    html: str,
    images: Mapping[str, bytes] | None = None,
    sender_name: str,
    sender_address: str,
    date: dt.date,
    language: str,
    reference: str,
) -> bytes:
    """The message's bytes (CRLF line ends): ``Subject`` is the HTML page's title,
    ``Message-ID`` made from ``reference``, ``language``, the content and the sender's domain.

    ``images`` are files the HTML names by a relative ``src`` (``logo.svg``):
    each one the HTML uses is attached and named by its Content-ID.
    """
    message = EmailMessage(policy=SMTP)
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    body, related = _with_cids(inline_css(html), images or {})
    message.add_alternative(body, subtype="html", charset="utf-8", cte="quoted-printable")
    html_part = next(p for p in message.iter_parts() if p.get_content_type() == "text/html")
    for cid, name in related:
        kind = (mimetypes.guess_type(name)[0] or "application/octet-stream").split("/")
        html_part.add_related(
            (images or {})[name],
            kind[0],
            kind[1],
            cid=f"<{cid}>",
            disposition="inline",
            filename=name.split("/")[-1],
        )
    if related:
        html_part.set_boundary(f"=_{hashlib.sha256(body.encode()).hexdigest()[:32]}")
        for part in html_part.iter_parts():
            del part["MIME-Version"]
    for part in message.iter_parts():
        del part["MIME-Version"]  # only the message itself says it
    structure = [(name, message[name]) for name in ("MIME-Version", "Content-Type")]
    for name, _value in structure:
        del message[name]
    message["From"] = _address(sender_name, sender_address)
    message["Date"] = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    message["Subject"] = html_title(html)
    revision = hashlib.sha256(f"Message-ID\0{text}\0{html}".encode()).hexdigest()[:12]
    message["Message-ID"] = message_id(reference, language, sender_address, revision)
    message["Content-Language"] = language
    for name, value in structure:
        message[name] = value
    digest = hashlib.sha256(f"{text}\0{html}".encode()).hexdigest()[:32]
    message.set_boundary(f"=_{digest}")
    return message.as_bytes(policy=SMTP)


def _with_cids(html: str, images: Mapping[str, bytes]) -> tuple[str, list[tuple[str, str]]]:
    """``html`` with each ``<img src>`` naming one of ``images`` pointed at a ``cid:``; the
    (Content-ID, name) of each image used, in order of first use."""
    used: dict[str, str] = {}

    def point(match: re.Match[str]) -> str:
        quoted = match[2]
        name = unquote(urlsplit(htmllib.unescape(quoted[1:-1]).strip()).path)
        if name not in images:
            return match[0]
        if name not in used:
            used[name] = f"{hashlib.sha256(images[name]).hexdigest()[:24]}@campaign-toolkit"
        return f'{match[1]}"cid:{used[name]}"'

    html = _IMG_SRC.sub(point, html)
    return html, [(cid, name) for name, cid in used.items()]


def message_id(reference: str, language: str, address: str, digest: str) -> str:
    """``<REFERENCE.language.digest@domain>``: the same for the same message, another for
    another campaign, language or revision. Characters a Message-ID cannot hold become
    ``-``; the domain is the sender's (``campaign-toolkit`` when it has none)."""
    parts = [_NOT_ATEXT.sub("-", part).strip("-") for part in (reference, language)]
    local = ".".join([part for part in parts if part] + [digest])
    domain = address.rpartition("@")[2].strip().strip(".")
    try:
        domain = domain.encode("idna").decode("ascii") if domain else ""
    except UnicodeError:
        domain = ""
    if not re.fullmatch(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*", domain):
        domain = "campaign-toolkit"
    return f"<{local}@{domain}>"


def _address(name: str, address: str) -> Address | str:
    """A ``From`` address; the bare text when it is not a well-formed address."""
    try:
        return Address(display_name=name, addr_spec=address)
    except (ValueError, IndexError):
        return address
