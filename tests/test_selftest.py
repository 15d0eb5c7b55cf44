"""``journal-app self-test`` and ``--version``: in this process and as a separate command."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

import journal_app
from journal_app import cli, selftest

REPOSITORY = Path(__file__).resolve().parent.parent
REAL_LOCK = selftest._lock


def _leftovers() -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob("carnet-self-test-*"))


def test_self_test_passes_every_step_and_removes_its_folder(qapp) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()

    assert selftest.run_self_test(out) is True

    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"Carnet {journal_app.__version__} self-test")
    step_lines = [line for line in lines if line.startswith("ok    ")]
    assert [line.removeprefix("ok    ").split(" (")[0].split(" [")[0] for line in step_lines] == [
        *(name for name, _ in selftest.STEPS), "clean up"]
    assert lines[-1].startswith(f"self-test passed: {len(selftest.STEPS) + 1} steps")
    assert _leftovers() == []


def test_a_missing_translation_fails_with_a_clear_line_and_still_cleans_up(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # As in a bundle built without the .qm files.
    empty = tmp_path / "no-translations"
    empty.mkdir()
    monkeypatch.setattr("journal_app.ui.i18n.translations_folder", lambda: str(empty))
    out = io.StringIO()

    assert selftest.run_self_test(out) is False

    lines = out.getvalue().splitlines()
    assert "FAIL  load the translations: the fr translation (carnet_fr.qm) is missing" in lines
    assert lines[-1] == "self-test FAILED at 'load the translations'"
    assert not any(line.startswith("ok    render the icons") for line in lines)  # stops at the first failure
    assert _leftovers() == []


def test_the_command_exits_70_with_one_error_line_when_a_step_fails(
        qapp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    def lock_after_a_broken_cipher(run: selftest.SelfTestRun) -> str:
        run.journal.close()
        with run.journal_path.open("ab") as handle:  # as if the cipher had let the text through
            handle.write("Réunion d'équipe".encode())
        return REAL_LOCK(run)

    monkeypatch.setattr(selftest, "STEPS", tuple(
        (name, lock_after_a_broken_cipher if name == "lock" else step) for name, step in selftest.STEPS))

    assert cli.main(["self-test"]) == cli.EXIT_INTERNAL

    captured = capsys.readouterr()
    assert "FAIL  lock: the saved file holds text in the clear" in captured.out
    assert captured.err == "journal-app: error: the self-test failed (see the line above)\n"
    assert _leftovers() == []


def test_self_test_runs_as_a_command_without_a_display() -> None:
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-m", "journal_app", "self-test"], capture_output=True, text=True,
                            env=environment, timeout=120, check=False)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    start Qt offscreen (Qt " in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("self-test passed")
    assert result.stderr == ""


def test_version_comes_from_the_package_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"journal-app {version('carnet-journal')}\n"


def test_version_as_a_command() -> None:
    result = subprocess.run([sys.executable, "-m", "journal_app", "--version"], capture_output=True, text=True,
                            timeout=60, check=False)
    assert (result.returncode, result.stdout) == (0, f"journal-app {journal_app.__version__}\n")


def test_the_installed_metadata_carries_the_packages_version() -> None:
    """pyproject.toml declares the version dynamic, read from ``journal_app.__version__``."""
    with open(REPOSITORY / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "journal_app.__version__"}
    assert version("carnet-journal") == journal_app.__version__