"""What a statement's derived words add to a match: "unlicensed",
"lacked a licence", "the collapse of the levee".

A sentence's words gain derived spellings when it is read (see
:mod:`claimcheck.engine.derived` and :mod:`claimcheck.engine.nominals`); a
match holding one counts only where the derived word is said of the
statement, and some add a negation of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.engine.derived import adjective_counts, lack_before, speaks_of_having
from claimcheck.engine.nominals import act_counts
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.statements import Sentence

__all__ = ["derived_negations"]

# a noun of the act said to be still to come: "the army's withdrawal from the
# town is planned for May", "the closure was postponed"
_NOT_YET_AFTER = lazy(
    r"(?:\s+[^\s,;]+){0,8}?\s+(?:is|are|was|were|has\s+been|have\s+been"
    r"|had\s+been|remains?|remained)\s+(?:\w+ly\s+|still\s+|now\s+)?"
    r"(?:planned|scheduled|expected|due|set\s+to|proposed|envisaged|likely"
    r"|unlikely|possible|pending|postponed|delayed|being\s+(?:considered"
    r"|discussed|weighed|planned|prepared))\b",
    FLAGS,
)
#: a piece of each word that says so, for a test before the pattern
_NOT_YET_PIECES = (
    "plan", "schedul", "expect", "due", "set", "propos", "envisag", "likel",
    "possib", "pending", "postpon", "delay", "being",
)  # fmt: skip


def _not_yet(text: str, start: int, end: int) -> bool:
    """Whether the noun of the act ending at ``start`` is said, before
    ``end``, to be still to come."""
    tail = text[start:end].casefold()
    return any(piece in tail for piece in _NOT_YET_PIECES) and bool(
        _NOT_YET_AFTER.match(text, start, end)
    )


def _participle(
    text: str, start: int, word: str, words: tuple[tuple[int, int], ...]
) -> bool:
    """Whether the ``-ing`` form ``word`` at ``start`` follows another of the
    statement's words, a noun it says something of, right before it: "a 2018
    report warning of damage" (a relative clause cut short), read as a
    verb is; not after a possessive ("the airline's grounding of")."""
    if not word.endswith("ing"):
        return False
    return any(
        end < start
        and text[end:start].isspace()
        and not text[a:end].casefold().endswith(("'s", "’s", "s'", "s’"))
        for a, end in words
    )


def derived_negations(
    text: str,
    sentence: Sentence,
    words: tuple[tuple[int, int], ...],
    own: tuple[tuple[int, int], ...],
    reach: tuple[int, int],
) -> int | None:
    """The negations a match's derived words and "lack" add ("unlicensed",
    "lacked a licence"); None when a derived word is not said of the
    statement ("the unlicensed deckhand"), or a sentence of possession is
    matched by a clause that does not speak of having."""
    if not (
        sentence.possession
        or sentence.negatives
        or sentence.adjectives
        or sentence.nominals
        or sentence.flips
    ):
        return 0
    denied = 0
    derived = False
    for start, end in words:
        # (a phrase the article wraps over several spaces or a line break:
        # "in  poor health")
        word = " ".join(text[start:end].casefold().split())
        if word in sentence.flips:  # "not yet known" for "unknown"
            denied += 1
        elif word in sentence.negatives or word in sentence.adjectives:
            others = [w[0] for w in words if w[0] != start]
            if not adjective_counts(text, start, end, reach[0], others):
                return None
            derived = True
            denied += word in sentence.negatives
        elif (
            word in sentence.nominals
            and not _participle(text, start, word, words)
            and (
                not act_counts(text, start, end, reach) or _not_yet(text, end, reach[1])
            )
        ):
            return None
    # "lacked a licence", "lacked an inspection": said of a thing, not of an
    # act ("the dam lacking upkeep failed" is no denial that it failed)
    for start, end in own:
        if (
            sentence.possession
            or " ".join(text[start:end].casefold().split()) in sentence.nominals
        ):
            denied += lack_before(text, start, reach[0])
    if (
        sentence.possession
        and not derived
        and not speaks_of_having(text, reach[0], words[-1][1])
    ):
        return None
    return denied
