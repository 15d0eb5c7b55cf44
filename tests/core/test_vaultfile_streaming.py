"""The streaming body cipher writes and reads exactly the format of one-shot AES-GCM.

Saves compress and encrypt the image chunk by chunk straight into the temporary file, opens
decrypt and decompress the file chunk by chunk into one buffer the size of the image. These
tests hold them against a reference built on ``AESGCM`` and one-shot zstd over the whole body,
in both directions, at the chunk and bucket boundaries, for every format (1: the image as it
is, what Carnet wrote before compressing; 2: compressed in one frame; 3: in one frame per
block, which the reader takes as any sequence of frames), and check that a save failing
half-way through the stream still leaves the previous file exactly as it was.
"""

from __future__ import annotations

import errno
import hashlib
import os
import struct
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from journal_app.core import crypto, vaultfile
from journal_app.core.vaultfile import zstd
from journal_app.core.entries import EntryFields
from journal_app.core.errors import DamagedJournal, StorageError, WrongPassphrase
from journal_app.core.journal import Journal, backups_of
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.helpers import SQLITE_MAGIC, decrypted_image

CHUNK = vaultfile.CHUNK_BYTES
LENGTH_FIELD = 8

# Image sizes around the edges of the chunks, of the smallest bucket and of a larger bucket.
BOUNDARY_SIZES = [
    0,
    1,
    CHUNK - LENGTH_FIELD - 1,
    CHUNK - LENGTH_FIELD,  # length + image fill the 1 MiB bucket exactly: no padding
    CHUNK - LENGTH_FIELD + 1,
    CHUNK,
    CHUNK + 1,
    2 * CHUNK - LENGTH_FIELD,
    3 * CHUNK + 12345,
]


# ----- the reference: the whole body at once, as Carnet wrote it before streaming


def _reference_encode(header: vaultfile.VaultHeader, data_key: bytes, image: bytes, *, claimed: int | None = None,
                      padded: int | None = None, version: int = vaultfile.FORMAT_VERSION,
                      payload: bytes | None = None) -> bytes:
    """vaultfile.encode as it was: compress (format 2) and pad in memory, AESGCM.encrypt
    (ciphertext || tag). ``claimed``, ``padded`` and ``payload`` craft a length field, a
    bucket or a compressed stream no Carnet would write."""
    body_nonce = os.urandom(crypto.NONCE_BYTES)
    header_bytes = header.encode(body_nonce)
    prefix = struct.pack(">8sHI", vaultfile.MAGIC, version, len(header_bytes)) + header_bytes
    checksum = hashlib.sha256(prefix).digest()
    mac = crypto.header_mac(crypto.subkey(data_key, b"header mac"), prefix)
    if payload is None:
        payload = image if version == 1 else zstd.compress(image)
    plain = bytearray(padded if padded is not None else vaultfile.padded_size(len(payload) + LENGTH_FIELD))
    struct.pack_into(">Q", plain, 0, len(image) if claimed is None else claimed)
    plain[LENGTH_FIELD : LENGTH_FIELD + len(payload)] = payload
    body = AESGCM(crypto.subkey(data_key, b"body")).encrypt(body_nonce, bytes(plain), prefix + checksum)
    return prefix + checksum + mac + body


def _reference_decrypt(data: bytes, data_key: bytes) -> bytes:
    """The image, by AESGCM.decrypt over the whole body (the tag is its last 16 bytes), then
    one-shot zstd."""
    (header_length,) = struct.unpack_from(">I", data, 10)
    prefix_end = 14 + header_length
    prefix = data[:prefix_end]
    nonce = vaultfile.parse(data).body_nonce
    aad = prefix + hashlib.sha256(prefix).digest()
    plain = AESGCM(crypto.subkey(data_key, b"body")).decrypt(nonce, data[prefix_end + 64 :], aad)
    assert len(plain) == vaultfile.padded_size(len(plain))  # padded to its bucket
    (length,) = struct.unpack_from(">Q", plain)
    image, rest = b"", plain[LENGTH_FIELD:]
    while True:  # format 3: one frame per block of the image; format 2: one frame
        decompressor = zstd.ZstdDecompressor()
        image += decompressor.decompress(rest)
        assert decompressor.eof
        rest = decompressor.unused_data
        if len(image) >= length:
            break
    assert len(image) == length
    assert rest == bytes(len(rest))  # then zeros
    return image


