"""The preview's routes: each URL path to a :class:`Response`, safely.

- ``/``: the index; ``/preview/<campaign>/<locale>/<file>``: a document with
  its problems; ``/translate/<locale>``: the translator's view;
  ``/source/<path>``: a read-only view of a fact sheet, template or catalog;
- ``/out/<campaign>/<locale>/<file>``: an output as built (from memory;
  the PDF rendered on demand), and beside it the project's assets under
  ``templates/`` that a page refers to; ``/part/…``: an e-mail's HTML part;
- ``/static/…``: the preview's own script and style.

Anything else is a 404, and so is every path that is not plainly inside
its folder (:mod:`toolkit.serve.safepath`). Pages carry a strict
Content-Security-Policy; documents may only load the project's own assets.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from email.message import EmailMessage
from http import HTTPStatus
from typing import Any

from toolkit.factsheet.loader import MAX_FILE_BYTES
from toolkit.factsheet.outputs import Kind
from toolkit.project import Project
from toolkit.serve.depends import WATCHED_FOLDERS
from toolkit.serve.pages import Pages, static_file, url
from toolkit.serve.safepath import asset, resolve_inside, url_segments
from toolkit.serve.state import BrokenSheet, PageKey, Preview, TargetView, text_direction
from toolkit.serve.translations import Need

PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
DOCUMENT_POLICY = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; "
    "sandbox allow-same-origin allow-popups allow-popups-to-escape-sandbox"
)
CONTENT_TYPES = {
    Kind.TEXT: "text/plain; charset=utf-8",
    Kind.HTML: "text/html; charset=utf-8",
    Kind.EMAIL: "text/plain; charset=utf-8",  # shown, not handed to a mail program
}
ASSET_TYPES = {
    ".css": "text/css",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/vnd.microsoft.icon",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
}
NEEDS = [(need, need.label) for need in Need]


class Response:
    """What a route answers: a status, a body, its type and extra headers."""

    def __init__(
        self,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        status: HTTPStatus = HTTPStatus.OK,
        policy: str | None = PAGE_POLICY,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.content_type = content_type
        self.status = status
        self.policy = policy
        self.headers = headers or {}


class Routes:
    """Every page, output and asset of the preview (see the module's docstring)."""

    def __init__(self, project: Project, preview: Preview, pages: Pages) -> None:
        self.project = project
        self.preview = preview
        self.pages = pages

    def route(self, path: str) -> Response:
        """The response to a GET of ``path`` (not ``/events``)."""
        segments = url_segments(path)
        if segments is None:
            return self.not_found()
        head, rest = (segments[0], segments[1:]) if segments else ("", [])
        routes: dict[str, Callable[[list[str]], Response]] = {
            "": self.index,
            "preview": self.document,
            "out": self.output,
            "part": self.mail_part,
            "translate": self.translate,
            "source": self.source,
            "static": self.static,
        }
        handler = routes.get(head)
        if handler is None or (head == "" and rest):
            return self.not_found()
        return handler(rest)

    def page(self, name: str, key: PageKey, version: int | None = None, **context: Any) -> str:
        """A page of the preview made at ``version`` (now by default) that reloads when a
        later change reaches ``key``."""
        version = self.preview.version if version is None else version
        page: str = self.pages.render(name, version=version, page=key, **context)
        return page

    def not_found(self, key: PageKey = (None, None), text: str = "") -> Response:
        """A 404 page (it reloads by itself when the project changes: the page may appear)."""
        body = self.page(
            "message.html",
            key,
            heading="Not found",
            text=text or "There is nothing at this address in the preview.",
        )
        return Response(body, status=HTTPStatus.NOT_FOUND)

    def index(self, _rest: list[str]) -> Response:
        """The campaigns × locales × files."""
        version = self.preview.version
        index = self.preview.index()
        body = self.pages.render("index.html", version=version, page=(None, None), index=index)
        return Response(body)

    def document(self, rest: list[str]) -> Response:
        """A document with the problems of its campaign and locale beside it."""
        if len(rest) == 2:  # /preview/<campaign>/<locale>: its first file
            view = self.preview.view(*rest)
            if isinstance(view, TargetView) and view.files:
                location = url("preview", *rest, view.files[0].name)
                return Response(b"", status=HTTPStatus.FOUND, headers={"Location": location})
        if len(rest) != 3:
            return self.not_found()
        campaign, locale, name = rest
        key: PageKey = (campaign, locale)
        version = self.preview.version
        view = self.preview.view(campaign, locale)
        if isinstance(view, BrokenSheet):
            excerpts = {p: self.excerpt(p.path, p.line) for p in view.problems}
            body = self.pages.render(
                "broken.html",
                version=version,
                page=key,
                sheet=view,
                campaign=campaign,
                locale=locale,
                excerpts=excerpts,
            )
            return Response(body)
        file = view.file(name) if view is not None else None
        if view is None or file is None:
            return self.not_found(key, f"No {name} of {campaign} in {locale}.")
        locales = self.preview.locales_of(campaign)
        content = view.documents.get(name)
        body = self.pages.render(
            "document.html",
            version=version,
            page=key,
            view=view,
            file=file,
            content=content,
            locales=locales,
            raw=url("out", campaign, locale, name),
            mail=_mail(content) if file.kind is Kind.EMAIL and content else None,
        )
        return Response(body)

    def output(self, rest: list[str]) -> Response:
        """An output file as built, or a template asset a page of the output refers to."""
        if len(rest) < 3:
            return self.not_found()
        campaign, locale, name = rest[0], rest[1], rest[2]
        view = self.preview.view(campaign, locale)
        file = view.file(name) if isinstance(view, TargetView) and len(rest) == 3 else None
        if file is None:
            return self.asset(rest[2:])
        if file.kind is Kind.PDF:
            result = self.preview.pdf(campaign, locale, name)
            if result is None:
                return self.not_found()
            if result.pdf is None:
                text = result.error or "the PDF could not be rendered"
                body = self.page("message.html", (campaign, locale), heading="No PDF", text=text)
                return Response(body, status=HTTPStatus.INTERNAL_SERVER_ERROR)
            headers = {"Content-Disposition": f'inline; filename="{name}"'}
            return Response(result.pdf, "application/pdf", policy=None, headers=headers)
        assert isinstance(view, TargetView)
        content = view.documents.get(name)
        if content is None:
            return self.not_found((campaign, locale), f"{name} could not be rendered.")
        return Response(content, CONTENT_TYPES[file.kind], policy=DOCUMENT_POLICY)

    def mail_part(self, rest: list[str]) -> Response:
        """The HTML part of an e-mail output."""
        if len(rest) != 3:
            return self.not_found()
        view = self.preview.view(rest[0], rest[1])
        if not isinstance(view, TargetView):
            return self.not_found()
        file = view.file(rest[2])
        content = view.documents.get(rest[2])
        mail = _mail(content) if file is not None and file.kind is Kind.EMAIL and content else None
        if mail is None or not mail["html"]:
            return self.not_found()
        return Response(str(mail["html"]), policy=DOCUMENT_POLICY)

    def asset(self, segments: list[str]) -> Response:
        """A style sheet, image or font under ``templates/``."""
        path = asset(self.project.templates_dir, segments)
        if path is None:
            return self.not_found()
        try:
            data = path.read_bytes()
        except OSError:
            return self.not_found()
        kind = ASSET_TYPES.get(path.suffix.lower(), "application/octet-stream")
        return Response(data, kind, policy=DOCUMENT_POLICY)

    def translate(self, rest: list[str]) -> Response:
        """The translator's view of a locale."""
        if len(rest) != 1:
            return self.not_found()
        locale = rest[0]
        version = self.preview.version
        view = self.preview.translations(locale)
        if view is None:
            return self.not_found((None, locale), f"No campaign is translated into {locale}.")
        body = self.pages.render(
            "translations.html",
            version=version,
            page=(None, locale),
            view=view,
            needs=NEEDS,
            direction=text_direction(locale),
        )
        return Response(body)

    def source(self, rest: list[str]) -> Response:
        """A fact sheet, template or catalog, read-only, with numbered lines."""
        if len(rest) < 2 or rest[0] not in WATCHED_FOLDERS:
            return self.not_found()
        version = self.preview.version
        path = resolve_inside(self.project.root / rest[0], rest[1:])
        if path is None:
            return self.not_found()
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                return self.not_found(text="This file is too large to show.")
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return self.not_found(text="This file is not UTF-8 text.")
        lines = text.splitlines() or [""]
        body = self.page("source.html", (None, None), version, path="/".join(rest), lines=lines)
        return Response(body)

    def static(self, rest: list[str]) -> Response:
        """The preview's own script and style sheet."""
        found = static_file(rest[0]) if len(rest) == 1 else None
        if found is None:
            return self.not_found()
        return Response(found[0], found[1], headers={"Cache-Control": "no-cache"})

    def excerpt(self, path: str, line: int, around: int = 2) -> list[tuple[int, str]]:
        """The lines around ``line`` of a project file (empty when it cannot be read)."""
        parts = path.split("/")
        if line <= 0 or len(parts) < 2 or parts[0] not in WATCHED_FOLDERS:
            return []
        file = resolve_inside(self.project.root / parts[0], parts[1:])
        if file is None or file.stat().st_size > MAX_FILE_BYTES:
            return []
        try:
            lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return []
        first = max(1, line - around)
        return [(n, lines[n - 1]) for n in range(first, min(len(lines), line + around) + 1)]


def _mail(content: str | None) -> dict[str, Any] | None:
    """An e-mail's headers, plain-text and HTML parts."""
    if not content:
        return None
    message = email.message_from_string(content, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        return None
    headers = [
        (name, str(value)) for name, value in message.items() if name.lower() != "mime-version"
    ]
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    return {
        "headers": [(n, v) for n, v in headers if not n.lower().startswith("content-")],
        "text": text.get_content() if text is not None else None,
        "html": html.get_content() if html is not None else None,
    }
