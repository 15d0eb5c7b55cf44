"""The journal-app command line: commands, exit codes, one-line errors, unchanged files on failure.

Journals are created through the core with cheap key derivation; commands run in-process
through ``main()`` with the passphrase on a fake standard input. A few tests run a real
subprocess to prove there is never a traceback.
"""

from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
import types
import warnings
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app import cli
from journal_app.core import crypto
from journal_app.core.database import Database
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE, Run

JRNL_SAMPLE = Path(__file__).resolve().parent / "data" / "jrnl-export.json"
PARIS = timezone(timedelta(hours=1))


@pytest.fixture
def journal_file(journal_path: Path) -> Path:
    """A closed journal holding three entries (so its lock is free)."""
    journal, code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(
        title="Visite à domicile", body="Le réseau de Madame L. tient.", kind="contact",
        occurred_at=datetime(2024, 3, 1, 14, 30, tzinfo=PARIS), channel="home_visit",
        persons=("Madame L.",), tags=("réseau", "logement"), off_hours=True, emotional_weight=6,
    ))
    journal.entries.add(EntryFields(
        title="Réunion à l'école", body="Point avec l'infirmière.", occurred_at=datetime(2024, 3, 5, 9, 0, tzinfo=PARIS),
        persons=("Bruno",), tags=("école",), for_supervision=True,
    ))
    journal.entries.add(EntryFields(
        title="Message le dimanche", occurred_at=datetime(2024, 4, 7, 21, 15, tzinfo=PARIS),
        channel="personal_phone", persons=("Madame L.", "Bruno"), out_of_frame=True, private=True,
    ))
    journal.save()
    journal.close()
    journal_path.with_name("recovery-code.txt").write_text(code)
    return journal_path


def recovery_code_of(journal_file: Path) -> str:
    return journal_file.with_name("recovery-code.txt").read_text()


def titles(run_result: Run) -> list[str]:
    return [entry["title"] for entry in json.loads(run_result.out)]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, to prove a failed command changed nothing."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(".lock")}


# ----- add, list, search


def test_add_with_every_option_then_list_as_json(run, journal_file):
    result = run("add", journal_file, "--title", "Appel de nuit", "--body", "Il fallait répondre.",
                 "--at", "2024-05-01T23:10+02:00", "--kind", "contact", "--tag", "nuit", "--tag", "urgence",
                 "--person", "Chloé", "--channel", "work-phone", "--duration", "20", "--off-hours",
                 "--out-of-frame", "--private", "--weight", "8", "--for-supervision")
    assert result.code == 0, result.err
    uuid = result.out.split()[-1]
    listed = run("list", journal_file, "--json")
    entry = json.loads(listed.out)[0]
    assert entry == {
        "uuid": uuid, "kind": "contact", "title": "Appel de nuit", "body": "Il fallait répondre.",
        "occurred_at": "2024-05-01T23:10:00+02:00", "duration_minutes": 20, "channel": "work_phone",
        "persons": ["Chloé"], "tags": ["nuit", "urgence"], "off_hours": True, "off_hours_by_hand": True,
        "out_of_frame": True,
        "private": True, "emotional_weight": 8, "for_supervision": True,
        "created_at": entry["created_at"], "updated_at": entry["updated_at"],
    }
    assert datetime.fromisoformat(entry["created_at"]).utcoffset() == timedelta(0)


def test_add_body_from_stdin_after_the_passphrase_line(run, journal_file):
    result = run("add", journal_file, "--title", "Long texte", "--body", "-",
                 stdin=f"{PASSPHRASE}\nPremière ligne\n\nDeuxième paragraphe.\n")
    assert result.code == 0, result.err
    entry = json.loads(run("search", journal_file, "Long texte", "--json").out)[0]
    assert entry["body"] == "Première ligne\n\nDeuxième paragraphe."


def test_add_without_a_time_zone_means_local_time(run, journal_file):
    assert run("add", journal_file, "--title", "Sans zone", "--at", "2024-06-10T08:00").code == 0
    entry = json.loads(run("search", journal_file, "zone", "--json").out)[0]
    expected = datetime(2024, 6, 10, 8, 0).astimezone()
    assert datetime.fromisoformat(entry["occurred_at"]) == expected
    assert entry["kind"] == "reflection"


