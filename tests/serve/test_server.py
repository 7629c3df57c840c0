"""The preview over HTTP: pages, outputs, path safety, escaping, reload events."""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import time
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET, run_cli
from tests.serve.conftest import CAMPAIGN_PO, Client
from toolkit.serve import PreviewServer
from toolkit.serve.depends import EVERYTHING, Scope


def test_the_index_lists_every_campaign_locale_and_file(client: Client) -> None:
    status, headers, body = client.get("/")
    assert status == 200
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    page = body.decode()
    for locale in ("en", "fr"):
        for name in ("advisory.txt", "advisory.html", "advisory.eml", "donation.html", "brief.pdf"):
            assert f'href="/preview/test-camps/{locale}/{name}"' in page
    assert 'href="/translate/fr"' in page
    assert 'href="/translate/en"' not in page  # the source language


def test_a_document_page_shows_the_output_and_the_lint_beside_it(client: Client) -> None:
    page = client.text("/preview/test-camps/fr/advisory.html")
    assert 'src="/out/test-camps/fr/advisory.html"' in page
    assert "incomplete-translation" in page
    assert "untranslated" in page
    # each problem links to its file and line in the read-only source view
    links = re.findall(r'href="(/source/[^"#]+#L\d+)"', page)
    assert any(link.startswith("/source/locales/fr/LC_MESSAGES/") for link in links)
    assert any(link.startswith("/source/factsheets/test-camps.yaml#L") for link in links)
    source = client.text(links[0].split("#")[0])
    assert f'id="{links[0].split("#")[1]}"' in source


def test_outputs_are_served_as_built_with_a_policy_that_fetches_nothing_remote(
    client: Client,
) -> None:
    status, headers, body = client.get("/out/test-camps/fr/advisory.html")
    assert status == 200
    assert headers["content-type"].startswith("text/html")
    policy = headers["content-security-policy"]
    assert "default-src 'none'" in policy and "sandbox" in policy
    assert "script-src" not in policy  # no script runs in a document
    assert b'lang="fr"' in body
    text = client.text("/out/test-camps/fr/advisory.txt")
    assert "L’organisation estime que" in text


def test_text_and_email_pages(client: Client) -> None:
    page = client.text("/preview/test-camps/fr/advisory.txt")
    assert '<pre class="text" lang="fr"' in page
    assert "L’organisation estime que" in page
    mail = client.text("/preview/test-camps/en/advisory.eml")
    assert "<dt>Subject</dt><dd>Prisoner amnesty to begin</dd>" in mail
    assert "Plain-text part" in mail and 'src="/part/test-camps/en/advisory.eml"' in mail
    part = client.text("/part/test-camps/en/advisory.eml")
    assert "<h1" in part and "Prisoner amnesty to begin" in part


def test_a_pdf_is_rendered_on_demand(client: Client) -> None:
    status, headers, body = client.get("/out/test-camps/en/brief.pdf")
    assert status == 200, body[:300]
    assert headers["content-type"] == "application/pdf"
    assert body.startswith(b"%PDF-")
    page = client.text("/preview/test-camps/en/brief.pdf")
    assert 'src="/out/test-camps/en/brief.pdf"' in page


TRAVERSALS = [
    "/../../etc/passwd",
    "/source/../../etc/passwd",
    "/source/%2e%2e/%2e%2e/etc/passwd",
    "/source/factsheets/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/source/factsheets%2f..%2f..%2fetc%2fpasswd",
    "/source/factsheets/..%5c..%5cetc%5cpasswd",
    "/source//etc/passwd",
    "/source/etc/passwd",
    "/source/out/test-camps/en/advisory.html",
    "/out/test-camps/fr/..%2f..%2f..%2fetc%2fpasswd",
    "/out/test-camps/fr/%2e%2e/%2e%2e/factsheets/test-camps.yaml",
    "/out/test-camps/fr/advisory.html.bak",
    "/out/test-camps/fr/base.html",
    "/out/test-camps/fr/facts.jinja",
    "/out/test-camps/de/advisory.html",
    "/preview/test-camps/fr/passwd",
    "/static/../toolkit/cli.py",
    "/static/%2e%2e%2fserver.py",
    "/events/../../etc/passwd",
    "/etc/passwd",
    "//etc/passwd",
    "/source/templates/escape.css",
    "/out/test-camps/fr/escape.css",
    "/source/templates/.hidden.css",
]