def _identity() -> tuple[vaultfile.VaultHeader, bytes]:
    header, data_key, _code = vaultfile.new_header(PASSPHRASE, CHEAP_KDF)
    return header, data_key


def _open_and_decrypt(path: Path, data_key: bytes) -> bytearray:
    with open(path, "rb", buffering=0) as handle:
        parsed = vaultfile.parse_file(handle)
        return vaultfile.decrypt_body(parsed, data_key)


# ----- same bytes as the one-shot cipher, both ways


@pytest.mark.parametrize("size", BOUNDARY_SIZES)
def test_streamed_file_decrypts_with_the_one_shot_cipher(tmp_path: Path, size: int) -> None:
    header, data_key = _identity()
    image = os.urandom(size)
    path = tmp_path / "streamed.carnet"
    vaultfile.write_journal(path, header, data_key, image)
    data = path.read_bytes()
    assert _reference_decrypt(data, data_key) == image
    # encode() (in memory) hands out the same layout
    assert _reference_decrypt(bytes(vaultfile.encode(header, data_key, image)), data_key) == image


@pytest.mark.parametrize("version", [1, 2, 3])
@pytest.mark.parametrize("size", BOUNDARY_SIZES)
def test_one_shot_file_decrypts_with_the_streaming_cipher(tmp_path: Path, size: int, version: int) -> None:
    header, data_key = _identity()
    image = os.urandom(size)
    data = _reference_encode(header, data_key, image, version=version)
    path = tmp_path / "one-shot.carnet"
    path.write_bytes(data)
    from_file = _open_and_decrypt(path, data_key)
    assert from_file == image and len(from_file) == size  # the buffer is trimmed to the image
    assert vaultfile.decrypt_body(vaultfile.parse(data), data_key) == image  # from bytes too


def test_tag_is_the_last_16_bytes_of_the_file(tmp_path: Path) -> None:
    header, data_key = _identity()
    path = tmp_path / "j.carnet"
    vaultfile.write_journal(path, header, data_key, b"x" * 1000)
    data = path.read_bytes()
    parsed = vaultfile.parse(data)
    aad = parsed.authenticated_prefix + hashlib.sha256(parsed.authenticated_prefix).digest()
    damaged = bytearray(data)
    damaged[-1] ^= 0x01
    with pytest.raises(InvalidTag):
        _reference_decrypt(bytes(damaged), data_key)
    AESGCM(crypto.subkey(data_key, b"body")).decrypt(parsed.body_nonce, bytes(parsed.body), aad)  # control


def test_journal_saved_by_streaming_opens_with_the_one_shot_reference(new_journal: Journal) -> None:
    new_journal.entries.add(EntryFields(title="Écrit par flux", body="Un corps accentué : été, œuvre."))
    new_journal.save()
    image = new_journal.database.raw.serialize()
    data_key = vaultfile.unlock_with_passphrase(vaultfile.parse(new_journal.path.read_bytes()), PASSPHRASE)
    assert _reference_decrypt(new_journal.path.read_bytes(), data_key) == image
    copy = new_journal.write_copy(new_journal.path.parent / "copie.carnet")
    assert _reference_decrypt(copy.read_bytes(), data_key) == image


def test_journal_written_by_the_one_shot_reference_opens_and_saves(new_journal: Journal) -> None:
    new_journal.entries.add(EntryFields(title="Écrit d'un bloc"))
    new_journal.save()
    data_key = vaultfile.unlock_with_passphrase(vaultfile.parse(new_journal.path.read_bytes()), PASSPHRASE)
    header = vaultfile.parse(new_journal.path.read_bytes()).header
    image = new_journal.database.raw.serialize()
    new_journal.close()
    new_journal.path.write_bytes(_reference_encode(header, data_key, image))
    journal = Journal.open(new_journal.path, PASSPHRASE)
    try:
        assert [r.title for r in journal.entries.list()] == ["Écrit d'un bloc"]
        assert journal.database.raw.serialize() == image
        journal.entries.add(EntryFields(title="puis par flux"))
        journal.save()
    finally:
        journal.close()
    assert decrypted_image(new_journal.path).startswith(SQLITE_MAGIC)
    reopened = Journal.open(new_journal.path, PASSPHRASE, read_only=True)
    assert sorted(r.title for r in reopened.entries.list()) == ["puis par flux", "Écrit d'un bloc"]
    reopened.close()