def test_add_without_at_is_now(run, journal_file):
    before = datetime.now(timezone.utc)
    run("add", journal_file, "--title", "Maintenant")
    entry = json.loads(run("list", journal_file, "--json").out)[0]
    assert entry["title"] == "Maintenant"
    assert datetime.fromisoformat(entry["occurred_at"]) >= before - timedelta(seconds=1)


def test_off_hours_follows_the_work_schedule_unless_given(run, journal_file):
    from journal_app.core.schedule import ScheduleStore, parse_spec

    journal = Journal.open(journal_file, PASSPHRASE)
    ScheduleStore(journal.database).set(parse_spec("mon=09:00-17:00;tue=09:00-17:00"), date(2024, 1, 1))
    journal.save()
    journal.close()
    evening = "2024-03-05T20:00+01:00"  # a Tuesday, after hours
    # Contacts: a reflection's date is the writing or the situation, never judged (schedule.py).
    run("add", journal_file, "--title", "Soir auto", "--at", evening, "--kind", "contact")
    run("add", journal_file, "--title", "Soir choisi", "--at", evening, "--no-off-hours", "--kind", "contact")
    entries = {e["title"]: e for e in json.loads(run("search", journal_file, "soir", "--json").out)}
    assert (entries["Soir auto"]["off_hours"], entries["Soir auto"]["off_hours_by_hand"]) == (True, False)
    assert (entries["Soir choisi"]["off_hours"], entries["Soir choisi"]["off_hours_by_hand"]) == (False, True)


def test_list_human_output_is_one_line_per_entry_newest_first(run, journal_file):
    result = run("list", journal_file)
    assert result.code == 0 and result.err == ""
    assert result.out.splitlines() == [
        "2024-04-07 21:15  -XP-  Message le dimanche  (Bruno, Madame L.)",
        "2024-03-05 09:00  ---S  Réunion à l'école  (Bruno)",
        "2024-03-01 14:30  O---  Visite à domicile  (Madame L.)",
    ]


def test_human_output_neutralises_control_characters(run, journal_file):
    run("add", journal_file, "--title", "Titre\nsur deux\x1b[31m lignes", "--at", "2025-01-01T10:00+01:00")
    first = run("list", journal_file).out.splitlines()[0]
    assert first == "2025-01-01 10:00  ----  Titre sur deux [31m lignes"


def test_list_on_an_empty_journal(run, journal_path):
    Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    assert run("list", journal_path).out == "(no entries)\n"
    assert json.loads(run("list", journal_path, "--json").out) == []


@pytest.mark.parametrize(("options", "expected"), [
    (["--since", "2024-03-05"], ["Message le dimanche", "Réunion à l'école"]),
    (["--until", "2024-03-05"], ["Réunion à l'école", "Visite à domicile"]),
    (["--since", "2024-03-02", "--until", "2024-04-06"], ["Réunion à l'école"]),
    (["--tag", "réseau"], ["Visite à domicile"]),
    (["--tag", "LOGEMENT"], ["Visite à domicile"]),  # SQLite NOCASE folds ASCII only
    (["--person", "Bruno"], ["Message le dimanche", "Réunion à l'école"]),
    (["--person", "Bruno", "--person", "Madame L."], ["Message le dimanche"]),
    (["--tag", "inconnu"], []),
])
def test_list_filters(run, journal_file, options, expected):
    result = run("list", journal_file, "--json", *options)
    assert result.code == 0, result.err
    assert titles(result) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("reseau", ["Visite à domicile"]),
    ("ECOLE", ["Réunion à l'école"]),
    ("infirmiere", ["Réunion à l'école"]),
    ("madame", ["Message le dimanche", "Visite à domicile"]),
    ("dim", ["Message le dimanche"]),
    ("introuvable", []),
])
def test_search_is_accent_and_case_insensitive(run, journal_file, query, expected):
    assert titles(run("search", journal_file, query, "--json")) == expected