def test_anything_outside_the_outputs_and_assets_is_404(client: Client, project_root: Path) -> None:
    outside = project_root.parent / "secret.css"
    outside.write_text("body { secret: 1 }")
    os.symlink(outside, project_root / "templates" / "escape.css")
    (project_root / "templates" / ".hidden.css").write_text("x")
    for path in TRAVERSALS:
        status, _headers, body = client.get(path)
        assert status == 404, path
        assert b"secret" not in body and b"root:" not in body


def test_assets_under_templates_are_served_beside_the_outputs(
    client: Client, project_root: Path
) -> None:
    (project_root / "templates" / "img").mkdir()
    (project_root / "templates" / "img" / "logo.svg").write_text("<svg/>")
    status, headers, body = client.get("/out/test-camps/fr/img/logo.svg")
    assert (status, headers["content-type"], body) == (200, "image/svg+xml", b"<svg/>")
    status, headers, _body = client.get("/out/test-camps/fr/web.css")
    assert status == 200 and headers["content-type"] == "text/css"


def test_other_host_names_are_refused(client: Client) -> None:
    status, _headers, _body = client.get("/", {"Host": "attacker.example:8000"})
    assert status == 403
    assert client.get("/", {"Host": f"localhost:{client.port}"})[0] == 200


def test_untrusted_text_is_escaped(client: Client, project_root: Path) -> None:
    po = project_root / "locales" / "fr" / "LC_MESSAGES" / "test-camps.po"
    save(
        client,
        po,
        CAMPAIGN_PO.replace(
            "# checked with the press office", '# <img src=x onerror="alert(1)">'
        ).replace("personnes sont détenues.", "personnes <script>alert('x')</script>."),
    )
    view = client.text("/translate/fr")
    page = client.text("/preview/test-camps/fr/advisory.html")
    for text in (view, page):
        assert "<script>alert" not in text and "<img src=x" not in text
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in view
    assert "&lt;script&gt;alert" in view
    assert "unsafe-markup" in page


def save(client: Client, path: Path, text: str, timeout: float = 5.0) -> None:
    """Write ``path`` and wait until the running preview has taken it in (its version moved)."""
    start = _version(client)
    path.write_text(text, encoding="utf-8")
    deadline = time.monotonic() + timeout
    while _version(client) == start:
        assert time.monotonic() < deadline, "the preview did not notice the change"
        time.sleep(0.05)


def _version(client: Client) -> int:
    found = re.search(r'data-version="(\d+)"', client.text("/"))
    assert found is not None
    return int(found.group(1))


def test_a_saved_file_is_noticed_and_only_its_pages_are_told(
    server: PreviewServer, client: Client, project_root: Path
) -> None:
    connection = http.client.HTTPConnection(client.host, client.port, timeout=10)
    connection.request("GET", "/events?since=0")
    events = connection.getresponse()
    assert events.getheader("Content-Type", "").startswith("text/event-stream")
    sheet = project_root / "factsheets" / "test-camps.yaml"
    sheet.write_text(MINIMAL_FACTSHEET.replace("Prisoner amnesty to begin", "Amnesty soon"))
    change = _next_event(events)
    assert change["pages"] == [["test-camps", None]]
    assert "Amnesty soon" in client.text("/out/test-camps/en/advisory.html")
    server.apply(Scope(pairs=frozenset({("test-camps", "fr")})))
    assert _next_event(events)["pages"] == [["test-camps", "fr"]]
    connection.close()


def test_events_missed_before_connecting_are_sent(server: PreviewServer, client: Client) -> None:
    server.apply(EVERYTHING)
    server.apply(EVERYTHING)
    connection = http.client.HTTPConnection(client.host, client.port, timeout=10)
    connection.request("GET", "/events?since=1")
    response = connection.getresponse()
    assert _next_event(response)["version"] == 2
    connection.close()


