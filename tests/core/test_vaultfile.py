"""The file format: any damage is detected and reported as damage, never as a wrong passphrase."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import struct
from pathlib import Path

import pytest

from journal_app.core import vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.errors import DamagedJournal, UnsupportedFormat, WrongPassphrase
from journal_app.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.core.helpers import SQLITE_MAGIC, decrypted_image


@pytest.fixture
def small_journal(new_journal) -> Path:  # type: ignore[no-untyped-def]
    new_journal.entries.add(EntryFields(title="Un titre", body="Un corps", tags=("t",), persons=("P",)))
    new_journal.save()
    new_journal.close()
    return new_journal.path


def _layout(data: bytes) -> tuple[int, int]:
    """(end of the header, start of the body)."""
    parsed = vaultfile.parse(data)
    prefix_end = len(parsed.authenticated_prefix)
    return prefix_end, prefix_end + 64


def _assert_damaged(path: Path, data: bytes, what: str) -> None:
    path.write_bytes(data)
    _expect_damage(path, what)


# ----- every byte


def _expect_damage(path: Path, what: str) -> None:
    try:
        Journal.open(path, PASSPHRASE, read_only=True).close()
    except DamagedJournal:
        return
    except WrongPassphrase as exc:
        pytest.fail(f"{what}: reported as a wrong passphrase ({exc})")
    except Exception as exc:  # noqa: BLE001 - anything else is a crash, not a clear message
        pytest.fail(f"{what}: {type(exc).__name__}: {exc}")
    pytest.fail(f"{what}: the damaged file opened")


def test_every_byte_of_the_header_and_a_stride_of_the_body_is_authenticated(small_journal: Path) -> None:
    original = small_journal.read_bytes()
    prefix_end, body_start = _layout(original)
    assert body_start < 600 < len(original)  # the first 600 bytes cover magic ... start of body
    stride = len(original) // 400
    flips = [(position, mask) for position in range(600) for mask in (0x01, 0x80, 0xFF)]
    flips += [(position, 0x01) for position in range(600, len(original) - 64, stride)]
    flips += [(position, mask) for position in range(len(original) - 64, len(original)) for mask in (0x01, 0xFF)]
    with open(small_journal, "r+b") as handle:  # one byte changed in place, then put back
        for position, mask in flips:
            handle.seek(position)
            handle.write(bytes([original[position] ^ mask]))
            handle.flush()
            _expect_damage(small_journal, f"byte {position} ^ {mask:#x} (body starts at {body_start})")
            handle.seek(position)
            handle.write(original[position : position + 1])
            handle.flush()
    assert small_journal.read_bytes() == original
    Journal.open(small_journal, PASSPHRASE).close()  # the control: the undamaged file opens


def test_damage_is_reported_as_damage_even_with_a_wrong_passphrase(small_journal: Path) -> None:
    """Accidental damage to the header is found by the unkeyed checksum before any key is tried."""
    original = small_journal.read_bytes()
    prefix_end, _ = _layout(original)
    for position in range(0, prefix_end + 32, 7):
        damaged = bytearray(original)
        damaged[position] ^= 0x04
        small_journal.write_bytes(damaged)
        with pytest.raises(DamagedJournal):
            Journal.open(small_journal, "not the passphrase", read_only=True)


@pytest.mark.parametrize("length", [0, 1, 7, 8, 13, 14, 100, "header", "checksum", "mac", "mac+15", "mac+16", "half", "-1", "-16"])
def test_truncated_file_is_damaged(small_journal: Path, length: int | str) -> None:
    original = small_journal.read_bytes()
    prefix_end, body_start = _layout(original)
    cut = {
        "header": prefix_end,
        "checksum": prefix_end + 32,
        "mac": body_start,
        "mac+15": body_start + 15,
        "mac+16": body_start + 16,
        "half": len(original) // 2,
        "-1": len(original) - 1,
        "-16": len(original) - 16,
    }.get(length, length)  # type: ignore[call-overload]
    assert isinstance(cut, int) and cut < len(original)
    _assert_damaged(small_journal, original[:cut], f"truncated to {cut} bytes")


def test_file_with_bytes_appended_is_damaged(small_journal: Path) -> None:
    original = small_journal.read_bytes()
    _assert_damaged(small_journal, original + b"\x00", "one byte appended")
    _assert_damaged(small_journal, original + original, "file doubled")


def test_random_file_is_damaged(journal_path: Path) -> None:
    for size in (10, 1000, 300_000):
        _assert_damaged(journal_path, os.urandom(size), f"{size} random bytes")


def test_random_file_with_the_magic_is_damaged(journal_path: Path) -> None:
    _assert_damaged(journal_path, vaultfile.MAGIC + os.urandom(5000), "magic then random bytes")
    _assert_damaged(journal_path, vaultfile.MAGIC + b"\x00\x01\xff\xff\xff\xff" + os.urandom(500), "huge header length")


def test_text_and_other_files_are_damaged(journal_path: Path) -> None:
    _assert_damaged(journal_path, "Cher journal,\naujourd'hui…\n".encode() * 100, "a text file")
    _assert_damaged(journal_path, b'{"entries": []}', "a JSON file")
    _assert_damaged(journal_path, SQLITE_MAGIC + bytes(4096), "an unencrypted SQLite file")


def test_text_mode_transfer_is_detected(small_journal: Path) -> None:
    """A transfer that rewrites line ends breaks the magic at once."""
    original = small_journal.read_bytes()
    _assert_damaged(small_journal, original.replace(b"\n", b"\r\n"), "LF -> CRLF")


def test_swapped_bodies_of_two_saves_are_detected(new_journal) -> None:  # type: ignore[no-untyped-def]
    """Each body is bound to its own header (nonce and associated data)."""
    new_journal.save()
    first = new_journal.path.read_bytes()
    new_journal.entries.add(EntryFields(title="deux"))
    new_journal.save()
    second = new_journal.path.read_bytes()
    new_journal.close()
    _, body_start = _layout(first)
    assert _layout(second)[1] == body_start
    _assert_damaged(new_journal.path, second[:body_start] + first[body_start:], "body of another save")
    _assert_damaged(new_journal.path, first[:body_start] + second[body_start:], "header of another save")


# ----- crafted headers: a valid checksum over a header that is not a valid journal header


def _document(data: bytes) -> tuple[dict[str, object], bytes]:
    parsed = vaultfile.parse(data)
    document = json.loads(parsed.authenticated_prefix[struct.calcsize(">8sHI") :])
    return document, data[len(parsed.authenticated_prefix) + 32 :]


def _craft(document: object, rest: bytes, version: int = vaultfile.FORMAT_VERSION) -> bytes:
    header = json.dumps(document).encode()
    prefix = struct.pack(">8sHI", vaultfile.MAGIC, version, len(header)) + header
    return prefix + hashlib.sha256(prefix).digest() + rest


def _short() -> str:
    return base64.b64encode(b"12").decode()


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda d: d.__setitem__("kdf", "argon2id"), id="kdf-not-an-object"),
        pytest.param(lambda d: d.__setitem__("kdf", [1, 2]), id="kdf-a-list"),
        pytest.param(lambda d: d["kdf"].__setitem__("memory_kib", 2**40), id="kdf-absurd-memory"),
        pytest.param(lambda d: d.__setitem__("passphrase_key", "x"), id="wrapped-not-an-object"),
        pytest.param(lambda d: d["passphrase_key"].__setitem__("nonce", _short()), id="short-key-nonce"),
        pytest.param(lambda d: d["passphrase_key"].__setitem__("salt", _short()), id="short-salt"),
        pytest.param(lambda d: d["passphrase_key"].__setitem__("wrapped", ""), id="empty-wrapped-key"),
        pytest.param(lambda d: d["passphrase_key"].__setitem__("wrapped", "not base64!"), id="bad-base64"),
        pytest.param(lambda d: d["recovery_key"].__setitem__("nonce", ""), id="empty-recovery-nonce"),
        pytest.param(lambda d: d.__setitem__("body_nonce", _short()), id="short-body-nonce"),
        pytest.param(lambda d: d.__setitem__("cipher", "ROT13"), id="unknown-cipher"),
        pytest.param(lambda d: d.pop("journal_id"), id="missing-id"),
        pytest.param(lambda d: d.pop("recovery_key"), id="missing-recovery-key"),
        pytest.param(lambda d: d.clear(), id="empty-object"),
    ],
)
def test_crafted_header_is_damaged_not_a_crash(small_journal: Path, mutate) -> None:  # type: ignore[no-untyped-def]
    """Someone can recompute the unkeyed checksum; the file must still be refused as damaged
    (never a ValueError from the cipher or the KDF, never a 'wrong passphrase')."""
    document, rest = _document(small_journal.read_bytes())
    document = copy.deepcopy(document)
    mutate(document)
    crafted = _craft(document, rest)
    _assert_damaged(small_journal, crafted, "crafted header")
    small_journal.write_bytes(crafted)
    with pytest.raises(DamagedJournal):
        Journal.reset_passphrase(small_journal, "0" * 40, "new passphrase")


@pytest.mark.parametrize("document", [[1, 2], "text", 42, None])
def test_header_that_is_not_an_object_is_damaged(small_journal: Path, document: object) -> None:
    _, rest = _document(small_journal.read_bytes())
    _assert_damaged(small_journal, _craft(document, rest), f"header {document!r}")


def test_header_not_utf8_is_damaged(small_journal: Path) -> None:
    _, rest = _document(small_journal.read_bytes())
    prefix = struct.pack(">8sHI", vaultfile.MAGIC, 1, 4) + b"\xff\xfe\x00\x01"
    _assert_damaged(small_journal, prefix + hashlib.sha256(prefix).digest() + rest, "binary header")


def test_recomputed_checksum_over_a_changed_header_is_caught_by_the_mac(small_journal: Path) -> None:
    """Tampering that keeps the checksum right is caught by the keyed MAC (after the passphrase)."""
    document, rest = _document(small_journal.read_bytes())
    document["journal_id"] = "0" * 32
    _assert_damaged(small_journal, _craft(document, rest), "journal id changed")


def test_newer_format_is_unsupported(small_journal: Path) -> None:
    document, rest = _document(small_journal.read_bytes())
    small_journal.write_bytes(_craft(document, rest, version=vaultfile.FORMAT_VERSION + 1))
    with pytest.raises(UnsupportedFormat, match="newer version"):
        Journal.open(small_journal, PASSPHRASE, read_only=True)
    small_journal.write_bytes(_craft(document, rest, version=0))
    with pytest.raises(DamagedJournal):
        Journal.open(small_journal, PASSPHRASE, read_only=True)


def test_damaged_version_field_is_damage_not_a_newer_format(small_journal: Path) -> None:
    """A flipped bit in the version must not tell the person to upgrade Carnet."""
    original = bytearray(small_journal.read_bytes())
    original[9] ^= 0x02  # low byte of the version: 1 -> 3
    small_journal.write_bytes(original)
    with pytest.raises(DamagedJournal) as caught:
        Journal.open(small_journal, PASSPHRASE, read_only=True)
    assert not isinstance(caught.value, UnsupportedFormat)


# ----- what the file looks like


def test_every_save_uses_a_fresh_nonce(new_journal) -> None:  # type: ignore[no-untyped-def]
    new_journal.entries.add(EntryFields(title="même contenu"))
    new_journal.save()
    first = new_journal.path.read_bytes()
    new_journal.save()
    second = new_journal.path.read_bytes()
    new_journal.close()
    assert len(first) == len(second)
    assert first != second
    one, two = vaultfile.parse(first), vaultfile.parse(second)
    assert one.body_nonce != two.body_nonce
    assert len(one.body_nonce) == 12
    assert one.body[:4096] != two.body[:4096]
    # the same plaintext under both
    key = vaultfile.unlock_with_passphrase(one, PASSPHRASE)
    assert vaultfile.decrypt_body(one, key) == vaultfile.decrypt_body(two, key)
    # only the nonce moved: the wrapped keys are not re-made at every save
    assert one.header.passphrase_key == two.header.passphrase_key


def test_body_nonces_never_repeat_over_many_saves(new_journal) -> None:  # type: ignore[no-untyped-def]
    nonces = set()
    for _ in range(20):
        new_journal.save()
        nonces.add(vaultfile.parse(new_journal.path.read_bytes()).body_nonce)
    assert len(nonces) == 20


def test_header_holds_no_journal_content(new_journal) -> None:  # type: ignore[no-untyped-def]
    new_journal.entries.add(EntryFields(title="Secret"))
    new_journal.save()
    new_journal.close()
    document, _ = _document(new_journal.path.read_bytes())
    assert set(document) == {"journal_id", "kdf", "passphrase_key", "recovery_key", "cipher", "body_nonce", "key_id"}


def test_file_starts_with_magic_and_body_is_not_sqlite(small_journal: Path) -> None:
    data = small_journal.read_bytes()
    assert data.startswith(vaultfile.MAGIC)
    assert SQLITE_MAGIC not in data
    assert decrypted_image(small_journal).startswith(SQLITE_MAGIC)


def test_padding_buckets() -> None:
    assert vaultfile.padded_size(0) == vaultfile.padded_size(1) == vaultfile.MIN_BODY_BUCKET
    assert vaultfile.padded_size(vaultfile.MIN_BODY_BUCKET) == vaultfile.MIN_BODY_BUCKET
    previous = 0
    buckets = set()
    for size in range(1, 64 * 1024 * 1024, 9973):
        padded = vaultfile.padded_size(size)
        assert padded >= size
        assert padded >= previous  # monotonic
        assert padded < max(2 * size, vaultfile.MIN_BODY_BUCKET + 1)  # never more than double
        previous = padded
        buckets.add(padded)
    assert sorted(buckets) == [4 << 20, 8 << 20, 16 << 20, 32 << 20, 64 << 20]  # powers of two from 4 MiB
