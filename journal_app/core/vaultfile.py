"""The journal file format: an authenticated header followed by one encrypted body.

Layout (all integers big-endian)::

    magic (8) | format version (u16) | header length (u32) | header (UTF-8 JSON)
    | SHA-256 of everything before it (32)  -- unkeyed: tells accidental damage apart
    | HMAC-SHA-256 of the same bytes (32)   -- keyed by the data key: detects tampering
    | body: AES-256-GCM(plaintext), associated data = everything before it

    plaintext, version 3: image length (u64) | zstd frames, one per 1 MiB of the image | zeros
    plaintext, version 2: image length (u64) | one zstd frame of the SQLite image | zeros  (read)
    plaintext, version 1: image length (u64) | SQLite image | zeros  (read, never written)

Opening checks, in this order, so that damage is never reported as a wrong passphrase
(the order KDBX 4 uses): magic and checksum; the key derivation parameters against what
Carnet itself writes (``crypto.ACCEPTED_KDF``: nothing is derived for a header asking for
more); the passphrase against the wrapped key; the header MAC; the body. The header also
names the data key (``key_id``, not trusted for anything but saying that a copy is under
another key: see ``Journal.read_copy``). The body is compressed (SQLite pages of text shrink
to about a third), then padded to a power of two of at least 4 MiB, so that the file size says
at most the order of magnitude of what was written: a first year of notes looks like an empty
journal.

The image is compressed in independent frames of 1 MiB of the image each (version 3), so that a
save compresses only the blocks an edit changed: ``CompressedImage`` keeps the last save's
frames by the BLAKE3 digest of their block (an edit at 50,000 entries changes 3 to 9 of 88 blocks; the
whole image takes ~130 ms to compress, issue 17). The body is then encrypted and decrypted in
1 MiB chunks with the streaming AES-GCM API, straight to the file and from the file into one
buffer that grows to the image's size: a save or an open never holds the padded plaintext or
the whole ciphertext in memory (the compressed frames, about a third of the image, are kept
for the next save). The bytes are exactly what one-shot ``AESGCM.encrypt`` gives (ciphertext,
then the 16-byte tag). The whole file is still written at every save with a fresh nonce, padded
to its bucket: what a save changed is not visible in the file.
"""

from __future__ import annotations

import base64
import ctypes
import errno
import hashlib
import json
import os
import struct
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from blake3 import blake3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

try:  # the standard library's from Python 3.14 (PEP 784), its backport before
    from compression import zstd  # type: ignore[import-not-found,unused-ignore]
except ImportError:
    from backports import zstd  # type: ignore[no-redef,unused-ignore]

from journal_app.core import crypto
from journal_app.core.errors import DamagedJournal, FileHeldOpen, StorageError, UnsupportedFormat, WrongPassphrase, WrongRecoveryCode

MAGIC = b"CARNET\x1a\n"  # \x1a\n: a text-mode transfer that mangles line ends is caught at once
FORMAT_VERSION = 3  # 3: the image is compressed in 1 MiB blocks (zstd frames); 2: in one frame
_UNCOMPRESSED_VERSION = 1
_PREFIX = struct.Struct(">8sHI")
_DIGEST_BYTES = 32
_GCM_TAG_BYTES = 16
MAX_HEADER_BYTES = 64 * 1024
_PASSPHRASE_LABEL = b"carnet passphrase key"
_RECOVERY_LABEL = b"carnet recovery key"
_LENGTH = struct.Struct(">Q")
# The smallest body: an empty journal and about a year of notes (~1,000 entries: a 2 MiB image,
# 0.6 MiB compressed) give the same file size. Above it, powers of two.
MIN_BODY_BUCKET = 4 * 1024 * 1024
# Fast rather than small: level 1 compresses a 17 MiB image in ~50 ms (zlib level 1: ~170 ms,
# zstd level 3: ~85 ms for 10 % less), and the bucket absorbs the difference anyway. Blocks are
# hashed and compressed on two threads (BLAKE3 and zstd work outside the GIL).
COMPRESSION_LEVEL = 1
COMPRESSION_THREADS = 2
# The image is compressed in independent frames of this many of its bytes: small enough that an
# edit recompresses little, large enough to cost nothing in size (26.8 MiB instead of 26.5 MiB
# for the 87 MiB image of 50,000 entries).
IMAGE_BLOCK_BYTES = 1024 * 1024
# The largest image an open accepts: far above any journal Carnet can hold in memory (50,000
# entries: 81 MiB), so that a crafted length cannot make the decompressor fill the memory.
MAX_IMAGE_BYTES = 4 * 1024 * 1024 * 1024
# The body goes through the cipher in chunks of this size: the only buffers a save or an open
# needs besides the image itself.
CHUNK_BYTES = 1024 * 1024
# At most this much decompressed per call: the decompressor holds the GIL while it works, and the
# window waits for it (1 MiB of compressed text gave 6-9 ms calls at 50,000 entries; issue 17).
DECOMPRESS_STEP = 256 * 1024
# update_into wants room for the input plus one AES block less a byte in its output buffer.
_OUTPUT_SLACK = 15