# ----- opening: the header alone, then the body in chunks, nothing used before the tag


def test_parse_file_reads_the_header_only(tmp_path: Path) -> None:
    header, data_key = _identity()
    path = tmp_path / "j.carnet"
    vaultfile.write_journal(path, header, data_key, os.urandom(3 * CHUNK))
    data = path.read_bytes()
    with open(path, "rb", buffering=0) as handle:
        parsed = vaultfile.parse_file(handle)
        assert handle.tell() == len(parsed.authenticated_prefix) + 64
        assert len(parsed.body) == len(data) - handle.tell()
    from_bytes = vaultfile.parse(data)
    assert (parsed.header, parsed.authenticated_prefix, parsed.mac, parsed.body_nonce) == (
        from_bytes.header, from_bytes.authenticated_prefix, from_bytes.mac, from_bytes.body_nonce)


@pytest.mark.parametrize("version", [1, 2, 3])
@pytest.mark.parametrize("claimed", ["room + 1", "2**63", "2**64 - 1", "2", "0"])
def test_length_field_that_lies_is_damage_even_with_a_valid_tag(tmp_path: Path, claimed: str, version: int) -> None:
    """Only a holder of the key could write this; it must still be refused, not crash."""
    header, data_key = _identity()
    room = vaultfile.MIN_BODY_BUCKET - LENGTH_FIELD
    value = eval(claimed, {"room": room})  # noqa: S307 - a constant expression from the list above
    path = tmp_path / "j.carnet"
    path.write_bytes(_reference_encode(header, data_key, b"abc", claimed=value, version=version))
    if version == 1 and value <= 3:  # format 1 cannot tell: the image is the first ``value`` bytes
        assert _open_and_decrypt(path, data_key) == b"abc"[:value]
        return
    with pytest.raises(DamagedJournal, match="content is damaged"):
        _open_and_decrypt(path, data_key)


