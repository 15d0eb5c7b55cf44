"""Key derivation, key wrapping and the recovery code.

A random 256-bit data key encrypts the journal. It is stored twice, wrapped (AES-256-GCM)
by a key derived from the passphrase with Argon2id and by a key derived from the recovery
code, so changing either only re-wraps the data key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass

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
        if not all(isinstance(v, int) and v > 0 for v in (memory, iterations, lanes)):
            raise ValueError("bad key derivation parameters")
        assert isinstance(memory, int) and isinstance(iterations, int) and isinstance(lanes, int)
        # Refuse absurd values a damaged header could carry (they would exhaust memory).
        if memory > 4 * 1024 * 1024 or iterations > 1000 or lanes > 64 or memory < 8 * lanes:
            raise ValueError("key derivation parameters out of range")
        return cls(memory_kib=memory, iterations=iterations, lanes=lanes)


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


def header_mac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def macs_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)
