"""Files that are not what they seem: a named pipe, an unreadable file, a full or read-only
out/, a byte-order mark, a msgstr[N] where none belongs. Each is a located problem."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from tests.lint.trees import FR_COPY, FR_MESSAGES, SHEET, line_of, lint_json, make_tree, of_code
from toolkit import inputs
from toolkit.output import write_atomic, write_checked, write_problem
from toolkit.problems import ToolkitError

COMMANDS = [
    ["validate"],
    ["lint"],
    ["i18n", "status"],
    ["i18n", "extract"],
    ["i18n", "update"],
    ["build", "--output", "advisory"],
]


def _tree(tmp_path: Path) -> Path:
    root = make_tree(tmp_path / "project")
    shutil.copy(REPO / "babel.cfg", root / "babel.cfg")
    return root


def _toolkit(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command in its own process: a hang fails the test after 60 s."""
    return subprocess.run(
        [sys.executable, "-m", "toolkit", "--project", str(root), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "TOOLKIT_CACHE_DIR": ""},
    )


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_named_pipe_for_a_fact_sheet_hangs_no_command(tmp_path: Path, command: list[str]) -> None:
    root = _tree(tmp_path)
    os.mkfifo(root / "factsheets" / "x.yaml")
    done = _toolkit(root, *command)
    assert done.returncode == 1, done.stderr
    assert "factsheets/x.yaml" in done.stderr
    assert "named pipe, not a regular file" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_named_pipe_for_a_template_or_a_catalog_is_reported(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    os.mkfifo(root / "templates" / "extra.html")
    (root / FR_MESSAGES).unlink()
    os.mkfifo(root / FR_MESSAGES)
    done = _toolkit(root, "lint", "--format", "json")
    assert done.returncode == 1
    assert '"path": "templates/extra.html"' in done.stdout
    assert f'"path": "{FR_MESSAGES}"' in done.stdout
    assert done.stdout.count("named pipe, not a regular file") == 2
    done = _toolkit(root, "i18n", "extract")
    assert done.returncode == 1 and "templates/extra.html" in done.stderr


def _unreadable(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make ``path`` unreadable for this process (a chmod means nothing to root)."""
    real_open = os.open

    def refusing(file: object, flags: int, *args: object, **kwargs: object) -> int:
        if Path(str(file)).resolve() == path.resolve():
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(inputs.os, "open", refusing)


@pytest.mark.parametrize(
    ("relative", "code"),
    [
        (SHEET, "invalid-factsheet"),
        (FR_COPY, "invalid-catalog"),
        ("templates/advisory.html", "invalid-template"),
    ],
)
def test_an_unreadable_file_is_a_located_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: str, code: str
) -> None:
    root = _tree(tmp_path)
    _unreadable(monkeypatch, root / relative)
    result = run_cli("--project", str(root), "lint", "--format", "json")
    assert result.exit_code == 1
    assert "internal error" not in result.output
    assert f'"path": "{relative}"' in result.stdout
    assert f'"code": "{code}"' in result.stdout
    assert "permission denied" in result.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_a_located_problem_for_real(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / FR_COPY).chmod(0)
    done = _toolkit(root, "lint")
    assert done.returncode == 1
    assert FR_COPY in done.stderr and "permission denied" in done.stderr
    assert "internal error" not in done.stderr


def test_a_full_disk_keeps_the_last_good_file_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "camp" / "en" / "advisory.html"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"last good")

    def full(handle: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError) as caught:
        write_atomic(target, b"new", force=True)
    assert target.read_bytes() == b"last good"
    assert sorted(p.name for p in target.parent.iterdir()) == ["advisory.html"]  # no temp left
    problem = write_problem(target, tmp_path, caught.value)
    assert (problem.path, problem.code) == ("out/camp/en/advisory.html", "cannot-write")
    assert problem.message == (
        "cannot write out/camp/en/advisory.html: the disk is full; the last good file is kept"
    )


def test_a_read_only_out_folder_is_a_located_problem(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.write_text("a file where the out/ folder should be")  # fails for root too
    with pytest.raises(ToolkitError) as caught:
        write_checked(out / "camp" / "en" / "advisory.html", b"x", tmp_path)
    [problem] = caught.value.problems
    assert (problem.path, problem.code) == ("out/camp/en/advisory.html", "cannot-write")
    assert "a file stands where a folder is needed" in problem.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes everywhere")
def test_a_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ToolkitError) as caught:
            write_checked(folder / "advisory.html", b"x", tmp_path)
        assert "permission denied" in caught.value.problems[0].message
    finally:
        folder.chmod(0o755)


def test_a_read_only_locales_folder_stops_i18n_update_with_a_located_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _tree(tmp_path)
    assert run_cli("--project", str(root), "i18n", "extract").exit_code == 0

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("toolkit.output.tempfile.mkstemp", read_only)
    from toolkit.cli import main

    monkeypatch.setattr(sys, "argv", ["toolkit", "--project", str(root), "i18n", "update"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 1
    err = " ".join(capsys.readouterr().err.split())
    assert (
        "cannot-write cannot write locales/fr/LC_MESSAGES/messages.po: the file system is read-only"
        in err
    )
    assert "internal error" not in err


def test_a_po_file_with_a_byte_order_mark_reads_as_without(tmp_path: Path) -> None:
    root = make_tree(tmp_path, copy={"Donate": "Donnez<"})
    path = root / FR_COPY
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    _, problems = lint_json(root)
    assert of_code(problems, "invalid-catalog") == []
    [problem] = of_code(problems, "unsafe-markup")  # positions are right on every line
    line = line_of(path, "Donnez<")
    assert (problem["line"], problem["column"]) == (line, len('msgstr "Donnez') + 1)


def test_a_plural_form_on_an_entry_that_is_not_plural_is_an_error(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    path = root / FR_COPY
    text = path.read_text(encoding="utf-8").replace('msgstr "Donate"', 'msgstr[5] "Donnez"')
    path.write_text(text, encoding="utf-8")
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "invalid-catalog")
    assert (problem["path"], problem["line"]) == (FR_COPY, line_of(path, "msgstr[5]"))
    assert "msgstr[5] in an entry without msgid_plural" in str(problem["message"])


def test_a_byte_order_mark_in_a_fact_sheet_or_template_is_no_character(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    for path in (root / SHEET, root / "templates" / "_footer.html"):
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    status, problems = lint_json(root)
    assert (status, of_code(problems, "bidi-control")) == (0, [])
    result = run_cli("--project", str(root), "build", "--output", "advisory")
    assert result.exit_code == 0, result.output
    html = (root / "out" / "test-camps" / "en" / "advisory.html").read_text(encoding="utf-8")
    assert "\ufeff" not in html