_Writer = Callable[[memoryview | bytes], None]
_Image = TypeVar("_Image")  # a growing buffer: bytearray, or sqlite_memory.ImageBuffer


@dataclass(frozen=True)
class VaultHeader:
    """What the header holds besides the per-save body nonce. Contains no journal content."""

    journal_id: str
    kdf: crypto.KdfParams
    passphrase_key: crypto.WrappedKey
    recovery_key: crypto.WrappedKey
    # ``crypto.key_id`` of the data key; None in files written before keys changed. Not
    # trusted for anything but naming a refusal: a copy is only ever read with a key that
    # opens its body.
    key_id: bytes | None = None

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
        if self.key_id is not None:  # an extra field: older Carnets read the file as before
            document["key_id"] = _b64(self.key_id)
        return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("utf-8")


class BodyInFile:
    """The encrypted body left in an open file, read chunk by chunk when it is decrypted."""

    def __init__(self, handle: BinaryIO, start: int, length: int) -> None:
        self._handle = handle
        self._start = start
        self._length = length

    def __len__(self) -> int:
        return self._length

    def _reader(self) -> _BodyReader:
        return _FileReader(self._handle, self._start, self._length)


@dataclass(frozen=True)
class ParsedFile:
    header: VaultHeader
    authenticated_prefix: bytes  # magic through header: what the checksum and MAC cover
    mac: bytes
    body_nonce: bytes
    # Ciphertext then tag. From parse(): a view of the bytes given (not a copy). From
    # parse_file(): still in the file, which must stay open until decrypt_body.
    body: memoryview | BodyInFile


def new_header(passphrase: str, kdf: crypto.KdfParams) -> tuple[VaultHeader, bytes, str]:
    """A fresh journal identity: (header, data key, recovery code)."""
    return new_key(uuid.uuid4().hex, passphrase, kdf)


def new_key(journal_id: str, passphrase: str, kdf: crypto.KdfParams) -> tuple[VaultHeader, bytes, str]:
    """The journal ``journal_id`` under a new random data key, wrapped for ``passphrase`` and
    for a new recovery code: (header, data key, recovery code). Neither the old passphrase
    nor the old recovery code opens anything written with it."""
    data_key = os.urandom(crypto.KEY_BYTES)
    recovery_code = crypto.new_recovery_code()
    header = VaultHeader(
        journal_id=journal_id,
        kdf=kdf,
        passphrase_key=_wrap_for_passphrase(data_key, passphrase, kdf),
        recovery_key=_wrap_for_recovery(data_key, recovery_code),
        key_id=crypto.key_id(data_key),
    )
    return header, data_key, recovery_code


def _wrap_for_passphrase(data_key: bytes, passphrase: str, kdf: crypto.KdfParams) -> crypto.WrappedKey:
    salt = os.urandom(crypto.SALT_BYTES)
    kek = crypto.derive_passphrase_key(passphrase, salt, kdf)
    return crypto.wrap_key(data_key, kek, salt, _PASSPHRASE_LABEL)


