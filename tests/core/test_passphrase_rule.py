"""One minimum rule for a new passphrase, in the window and on the command line."""

from __future__ import annotations

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.core.passphrase import MIN_LENGTH, acceptable, require_acceptable
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize("weak", ["", "ab", "x" * 40, "ab" * 20, "abcde" * 8, "motdepasse", "a" * (MIN_LENGTH - 1) + "B"])
def test_weak_passphrases_are_refused_with_a_reason(weak: str) -> None:
    assert not acceptable(weak)
    with pytest.raises(InvalidInput, match=f"at least {MIN_LENGTH} characters"):
        require_acceptable(weak)


@pytest.mark.parametrize("good", [PASSPHRASE, "une toute nouvelle phrase", "phrase retrouvée"])
def test_a_sentence_of_several_words_is_accepted(good: str) -> None:
    assert acceptable(good)
    require_acceptable(good)
