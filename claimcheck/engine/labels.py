"""Figures that name which one, not how many: labels and places in a series.

"A magnitude 6.9 tremor", "a category 4 storm", "level 3": a rating or a
label, which counts nothing.  "As strikers walk out for day two", "knocked
out in round 3,": the figure numbers one of a series (a day, a round, a
match), where nothing but the clause's end or a word opening the next
follows it ("on the worst day 40 people died" counts people).  "Residents
of Block 14 were evacuated", "at Gate 7", "the Flight 3407 crash", "the
agency's Heron 6": the number of a thing a capitalised common noun names
(after a preposition, a determiner or an owner's "'s"), which counts nothing
(:func:`named_number`); a place's name before a count ("in Kherson 12 were
killed") is no common noun, a plural names a side ("the Greens 140"), and a
noun after the number ("in Ward 12 patients") leaves it a count.
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.modelnumbers import model_number
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import word_lemmas

__all__ = ["labelled", "named_number"]

Span = tuple[int, int]

_LABEL_BEFORE = lazy(
    r"\b(?:magnitude|category|level|grade|class|phase|stage|tier|force)[-\s]+$",
    regex.I,
)
#: words one of which every match of a pattern holds, for :class:`Cues`
_LABEL_WORDS = (
    "magnitude", "category", "level", "grade", "class", "phase", "stage", "tier",
    "force",
)  # fmt: skip
_NTH_BEFORE = lazy(r"\b(?:day|week|round|game|match|leg|heat)\s+$", regex.I)
# the clause's end, or a word opening the next: "enters day three as ..."
_NTH_AFTER = lazy(
    r"\s*(?:[,.;:!?)\]]|\Z)|\s+(?:as|and|while|when|after|before|but)\b", regex.I
)
_NTH_WORDS = ("day", "week", "round", "game", "match", "leg", "heat")


def labelled(text: str, q: Quantity, clause: Span, cues: Cues | None = None) -> bool:
    """Whether ``q``, in ``clause``, is a label or the number of one of a
    series; ``cues`` (the article's) skips the readings that cannot apply."""
    if q.unit is not None:
        return False
    label_start = max(clause[0], q.start - 20)
    if (
        cues is None or not cues.lacks(label_start, q.start, _LABEL_WORDS)
    ) and _LABEL_BEFORE.search(text, label_start, q.start):
        return True
    if named_number(text, q) or model_number(text, q):
        return True
    nth_start = max(clause[0], q.start - 7)
    return bool(
        (cues is None or not cues.lacks(nth_start, q.start, _NTH_WORDS))
        and _NTH_BEFORE.search(text, nth_start, q.start)
        and _NTH_AFTER.match(text, q.end, clause[1])
    )


# "of Block 14", "at Gate 7", "the Flight 3407", "the agency's Heron 6": a
# capitalised word after a preposition, a determiner or an owner's "'s",
# right before a bare number
_NAME_BEFORE = lazy(
    r"\b(?:of|in|at|on|near|from|to|into|inside|outside|by|above|below|beside"
    r"|behind|under|through|past|beyond|via|the|its|their|[a-z]+['’]s?)\s+"
    r"(?P<name>[A-Z][a-z]{2,})\s+$"
)
# what follows a name's number: the clause's end, a verb's past or its
# auxiliary, a preposition or a conjunction; never a noun it counts
_NAME_AFTER = lazy(
    r"\s*(?:[,.;:!?)\]]|\Z)|\s+(?:[a-z]+ed|was|were|is|are|has|had|have|and|or"
    r"|of|in|on|at|to|from|for|which|that|where|when|after|before|crash|collapse"
    r"|took|fell|went|saw|held|left|stood|became|caught|burnt|sank|shook|broke"
    r"|gave|fire|blast|explosion)\b"
)


def named_number(text: str, q: Quantity) -> bool:
    """Whether ``q`` is the number of a thing a capitalised common noun
    names ("Residents of Block 14 were evacuated")."""
    if len(q.text) > 4 or not q.text.isdigit() or text[q.start - 1 : q.start] != " ":
        return False
    word = text[text.rfind(" ", 0, q.start - 1) + 1 : q.start - 1]
    if not (word[:1].isupper() and word[1:].islower()):
        return False  # most numbers stand after no capitalised word
    before = _NAME_BEFORE.search(text, max(0, q.start - 30), q.start)
    if before is None or not _NAME_AFTER.match(text, q.end):
        return False
    # a singular noun: "the Greens 140" is a party's count
    name = before.group("name").casefold()
    return any(pos == "noun" and lemma == name for lemma, pos in word_lemmas(name))
