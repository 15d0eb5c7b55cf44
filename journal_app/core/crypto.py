"""Key derivation, key wrapping and the recovery code.

A random 256-bit data key encrypts the journal. It is stored twice, wrapped (AES-256-GCM)
by a key derived from the passphrase with Argon2id and by a key derived from the recovery
code. Changing the passphrase or the recovery code draws a new data key (see
``Journal.change_passphrase``): re-wrapping the old one would let anyone who once knew the old
passphrase read every later save of any copy.

A header's key derivation parameters are judged (``ACCEPTED_KDF``) before anything is derived:
they are not authenticated until the key is known, and a crafted header could otherwise ask
for gigabytes of memory and hours of work.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16

# OWASP's minimum for Argon2id; calibrated parameters never go below it.
OWASP_MIN_MEMORY_KIB = 19 * 1024
OWASP_MIN_ITERATIONS = 2
# What we ask for at creation: at least 64 MiB, iterations raised until ~0.5 s.
DEFAULT_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MAX_ITERATIONS = 40
TARGET_SECONDS = 0.5

# Crockford's base32 alphabet: no I, L, O or U, so the code survives handwriting.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LENGTH = 5  # 40 symbols x 5 bits = 200 bits of entropy


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int = 1

    def to_dict(self) -> dict[str, int | str]:
        return {
            "alg": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unknown key derivation")
        memory, iterations, lanes = data["memory_kib"], data["iterations"], data["lanes"]
        if not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in (memory, iterations, lanes)):
            raise ValueError("bad key derivation parameters")
        assert isinstance(memory, int) and isinstance(iterations, int) and isinstance(lanes, int)
        params = cls(memory_kib=memory, iterations=iterations, lanes=lanes)
        problem = ACCEPTED_KDF.problem(params)
        if problem is not None:
            raise KdfOutOfRange(f"its key derivation parameters {problem}")
        return params


class KdfOutOfRange(ValueError):
    """Parameters Carnet never writes: the header is damaged or was tampered with."""


@dataclass(frozen=True)
class KdfPolicy:
    """Which key derivation parameters a header may carry: what Carnet itself could ever
    choose. Anything else was not written by Carnet (damage, or a trap: a copy dropped in a
    synced folder asking for 4 GiB and hours of work), and is refused before deriving."""

    min_memory_kib: int = DEFAULT_MEMORY_KIB
    max_memory_kib: int = 1024 * 1024  # 1 GiB: room for a future Carnet to ask for more
    max_iterations: int = MAX_ITERATIONS
    lanes: int = 1  # what Carnet writes
    max_seconds: float = 10.0  # estimated on this machine

    def problem(self, params: KdfParams) -> str | None:
        """Why ``params`` are refused, or None. Derives nothing, except for parameters above
        anything Carnet's calibration picks: then one pass over 64 MiB, once per process,
        measures this machine (see ``seconds_per_kib_pass``)."""
        if params.lanes != self.lanes:
            return "use another number of lanes than Carnet writes"
        if not self.min_memory_kib <= params.memory_kib <= self.max_memory_kib:
            return "ask for a memory size Carnet never uses"
        if params.iterations > self.max_iterations:
            return "ask for more iterations than Carnet ever uses"
        if params.memory_kib * params.iterations > DEFAULT_MEMORY_KIB * MAX_ITERATIONS:
            if params.memory_kib * params.iterations * seconds_per_kib_pass() > self.max_seconds:
                return f"would take more than {self.max_seconds:g} s on this computer"
        return None

    def allowing(self, params: KdfParams) -> KdfPolicy:
        """This policy widened to accept ``params`` too (for the test suite's cheap parameters)."""
        return replace(self, min_memory_kib=min(self.min_memory_kib, params.memory_kib),
                       max_iterations=max(self.max_iterations, params.iterations))


# What every journal header is judged by. Only the test suite widens it (tests/conftest.py,
# to open journals made with cheap parameters); nothing in Carnet changes it.
ACCEPTED_KDF = KdfPolicy()


@cache
def seconds_per_kib_pass() -> float:
    """This machine's Argon2id speed: seconds per KiB of memory per iteration, measured once."""
    started = time.perf_counter()
    Argon2id(salt=bytes(SALT_BYTES), length=KEY_BYTES, iterations=1, lanes=1,
             memory_cost=DEFAULT_MEMORY_KIB).derive(b"speed")
    return (time.perf_counter() - started) / DEFAULT_MEMORY_KIB


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    # NFC: the same passphrase typed on another system (é as one or two code points) still opens.
    return kdf.derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def calibrate_kdf(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick Argon2id parameters that take about ``target_seconds`` on this machine."""
    probe = KdfParams(memory_kib=DEFAULT_MEMORY_KIB, iterations=MIN_ITERATIONS)
    started = time.perf_counter()
    derive_passphrase_key("calibration", os.urandom(SALT_BYTES), probe)
    per_iteration = (time.perf_counter() - started) / MIN_ITERATIONS
    iterations = round(target_seconds / max(per_iteration, 1e-6))
    iterations = max(MIN_ITERATIONS, min(MAX_ITERATIONS, iterations))
    params = KdfParams(memory_kib=DEFAULT_MEMORY_KIB, iterations=iterations)
    assert params.memory_kib >= OWASP_MIN_MEMORY_KIB and params.iterations >= OWASP_MIN_ITERATIONS
    return params


def new_recovery_code() -> str:
    """A code to write on paper: 8 groups of 5 unambiguous characters."""
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH))
    groups = [symbols[i : i + RECOVERY_GROUP_LENGTH] for i in range(0, len(symbols), RECOVERY_GROUP_LENGTH)]
    return "-".join(groups)


def normalize_recovery_code(code: str) -> str:
    """Accept the code as people type it back: any case, spaces or dashes, O for 0, I/L for 1."""
    # NFKC turns full-width digits into ASCII; any other non-ASCII letter cannot be part of a
    # code and is dropped (it would otherwise crash the ASCII encoding in derive_recovery_key).
    cleaned = "".join(ch for ch in unicodedata.normalize("NFKC", code).upper() if ch.isascii() and ch.isalnum())
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"}))


def derive_recovery_key(code: str, salt: bytes) -> bytes:
    # 200 bits of entropy need no slow hash: HKDF is enough and makes recovery instant.
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"carnet recovery v1").derive(
        normalize_recovery_code(code).encode("ascii")
    )


def subkey(data_key: bytes, purpose: bytes) -> bytes:
    """Separate keys for the body cipher and the header MAC, derived from the data key."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"carnet " + purpose).derive(data_key)


@dataclass(frozen=True)
class WrappedKey:
    salt: bytes
    nonce: bytes
    ciphertext: bytes


def wrap_key(data_key: bytes, wrapping_key: bytes, salt: bytes, label: bytes) -> WrappedKey:
    nonce = os.urandom(NONCE_BYTES)
    return WrappedKey(salt=salt, nonce=nonce, ciphertext=AESGCM(wrapping_key).encrypt(nonce, data_key, label))


def unwrap_key(wrapped: WrappedKey, wrapping_key: bytes, label: bytes) -> bytes | None:
    """The data key, or None when the wrapping key is wrong (the GCM tag does not verify)."""
    try:
        return AESGCM(wrapping_key).decrypt(wrapped.nonce, wrapped.ciphertext, label)
    except InvalidTag:
        return None


KEY_ID_BYTES = 16


def key_id(data_key: bytes) -> bytes:
    """A name for a data key, kept in the header: tells a copy under another (older) key from
    a damaged one without any passphrase. It reveals nothing of the key (an HKDF output)."""
    return subkey(data_key, b"key id")[:KEY_ID_BYTES]


def header_mac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def macs_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)