def test_json_output_has_the_export_keys(run, journal_file, tmp_path):
    listed = json.loads(run("list", journal_file, "--json").out)
    run("export", journal_file, tmp_path / "export.json")
    exported = json.loads((tmp_path / "export.json").read_text("utf-8"))
    # The export's entries also carry what only an export needs (revisions...).
    assert listed == [{key: entry[key] for key in listed[0]} for entry in reversed(exported["entries"])]


def test_read_only_commands_work_while_the_journal_is_open_elsewhere(run, journal_file, tmp_path):
    holder = Journal.open(journal_file, PASSPHRASE)  # as the desktop app would
    try:
        assert run("list", journal_file).code == 0
        assert run("search", journal_file, "reseau").code == 0
        assert run("check", journal_file).code == 0
        assert run("export", journal_file, tmp_path / "e.json").code == 0
        assert run("backup", journal_file, tmp_path / "copy.carnet").code == 0
    finally:
        holder.close()


# ----- check, backup, passwd, recover


def test_check_says_ok_and_nothing_else(run, journal_file):
    result = run("check", journal_file)
    assert (result.code, result.out, result.err) == (0, "OK\n", "")


def test_check_reports_integrity_problems_with_exit_3(run, journal_file, monkeypatch):
    monkeypatch.setattr(Database, "integrity_problems", lambda self: ["row 4 missing from index ix_x"])
    result = run("check", journal_file)
    assert result.code == 3
    assert result.out == "row 4 missing from index ix_x\n"
    assert "integrity problem" in result.error_line


def test_backup_to_a_folder_makes_an_encrypted_copy(run, journal_file, tmp_path):
    destination = tmp_path / "usb"
    destination.mkdir()
    result = run("backup", journal_file, destination)
    assert result.code == 0, result.err
    copy = destination / journal_file.name
    assert copy.read_bytes() != journal_file.read_bytes()  # fresh nonce, same content
    assert b"Visite" not in copy.read_bytes()
    opened = Journal.open(copy, PASSPHRASE, read_only=True)
    assert opened.entries.count() == 3
    opened.close()


def test_passwd_from_stdin(run, journal_file):
    result = run("passwd", journal_file, stdin=f"{PASSPHRASE}\nune toute nouvelle phrase\n")
    assert result.code == 0, result.err
    assert run("list", journal_file, stdin="une toute nouvelle phrase\n").code == 0
    assert run("list", journal_file).code == 2


