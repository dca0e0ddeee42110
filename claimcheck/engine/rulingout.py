"""A ruling-out: "police ruled out terrorism", "investigators excluded foul
play".

A claim that something was ruled out ("terrorism was ruled out") is stated
by the verb's one-word synonym as well ("the authorities excluded a
terrorist act", "foul play has been excluded"), and the other way round,
and by the words officials rule it out with ("there is nothing to indicate
foul play", "found no evidence of terrorism").
A ruling-out denied is no denial of what was ruled out but an open
possibility: "investigators have not ruled out foul play", "police did not
exclude an attack" state neither that it happened nor that it did not, so
they leave such a claim missing, as "could not rule out" leaves any claim
(see :data:`claimcheck.engine.polarity._POSSIBILITY`).
"""

from __future__ import annotations

import functools

from claimcheck.engine.terms import phrase_forms, word_forms

__all__ = ["ruled_out_forms", "rules_out"]


@functools.cache
def _rule() -> frozenset[str]:
    return frozenset(word_forms("rule"))


@functools.cache
def _exclude() -> frozenset[str]:
    return frozenset(word_forms("exclude"))


# what officials say when they rule something out: "there is nothing to
# indicate foul play", "found no evidence of terrorism"
_NO_SIGN = tuple(
    f"{none} {to_show} {of}"
    for none, to_show, of in (
        ("no", "evidence", "of"),
        ("no", "evidence", "that"),
        ("no", "sign", "of"),
        ("no", "signs", "of"),
        ("no", "indication", "of"),
        ("no", "indication", "that"),
        ("nothing", "to", "indicate"),
        ("nothing", "to", "suggest"),
    )
)


def ruled_out_forms(word: str, after: str) -> tuple[str, ...]:
    """The other spellings of a sentence's lower-case ``word`` followed by
    ``after`` when the two say a ruling-out ("ruled", "out": excluded,
    excludes..., "no evidence of"; "excluded": ruled out...); none for any
    other word."""
    if after == "out" and word in _rule():
        return word_forms("exclude") + _NO_SIGN
    if word in _exclude():
        return phrase_forms("rule out") + _NO_SIGN
    return ()


def rules_out(words: list[str]) -> bool:
    """Whether a sentence's lower-case ``words`` say that something was
    ruled out ("terrorism was ruled out", "police excluded foul play")."""
    return any(
        word in _exclude() or (word in _rule() and after == "out")
        for word, after in zip(words, [*words[1:], ""], strict=True)
    )