def _next_event(response: http.client.HTTPResponse) -> dict[str, object]:
    for _ in range(100):
        line = response.fp.readline().decode()
        if line.startswith("data: "):
            event: dict[str, object] = json.loads(line[len("data: ") :])
            return event
    raise AssertionError("no event")


def test_a_broken_fact_sheet_is_a_page_with_located_errors(
    client: Client, project_root: Path
) -> None:
    sheet = project_root / "factsheets" / "test-camps.yaml"
    save(client, sheet, MINIMAL_FACTSHEET.replace("  advisory:\n", "  advisory: [\n"))
    page = client.text("/preview/test-camps/fr/advisory.html")
    assert "factsheets/test-camps.yaml cannot be loaded" in page
    assert re.search(r'href="/source/factsheets/test-camps.yaml#L\d+"', page)
    assert "invalid-factsheet" in page and 'class="at"' in page  # the line, quoted
    index = client.text("/")
    assert "cannot be loaded" in index


def test_the_translators_view_puts_what_needs_work_first(client: Client) -> None:
    page = client.text("/translate/fr")
    needs = re.findall(r'<li class="entry need-(\w+)">', page)
    order = ["untranslated", "fuzzy", "broken", "over_budget", "nothing"]
    assert needs == sorted(needs, key=order.index)
    assert {"untranslated", "fuzzy", "over_budget", "nothing"} <= set(needs)
    # the over-budget headline, with its budget, in context
    entry = page[page.index('<li class="entry need-over_budget">') :]
    entry = entry[: entry.index("</li>")]
    assert "Prisoner amnesty to begin" in entry and "of at most 80 characters" in entry
    # a sentence as printed: its fact in French words and digits
    assert re.search(r"L’organisation estime que jusqu.à 200\W000", page)
    assert "checked with the press office" in page  # the translator's own note
    assert "not in the PO file yet" in page  # strings the documents need that the file lacks


def test_unknown_routes_and_methods(client: Client) -> None:
    assert client.get("/nothing")[0] == 404
    assert client.get("/translate/de")[0] == 404
    assert client.get("/preview/test-camps")[0] == 404
    status, headers, _ = client.get("/preview/test-camps/fr")
    assert status == 302 and headers["location"] == "/preview/test-camps/fr/advisory.txt"
    connection = http.client.HTTPConnection(client.host, client.port, timeout=10)
    connection.request("POST", "/", body=b"x")
    assert connection.getresponse().status == 501
    connection.close()


def test_the_cli_refuses_an_unknown_campaign_and_a_busy_port(project_root: Path) -> None:
    result = run_cli("--project", str(project_root), "serve", "--campaign", "nope")
    assert result.exit_code == 2 and "no campaign 'nope'" in result.output
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        result = run_cli("--project", str(project_root), "serve", "--port", port)
    assert result.exit_code == 1 and "cannot listen on 127.0.0.1" in result.output


def test_a_broken_template_is_a_located_problem_not_a_crash(
    client: Client, project_root: Path
) -> None:
    template = project_root / "templates" / "advisory.html"
    text = template.read_text(encoding="utf-8")
    save(client, template, text.replace("{% block body %}", "{% block body %}{{ nothing }}"))
    page = client.text("/preview/test-camps/en/advisory.html")
    assert "invalid-template" in page
    assert 'href="/source/templates/advisory.html#L' in page
    assert client.get("/out/test-camps/en/advisory.html")[0] == 404
    save(client, template, text)  # fixed: the next save recovers
    assert "Prisoner amnesty" in client.text("/out/test-camps/en/advisory.html")


def test_an_internal_failure_is_a_500_page_and_the_server_goes_on(
    server: PreviewServer, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object) -> None:
        raise RuntimeError("<b>boom</b>")

    monkeypatch.setattr(server.preview, "view", fail)
    status, headers, body = client.get("/preview/test-camps/fr/advisory.html")
    assert status == 500
    assert b"RuntimeError: &lt;b&gt;boom&lt;/b&gt;" in body
    assert "script-src 'self'" in headers["content-security-policy"]
    assert client.get("/")[0] == 200