def test_passwd_at_the_terminal_asks_twice(run, journal_file, monkeypatch):
    answers = iter([PASSPHRASE, "nouvelle phrase", "nouvelle phrase"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    assert run("passwd", journal_file, secret_flag=False).code == 0
    assert run("check", journal_file, stdin="nouvelle phrase\n").code == 0


def test_passwd_with_a_typo_in_the_repetition_changes_nothing(run, journal_file, monkeypatch):
    before = snapshot(journal_file.parent)
    answers = iter([PASSPHRASE, "nouvelle phrase", "nouvelle phrasr"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    result = run("passwd", journal_file, secret_flag=False)
    assert result.code == 1 and "differ" in result.error_line
    assert snapshot(journal_file.parent) == before


def test_recover_with_the_code(run, journal_file):
    code = recovery_code_of(journal_file).lower().replace("-", " ")  # as people type it back
    result = run("recover", journal_file, stdin=f"{code}\nphrase retrouvée\n")
    assert result.code == 0, result.err
    assert run("check", journal_file, stdin="phrase retrouvée\n").out == "OK\n"


# ----- create


def test_create_prints_the_recovery_code_once(run, journal_path, monkeypatch):
    # Calibration (~0.5 s, 64 MiB) is exercised in the subprocess test; here it is replaced.
    monkeypatch.setattr(crypto, "calibrate_kdf", lambda: CHEAP_KDF)
    result = run("create", journal_path)
    assert result.code == 0, result.err
    code = next(line.split(": ", 1)[1] for line in result.out.splitlines() if line.startswith("Recovery code: "))
    assert "Write this recovery code down" in result.out and "only this once" in result.out
    Journal.reset_passphrase(journal_path, code, "autre")[0].close()


def test_create_at_the_terminal_asks_twice_and_refuses_a_mismatch(run, journal_path, monkeypatch):
    answers = iter(["première saisie", "seconde saisie"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    result = run("create", journal_path, secret_flag=False)
    assert result.code == 1 and "differ" in result.error_line
    assert not journal_path.exists()


def test_create_refuses_an_existing_file_before_asking(run, journal_file):
    before = journal_file.read_bytes()
    result = run("create", journal_file, stdin="")
    assert result.code == 1 and "already exists" in result.error_line
    assert journal_file.read_bytes() == before


def test_create_refuses_an_empty_passphrase(run, journal_path):
    assert run("create", journal_path, stdin="\n").code == 1
    assert not journal_path.exists()


# ----- import and export


def test_export_then_import_into_an_empty_journal_gives_the_same_entries(run, journal_file, tmp_path):
    export_file = tmp_path / "export.json"
    result = run("export", journal_file, "--format", "json", export_file)
    assert result.code == 0 and result.out == ""
    assert "NOT encrypted" in result.err and len(result.err.splitlines()) == 1
    assert export_file.stat().st_mode & 0o777 == 0o600

    other = tmp_path / "other.carnet"
    Journal.create(other, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    imported = run("import", other, "--from", "json", export_file)
    assert (imported.code, imported.out) == (0, "3 imported, 0 already present; 2 other records added or updated\n")
    assert run("list", other, "--json").out == run("list", journal_file, "--json").out

    again = run("import", other, "--from", "json", export_file)
    assert again.out == "0 imported, 3 already present\n"


def test_an_export_that_brings_records_but_no_new_entry_is_saved(run, journal_file, tmp_path):
    from journal_app.core.dilemmas import DilemmaStore

    run("export", journal_file, tmp_path / "before.json")
    other = tmp_path / "other.carnet"
    Journal.create(other, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    run("import", other, tmp_path / "before.json")
    journal = Journal.open(journal_file, PASSPHRASE)
    DilemmaStore(journal.database).create("Prêter de l'argent ?", ["personal-resources"])
    journal.save()
    journal.close()
    run("export", journal_file, tmp_path / "after.json")

    result = run("import", other, tmp_path / "after.json")
    assert result.out.startswith("0 imported, 3 already present; ")
    reopened = Journal.open(other, PASSPHRASE, read_only=True)
    assert [d.title for d in DilemmaStore(reopened.database).list()] == ["Prêter de l'argent ?"]
    reopened.close()


def test_export_refuses_to_overwrite_the_journal(run, journal_file):
    before = journal_file.read_bytes()
    result = run("export", journal_file, journal_file)
    assert result.code == 1 and "journal itself" in result.error_line
    assert journal_file.read_bytes() == before


def test_import_jrnl_sample(run, journal_file):
    result = run("import", journal_file, "--from", "jrnl", JRNL_SAMPLE)
    assert (result.code, result.out) == (0, "5 imported, 0 already present\n")
    starred = json.loads(run("list", journal_file, "--json", "--tag", "starred").out)
    assert [e["title"] for e in starred] == ["Visite chez M. D. qui n'ouvrait pas."]
    assert starred[0]["tags"] == ["starred", "supervision", "travail"]
    assert datetime.fromisoformat(starred[0]["occurred_at"]) == datetime(2023, 3, 24, 16, 45).astimezone()
    assert len(json.loads(run("list", journal_file, "--json").out)) == 8


def test_importing_jrnl_twice_adds_nothing_and_does_not_rewrite_the_file(run, journal_file):
    run("import", journal_file, "--from", "jrnl", JRNL_SAMPLE)
    before = snapshot(journal_file.parent)
    result = run("import", journal_file, "--from", "jrnl", JRNL_SAMPLE)
    assert result.out == "0 imported, 5 already present\n"
    assert snapshot(journal_file.parent) == before


MALFORMED_IMPORTS = {
    "bad json": ("jrnl", b'{"entries": [ {"title": "a",'),
    "missing field": ("jrnl", json.dumps({"entries": [
        {"title": "bon", "body": "", "date": "2024-01-01", "time": "10:00", "tags": [], "starred": False},
        {"title": "sans date", "body": "", "time": "10:00", "tags": [], "starred": False}]}).encode()),
    "wrong type": ("jrnl", json.dumps({"entries": [
        {"title": "a", "body": "", "date": "2024-01-01", "time": "10:00", "tags": "@x", "starred": False}]}).encode()),
    "not our format": ("json", JRNL_SAMPLE.read_bytes()),
    "bad channel": ("json", json.dumps({"format": "carnet-export", "version": 1, "entries": [
        {"uuid": "a" * 32, "title": "ok", "body": "", "occurred_at": "2024-01-01T10:00:00+01:00"},
        {"uuid": "b" * 32, "title": "ko", "body": "", "occurred_at": "2024-01-01T10:00:00+01:00",
         "channel": "fax"}]}).encode()),
    "empty file": ("json", b""),
}


@pytest.mark.parametrize(("source", "data"), MALFORMED_IMPORTS.values(), ids=MALFORMED_IMPORTS.keys())
def test_malformed_import_changes_nothing(run, journal_file, tmp_path, source, data):
    bad_file = tmp_path / "bad.json"
    bad_file.write_bytes(data)
    before = snapshot(journal_file.parent)
    result = run("import", journal_file, "--from", source, bad_file)
    assert result.code == 1
    assert result.error_line
    assert result.out == ""
    assert snapshot(journal_file.parent) == before
    assert len(json.loads(run("list", journal_file, "--json").out)) == 3


def test_import_of_a_missing_file_is_an_io_error(run, journal_file, tmp_path):
    result = run("import", journal_file, "--from", "jrnl", tmp_path / "absent.json")
    assert result.code == 5 and "no file" in result.error_line


# ----- exit codes: every failure is one line and leaves the journal as it was


@pytest.mark.parametrize("argv", [
    ["frobnicate"],
    ["add"],
    ["add", "PATH"],  # no --title
    ["add", "PATH", "--title", "t", "--weight", "11"],
    ["add", "PATH", "--title", "t", "--weight", "beaucoup"],
    ["add", "PATH", "--title", "t", "--duration", "-5"],
    ["add", "PATH", "--title", "t", "--at", "hier soir"],
    ["add", "PATH", "--title", "t", "--channel", "pigeon"],
    ["add", "PATH", "--title", "t", "--kind", "poem"],
    ["list", "PATH", "--since", "01/03/2024"],
    ["list", "PATH", "--since", "2024-05-01", "--until", "2024-04-01"],
    ["export", "PATH", "--since", "2024-05-01", "--until", "2024-04-01", "FILE"],
    ["import", "PATH", "--from", "csv", "FILE"],
    ["export", "PATH", "--format", "xml", "FILE"],
])
def test_usage_errors_exit_1_with_one_line(run, journal_file, argv):
    before = snapshot(journal_file.parent)
    result = run(*[str(journal_file) if a == "PATH" else a for a in argv])
    assert result.code == 1
    assert result.error_line
    assert result.out == ""
    assert snapshot(journal_file.parent) == before


@pytest.mark.parametrize("argv", [
    ["list", "PATH", "--passphrase", PASSPHRASE],
    ["list", "PATH", f"--passphrase={PASSPHRASE}"],
    ["list", "PATH", "--password", PASSPHRASE],
    ["list", "PATH", PASSPHRASE],
    ["list", "--pass", PASSPHRASE, "PATH"],
])
def test_the_passphrase_is_never_accepted_as_an_argument(run, journal_file, argv):
    result = run(*[str(journal_file) if a == "PATH" else a for a in argv], stdin="", secret_flag=False)
    assert result.code == 1
    assert PASSPHRASE not in result.out


def test_the_passphrase_is_never_read_from_the_environment(run, journal_file, monkeypatch):
    for name in ("JOURNAL_APP_PASSPHRASE", "CARNET_PASSPHRASE", "PASSPHRASE"):
        monkeypatch.setenv(name, PASSPHRASE)
    result = run("list", journal_file, stdin="")
    assert result.code == 1 and "standard input ended" in result.error_line


def test_without_a_terminal_the_passphrase_is_not_read_with_echo(run, journal_file, monkeypatch):
    def echoing_fallback(prompt: str = "") -> str:
        warnings.warn("Can not control echo on the terminal.", getpass.GetPassWarning, stacklevel=2)
        return PASSPHRASE

    monkeypatch.setattr(getpass, "getpass", echoing_fallback)
    result = run("list", journal_file, secret_flag=False)
    assert result.code == 1 and "--passphrase-stdin" in result.error_line


def test_wrong_passphrase_exits_2_and_changes_nothing(run, journal_file):
    before = snapshot(journal_file.parent)
    for argv in (["add", journal_file, "--title", "x"], ["list", journal_file], ["check", journal_file],
                 ["passwd", journal_file], ["import", journal_file, "--from", "jrnl", JRNL_SAMPLE]):
        result = run(*argv, stdin="pas la bonne\nnouvelle\n")
        assert result.code == 2, argv
        assert result.error_line.startswith("journal-app: error: wrong passphrase")
    assert snapshot(journal_file.parent) == before


def test_wrong_recovery_code_exits_2(run, journal_file):
    before = snapshot(journal_file.parent)
    result = run("recover", journal_file, stdin="AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH\nnouvelle phrase\n")
    assert result.code == 2 and "recovery code" in result.error_line
    assert snapshot(journal_file.parent) == before


def test_damaged_file_exits_3_and_is_not_called_a_wrong_passphrase(run, journal_file):
    data = bytearray(journal_file.read_bytes())
    data[-100] ^= 0x01
    journal_file.write_bytes(bytes(data))
    for command in ("list", "check"):
        result = run(command, journal_file)
        assert result.code == 3
        assert "damaged" in result.error_line and "passphrase" not in result.error_line
    assert journal_file.read_bytes() == bytes(data)


def test_not_a_journal_exits_3(run, tmp_path):
    stranger = tmp_path / "notes.txt"
    stranger.write_text("juste des notes")
    assert run("list", stranger).code == 3


def test_locked_journal_exits_4_and_changes_nothing(run, journal_file):
    holder = Journal.open(journal_file, PASSPHRASE)
    try:
        before = snapshot(journal_file.parent)
        for argv in (["add", journal_file, "--title", "x"], ["passwd", journal_file],
                     ["import", journal_file, "--from", "jrnl", JRNL_SAMPLE]):
            result = run(*argv, stdin=f"{PASSPHRASE}\nnouvelle\n")
            assert result.code == 4, argv
            assert "already open" in result.error_line
        assert snapshot(journal_file.parent) == before
    finally:
        holder.close()


def test_io_errors_exit_5(run, journal_file, tmp_path):
    result = run("backup", journal_file, tmp_path / "absent" / "copy.carnet")
    assert result.code == 5 and "does not exist" in result.error_line
    assert run("export", journal_file, tmp_path / "absent" / "e.json").code == 5
    assert run("list", tmp_path / "absent.carnet").code == 5


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_unwritable_folder_exits_5(run, journal_file, tmp_path):
    locked_folder = tmp_path / "read-only"
    locked_folder.mkdir()
    locked_folder.chmod(0o500)
    try:
        result = run("backup", journal_file, locked_folder)
        assert result.code == 5 and "permission" in result.error_line
    finally:
        locked_folder.chmod(0o700)


def test_disk_full_during_add_exits_5_and_keeps_the_file(run, journal_file, monkeypatch):
    from journal_app.core import vaultfile

    def full_disk(handle, data):  # type: ignore[no-untyped-def]
        handle.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vaultfile, "_write_all", full_disk)
    before = journal_file.read_bytes()
    result = run("add", journal_file, "--title", "perdu")
    assert result.code == 5 and "disk is full" in result.error_line
    assert journal_file.read_bytes() == before


def test_interrupt_exits_130(run, journal_file, monkeypatch):
    def interrupted(prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(getpass, "getpass", interrupted)
    result = run("list", journal_file, secret_flag=False)
    assert result.code == 130 and "Traceback" not in result.err


def test_a_bug_is_one_line_without_content(run, journal_file, monkeypatch):
    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("Visite à domicile: secret text")

    monkeypatch.setattr(Journal, "open", broken)
    result = run("list", journal_file)
    assert result.code == cli.EXIT_INTERNAL
    assert "RuntimeError" in result.error_line and "secret" not in result.err


def test_help_exits_0_and_documents_exit_codes(run):
    result = run("--help", stdin="", secret_flag=False)
    assert result.code == 0
    for code in ("0", "1", "2", "3", "4", "5"):
        assert f"\n  {code} " in result.out
    assert run("add", "--help", stdin="", secret_flag=False).code == 0


# ----- desktop app


@pytest.fixture
def fake_desktop(monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[list[str]] = []
    module = types.ModuleType("journal_app.ui.app")
    module.main = lambda argv=None: calls.append(argv) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "journal_app.ui.app", module)
    return calls


def test_no_arguments_starts_the_desktop_app(fake_desktop):
    assert cli.main([]) == 0
    assert fake_desktop == [[]]


def test_gui_with_a_path(fake_desktop, tmp_path):
    assert cli.main(["gui", str(tmp_path / "j.carnet")]) == 0
    assert fake_desktop == [[str(tmp_path / "j.carnet")]]


def test_missing_desktop_app_is_one_clear_line(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "journal_app.ui.app", None)  # makes the import fail
    assert cli.main(["gui"]) == 1
    assert "desktop app cannot start" in Run(1, "", capsys.readouterr().err).error_line


# ----- through a real process


def journal_app(*argv: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "journal_app", *map(str, argv)], input=stdin,
                          capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.slow
def test_real_process_create_add_list_and_errors(tmp_path):
    path = tmp_path / "real.carnet"
    created = journal_app("create", path, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert created.returncode == 0, created.stderr
    assert "Recovery code: " in created.stdout
    assert path.stat().st_mode & 0o777 == 0o600

    added = journal_app("add", path, "--passphrase-stdin", "--title", "Réseau", "--body", "-",
                        stdin=f"{PASSPHRASE}\nTexte du corps\n")
    assert added.returncode == 0, added.stderr
    listed = journal_app("search", path, "reseau", "--json", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert [e["body"] for e in json.loads(listed.stdout)] == ["Texte du corps"]

    failures = {
        2: journal_app("list", path, "--passphrase-stdin", stdin="faux\n"),
        1: journal_app("add", path, "--passphrase-stdin", "--weight", "99", stdin=f"{PASSPHRASE}\n"),
        5: journal_app("list", tmp_path / "absent.carnet", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n"),
    }
    for expected, completed in failures.items():
        assert completed.returncode == expected, completed.stderr
        assert "Traceback" not in completed.stderr
        assert completed.stderr.count("\n") == 1 and completed.stderr.startswith("journal-app: error: ")


def test_real_process_locked_by_another_process(journal_file):
    holder = Journal.open(journal_file, PASSPHRASE)
    try:
        completed = journal_app("add", journal_file, "--passphrase-stdin", "--title", "x", stdin=f"{PASSPHRASE}\n")
    finally:
        holder.close()
    assert completed.returncode == 4
    assert completed.stderr == "journal-app: error: this journal is already open in another window or program\n"


# ----- a new key: passwd, recover and new-recovery-code (tests/core/test_attacker.py tries them as an attacker)


def _new_code(result: Run) -> str:
    lines = [line for line in result.out.splitlines() if line.startswith("New recovery code: ")]
    assert len(lines) == 1, result.out  # shown once
    return lines[0].split(": ", 1)[1]


def test_passwd_prints_a_new_recovery_code_and_the_old_one_stops_working(run, journal_file):
    old_code = recovery_code_of(journal_file)
    result = run("passwd", journal_file, stdin=f"{PASSPHRASE}\nune toute nouvelle phrase\n")
    assert result.code == 0, result.err
    new_code = _new_code(result)
    assert new_code != old_code and "old recovery code no longer" in result.out
    assert "still open with the old passphrase" in result.out  # copies Carnet does not manage
    assert run("recover", journal_file, stdin=f"{old_code}\nla phrase d'un intrus\n").code == 2
    assert run("recover", journal_file, stdin=f"{new_code}\nphrase retrouvée ensuite\n").code == 0


def test_recover_prints_a_new_recovery_code(run, journal_file):
    old_code = recovery_code_of(journal_file)
    result = run("recover", journal_file, stdin=f"{old_code}\nphrase retrouvée\n")
    assert result.code == 0, result.err
    assert _new_code(result) != old_code
    assert run("recover", journal_file, stdin=f"{old_code}\nencore une autre phrase\n").code == 2


def test_new_recovery_code_keeps_the_passphrase(run, journal_file):
    old_code = recovery_code_of(journal_file)
    result = run("new-recovery-code", journal_file)
    assert result.code == 0, result.err
    new_code = _new_code(result)
    assert run("check", journal_file).out == "OK\n"  # the same passphrase
    assert run("recover", journal_file, stdin=f"{old_code}\nla phrase d'un intrus\n").code == 2
    assert run("recover", journal_file, stdin=f"{new_code}\nphrase retrouvée ensuite\n").code == 0


def test_new_recovery_code_with_a_wrong_passphrase_changes_nothing(run, journal_file):
    before = snapshot(journal_file.parent)
    result = run("new-recovery-code", journal_file, stdin="pas la bonne\n")
    assert result.code == 2
    assert snapshot(journal_file.parent) == before


def test_passwd_names_an_unreachable_backup_folder(run, journal_file, tmp_path):
    from journal_app.core import backups

    folder = tmp_path / "usb"
    folder.mkdir()
    journal = Journal.open(journal_file, PASSPHRASE)
    backups.change_plan(journal.database, destination=folder)
    backups.back_up(journal)
    journal.save()
    journal.close()
    folder.rename(tmp_path / "drawer")
    result = run("passwd", journal_file, stdin=f"{PASSPHRASE}\nune toute nouvelle phrase\n")
    assert result.code == 0, result.err
    assert f"The backup folder {folder} was not available" in result.out


@pytest.mark.parametrize("weak", ["ab", "motdepasse", "aaaaaaaaaaaa"])
@pytest.mark.parametrize("command", ["create", "passwd", "recover"])
def test_the_command_line_applies_the_windows_passphrase_rule(run, journal_file, journal_path, command, weak):
    """One rule for both (core/passphrase.py ``acceptable``): the window refuses these too."""
    from journal_app.core.passphrase import acceptable

    assert not acceptable(weak)
    if command == "create":
        target = journal_path.with_name("new.carnet")
        result = run("create", target, stdin=f"{weak}\n")
        assert not target.exists()
    else:
        before = snapshot(journal_file.parent)
        first = PASSPHRASE if command == "passwd" else recovery_code_of(journal_file)
        result = run(command, journal_file, stdin=f"{first}\n{weak}\n")
        assert snapshot(journal_file.parent) == before
    assert result.code == 1 and "too easy to guess" in result.error_line


def test_merge_refuses_a_copy_made_before_passwd(run, journal_file):
    """A conflict copy still under the old key is an older copy: never merged (exit 1)."""
    old = journal_file.read_bytes()
    assert run("passwd", journal_file, stdin=f"{PASSPHRASE}\nune toute nouvelle phrase\n").code == 0
    copy = journal_file.with_name("journal (conflicted copy 2026-11-24 101530).carnet")
    copy.write_bytes(old)
    result = run("merge", journal_file, stdin=f"une toute nouvelle phrase\n{PASSPHRASE}\n")
    assert result.code == 1 and "could not be merged" in result.error_line
    assert f"Not merged (older-copy): {copy}" in result.out and copy.read_bytes() == old
