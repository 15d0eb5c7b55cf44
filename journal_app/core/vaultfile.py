"""The journal file format: an authenticated header followed by one encrypted body.

Layout (all integers big-endian)::

    magic (8) | format version (u16) | header length (u32) | header (UTF-8 JSON)
    | SHA-256 of everything before it (32)  -- unkeyed: tells accidental damage apart
    | HMAC-SHA-256 of the same bytes (32)   -- keyed by the data key: detects tampering
    | body: AES-256-GCM(padded SQLite image), associated data = everything before it

Opening checks, in this order, so that damage is never reported as a wrong passphrase
(the order KDBX 4 uses): magic and checksum; the passphrase against the wrapped key; the
header MAC; the body. The body is padded to a size bucket so that the file size does not
reveal how many entries the journal holds.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
import struct
import tempfile
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from journal_app.core import crypto
from journal_app.core.errors import DamagedJournal, StorageError, UnsupportedFormat, WrongPassphrase, WrongRecoveryCode

MAGIC = b"CARNET\x1a\n"  # \x1a\n: a text-mode transfer that mangles line ends is caught at once
FORMAT_VERSION = 1
_PREFIX = struct.Struct(">8sHI")
_DIGEST_BYTES = 32
_GCM_TAG_BYTES = 16
MAX_HEADER_BYTES = 64 * 1024
_PASSPHRASE_LABEL = b"carnet passphrase key"
_RECOVERY_LABEL = b"carnet recovery key"
_LENGTH = struct.Struct(">Q")
# An empty journal's database is already ~210 KiB (schema 0003) and grows with every table a
# later version adds: the smallest bucket must leave room for hundreds of entries above that.
MIN_BODY_BUCKET = 1024 * 1024


@dataclass(frozen=True)
class VaultHeader:
    """What the header holds besides the per-save body nonce. Contains no journal content."""

    journal_id: str
    kdf: crypto.KdfParams
    passphrase_key: crypto.WrappedKey
    recovery_key: crypto.WrappedKey

    def encode(self, body_nonce: bytes) -> bytes:
        def wrapped(w: crypto.WrappedKey) -> dict[str, str]:
            return {"salt": _b64(w.salt), "nonce": _b64(w.nonce), "wrapped": _b64(w.ciphertext)}

        document = {
            "journal_id": self.journal_id,
            "kdf": self.kdf.to_dict(),
            "passphrase_key": wrapped(self.passphrase_key),
            "recovery_key": wrapped(self.recovery_key),
            "cipher": "AES-256-GCM",
            "body_nonce": _b64(body_nonce),
        }
        return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class ParsedFile:
    header: VaultHeader
    authenticated_prefix: bytes  # magic through header: what the checksum and MAC cover
    mac: bytes
    body_nonce: bytes
    body: bytes


def new_header(passphrase: str, kdf: crypto.KdfParams) -> tuple[VaultHeader, bytes, str]:
    """A fresh journal identity: (header, data key, recovery code)."""
    data_key = os.urandom(crypto.KEY_BYTES)
    recovery_code = crypto.new_recovery_code()
    header = VaultHeader(
        journal_id=uuid.uuid4().hex,
        kdf=kdf,
        passphrase_key=_wrap_for_passphrase(data_key, passphrase, kdf),
        recovery_key=_wrap_for_recovery(data_key, recovery_code),
    )
    return header, data_key, recovery_code


def with_new_passphrase(header: VaultHeader, data_key: bytes, passphrase: str) -> VaultHeader:
    return replace(header, passphrase_key=_wrap_for_passphrase(data_key, passphrase, header.kdf))


def _wrap_for_passphrase(data_key: bytes, passphrase: str, kdf: crypto.KdfParams) -> crypto.WrappedKey:
    salt = os.urandom(crypto.SALT_BYTES)
    kek = crypto.derive_passphrase_key(passphrase, salt, kdf)
    return crypto.wrap_key(data_key, kek, salt, _PASSPHRASE_LABEL)


def _wrap_for_recovery(data_key: bytes, code: str) -> crypto.WrappedKey:
    salt = os.urandom(crypto.SALT_BYTES)
    return crypto.wrap_key(data_key, crypto.derive_recovery_key(code, salt), salt, _RECOVERY_LABEL)


def parse(data: bytes) -> ParsedFile:
    """Check the file's structure and unkeyed checksum. Raises DamagedJournal or UnsupportedFormat."""
    if len(data) < _PREFIX.size:
        raise DamagedJournal("the file is empty or truncated")
    magic, version, header_length = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise DamagedJournal("this is not a Carnet journal, or its beginning is damaged")
    prefix_end = _PREFIX.size + header_length
    if header_length > MAX_HEADER_BYTES or len(data) < prefix_end + 2 * _DIGEST_BYTES:
        raise DamagedJournal("the file is truncated or its header is damaged")
    prefix = data[:prefix_end]
    checksum = data[prefix_end : prefix_end + _DIGEST_BYTES]
    if hashlib.sha256(prefix).digest() != checksum:
        raise DamagedJournal("the journal's header is damaged")
    # Only trust the version once the checksum shows it was not damaged.
    if version > FORMAT_VERSION:
        raise UnsupportedFormat("this journal was written by a newer version of Carnet")
    if version < 1:
        raise DamagedJournal("unknown journal format")
    try:
        document = json.loads(prefix[_PREFIX.size :].decode("utf-8"))
        header = VaultHeader(
            journal_id=str(document["journal_id"]),
            kdf=crypto.KdfParams.from_dict(_mapping(document["kdf"])),
            passphrase_key=_wrapped_from(document["passphrase_key"]),
            recovery_key=_wrapped_from(document["recovery_key"]),
        )
        body_nonce = _unb64(document["body_nonce"], crypto.NONCE_BYTES)
        if document["cipher"] != "AES-256-GCM":
            raise ValueError("cipher")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise DamagedJournal("the journal's header is damaged") from exc
    body_start = prefix_end + 2 * _DIGEST_BYTES
    return ParsedFile(
        header=header,
        authenticated_prefix=prefix,
        mac=data[prefix_end + _DIGEST_BYTES : body_start],
        body_nonce=body_nonce,
        body=data[body_start:],
    )


