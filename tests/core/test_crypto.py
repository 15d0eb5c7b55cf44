"""Key derivation parameters, the recovery code, and key wrapping."""

from __future__ import annotations

import os
import re
import time
import unicodedata

import pytest

from journal_app.core import crypto, vaultfile
from journal_app.core.crypto import KdfParams
from journal_app.core.errors import WrongPassphrase
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE

# ----- key derivation parameters


@pytest.mark.slow
def test_calibrated_kdf_is_strong() -> None:
    params = crypto.calibrate_kdf()
    assert params.memory_kib >= 64 * 1024
    assert params.memory_kib >= crypto.OWASP_MIN_MEMORY_KIB == 19 * 1024
    assert params.iterations >= crypto.OWASP_MIN_ITERATIONS == 2
    timings = []
    for _ in range(2):
        started = time.perf_counter()
        crypto.derive_passphrase_key("a passphrase", os.urandom(crypto.SALT_BYTES), params)
        timings.append(time.perf_counter() - started)
    # About half a second is the aim; printed, not asserted (a loaded machine is slower).
    print(f"\none derivation: {min(timings):.2f} s with {params}")
    assert crypto.MIN_ITERATIONS <= params.iterations <= crypto.MAX_ITERATIONS


def test_create_without_kdf_uses_calibrated_parameters(journal_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """People always get calibrated parameters: ``kdf=None`` must not fall back to anything weaker."""
    calibrated = KdfParams(memory_kib=72, iterations=2)  # cheap, but recognisable in the header
    calls = []

    def fake_calibrate(*args: object, **kwargs: object) -> KdfParams:
        calls.append(1)
        return calibrated

    monkeypatch.setattr(crypto, "calibrate_kdf", fake_calibrate)
    journal, _ = Journal.create(journal_path, PASSPHRASE)
    journal.close()
    assert calls == [1]
    assert vaultfile.parse(journal_path.read_bytes()).header.kdf == calibrated


def test_header_records_the_kdf_parameters(journal_path) -> None:
    params = KdfParams(memory_kib=128, iterations=2)
    Journal.create(journal_path, PASSPHRASE, kdf=params)[0].close()
    header = vaultfile.parse(journal_path.read_bytes()).header
    assert header.kdf == params
    raw = journal_path.read_bytes()
    assert b'"alg":"argon2id"' in raw and b'"memory_kib":128' in raw and b'"lanes":1' in raw
    # and they are the ones used: a journal opens with the parameters it records
    Journal.open(journal_path, PASSPHRASE).close()


def test_kdf_params_round_trip() -> None:
    params = KdfParams(memory_kib=65536, iterations=3)
    assert KdfParams.from_dict(params.to_dict()) == params


@pytest.mark.parametrize(
    "changes",
    [
        {"alg": "argon2i"},
        {"alg": None},
        {"memory_kib": 0},
        {"memory_kib": -1},
        {"memory_kib": 64 * 1024 * 1024},  # 64 GiB: would exhaust memory
        {"memory_kib": 2**62},
        {"iterations": 0},
        {"iterations": 10**9},
        {"lanes": 0},
        {"lanes": 2**24},
        {"lanes": 8, "memory_kib": 32},  # Argon2 needs 8 KiB per lane
        {"memory_kib": "65536"},
        {"iterations": 3.0},
        {"memory_kib": True},
        {"lanes": None},
    ],
)
def test_kdf_params_refuse_absurd_values(changes: dict[str, object]) -> None:
    data = {**KdfParams(memory_kib=65536, iterations=3).to_dict(), **changes}
    with pytest.raises(ValueError):
        KdfParams.from_dict(data)


@pytest.mark.parametrize(
    ("params", "why"),
    [
        (KdfParams(memory_kib=64 * 1024 - 1, iterations=3), "memory"),  # below Carnet's 64 MiB floor
        (KdfParams(memory_kib=19 * 1024, iterations=3), "memory"),  # OWASP's minimum, but not Carnet's
        (KdfParams(memory_kib=1024 * 1024 + 1, iterations=1), "memory"),  # over 1 GiB
        (KdfParams(memory_kib=4 * 1024 * 1024, iterations=1000, lanes=64), "lanes"),  # the reported trap
        (KdfParams(memory_kib=64 * 1024, iterations=crypto.MAX_ITERATIONS + 1), "iterations"),
        (KdfParams(memory_kib=64 * 1024, iterations=3, lanes=2), "lanes"),  # Carnet writes one lane
    ],
)
def test_strict_policy_refuses_what_carnet_never_chooses(strict_kdf: crypto.KdfPolicy, params: KdfParams,
                                                         why: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "seconds_per_kib_pass", _must_not_measure)
    problem = strict_kdf.problem(params)
    assert problem is not None and why in problem
    with pytest.raises(crypto.KdfOutOfRange):
        KdfParams.from_dict(params.to_dict())


def _must_not_measure() -> float:
    raise AssertionError("the machine was measured for parameters refused on their face")


def test_strict_policy_accepts_everything_carnet_chooses(strict_kdf: crypto.KdfPolicy,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "seconds_per_kib_pass", _must_not_measure)  # no cost to judge them
    for iterations in range(1, crypto.MAX_ITERATIONS + 1):
        params = KdfParams(memory_kib=crypto.DEFAULT_MEMORY_KIB, iterations=iterations)
        assert strict_kdf.problem(params) is None
        assert KdfParams.from_dict(params.to_dict()) == params


def test_strict_policy_refuses_what_would_take_over_ten_seconds_here(strict_kdf: crypto.KdfPolicy,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Within the bounds, the cost is estimated from this machine's measured speed (here a
    fixed, injected speed: 0.1 s per pass over 64 MiB)."""
    monkeypatch.setattr(crypto, "seconds_per_kib_pass", lambda: 0.1 / (64 * 1024))
    assert strict_kdf.problem(KdfParams(memory_kib=512 * 1024, iterations=12)) is None  # 9.6 s
    problem = strict_kdf.problem(KdfParams(memory_kib=512 * 1024, iterations=13))  # 10.4 s
    assert problem is not None and "10 s" in problem
    assert strict_kdf.problem(KdfParams(memory_kib=1024 * 1024, iterations=40)) is not None


def test_the_test_allowance_only_widens_to_the_cheap_parameters() -> None:
    widened = crypto.KdfPolicy().allowing(CHEAP_KDF)
    assert widened.problem(CHEAP_KDF) is None
    assert widened.problem(KdfParams(memory_kib=CHEAP_KDF.memory_kib - 1, iterations=1)) is not None
    assert crypto.KdfPolicy().problem(CHEAP_KDF) is not None  # what people get refuses them


@pytest.mark.parametrize("missing", ["memory_kib", "iterations", "lanes", "alg"])
def test_kdf_params_refuse_missing_values(missing: str) -> None:
    data = dict(KdfParams(memory_kib=65536, iterations=3).to_dict())
    del data[missing]
    with pytest.raises((ValueError, KeyError)):
        KdfParams.from_dict(data)


def test_passphrase_key_depends_on_everything() -> None:
    salt = os.urandom(crypto.SALT_BYTES)
    key = crypto.derive_passphrase_key("pass", salt, CHEAP_KDF)
    assert len(key) == crypto.KEY_BYTES
    assert key == crypto.derive_passphrase_key("pass", salt, CHEAP_KDF)
    assert key != crypto.derive_passphrase_key("Pass", salt, CHEAP_KDF)
    assert key != crypto.derive_passphrase_key("pass", os.urandom(crypto.SALT_BYTES), CHEAP_KDF)
    assert key != crypto.derive_passphrase_key("pass", salt, KdfParams(memory_kib=64, iterations=2))


def test_passphrase_is_unicode_normalised(journal_path) -> None:
    """"é" typed as one code point on one system and as e + combining accent on another is
    the same passphrase: a journal must not be lost to how a keyboard composes letters."""
    composed = unicodedata.normalize("NFC", "Mon carnet, été 2026 — à garder")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    Journal.create(journal_path, composed, kdf=CHEAP_KDF)[0].close()
    Journal.open(journal_path, decomposed).close()
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, "Mon carnet, ete 2026 — a garder")


# ----- recovery code


def test_recovery_code_shape_and_entropy() -> None:
    codes = {crypto.new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}", code), code
        assert not set(code) & set("ILOU")
    # 40 symbols from 32: every symbol of the alphabet turns up over 50 codes
    assert set("".join(codes).replace("-", "")) == set(crypto.RECOVERY_ALPHABET)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ab0c1-dEf9z", "AB0C1DEF9Z"),
        ("ab0c1 def9z", "AB0C1DEF9Z"),
        ("  AB0C1—DEF9Z ", "AB0C1DEF9Z"),  # an em dash from a word processor
        ("abOc1-dEf9z", "AB0C1DEF9Z"),  # O for 0
        ("ab0cI-dEf9z", "AB0C1DEF9Z"),  # I for 1
        ("ab0cl-dEf9z", "AB0C1DEF9Z"),  # l for 1
        ("ＡＢ０Ｃ１ＤＥＦ９Ｚ", "AB0C1DEF9Z"),  # full-width characters from an Asian keyboard
    ],
)
def test_recovery_code_is_accepted_as_people_type_it(typed: str, expected: str) -> None:
    assert crypto.normalize_recovery_code(typed) == expected


def test_recovery_code_with_a_non_ascii_letter_is_just_wrong() -> None:
    """A slip on a French keyboard ("é" for "2") must give a wrong code, not a crash."""
    salt = os.urandom(crypto.SALT_BYTES)
    key = crypto.derive_recovery_key("é", salt)
    assert len(key) == crypto.KEY_BYTES
    assert crypto.derive_recovery_key("ABCDE", salt) != crypto.derive_recovery_key("ABCDF", salt)


# ----- wrapping


def test_wrap_and_unwrap() -> None:
    data_key = os.urandom(crypto.KEY_BYTES)
    kek = os.urandom(crypto.KEY_BYTES)
    wrapped = crypto.wrap_key(data_key, kek, b"salt", b"label")
    assert data_key not in wrapped.ciphertext
    assert crypto.unwrap_key(wrapped, kek, b"label") == data_key
    assert crypto.unwrap_key(wrapped, os.urandom(crypto.KEY_BYTES), b"label") is None
    assert crypto.unwrap_key(wrapped, kek, b"other label") is None
    again = crypto.wrap_key(data_key, kek, b"salt", b"label")
    assert again.nonce != wrapped.nonce and again.ciphertext != wrapped.ciphertext


def test_subkeys_are_distinct() -> None:
    data_key = os.urandom(crypto.KEY_BYTES)
    body, mac = crypto.subkey(data_key, b"body"), crypto.subkey(data_key, b"header mac")
    assert len({body, mac, data_key}) == 3
    assert body == crypto.subkey(data_key, b"body")