def test_decompression_bomb_stops_at_the_declared_length(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stream that expands far beyond the length it declares (64 MiB of zeros in a few KiB,
    declared as 1 KiB) is refused once the decompressor has given one byte more than declared,
    without ever holding the whole expansion."""
    header, data_key = _identity()
    bomb = zstd.compress(bytes(64 * 1024 * 1024))
    assert len(bomb) < 64 * 1024
    path = tmp_path / "j.carnet"
    path.write_bytes(_reference_encode(header, data_key, bytes(1024), payload=bomb))
    given: list[int] = []
    real = zstd.ZstdDecompressor

    class Counting:
        def __init__(self) -> None:
            self._real = real()

        def __getattr__(self, name: str) -> object:
            return getattr(self._real, name)

        def decompress(self, data, max_length=-1):  # type: ignore[no-untyped-def]
            out = self._real.decompress(data, max_length)
            given.append(len(out))
            return out

    monkeypatch.setattr(zstd, "ZstdDecompressor", Counting)
    with pytest.raises(DamagedJournal, match="content is damaged"):
        _open_and_decrypt(path, data_key)
    assert sum(given) == 1025


@pytest.mark.parametrize("version", [1, 2, 3])
def test_length_field_that_fills_the_body_exactly_is_accepted(tmp_path: Path, version: int) -> None:
    header, data_key = _identity()
    image = os.urandom(5000)
    payload = image if version == 1 else zstd.compress(image)
    path = tmp_path / "j.carnet"
    path.write_bytes(_reference_encode(header, data_key, image, padded=len(payload) + LENGTH_FIELD,
                                       version=version))
    assert _open_and_decrypt(path, data_key) == image


@pytest.mark.parametrize("version", [1, 2, 3])
@pytest.mark.parametrize("ciphertext_length", [0, 1, 7])
def test_body_too_short_for_the_length_field_is_damage(tmp_path: Path, ciphertext_length: int, version: int) -> None:
    header, data_key = _identity()
    data = _reference_encode(header, data_key, b"", version=version)
    body_start = len(vaultfile.parse(data).authenticated_prefix) + 64
    path = tmp_path / "j.carnet"
    path.write_bytes(data[: body_start + ciphertext_length] + data[-16:])
    with pytest.raises(DamagedJournal, match="content is damaged"):
        _open_and_decrypt(path, data_key)


def test_file_that_shrinks_while_it_is_read_is_damage(tmp_path: Path) -> None:
    header, data_key = _identity()
    path = tmp_path / "j.carnet"
    vaultfile.write_journal(path, header, data_key, os.urandom(2 * CHUNK))
    with open(path, "rb", buffering=0) as handle:
        parsed = vaultfile.parse_file(handle)
        os.truncate(path, path.stat().st_size // 2)
        with pytest.raises(DamagedJournal):
            vaultfile.decrypt_body(parsed, data_key)


@pytest.mark.parametrize("where", ["first chunk", "middle", "padding", "tag"])
def test_damage_anywhere_in_a_multi_chunk_body_is_caught(tmp_path: Path, where: str) -> None:
    header, data_key = _identity()
    image = os.urandom(2 * CHUNK + 777)
    path = tmp_path / "j.carnet"
    vaultfile.write_journal(path, header, data_key, image)
    data = bytearray(path.read_bytes())
    body_start = len(vaultfile.parse(bytes(data)).authenticated_prefix) + 64
    position = {
        "first chunk": body_start + 3,
        "middle": body_start + CHUNK + 1,
        "padding": len(data) - 16 - 5,
        "tag": len(data) - 1,
    }[where]
    data[position] ^= 0x20
    path.write_bytes(data)
    with pytest.raises(DamagedJournal, match="content is damaged"):
        _open_and_decrypt(path, data_key)


def test_decrypted_image_deserialises_from_the_buffer(new_journal: Journal) -> None:
    """sqlite3's deserialize takes the bytearray as it is (any buffer): no bytes() copy needed."""
    new_journal.entries.add(EntryFields(title="tampon"))
    new_journal.save()
    data_key = vaultfile.unlock_with_passphrase(vaultfile.parse(new_journal.path.read_bytes()), PASSPHRASE)
    image = _open_and_decrypt(new_journal.path, data_key)
    assert isinstance(image, bytearray) and image == new_journal.database.raw.serialize()


# ----- saving: chunk by chunk through _write_all, and failures part-way


def test_save_writes_the_body_chunk_by_chunk(new_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    new_journal.entries.add(EntryFields(title="morceaux", body=os.urandom(600_000).hex()))  # image > 1 MiB
    chunks: list[bytes] = []
    real = vaultfile._write_all  # noqa: SLF001

    def spy(handle, data) -> None:  # type: ignore[no-untyped-def]
        chunks.append(bytes(data))
        real(handle, data)

    monkeypatch.setattr(vaultfile, "_write_all", spy)
    new_journal.save()
    assert len(chunks) > 4  # header, length, several chunks of image and padding, tag
    assert max(len(chunk) for chunk in chunks) <= CHUNK
    assert b"".join(chunks) == new_journal.path.read_bytes()
    assert len(chunks[-1]) == 16  # the tag, last


def _failing_after(calls: int, error: BaseException):  # type: ignore[no-untyped-def]
    """A _write_all that writes ``calls`` chunks, then half of the next one, then raises."""
    seen = []

    def write(handle, data) -> None:  # type: ignore[no-untyped-def]
        seen.append(len(data))
        if len(seen) > calls:
            handle.write(data[: len(data) // 2])
            raise error
        handle.write(data)

    write.seen = seen  # type: ignore[attr-defined]
    return write


@pytest.mark.parametrize("calls", [0, 1, 2, 3])
def test_full_disk_mid_stream_leaves_the_old_file_byte_identical(
    new_journal: Journal, monkeypatch: pytest.MonkeyPatch, calls: int
) -> None:
    new_journal.entries.add(EntryFields(title="déjà enregistré"))
    new_journal.save()
    before = new_journal.path.read_bytes()
    backups = backups_of(new_journal.path)
    new_journal.entries.add(EntryFields(title="pas encore enregistré"))
    failing = _failing_after(calls, OSError(errno.ENOSPC, "No space left on device"))
    with monkeypatch.context() as patch:
        patch.setattr(vaultfile, "_write_all", failing)
        with pytest.raises(StorageError, match="disk is full"):
            new_journal.save()
    assert len(failing.seen) == calls + 1  # type: ignore[attr-defined]
    assert new_journal.path.read_bytes() == before
    assert [p for p in new_journal.path.parent.rglob("*") if p.name.endswith(".tmp")] == []
    assert backups_of(new_journal.path) == backups
    new_journal.save()  # the disk is back
    reader = Journal.open(new_journal.path, PASSPHRASE, read_only=True)
    assert sorted(r.title for r in reader.entries.list()) == ["déjà enregistré", "pas encore enregistré"]
    reader.close()


@pytest.mark.parametrize("error", [RuntimeError("the cipher failed"), KeyboardInterrupt()])
def test_any_failure_mid_stream_removes_the_temporary_file(
    new_journal: Journal, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    """Not only OSError: whatever stops the stream leaves no half-written file behind."""
    new_journal.save()
    before = new_journal.path.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(vaultfile, "_write_all", _failing_after(2, error))
        with pytest.raises(type(error)):
            new_journal.save()
    assert new_journal.path.read_bytes() == before
    assert [p for p in new_journal.path.parent.rglob("*") if p.name.endswith(".tmp")] == []


def test_write_copy_streams_and_a_failed_copy_leaves_nothing(new_journal: Journal, monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    new_journal.entries.add(EntryFields(title="copie"))
    destination = tmp_path / "ailleurs"
    destination.mkdir()
    failing = _failing_after(2, OSError(errno.ENOSPC, "No space left on device"))
    with monkeypatch.context() as patch:
        patch.setattr(vaultfile, "_write_all", failing)
        with pytest.raises(StorageError, match="disk is full"):
            new_journal.write_copy(destination)
    assert list(destination.iterdir()) == []
    copy = new_journal.write_copy(destination)
    reader = Journal.open(copy, PASSPHRASE, read_only=True)
    assert [r.title for r in reader.entries.list()] == ["copie"]
    reader.close()


# ----- the file is not held open during the key derivation, and a replacement meanwhile is safe


def _replace_during_unlock(monkeypatch: pytest.MonkeyPatch, replace_file) -> list[int]:  # type: ignore[no-untyped-def]
    """Run ``replace_file()`` inside the first passphrase unlock (the slow KDF). Returns the
    list of unlock calls, one entry per call."""
    calls: list[int] = []
    real = vaultfile.unlock_with_passphrase

    def unlock(parsed: vaultfile.ParsedFile, passphrase: str) -> bytes:
        calls.append(1)
        if len(calls) == 1:
            replace_file()
        return real(parsed, passphrase)

    monkeypatch.setattr(vaultfile, "unlock_with_passphrase", unlock)
    return calls


def test_save_by_another_program_during_the_key_derivation_opens_the_new_version(
    new_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_journal.entries.add(EntryFields(title="avant"))
    new_journal.save()
    new_journal.entries.add(EntryFields(title="après"))
    newer = new_journal.database.raw.serialize()
    header, data_key = new_journal._header, new_journal._require_key()  # noqa: SLF001
    new_journal.close()
    calls = _replace_during_unlock(monkeypatch, lambda: vaultfile.write_journal(new_journal.path, header, data_key, newer))
    reader = Journal.open(new_journal.path, PASSPHRASE, read_only=True)
    try:
        assert sorted(r.title for r in reader.entries.list()) == ["après", "avant"]
    finally:
        reader.close()
    assert len(calls) == 1  # same wrapped keys: the key derived once is still the right one


def test_passphrase_changed_during_the_key_derivation_is_checked_again(
    new_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_journal.save()
    new_journal.close()

    def change() -> None:
        other = Journal.open(new_journal.path, PASSPHRASE)
        other.change_passphrase("une autre phrase")
        other.close()

    calls = _replace_during_unlock(monkeypatch, change)
    with pytest.raises(WrongPassphrase):
        Journal.open(new_journal.path, PASSPHRASE, read_only=True)
    assert len(calls) == 3  # ours, the other program's open, ours again on the new header