def _wrap_for_recovery(data_key: bytes, code: str) -> crypto.WrappedKey:
    salt = os.urandom(crypto.SALT_BYTES)
    return crypto.wrap_key(data_key, crypto.derive_recovery_key(code, salt), salt, _RECOVERY_LABEL)


def parse(data: bytes | bytearray | memoryview) -> ParsedFile:
    """Check the file's structure and unkeyed checksum. Raises DamagedJournal or UnsupportedFormat.

    The body in the result is a view of ``data``, which must not change while it is in use."""
    view = memoryview(data).cast("B")
    prefix_end = _header_end(bytes(view[: _PREFIX.size]), len(view))
    body_start = prefix_end + 2 * _DIGEST_BYTES
    return _parse_header(bytes(view[:body_start]), view[body_start:].toreadonly())


def parse_file(handle: BinaryIO) -> ParsedFile:
    """``parse`` for a file opened for reading in binary mode, positioned at its start: reads
    the header only. The body stays in the file, read by ``decrypt_body`` (keep it open until
    then). Raises DamagedJournal, UnsupportedFormat, or StorageError if the file cannot be read."""
    try:
        total = os.fstat(handle.fileno()).st_size
        start = _read_up_to(handle, _PREFIX.size)
        prefix_end = _header_end(start, total)
        body_start = prefix_end + 2 * _DIGEST_BYTES
        head = start + _read_up_to(handle, body_start - len(start))
    except OSError as exc:
        raise _read_error(exc) from exc
    if len(head) != body_start:  # the file shrank since fstat
        raise DamagedJournal("the file is truncated or its header is damaged")
    return _parse_header(head, BodyInFile(handle, body_start, total - body_start))


def _header_end(start: bytes, total: int) -> int:
    """Where the header ends, from the file's first bytes and its size."""
    if len(start) < _PREFIX.size:
        raise DamagedJournal("the file is empty or truncated")
    magic, _version, header_length = _PREFIX.unpack_from(start)
    if magic != MAGIC:
        raise DamagedJournal("this is not a Carnet journal, or its beginning is damaged")
    prefix_end = _PREFIX.size + header_length
    if header_length > MAX_HEADER_BYTES or total < prefix_end + 2 * _DIGEST_BYTES:
        raise DamagedJournal("the file is truncated or its header is damaged")
    return prefix_end


def _parse_header(head: bytes, body: memoryview | BodyInFile) -> ParsedFile:
    """``head``: the file from its start to the end of the MAC, structure already checked."""
    _magic, version, _header_length = _PREFIX.unpack_from(head)
    prefix_end = len(head) - 2 * _DIGEST_BYTES
    prefix = head[:prefix_end]
    checksum = head[prefix_end : prefix_end + _DIGEST_BYTES]
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
            key_id=_unb64(document["key_id"], crypto.KEY_ID_BYTES) if "key_id" in document else None,
        )
        body_nonce = _unb64(document["body_nonce"], crypto.NONCE_BYTES)
        if document["cipher"] != "AES-256-GCM":
            raise ValueError("cipher")
    except crypto.KdfOutOfRange as exc:
        raise DamagedJournal(f"the journal's header is damaged or tampered with: {exc}") from exc
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise DamagedJournal("the journal's header is damaged") from exc
    return ParsedFile(
        header=header,
        authenticated_prefix=prefix,
        mac=head[prefix_end + _DIGEST_BYTES :],
        body_nonce=body_nonce,
        body=body,
    )


def unlock_with_passphrase(parsed: ParsedFile, passphrase: str) -> bytes:
    return unwrap_with_passphrase(parsed.header, passphrase)


def unwrap_with_passphrase(header: VaultHeader, passphrase: str) -> bytes:
    """The data key the header wraps for ``passphrase``; WrongPassphrase when it does not."""
    wrapped = header.passphrase_key
    kek = crypto.derive_passphrase_key(passphrase, wrapped.salt, header.kdf)
    data_key = crypto.unwrap_key(wrapped, kek, _PASSPHRASE_LABEL)
    if data_key is None:
        # Within the accepted parameters, a changed header looks exactly like this without
        # the key (KDBX 4 has the same limit): say so, calmly.
        raise WrongPassphrase("wrong passphrase (a file changed by someone would look the same: "
                              "if you are sure of the passphrase, try a backup)")
    return data_key


