"""Someone with the files must learn nothing: no plaintext anywhere, no trace of deleted text,
and not even the number of entries."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.core import vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal, backups_of
from journal_app.core.persons import PersonStore
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.helpers import SQLITE_MAGIC, decrypted_image, encodings_of, files_under, leaks

CANARY = "CANARYzébulon4471"
# What the search index stores: case and accents folded.
CANARY_FOLDED = "canaryzebulon4471"
OCCURRED = datetime(2026, 3, 14, 16, 45, tzinfo=timezone(timedelta(hours=1)))


def test_leak_detector_finds_what_it_looks_for(tmp_path: Path) -> None:
    """The control for the tests below: the search does find the canary when it is there."""
    for i, encoded in enumerate(encodings_of(f"xx {CANARY} yy")):
        (tmp_path / f"f{i}").write_bytes(b"\x00" + encoded + b"\x00")
    assert len(leaks([CANARY], files_under(tmp_path))) == 3
    assert leaks(["absent"], files_under(tmp_path)) == []


def test_no_plaintext_anywhere(journal_path: Path, isolated_home: Path) -> None:
    journal, _ = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    record = journal.entries.add(
        EntryFields(
            title=f"Titre {CANARY}",
            body=f"Corps {CANARY}\n\n**{CANARY}** en Markdown",
            occurred_at=OCCURRED,
            kind="contact",
            duration_minutes=47,
            channel="street",
            persons=(f"Personne {CANARY}",),
            tags=(f"tag{CANARY}",),
            off_hours=True,
            out_of_frame=True,
            private=True,
            emotional_weight=9,
            for_supervision=True,
        )
    )
    PersonStore(journal.database).set_note(f"Personne {CANARY}", f"Note privée : {CANARY}")
    journal.save()
    # an edit, a second entry and more saves, so that backups/ holds several versions
    journal.entries.update(record.uuid, EntryFields(title=f"Titre modifié {CANARY}", body=CANARY, occurred_at=OCCURRED))
    journal.entries.add(EntryFields(title=CANARY, occurred_at=OCCURRED))
    journal.save()
    journal.save()
    copy = journal.write_copy(journal_path.parent / "copie.carnet")
    journal.close()

    # the control: everything is in the journal, in clear once decrypted
    image = decrypted_image(journal_path)
    assert CANARY.encode() in image and CANARY_FOLDED.encode() in image and b"2026-03-14" in image
    assert f"Note privée : {CANARY}".encode() in image

    folders = [journal_path.parent, Path(tempfile.gettempdir()), isolated_home]
    assert Path(tempfile.gettempdir()).is_relative_to(isolated_home)  # the autouse fixture's redirect
    files = sorted(set(files_under(*folders)))
    names = {path.name for path in files}
    assert {"journal.carnet", "journal.carnet.lock", "copie.carnet"} <= names
    assert len(backups_of(journal_path)) == 3 and all(b in files for b in backups_of(journal_path))
    needles = [CANARY, CANARY_FOLDED, CANARY.upper(), "zébulon", "zebulon", "2026-03-14", "20260314", "2026/03/14", "14/03/2026"]
    assert leaks(needles, files) == []
    for path in files:
        assert SQLITE_MAGIC not in path.read_bytes(), f"an unencrypted database in {path}"
    assert (journal_path.parent / "journal.carnet.lock").read_bytes() == b""  # the lock holds nothing
    assert copy.read_bytes() != journal_path.read_bytes()  # a fresh nonce for the copy too


def test_nothing_is_written_outside_the_journal_folder(journal_path: Path, isolated_home: Path) -> None:
    before = set(files_under(isolated_home))
    journal, _ = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title=CANARY, body=CANARY))
    journal.entries.search("canary")
    journal.save()
    journal.close()
    Journal.open(journal_path, PASSPHRASE).close()
    assert set(files_under(isolated_home)) == before
    (backup,) = backups_of(journal_path)
    assert {p.relative_to(journal_path.parent).as_posix() for p in files_under(journal_path.parent)} == {
        "journal.carnet",
        "journal.carnet.lock",
        f"backups/{backup.name}",
    }


def test_file_size_does_not_reveal_the_number_of_entries(tmp_path: Path) -> None:
    sizes = {}
    for count in (0, 1, 200):
        path = tmp_path / f"j{count}.carnet"
        journal, _ = Journal.create(path, PASSPHRASE, kdf=CHEAP_KDF)
        for i in range(count):
            journal.entries.add(EntryFields(title=f"Contact {i}", body="Court échange au bureau.", tags=("bureau",)))
        journal.save()
        journal.close()
        sizes[count] = path.stat().st_size
    assert sizes[0] == sizes[1] == sizes[200], sizes
    # the control: the databases inside do differ in size
    assert len(decrypted_image(tmp_path / "j200.carnet")) > len(decrypted_image(tmp_path / "j1.carnet"))
    # Headroom: each table a new version adds makes the empty database larger. While it stays
    # under half the smallest bucket, that bucket hides several hundred entries.
    assert len(decrypted_image(tmp_path / "j0.carnet")) < vaultfile.MIN_BODY_BUCKET // 2


# ----- secure delete

# Words with distinct first letters: the FTS index stores each term in full (no prefix shared
# with another term that could hide it), so finding them in the image is a fair control.
DELETED_TITLE = "qwertitrage"
DELETED_BODY = "jykkorpus"
DELETED_ACCENTED = "vézelaïque"  # stored as "vézelaïque" in the table, "vezelaique" in the index
OLD_TITLE = "hautbois"
OLD_BODY = "fjordique"
KEPT = "xenonkept"


def _secrets_in(image: bytes) -> dict[str, int]:
    words = [DELETED_TITLE, DELETED_BODY, DELETED_ACCENTED, "vezelaique", OLD_TITLE, OLD_BODY]
    return {word: image.count(word.encode()) for word in words}


@pytest.fixture
def journal_with_secrets(new_journal: Journal) -> tuple[Journal, str, str]:
    new_journal.entries.add(EntryFields(title="gardée", body=f"on garde {KEPT}"))
    deleted = new_journal.entries.add(EntryFields(title=DELETED_TITLE, body=f"{DELETED_BODY} et {DELETED_ACCENTED}"))
    edited = new_journal.entries.add(EntryFields(title=OLD_TITLE, body=OLD_BODY))
    new_journal.save()
    found = _secrets_in(decrypted_image(new_journal.path))
    # the control: every word is in the image, in the table and (folded) in the search index
    assert all(count >= 1 for count in found.values()), found
    assert found[DELETED_BODY] >= 2 and found[OLD_BODY] >= 2 and found["vezelaique"] >= 1, found
    return new_journal, deleted.uuid, edited.uuid


def test_deleted_and_edited_text_is_gone_after_the_next_save(journal_with_secrets) -> None:  # type: ignore[no-untyped-def]
    journal, deleted, edited = journal_with_secrets
    journal.entries.delete(deleted)
    journal.entries.update(edited, EntryFields(title="nouveau titre", body="nouveau texte"))
    journal.save()
    image = decrypted_image(journal.path)
    assert _secrets_in(image) == dict.fromkeys(_secrets_in(b""), 0)
    assert KEPT.encode() in image
    # the search still works after the index was rebuilt
    assert [r.title for r in journal.entries.search("xenon")] == ["gardée"]
    assert journal.entries.search(DELETED_BODY) == [] and journal.entries.search(OLD_BODY) == []
    assert [r.title for r in journal.entries.search("nouveau")] == ["nouveau titre"]
    assert journal.database.integrity_problems() == []


def test_deleted_text_is_gone_after_reopening_and_saving(journal_with_secrets) -> None:  # type: ignore[no-untyped-def]
    """The same after a round trip through the file (a deserialized database)."""
    journal, deleted, edited = journal_with_secrets
    journal.close()
    journal = Journal.open(journal.path, PASSPHRASE)
    journal.entries.delete(deleted)
    journal.entries.update(edited, EntryFields(title="autre", body="autre"))
    journal.save()
    assert _secrets_in(decrypted_image(journal.path)) == dict.fromkeys(_secrets_in(b""), 0)
    journal.close()


def test_many_edits_leave_only_the_last_text(new_journal: Journal) -> None:
    record = new_journal.entries.add(EntryFields(title="brouillon", body="version zéro"))
    new_journal.save()
    for i in range(1, 30):
        new_journal.entries.update(record.uuid, EntryFields(title="brouillon", body=f"version{i:02d}draft"))
        if i % 7 == 0:
            new_journal.save()
    new_journal.save()
    image = decrypted_image(new_journal.path)
    assert b"version29draft" in image
    assert [i for i in range(1, 29) if f"version{i:02d}draft".encode() in image] == []
    assert "version zéro".encode() not in image


def test_image_holds_no_uncommitted_rows(new_journal: Journal) -> None:
    """serialize() would include rows of an open transaction (VAULT-NOTES 2): refused."""
    new_journal.database.raw.execute("BEGIN")
    new_journal.database.raw.execute(
        "INSERT INTO settings(key, value) VALUES ('uncommitted', '\"qzuncommitted\"')"
    )
    with pytest.raises(RuntimeError):
        new_journal.save()
    new_journal.database.raw.execute("ROLLBACK")
    new_journal.save()
    assert b"qzuncommitted" not in decrypted_image(new_journal.path)


def test_decrypted_image_is_a_plain_rollback_journal_database(new_journal: Journal) -> None:
    """Not WAL (VAULT-NOTES 5): bytes 18-19 of the SQLite header are 1, 1."""
    new_journal.save()
    image = decrypted_image(new_journal.path)
    assert image.startswith(SQLITE_MAGIC) and image[18:20] == b"\x01\x01"
    assert vaultfile.parse(new_journal.path.read_bytes()).header.journal_id == new_journal.journal_id
