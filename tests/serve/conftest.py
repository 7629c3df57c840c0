"""A small project for the preview: the minimal fact sheet, the repository's templates,
French catalogs with an over-budget, a fuzzy and an untranslated entry."""

from __future__ import annotations

import http.client
import shutil
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, ProjectFactory
from toolkit.project import Project
from toolkit.serve import PreviewServer

LONG_HEADLINE = (
    "Une amnistie des prisonniers doit commencer bientôt, selon les déclarations "
    "officielles du gouvernement"
)
CAMPAIGN_PO = textwrap.dedent(
    f"""\
    msgid ""
    msgstr ""
    "Language: fr\\n"
    "Plural-Forms: nplurals=2; plural=(n > 1);\\n"
    "MIME-Version: 1.0\\n"
    "Content-Type: text/plain; charset=utf-8\\n"
    "Content-Transfer-Encoding: 8bit\\n"

    #. advisory: headline
    #. Length: at most 80 characters (the headline, also the e-mail subject).
    msgid "Prisoner amnesty to begin"
    msgstr "{LONG_HEADLINE}"

    #. advisory: body[0]
    #, fuzzy, python-brace-format
    msgid "An amnesty is expected to begin on {{amnesty_start}}."
    msgstr "Une amnistie devrait commencer le {{amnesty_start}}."

    #. advisory: body[1]
    # checked with the press office
    #, python-brace-format
    msgid "The organisation estimates that {{prisoners_total}} people are held."
    msgstr "L’organisation estime que {{prisoners_total}} personnes sont détenues."

    #. advisory: body[2]
    #, python-brace-format
    msgid "{{camps_known}} camp is known."
    msgid_plural "{{camps_known}} camps are known."
    msgstr[0] ""
    msgstr[1] ""
    """
)


def preview_project(make_project: ProjectFactory) -> Path:
    """The project: one campaign in en and fr; fr is partly translated."""
    root = make_project()
    folder = root / "locales" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.copy(REPO / "locales" / "fr" / "LC_MESSAGES" / "messages.po", folder)
    (folder / "test-camps.po").write_text(CAMPAIGN_PO, encoding="utf-8")
    return root


@pytest.fixture
def project_root(make_project: ProjectFactory) -> Path:
    """The project of :func:`preview_project`."""
    return preview_project(make_project)


@dataclass
class Client:
    """Raw HTTP requests: the path is sent exactly as given (no normalising)."""

    host: str
    port: int

    def get(
        self, path: str, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        """Status, headers (lower-case names) and body of a GET."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            connection.putrequest("GET", path, skip_host=bool(headers and "Host" in headers))
            for name, value in (headers or {}).items():
                connection.putheader(name, value)
            connection.endheaders()
            response = connection.getresponse()
            found = {name.lower(): value for name, value in response.getheaders()}
            return response.status, found, response.read()
        finally:
            connection.close()

    def text(self, path: str) -> str:
        """The body of a GET that must succeed, as text."""
        status, _headers, body = self.get(path)
        assert status == 200, (path, status, body[:500])
        return body.decode("utf-8")


@pytest.fixture
def server(project_root: Path) -> Iterator[PreviewServer]:
    """The preview on a free port, watching the project."""
    with PreviewServer(Project(project_root), port=0) as running:
        running.start()
        assert running.wait_until_watching()
        yield running


@pytest.fixture
def client(server: PreviewServer) -> Client:
    """Requests to the running preview."""
    host, port = server.httpd.server_address[:2]
    return Client(str(host), int(port))
