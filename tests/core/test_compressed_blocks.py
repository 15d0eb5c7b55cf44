"""A save compresses only the blocks of the image that changed (format 3, issue 17).

The frames of the last save, or of the file just opened, are kept by the digest of their
block. What these tests hold: every file decrypts to exactly the image saved, whatever the
history of the cache; a save after a small edit compresses a few blocks, not the whole image;
and a frame is never kept under the digest of other bytes, even when the image changes while
it is being compressed.
"""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core import vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.helpers import decrypted_image

BLOCK = vaultfile.IMAGE_BLOCK_BYTES


def _text_like(size: int, seed: int) -> bytearray:
    """Compressible bytes, like SQLite pages of notes, different for every seed."""
    words = [b"appel", b"permanence", b"dossier", b"soir", b"famille", b"CPAS", b"rendez-vous", b"\x00" * 8]
    rng = random.Random(seed)
    out = bytearray()
    while len(out) < size:
        out += rng.choice(words) + b" "
    return out[:size]


def _decrypt(data: bytes | bytearray, data_key: bytes) -> bytes:
    return bytes(vaultfile.decrypt_body(vaultfile.parse(data), data_key))


@pytest.fixture
def identity() -> tuple[vaultfile.VaultHeader, bytes]:
    header, data_key, _code = vaultfile.new_header(PASSPHRASE, CHEAP_KDF)
    return header, data_key


@pytest.fixture
def compressions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every block compressed (the real compression, counted)."""
    sizes: list[int] = []
    real = vaultfile._compressed_block

    def counted(block: memoryview) -> tuple[bytes, bytes]:
        sizes.append(len(block))
        return real(block)

    monkeypatch.setattr(vaultfile, "_compressed_block", counted)
    return sizes


def _write(path: Path, identity: tuple[vaultfile.VaultHeader, bytes], image: bytes | bytearray,
           compressed: vaultfile.CompressedImage) -> bytes:
    header, data_key = identity
    vaultfile.write_journal(path, header, data_key, image, compressed=compressed)
    return path.read_bytes()


def test_a_save_after_a_small_change_compresses_only_the_changed_block(
        tmp_path: Path, identity: tuple[vaultfile.VaultHeader, bytes], compressions: list[int]) -> None:
    image = _text_like(5 * BLOCK + 1234, seed=1)
    compressed = vaultfile.CompressedImage()
    data = _write(tmp_path / "j.carnet", identity, image, compressed)
    assert sorted(compressions) == [1234] + [BLOCK] * 5  # the first save: every block (two threads: any order)
    assert _decrypt(data, identity[1]) == image

    compressions.clear()
    image[3 * BLOCK + 10 : 3 * BLOCK + 20] = b"modifie!!!"
    data = _write(tmp_path / "j.carnet", identity, image, compressed)
    assert compressions == [BLOCK]  # the fourth block, and only it
    assert _decrypt(data, identity[1]) == image

    compressions.clear()
    image += _text_like(BLOCK, seed=2)  # grows: the last block changes, one more follows
    data = _write(tmp_path / "j.carnet", identity, image, compressed)
    assert sorted(compressions) == [1234, BLOCK]
    assert _decrypt(data, identity[1]) == image


def test_opening_a_file_remembers_its_frames_for_the_first_save(
        tmp_path: Path, identity: tuple[vaultfile.VaultHeader, bytes], compressions: list[int]) -> None:
    image = _text_like(4 * BLOCK + 99, seed=3)
    data = _write(tmp_path / "j.carnet", identity, image, vaultfile.CompressedImage())
    remembered = vaultfile.CompressedImage()
    assert bytes(vaultfile.decrypt_body(vaultfile.parse(data), identity[1], compressed=remembered)) == image

    compressions.clear()
    image[10:20] = b"0123456789"
    data = _write(tmp_path / "j.carnet", identity, image, remembered)
    assert compressions == [BLOCK]
    assert _decrypt(data, identity[1]) == image


def test_a_block_changed_while_it_is_compressed_is_kept_under_its_new_digest(
        tmp_path: Path, identity: tuple[vaultfile.VaultHeader, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite must not write during a save (the save checks it and fails), but if it did, the
    frames kept must still hold exactly the bytes their digest names."""
    image = _text_like(3 * BLOCK, seed=4)
    compressed = vaultfile.CompressedImage()
    _write(tmp_path / "j.carnet", identity, image, compressed)
    image[BLOCK + 5] ^= 0xFF  # a real change: the second block is compressed again
    real_digest = vaultfile._digest
    changed_head = bytes(image[BLOCK : BLOCK + 64])
    raced = threading.Lock()

    def digest_then_write(block: memoryview) -> bytes:
        value = real_digest(block)
        # The changed block's first hash (of the live image, before it is copied to compress):
        # a write racing the save changes it right after.
        if bytes(block[:64]) == changed_head and raced.acquire(blocking=False):
            image[BLOCK + 6] ^= 0xFF
        return value

    monkeypatch.setattr(vaultfile, "_digest", digest_then_write)
    _write(tmp_path / "j.carnet", identity, image, compressed)
    monkeypatch.setattr(vaultfile, "_digest", real_digest)
    for _save in range(2):  # as it was when hashed, then as the racing write left it
        image[BLOCK + 6] ^= 0xFF
        data = _write(tmp_path / "j.carnet", identity, image, compressed)
        assert _decrypt(data, identity[1]) == image


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(["write", "grow", "shrink", "copy block"]),
                                st.integers(0, 6 * BLOCK), st.integers(1, 3 * BLOCK), st.integers(0, 2**16)),
                      min_size=1, max_size=6))
