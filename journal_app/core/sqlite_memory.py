"""Handing a decrypted image to SQLite, and reading it back for a save, without a second
copy of it (issue 17, memory).

Python's ``Connection.deserialize`` copies the image it is given into memory from SQLite's own
allocator, and ``serialize`` copies the database out into ``bytes``: for a moment the journal
is in memory twice (81 MiB each at 50,000 entries), the highest points of the app's memory.
SQLite's C API needs neither copy: ``sqlite3_deserialize`` with
``SQLITE_DESERIALIZE_FREEONCLOSE`` takes a buffer from SQLite's allocator, so the image is
decompressed straight into such a buffer (``ImageBuffer``) and handed over; and
``sqlite3_serialize`` with ``SQLITE_SERIALIZE_NOCOPY`` gives the deserialised database's own
bytes (``serialized_view``), which a save compresses chunk by chunk.

Python does not expose a connection's ``sqlite3 *`` handle. CPython (3.8 to 3.14) keeps it as
the first field after the object header; it is read from there and proven before any use (a
value set through it must be read back through the connection), with the library the
``_sqlite3`` module itself is linked to. Anywhere this does not hold (another Python, a
statically linked SQLite, Windows), ``image_buffer()`` gives a plain ``bytearray`` and callers
use Python's copying ``deserialize``, as before.
"""

from __future__ import annotations

import ctypes
import platform
import secrets
import sqlite3
import sys
from functools import cache

_DESERIALIZE_FREEONCLOSE = 1
_DESERIALIZE_RESIZEABLE = 2
_SERIALIZE_NOCOPY = 1
_FIRST_CAPACITY = 1 << 20


@cache
def _library() -> ctypes.CDLL | None:
    if platform.python_implementation() != "CPython" or not (3, 8) <= sys.version_info[:2] <= (3, 14):
        return None
    try:
        import _sqlite3

        library = ctypes.CDLL(_sqlite3.__file__)  # its symbols and those of the SQLite it links to
        library.sqlite3_libversion.restype = ctypes.c_char_p
        library.sqlite3_malloc64.restype = ctypes.c_void_p
        library.sqlite3_malloc64.argtypes = [ctypes.c_uint64]
        library.sqlite3_realloc64.restype = ctypes.c_void_p
        library.sqlite3_realloc64.argtypes = [ctypes.c_void_p, ctypes.c_uint64]
        library.sqlite3_free.restype = None
        library.sqlite3_free.argtypes = [ctypes.c_void_p]
        library.sqlite3_deserialize.restype = ctypes.c_int
        library.sqlite3_deserialize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int64,
                                                ctypes.c_int64, ctypes.c_uint]
        library.sqlite3_serialize.restype = ctypes.c_void_p
        library.sqlite3_serialize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int64),
                                              ctypes.c_uint]
        library.sqlite3_set_last_insert_rowid.restype = None
        library.sqlite3_set_last_insert_rowid.argtypes = [ctypes.c_void_p, ctypes.c_int64]
    except (ImportError, OSError, AttributeError):
        return None
    if library.sqlite3_libversion().decode("ascii") != sqlite3.sqlite_version:
        return None  # another copy of SQLite than the one behind Python's connections
    return library


def available() -> bool:
    return _library() is not None


def _handle(raw: sqlite3.Connection) -> int | None:
    """The connection's ``sqlite3 *``, once proven to be it; None when it cannot be."""
    library = _library()
    if library is None or type(raw) is not sqlite3.Connection:
        return None
    handle = ctypes.c_void_p.from_address(id(raw) + object.__basicsize__).value
    if not handle:
        return None
    marker = secrets.randbits(62) + 1
    (previous,) = raw.execute("SELECT last_insert_rowid()").fetchone()
    library.sqlite3_set_last_insert_rowid(handle, marker)
    (seen,) = raw.execute("SELECT last_insert_rowid()").fetchone()
    library.sqlite3_set_last_insert_rowid(handle, previous)
    return handle if seen == marker else None


class ImageBuffer:
    """A growing buffer in SQLite's allocator, filled with ``+=`` like a ``bytearray``, then
    given to SQLite by ``deserialize_into`` (or freed, when it never is)."""

    def __init__(self, library: ctypes.CDLL) -> None:
        self._library = library
        self._pointer: int | None = None
        self._size = 0
        self._capacity = 0

    def __len__(self) -> int:
        return self._size

    def __iadd__(self, data: bytes | bytearray | memoryview) -> ImageBuffer:
        with memoryview(data) as view:
            needed = self._size + view.nbytes
            if needed > self._capacity:
                # Geometric growth; a large block is remapped by the allocator, not copied.
                capacity = max(needed, self._capacity + self._capacity // 2, _FIRST_CAPACITY)
                pointer = self._library.sqlite3_realloc64(self._pointer, capacity)
                if not pointer:
                    raise MemoryError
                self._pointer, self._capacity = pointer, capacity
            assert self._pointer is not None
            if view.nbytes:
                source = data if isinstance(data, bytes) else view.tobytes()  # the decompressor gives bytes
                ctypes.memmove(self._pointer + self._size, source, view.nbytes)
            self._size = needed
        return self

    def head(self, length: int) -> bytes:
        return ctypes.string_at(self._pointer, min(length, self._size)) if self._pointer else b""

    def free(self) -> None:
        if self._pointer is not None:
            self._library.sqlite3_free(self._pointer)
        self._pointer, self._size, self._capacity = None, 0, 0

    def __del__(self) -> None:
        self.free()

    def deserialize_into(self, raw: sqlite3.Connection) -> None:
        """Becomes the connection's main database, SQLite's to free from now on (also when it
        refuses it); this buffer is empty afterwards. Raises sqlite3.DatabaseError."""
        handle = _handle(raw)
        if handle is None:  # not proven: Python's copying call, then this buffer is freed
            try:
                raw.deserialize(ctypes.string_at(self._pointer, self._size) if self._pointer else b"")
            finally:
                self.free()
            return
        pointer, size, capacity = self._pointer, self._size, self._capacity
        self._pointer, self._size, self._capacity = None, 0, 0
        if pointer is None:
            raw.deserialize(b"")
            return
        code = self._library.sqlite3_deserialize(handle, b"main", pointer, size, capacity,
                                                 _DESERIALIZE_FREEONCLOSE | _DESERIALIZE_RESIZEABLE)
        if code != 0:
            raise sqlite3.DatabaseError(f"deserialize failed ({code})")


def image_buffer() -> ImageBuffer | bytearray:
    """Where to decompress an image that will be deserialised: SQLite's memory when it can be
    handed over as it is, else a ``bytearray``."""
    library = _library()
    return ImageBuffer(library) if library is not None else bytearray()


def serialized_view(raw: sqlite3.Connection) -> memoryview | None:
    """The main database's bytes where SQLite holds them (a deserialised database: no copy),
    or None (then ``raw.serialize()``). Valid only until the next write on ``raw``: whoever
    reads it must make sure nothing writes meanwhile (``raw.total_changes`` tells)."""
    handle = _handle(raw)
    if handle is None:
        return None
    size = ctypes.c_int64(0)
    pointer = _library().sqlite3_serialize(handle, b"main", ctypes.byref(size), _SERIALIZE_NOCOPY)  # type: ignore[union-attr]
    if not pointer:
        return None  # not a deserialised database (a new one lives in SQLite's page cache)
    return memoryview((ctypes.c_char * size.value).from_address(pointer)).cast("B")
