"""The noun phrase a figure counts: the words right after it.

"1,460 confirmed cases", "31 of those aboard drowned", "2,700 injured
fighting for Russia": at most three words after the figure, past a
partitive ("of those"), up to a word that ends a noun phrase, a participle
past its first word, a time ("overnight") or a threshold ("the 200 mark").
See :func:`claimcheck.engine.binding.bind`, rule c.
"""

from __future__ import annotations

from claimcheck.engine.modelnumbers import model_digits
from claimcheck.engine.nouns import STOP
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["RUN_WORD", "counted_run"]

# a word of a noun phrase; a hyphenated modifier is one word ("31
# flood-related deaths", "40 Russian-made tanks")
RUN_WORD = lazy(r"\s+([^\W\d_][\w'’]*(?:[-‐‑][^\W\d_][\w'’]*)*)")
_OF_PART = lazy(
    r"\s+of\s+(?:(?P<determiner>the|those|these|its|their)|them|whom|which)\b"
)


def counted_run(
    text: str, q: Quantity, end: int, measures: frozenset[int]
) -> tuple[list[tuple[int, int, str]], int]:
    """The words of the noun phrase right after ``q`` (at most three), and
    where they start (past a partitive ``of those``)."""
    pos = q.end
    part = _OF_PART.match(text, pos, end)
    if part is not None:
        pos = part.end()
        if part.group("determiner"):
            # "31 of those aboard drowned": the word after names the whole
            whole = RUN_WORD.match(text, pos, end)
            pos = whole.end() if whole is not None else pos
    start = pos
    words: list[tuple[int, int, str]] = []
    while len(words) < 3:
        m = RUN_WORD.match(text, pos, end)
        if m is None:
            # "more than 170 Avro 310 jets": past a model's number, the phrase
            # goes on after a count plainly one ("ground 737 Max 9 planes" may
            # open with the model's own number)
            past = model_digits(
                text, pos, end, words[-1][0] if words and not q.text.isdigit() else None
            )
            if past is None:
                break
            pos = past
            continue
        word = m.group(1).casefold()
        if word in _TIME_ADVERBS:
            # "climbed past 60 overnight": when, not what is counted
            break
        if not words and word in _THRESHOLD_NOUNS:
            # "crossed the 200 mark": a threshold, which counts nothing
            break
        # past the first word, a participle opens a modifier: "2,700 injured
        # fighting for Russia" (where "3 fishing boats" counts boats), unless
        # it is a measure word itself ("three remain missing")
        participle = word.endswith("ing") and m.start(1) not in measures
        if word in STOP or (words and participle):
            break
        words.append((m.start(1), m.end(1), word))
        pos = m.end()
    return words, start


_TIME_ADVERBS = frozenset(
    "overnight yesterday today tonight now earlier later meanwhile".split()
)
_THRESHOLD_NOUNS = frozenset(
    {"mark", "threshold", "milestone", "barrier", "level", "line"}
)
