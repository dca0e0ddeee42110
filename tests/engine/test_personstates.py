"""A count of persons whose own predicate says what befell them."""

from __future__ import annotations

import pytest

from claimcheck.engine.personstates import state_after


def _span(text: str, word: str) -> tuple[int, int]:
    at = text.index(word)
    return at, at + len(word)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("About 120 people were reported missing.", "missing"),
        ("Some 120 people were still unaccounted for.", "unaccounted"),
        ("The floods left 3,000 people homeless.", "homeless"),
        ("About 90 people remain missing.", "missing"),
        # a participle right after the noun is the counted run's
        ("Some 26 people killed in the crush were named.", None),
        # a noun that says which persons keeps its own count
        ("All 52 passengers were reported missing.", None),
    ],
)
def test_state_after(text: str, state: str | None) -> None:
    noun = next(_span(text, w) for w in ("people", "passengers") if w in text.split())
    hits = [noun]
    for word in ("missing", "unaccounted", "homeless", "killed"):
        if word in text:
            hits.append(_span(text, word))
    found = state_after(text, noun, hits, lambda h: False)
    assert (None if found is None else text[found[0] : found[1]]) == state


def test_a_built_in_state_is_left_to_the_matcher() -> None:
    text = "About 120 people were reported missing."
    noun, missing = _span(text, "people"), _span(text, "missing")
    assert state_after(text, noun, [noun, missing], lambda h: h == missing) is None