def unlock_with_recovery_code(parsed: ParsedFile, code: str) -> bytes:
    wrapped = parsed.header.recovery_key
    data_key = crypto.unwrap_key(wrapped, crypto.derive_recovery_key(code, wrapped.salt), _RECOVERY_LABEL)
    if data_key is None:
        raise WrongRecoveryCode("wrong recovery code")
    return data_key


def decrypt_body(parsed: ParsedFile, data_key: bytes, into: Callable[[], _Image] = bytearray,
                 compressed: CompressedImage | None = None) -> _Image:
    """The SQLite image. Anything failing here is damage: the key was already proven right.

    The body is decrypted chunk by chunk through a 1 MiB scratch buffer and decompressed into
    one buffer that grows to the image's size (a new ``into()``: a ``bytearray``, or
    ``sqlite_memory.image_buffer``, which SQLite can take without a copy); the tag is checked
    before anything is returned. ``compressed`` is given the file's frames, for the next save
    (use it only if this returns)."""
    expected_mac = crypto.header_mac(crypto.subkey(data_key, b"header mac"), parsed.authenticated_prefix)
    if not crypto.macs_equal(expected_mac, parsed.mac):
        raise DamagedJournal("the journal's header was modified")
    aad = parsed.authenticated_prefix + hashlib.sha256(parsed.authenticated_prefix).digest()
    body = parsed.body
    reader = body._reader() if isinstance(body, BodyInFile) else _MemoryReader(body)  # noqa: SLF001
    (_magic, version, _header_length) = _PREFIX.unpack_from(parsed.authenticated_prefix)
    try:
        if version == _UNCOMPRESSED_VERSION:
            return _decrypt_uncompressed(reader, crypto.subkey(data_key, b"body"), parsed.body_nonce, aad)
        # Version 2's one frame is no use to a save (it compresses by block): not remembered.
        remember = compressed if version >= 3 else None
        return _decrypt(reader, crypto.subkey(data_key, b"body"), parsed.body_nonce, aad, into, remember)
    except OSError as exc:
        raise _read_error(exc) from exc


def _start_decrypting(reader: _BodyReader, key: bytes, nonce: bytes, aad: bytes):  # type: ignore[no-untyped-def]
    """The padded plaintext's length, the tag, and a GCM decryptor with the associated data."""
    padded_length = reader.length - _GCM_TAG_BYTES
    if padded_length < _LENGTH.size:  # no room for a tag and the image length: never written by Carnet
        raise DamagedJournal("the journal's content is damaged")
    tag = reader.tag()
    decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).decryptor()
    decryptor.authenticate_additional_data(aad)
    return padded_length, tag, decryptor


