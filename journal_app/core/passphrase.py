"""A rough, honest estimate of passphrase strength, shown while a person chooses one.

It rewards length above all (a phrase of several words beats a short jumble) and punishes
repetition; it is a nudge, not a guarantee. ``acceptable`` is the one minimum rule for a new
passphrase, in the window (``PassphraseFields``) and on the command line (``require_acceptable``).
"""

from __future__ import annotations

import math
from enum import IntEnum

from journal_app.core.errors import InvalidInput

MIN_LENGTH = 10
# A long run of one or two characters repeated is not a sentence: the estimate below would
# otherwise add up the repeats ("x" * 40 scored as fair).
MIN_DISTINCT = 6


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4


def estimate_bits(passphrase: str) -> float:
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    if any(ord(c) > 127 for c in passphrase):
        pool += 30
    distinct = len(set(passphrase))
    # Repeated characters add little: count distinct ones fully, repeats at a quarter.
    effective_length = distinct + (len(passphrase) - distinct) / 4
    return effective_length * math.log2(max(pool, 2))


def estimate(passphrase: str) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_SHORT
    if len(set(passphrase)) < MIN_DISTINCT:
        return Strength.WEAK
    bits = estimate_bits(passphrase)
    if bits < 50:
        return Strength.WEAK
    if bits < 65:
        return Strength.FAIR
    if bits < 90:
        return Strength.STRONG
    return Strength.VERY_STRONG


def acceptable(passphrase: str) -> bool:
    return estimate(passphrase) >= Strength.FAIR


def require_acceptable(passphrase: str) -> None:
    """Raise InvalidInput (in English, for the command line) when ``passphrase`` does not
    meet the rule the window applies."""
    if not acceptable(passphrase):
        raise InvalidInput(f"this passphrase is too easy to guess: use at least {MIN_LENGTH} characters, "
                           "best several words only you would put together; nothing was changed")