def unlock_with_passphrase(parsed: ParsedFile, passphrase: str) -> bytes:
    wrapped = parsed.header.passphrase_key
    kek = crypto.derive_passphrase_key(passphrase, wrapped.salt, parsed.header.kdf)
    data_key = crypto.unwrap_key(wrapped, kek, _PASSPHRASE_LABEL)
    if data_key is None:
        raise WrongPassphrase("wrong passphrase")
    return data_key


def unlock_with_recovery_code(parsed: ParsedFile, code: str) -> bytes:
    wrapped = parsed.header.recovery_key
    data_key = crypto.unwrap_key(wrapped, crypto.derive_recovery_key(code, wrapped.salt), _RECOVERY_LABEL)
    if data_key is None:
        raise WrongRecoveryCode("wrong recovery code")
    return data_key


def decrypt_body(parsed: ParsedFile, data_key: bytes) -> bytes:
    """The SQLite image. Anything failing here is damage: the key was already proven right."""
    expected_mac = crypto.header_mac(crypto.subkey(data_key, b"header mac"), parsed.authenticated_prefix)
    if not crypto.macs_equal(expected_mac, parsed.mac):
        raise DamagedJournal("the journal's header was modified")
    aad = parsed.authenticated_prefix + hashlib.sha256(parsed.authenticated_prefix).digest()
    try:
        padded = AESGCM(crypto.subkey(data_key, b"body")).decrypt(parsed.body_nonce, parsed.body, aad)
    except InvalidTag as exc:
        raise DamagedJournal("the journal's content is damaged") from exc
    (length,) = _LENGTH.unpack_from(padded)
    if length > len(padded) - _LENGTH.size:
        raise DamagedJournal("the journal's content is damaged")
    return padded[_LENGTH.size : _LENGTH.size + length]


def encode(header: VaultHeader, data_key: bytes, image: bytes) -> bytes:
    """The whole file for one save, with a fresh body nonce."""
    body_nonce = os.urandom(crypto.NONCE_BYTES)
    header_bytes = header.encode(body_nonce)
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    checksum = hashlib.sha256(prefix).digest()
    mac = crypto.header_mac(crypto.subkey(data_key, b"header mac"), prefix)
    padded = bytearray(padded_size(len(image) + _LENGTH.size))
    _LENGTH.pack_into(padded, 0, len(image))
    padded[_LENGTH.size : _LENGTH.size + len(image)] = image
    body = AESGCM(crypto.subkey(data_key, b"body")).encrypt(body_nonce, bytes(padded), prefix + checksum)
    return prefix + checksum + mac + body


def padded_size(size: int) -> int:
    """Round up to a bucket: at least 1 MiB, then steps of 1/8 of the size's power of two,
    so the file size says at most roughly how large the journal is, never how many entries."""
    if size <= MIN_BODY_BUCKET:
        return MIN_BODY_BUCKET
    step = 1 << max(size.bit_length() - 4, 0)
    return -(-size // step) * step


def write_atomically(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, flush, fsync, replace, fsync the folder.

    On any failure the previous file is left untouched and the temporary file removed.
    """
    folder = path.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _storage_error(exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            _write_all(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except OSError as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise _storage_error(exc) from exc
    fsync_folder(folder)


def _write_all(handle, data: bytes) -> None:  # type: ignore[no-untyped-def]
    # Indirection so tests can simulate a disk that fills up part-way through.
    handle.write(data)


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory to fsync it
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _storage_error(exc: OSError) -> StorageError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError("the disk is full: nothing was changed")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError("permission denied: the folder cannot be written to")
    return StorageError(f"the journal could not be written ({exc.strerror or exc})")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object, length: int) -> bytes:
    """Decode a header field of a known size: a wrong size is damage, not something for the
    cipher or the KDF to choke on (they raise ValueError, or would report a wrong passphrase)."""
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    raw = base64.b64decode(text, validate=True)
    if len(raw) != length:
        raise ValueError("header field of the wrong size")
    return raw


def _mapping(document: object) -> dict[str, object]:
    if not isinstance(document, dict):
        raise ValueError("expected an object")
    return document


def _wrapped_from(document: object) -> crypto.WrappedKey:
    document = _mapping(document)
    return crypto.WrappedKey(
        salt=_unb64(document["salt"], crypto.SALT_BYTES),
        nonce=_unb64(document["nonce"], crypto.NONCE_BYTES),
        ciphertext=_unb64(document["wrapped"], crypto.KEY_BYTES + _GCM_TAG_BYTES),
    )