def _decrypt(reader: _BodyReader, key: bytes, nonce: bytes, aad: bytes, into: Callable[[], _Image],
             compressed: CompressedImage | None = None) -> _Image:
    """Versions 2 and 3: the image length, then the compressed image (one zstd frame, or one
    per block), then zeros. ``compressed`` remembers each frame with the digest of its block,
    for the next save."""
    padded_length, tag, decryptor = _start_decrypting(reader, key, nonce, aad)
    room = padded_length - _LENGTH.size
    scratch = bytearray(max(_LENGTH.size, min(CHUNK_BYTES, room)) + _OUTPUT_SLACK)
    decryptor.update_into(reader.read(_LENGTH.size), scratch)
    # Not authenticated until the tag is checked: the length and the compressed bytes only
    # bound how much the decompressor may write (a wrong length or stream fails the tag, or
    # is damage anyway: the key was proven right). The image buffer grows with what the
    # decompressor really gives, so a crafted length allocates nothing.
    (claimed,) = _LENGTH.unpack_from(scratch)
    limit = min(claimed, MAX_IMAGE_BYTES)
    image = into()
    decompressor = zstd.ZstdDecompressor()
    frame = bytearray()  # the current frame's compressed bytes (and what follows them in its input)
    block = blake3()  # of what the current frame decompressed to
    complete = False
    try:
        with memoryview(scratch) as scratch_view:
            position = 0  # in the plaintext after the length field
            while position < room and not complete:
                size = min(CHUNK_BYTES, room - position)
                plain: memoryview | bytes = scratch_view[: decryptor.update_into(reader.read(size), scratch)]
                position += size
                while len(image) <= limit:
                    if compressed is not None:
                        frame += plain
                    piece = decompressor.decompress(plain, max_length=min(DECOMPRESS_STEP, limit - len(image) + 1))
                    image += piece
                    plain = scratch_view[:0]
                    if compressed is not None:
                        block.update(piece)
                    if decompressor.eof:
                        rest = decompressor.unused_data
                        if compressed is not None:
                            compressed.remember(block.digest(), bytes(frame[: len(frame) - len(rest)]))
                            frame, block = bytearray(), blake3()
                        if len(image) >= claimed:  # what follows is padding
                            complete = True
                            break
                        decompressor, plain = zstd.ZstdDecompressor(), rest  # the next frame
                    elif decompressor.needs_input:
                        break
                if len(image) > limit:
                    raise DamagedJournal("the journal's content is damaged")
            # The rest of the plaintext (padding) still goes through the cipher for the tag.
            while position < room:
                size = min(CHUNK_BYTES, room - position)
                decryptor.update_into(reader.read(size), scratch)
                position += size
    except zstd.ZstdError as exc:
        raise DamagedJournal("the journal's content is damaged") from exc
    try:
        decryptor.finalize_with_tag(tag)
    except InvalidTag as exc:
        raise DamagedJournal("the journal's content is damaged") from exc
    if not complete or len(image) != claimed:
        raise DamagedJournal("the journal's content is damaged")
    return image


def _decrypt_uncompressed(reader: _BodyReader, key: bytes, nonce: bytes, aad: bytes) -> bytearray:
    """Version 1: the image length, then the image, then zeros."""
    padded_length, tag, decryptor = _start_decrypting(reader, key, nonce, aad)
    head = bytearray(_LENGTH.size + _OUTPUT_SLACK)
    decryptor.update_into(reader.read(_LENGTH.size), head)
    # Not authenticated yet: it only decides which bytes go to the image buffer and which to
    # the scratch buffer (and is bounded by the file's size). Nothing is used before the tag
    # is checked; a wrong length fails the tag like any other damaged byte.
    (claimed,) = _LENGTH.unpack_from(head)
    room = padded_length - _LENGTH.size
    image_length = claimed if claimed <= room else 0
    image = bytearray(image_length + _OUTPUT_SLACK)
    scratch = bytearray(min(CHUNK_BYTES, room) + _OUTPUT_SLACK)
    with memoryview(image) as image_view:
        position = 0  # in the plaintext after the length field
        while position < room:
            size = min(CHUNK_BYTES, room - position)
            chunk = reader.read(size)
            into_image = max(0, min(size, image_length - position))
            if into_image:
                decryptor.update_into(chunk[:into_image], image_view[position:])
            if into_image < size:
                decryptor.update_into(chunk[into_image:], scratch)
            position += size
    try:
        decryptor.finalize_with_tag(tag)
    except InvalidTag as exc:
        raise DamagedJournal("the journal's content is damaged") from exc
    if claimed > room:
        raise DamagedJournal("the journal's content is damaged")
    del image[image_length:]  # the slack: a shrink in place, not a copy
    return image


class _BodyReader:
    """The ciphertext, in order, then the tag."""

    length: int

    def read(self, size: int) -> memoryview:
        """The next ``size`` bytes; the view is valid until the next call."""
        raise NotImplementedError

    def tag(self) -> bytes:
        raise NotImplementedError


class _MemoryReader(_BodyReader):
    def __init__(self, body: memoryview) -> None:
        self._body = body
        self.length = len(body)
        self._position = 0

    def read(self, size: int) -> memoryview:
        chunk = self._body[self._position : self._position + size]
        self._position += size
        return chunk

    def tag(self) -> bytes:
        return bytes(self._body[self.length - _GCM_TAG_BYTES :])