def test_every_save_decrypts_to_its_image_whatever_came_before(
        tmp_path: Path, identity: tuple[vaultfile.VaultHeader, bytes], steps: list[tuple[str, int, int, int]]) -> None:
    image = _text_like(2 * BLOCK + 17, seed=5)
    compressed = vaultfile.CompressedImage()
    path = tmp_path / "j.carnet"
    for action, where, size, seed in steps:
        where %= len(image) + 1
        if action == "write":
            image[where : where + size] = _text_like(min(size, len(image) - where), seed)
        elif action == "grow":
            image[where:where] = _text_like(size, seed)
        elif action == "shrink":
            del image[where : where + size]
        else:  # a block's bytes move elsewhere: the same digest at another place
            image[where:where] = image[:BLOCK]
        data = _write(path, identity, image, compressed)
        assert _decrypt(data, identity[1]) == image


def _big_entry(index: int) -> EntryFields:
    return EntryFields(title=f"note {index}", body=_text_like(20_000, seed=index).decode())


def test_the_first_save_after_opening_a_journal_compresses_only_what_changed(
        journal_path: Path, compressions: list[int]) -> None:
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    for index in range(150):  # a 3 MiB image or so: several blocks
        journal.entries.add(_big_entry(index))
    journal.save()
    journal.close()
    journal = Journal.open(journal_path, PASSPHRASE)
    try:
        blocks = -(-len(journal.database.raw.serialize()) // BLOCK)
        assert blocks >= 3
        compressions.clear()
        journal.entries.add(EntryFields(title="un appel du soir", body="court"))
        journal.save()
        assert 0 < len(compressions) < blocks
        assert [r.title for r in journal.entries.search("appel")][:1] == ["un appel du soir"]
    finally:
        journal.close()
    reopened = Journal.open(journal_path, PASSPHRASE, read_only=True)
    try:
        assert len(reopened.entries.list()) == 151
        assert reopened.database.integrity_problems() == []
    finally:
        reopened.close()


# ----- the words an edit replaced: purged by a later save, never lost track of


OLD = "fjordique"


def _edited(new_journal: Journal) -> str:
    record = new_journal.entries.add(EntryFields(title="brouillon", body=f"premier jet {OLD}"))
    new_journal.save()
    new_journal.entries.update(record.uuid, EntryFields(title="brouillon", body="second jet"))
    return record.uuid


def test_an_autosave_may_leave_an_edits_old_words_until_the_next_full_save(new_journal: Journal) -> None:
    _edited(new_journal)
    new_journal.save(purge_removed_words=False)
    assert OLD.encode() in decrypted_image(new_journal.path)  # in the encrypted search index, for now
    assert not new_journal.has_unsaved_changes()
    assert new_journal.save_if_changed(purge_removed_words=True)  # what locking and the editor's pause run
    assert OLD.encode() not in decrypted_image(new_journal.path)
    assert not new_journal.save_if_changed(purge_removed_words=True)  # nothing owed any more: no needless version
    assert [r.title for r in new_journal.entries.search("second")] == ["brouillon"]
    assert new_journal.entries.search(OLD) == []


def test_a_save_only_if_changed_does_not_purge_by_the_way(new_journal: Journal) -> None:
    """Opening Supervision, postponing a check-in or a prompt save "if changed": with a purge owed
    and nothing changed, that must write nothing (a whole save, ~0.5 s at 50,000 entries, and a
    version pushed into backups/ that differs from the last in nothing a person wrote)."""
    _edited(new_journal)
    new_journal.save(purge_removed_words=False)
    written = new_journal.path.read_bytes()
    assert not new_journal.save_if_changed()
    assert new_journal.path.read_bytes() == written
    assert new_journal.database.search_index_holds_edits  # still owed, to the pause or the lock
    new_journal.entries.add(EntryFields(title="autre", body="une autre note"))
    assert new_journal.save_if_changed()  # a change is saved, and still leaves the purge to them
    assert OLD.encode() in decrypted_image(new_journal.path)


def test_a_deleted_entry_is_purged_even_by_an_autosave(new_journal: Journal) -> None:
    uuid = _edited(new_journal)
    new_journal.save(purge_removed_words=False)
    new_journal.entries.delete(uuid)
    new_journal.save(purge_removed_words=False)
    image = decrypted_image(new_journal.path)
    assert OLD.encode() not in image and b"second jet" not in image


def test_a_purge_owed_when_carnet_stops_is_still_owed_after_reopening(new_journal: Journal) -> None:
    _edited(new_journal)
    new_journal.save(purge_removed_words=False)
    new_journal.close()  # killed before the purge: nothing more is written
    reopened = Journal.open(new_journal.path, PASSPHRASE)
    try:
        assert OLD.encode() in decrypted_image(reopened.path)
        assert reopened.save_if_changed(purge_removed_words=True)  # locking after reopening purges
        assert OLD.encode() not in decrypted_image(reopened.path)
    finally:
        reopened.close()
    again = Journal.open(new_journal.path, PASSPHRASE)
    try:
        assert not again.save_if_changed(purge_removed_words=True)  # and the file no longer says a purge is owed
    finally:
        again.close()


def test_a_journal_opened_read_only_keeps_no_frames(journal_path: Path) -> None:
    """An export or a search never saves: the file's frames would be memory for nothing."""
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(_big_entry(1))
    journal.save()
    journal.close()
    reader = Journal.open(journal_path, PASSPHRASE, read_only=True)
    writer_held = 0
    try:
        assert reader._compressed.held_bytes == 0  # noqa: SLF001
    finally:
        reader.close()
    writer = Journal.open(journal_path, PASSPHRASE)
    try:
        writer_held = writer._compressed.held_bytes  # noqa: SLF001
    finally:
        writer.close()
    assert writer_held > 0
