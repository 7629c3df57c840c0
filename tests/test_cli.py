"""The ``toolkit`` command ends as ``sys.exit`` would, without tearing Python down."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


def python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("arguments", "status", "shown"),
    [
        (["--version"], 0, "toolkit, version"),
        (["no-such-command"], 2, "No such command"),
    ],
)
def test_the_command_exits_with_mains_status_after_the_exit_handlers(
    arguments: list[str], status: int, shown: str
) -> None:
    done = python(
        f"""
        import atexit, sys
        from toolkit import cli
        atexit.register(print, "exit handler ran", flush=True)
        sys.argv = ["toolkit", *{arguments!r}]
        cli.run()
        print("never here")
        """
    )
    assert done.returncode == status, done.stderr
    assert shown in done.stdout + done.stderr
    assert "exit handler ran" in done.stdout
    assert "never here" not in done.stdout


def test_output_still_buffered_at_the_end_is_written() -> None:
    done = python(
        """
        import sys
        from toolkit import cli
        sys.stdout.write("no newline, still in the buffer")
        sys.argv = ["toolkit", "--version"]
        cli.run()
        """
    )
    assert done.returncode == 0
    assert done.stdout.startswith("no newline, still in the buffer")


def test_a_message_given_to_sys_exit_is_printed_with_status_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from toolkit.cli import _exit_status

    assert (_exit_status(None), _exit_status(3)) == (0, 3)
    assert _exit_status("stopped") == 1
    assert capsys.readouterr().err == "stopped\n"


def test_the_pdf_fork_server_leaves_at_once_when_it_ends() -> None:
    """Its exit handlers after the warm-up's never run: it does not tear Python down."""
    done = python(
        """
        import atexit
        atexit.register(print, "teardown", flush=True)  # runs last: after the warm-up's
        import toolkit.render.warmup
        print("warmed up", flush=True)
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["warmed", "up"]