class _FileReader(_BodyReader):
    def __init__(self, handle: BinaryIO, start: int, length: int) -> None:
        self._handle = handle
        self._start = start
        self.length = length
        self._buffer = memoryview(bytearray(min(CHUNK_BYTES, length)))
        handle.seek(start)

    def read(self, size: int) -> memoryview:
        view = self._buffer[:size]
        filled = 0
        while filled < size:
            count = self._handle.readinto(view[filled:])
            if not count:  # the file shrank since it was parsed
                raise DamagedJournal("the journal's content is damaged")
            filled += count
        return view

    def tag(self) -> bytes:
        position = self._handle.tell()
        self._handle.seek(self._start + self.length - _GCM_TAG_BYTES)
        tag = _read_up_to(self._handle, _GCM_TAG_BYTES)
        self._handle.seek(position)
        if len(tag) != _GCM_TAG_BYTES:
            raise DamagedJournal("the journal's content is damaged")
        return tag


def _read_up_to(handle: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes: fewer only at the end of the file (unbuffered reads may be short)."""
    parts = []
    while size > 0:
        part = handle.read(size)
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


class CompressedImage:
    """The compressed frames of an image's 1 MiB blocks, kept from one save (or open) to the
    next by the digest of each block: a block seen before is not compressed again.

    A frame is only ever kept with the digest of the very bytes it was compressed from (a
    changed block is copied, then hashed and compressed from the copy), so a frame found by
    its digest always holds that block, whatever happened to the image meanwhile."""

    def __init__(self) -> None:
        self._frames: dict[bytes, bytes] = {}

    def frames(self, image: memoryview) -> Iterator[bytes]:
        """One zstd frame per ``IMAGE_BLOCK_BYTES`` of ``image``, in order, as they are ready:
        two threads hash (and, for a block not seen before, compress) while the caller encrypts
        and writes the frames before. Once all are given, keeps only these for the next call
        (the memory held is about a third of the image)."""
        # At least one frame, even for no bytes at all: a reader stops at the end of a frame.
        blocks = [image[start : start + IMAGE_BLOCK_BYTES] for start in range(0, len(image), IMAGE_BLOCK_BYTES)] or [image]
        known = self._frames

        def frame_of(block: memoryview) -> tuple[bytes, bytes]:
            if known:
                digest = _digest(block)
                frame = known.get(digest)
                if frame is not None:
                    return digest, frame
            return _compressed_block(block)

        kept: dict[bytes, bytes] = {}
        with ThreadPoolExecutor(COMPRESSION_THREADS) as pool:
            for digest, frame in pool.map(frame_of, blocks):
                kept[digest] = frame
                yield frame
        self._frames = kept

    @property
    def held_bytes(self) -> int:
        return sum(map(len, self._frames.values()))

    def remember(self, digest: bytes, frame: bytes) -> None:
        """A frame read from a file, with the digest of what it decompressed to."""
        self._frames[digest] = frame

    def forget(self) -> None:
        self._frames = {}


def _digest(block: memoryview) -> bytes:
    # BLAKE3: as collision-resistant as SHA-256 and 2.5 times faster here (87 MiB: 20 ms instead
    # of 52 ms on one core); every save hashes the whole image.
    return blake3(block).digest()


def _compressed_block(block: memoryview) -> tuple[bytes, bytes]:
    """(digest, frame) of one block, both from the same private copy of its bytes."""
    copy = bytes(block)
    return _digest(memoryview(copy)), _compressor().compress(copy, mode=zstd.ZstdCompressor.FLUSH_FRAME)


def encode(header: VaultHeader, data_key: bytes, image: bytes | bytearray | memoryview) -> bytearray:
    """The whole file for one save, with a fresh body nonce, in memory (for tools and tests:
    a journal is saved with ``write_journal``, which streams the same bytes to the file)."""
    data = bytearray()
    _encode_to(data.extend, header, data_key, image, CompressedImage())
    return data


def write_journal(
    path: Path, header: VaultHeader, data_key: bytes, image: bytes | bytearray | memoryview,
    before_replace: Callable[[], None] | None = None,
    on_displaced: Callable[[Path, os.stat_result], None] | None = None,
    compressed: CompressedImage | None = None,
) -> os.stat_result:
    """Encrypt ``image`` and write it as the journal file at ``path``, atomically (see
    ``write_atomically`` and ``_write_atomically_with``), one 1 MiB chunk at a time: no copy
    of the image is made. ``compressed``: the frames of the last save, to compress only what
    changed. Returns what the file written looked like (size, time, inode)."""
    compressed = compressed if compressed is not None else CompressedImage()

    def writer(handle: BinaryIO) -> None:
        _encode_to(lambda chunk: _write_all(handle, chunk), header, data_key, image, compressed)

    return _write_atomically_with(path, writer, before_replace, on_displaced)


def _encode_to(write: _Writer, header: VaultHeader, data_key: bytes, image: bytes | bytearray | memoryview,
               compressed: CompressedImage) -> None:
    """Hand the file's bytes to ``write``, in order: header, then the body chunk by chunk. A
    chunk passed to ``write`` may be reused afterwards: ``write`` must consume it at once."""
    body_nonce = os.urandom(crypto.NONCE_BYTES)
    header_bytes = header.encode(body_nonce)
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    checksum = hashlib.sha256(prefix).digest()
    mac = crypto.header_mac(crypto.subkey(data_key, b"header mac"), prefix)
    write(prefix + checksum + mac)
    # Body: AES-GCM over length (u64) || zstd frames of the image || zeros up to the bucket, associated data
    # prefix || checksum; ciphertext then tag, as AESGCM.encrypt lays them out.
    encryptor = Cipher(algorithms.AES(crypto.subkey(data_key, b"body")), modes.GCM(body_nonce)).encryptor()
    encryptor.authenticate_additional_data(prefix + checksum)
    output = memoryview(bytearray(CHUNK_BYTES + _OUTPUT_SLACK))
    plaintext_length = 0

    def encrypt(piece: memoryview | bytes) -> None:
        nonlocal plaintext_length
        plaintext_length += len(piece)
        with memoryview(piece) as whole:
            for start in range(0, len(whole), CHUNK_BYTES):  # compressed pieces may exceed a chunk
                written = encryptor.update_into(whole[start : start + CHUNK_BYTES], output)
                write(output[:written])

    with memoryview(image) as raw, raw.cast("B") as view:
        encrypt(_LENGTH.pack(len(view)))
        for frame in compressed.frames(view):
            encrypt(frame)
    padding = padded_size(plaintext_length) - plaintext_length
    zeros = memoryview(bytes(min(padding, CHUNK_BYTES)))
    while padding:
        size = min(padding, CHUNK_BYTES)
        encrypt(zeros[:size])
        padding -= size
    rest = encryptor.finalize()  # nothing is held back in GCM, but do not rely on it
    if rest:
        write(rest)
    write(encryptor.tag)


def _compressor() -> zstd.ZstdCompressor:
    return zstd.ZstdCompressor(level=COMPRESSION_LEVEL)


def padded_size(size: int) -> int:
    """Round up to a bucket: at least 4 MiB, then the next power of two, so the file size says
    at most the order of magnitude of what was written, never how many entries."""
    if size <= MIN_BODY_BUCKET:
        return MIN_BODY_BUCKET
    return 1 << (size - 1).bit_length()


def write_atomically(path: Path, data: bytes | bytearray | memoryview) -> None:
    """Temporary file in the same folder, flush, fsync, replace, fsync the folder.

    On any failure the previous file is left untouched and the temporary file removed.
    """
    _write_atomically_with(path, lambda handle: _write_all(handle, data))


def _write_atomically_with(
    path: Path, writer: Callable[[BinaryIO], None], before_replace: Callable[[], None] | None = None,
    on_displaced: Callable[[Path, os.stat_result], None] | None = None,
) -> os.stat_result:
    """``write_atomically`` with the content written by ``writer(handle)``. Whatever ``writer``
    raises (a full disk, an error while encrypting, an interrupt), the temporary file is
    removed and the file at ``path`` is left as it was; OSErrors become StorageError.

    ``before_replace()`` runs once the temporary file is complete and on disk, right before
    each attempt to put it in place: the last moment to notice that the file at ``path``
    changed (it raises to stop; the temporary file is then removed).

    ``on_displaced(old, written)``: where the system can swap two names in one step (Linux's
    renameat2 RENAME_EXCHANGE), the new file takes the journal's name and the file it
    displaces keeps the temporary name, ``old``, handed to ``on_displaced`` (with the stat
    of the file written), which must remove or keep it: nothing is ever deleted unseen, even
    a file put in place after ``before_replace`` looked. Elsewhere (or without
    ``on_displaced``) the file is replaced.

    Returns the stat of the file written, taken before it was put in place: what is at
    ``path`` a moment later may already be another program's file.

    A replace that Windows refuses because another program holds the file open is retried
    (``_replace_patiently``); if it lasts, the temporary file is kept and ``FileHeldOpen``
    says where."""
    folder = path.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _storage_error(exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            writer(handle)
            handle.flush()
            os.fsync(handle.fileno())
            written = os.fstat(handle.fileno())
        swapped = _replace_patiently(Path(temp_name), path, before_replace, on_displaced is not None)
    except FileHeldOpen:
        raise  # the temporary file holds the only copy of this version on disk: kept
    except BaseException as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise _storage_error(exc) from exc
        raise
    fsync_folder(folder)
    if swapped and on_displaced is not None:
        on_displaced(Path(temp_name), written)  # not ours any more: never removed here
    return written


# Windows refuses to replace a file another program holds open (OneDrive downloading or
# indexing it, an antivirus scanning it) with these errors; they pass within seconds.
_HELD_OPEN_WINERRORS = (5, 32, 33)  # access denied, sharing violation, lock violation
REPLACE_PATIENCE_SECONDS = 30.0
_FIRST_PAUSE_SECONDS = 0.05
_LONGEST_PAUSE_SECONDS = 2.0
# Indirections so that tests can simulate time passing without waiting.
_sleep = time.sleep
_monotonic = time.monotonic


def _replace_patiently(
    temp: Path, path: Path, before_replace: Callable[[], None] | None, may_swap: bool
) -> bool:
    """Put ``temp`` in place of ``path``; True when the two were swapped (see
    ``_write_atomically_with``), False when ``path`` was replaced."""
    deadline = _monotonic() + REPLACE_PATIENCE_SECONDS
    pause = _FIRST_PAUSE_SECONDS
    while True:
        if before_replace is not None:
            before_replace()
        try:
            if may_swap and _exchange is not None:
                try:
                    _exchange(temp, path)
                    return True
                except FileNotFoundError:
                    if before_replace is not None:
                        before_replace()  # the file vanished: the check says so in its words
                    raise
                except OSError as exc:
                    if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
                        raise
                    # A file system that cannot swap (some network shares): replace.
            os.replace(temp, path)
            return False
        except PermissionError as exc:
            if getattr(exc, "winerror", None) not in _HELD_OPEN_WINERRORS:
                raise
            if _monotonic() + pause > deadline:
                raise FileHeldOpen(
                    "another program (a sync client or an antivirus) keeps the journal file open, so it could not "
                    "be replaced: the previous version is still in place, and the changes are kept", temp) from exc
        _sleep(pause)
        pause = min(pause * 2, _LONGEST_PAUSE_SECONDS)


def _load_exchange() -> Callable[[Path, Path], None] | None:
    """Linux's renameat2(RENAME_EXCHANGE) (glibc 2.28+), or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    at_fdcwd, rename_exchange = -100, 2

    def exchange(first: Path, second: Path) -> None:
        if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange) != 0:
            number = ctypes.get_errno()
            raise OSError(number, os.strerror(number), str(second))

    return exchange


# Swaps two names in one step; None where the system has no such call (tests set it to None).
_exchange = _load_exchange()


def _write_all(handle, data: bytes | bytearray | memoryview) -> None:  # type: ignore[no-untyped-def]
    # Indirection so tests can simulate a disk that fills up part-way through. A save calls it
    # once for the header and once per chunk of the body (at most CHUNK_BYTES).
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


def _read_error(exc: OSError) -> StorageError:
    return StorageError(f"the journal could not be read ({exc.strerror or exc})")


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
