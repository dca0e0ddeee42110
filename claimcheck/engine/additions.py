"""A count "added" to the sentence before it, when that sentence counts
another measure.

"Another 20 people were hurt", "a further 3 miners were freed": the figure
counts what came on top of an earlier count (the scope ``addition``, read
in :func:`addition`).  But "Rescuers have recovered
131 dead. A further 583 people were injured" tells the injured apart from
the dead: the figure is the whole of its own measure.  Within one sentence
the scope rule reads that already ("killed 7 and hurt 63 more"); this reads
it across a sentence: a count said to be added, with no figure before it in
its own sentence, whose sentence follows one whose figures count only other
measures of the common news table (:mod:`claimcheck.engine.paraphrases`),
is no addition; nor is one after a sentence with no figure, when every
figure the article gives before it counts only other measures ("The
collapse killed 12. The mayor blamed neglect. Another 85 were injured").
And a figure of the sentence before that counts the same measure is an
interim count ("Eighty fans died on Saturday. A further 51 died in
hospital"): the whole is the two together, so neither contradicts it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from claimcheck.engine.joined import joined_groups
from claimcheck.engine.othergroups import other_group
from claimcheck.engine.paraphrases import news_measures_of
from claimcheck.engine.patterns import lazy

if TYPE_CHECKING:
    from claimcheck.engine.cues import Cues
    from claimcheck.engine.index import Mention
    from claimcheck.engine.numbers.reader import Quantity

__all__ = ["addition", "additions_apart"]

#: the most characters between two sentences read as one after the other
_GAP = 4


def additions_apart(
    text: str, mentions: list[Mention], cues: Cues | None
) -> list[Mention]:
    """``mentions`` (in order) with each "addition" that follows a sentence
    counting only other measures read as a whole of its own, and each count
    of those one person joined read with that person (see :mod:`.joined`)."""
    mentions = joined_groups(text, mentions, cues)  # "joined four colleagues"
    out = mentions
    for at, mention in enumerate(mentions):
        if mention.scope != "addition" or mention.bound is None:
            continue
        start = mention.sentence[0]
        if mention.rule == "resumed" or any(
            m.sentence == mention.sentence for m in mentions[:at]
        ):
            # a figure before it in its sentence ("Only 50 of the dead have
            # been named, and five more"): what it adds to is there
            continue
        before = [
            i
            for i, m in enumerate(mentions[:at])
            if m.bound is not None and 0 <= start - m.sentence[1] <= _GAP
        ]
        if not before:
            if (
                other_group(text, mention)
                and any(m.bound is not None for m in mentions[:at])
            ) or _others_only(text, mention, mentions[:at]):
                # "the six victims ... two other": another group counted
                # before; "killed 12. The mayor blamed neglect. Another 85 were
                # injured": every figure before counts another measure
                out = out if out is not mentions else list(mentions)
                out[at] = dataclasses.replace(mention, scope="", qualifier=None)
            continue
        own = _measures(text, mention)
        if not own:
            continue
        others = [_measures(text, mentions[i]) for i in before]
        if out is mentions:
            out = list(mentions)
        if all(theirs and not (theirs & own) for theirs in others):
            out[at] = dataclasses.replace(mention, scope="", qualifier=None)
            continue
        # "Eighty fans died on Saturday. A further 51 died in hospital": the
        # count added to is an interim one, not the whole
        for i, theirs in zip(before, others, strict=True):
            if theirs & own and not mentions[i].scope:
                out[i] = dataclasses.replace(
                    mentions[i], scope="interim", qualifier=mention.qualifier
                )
    return out


def _others_only(text: str, mention: Mention, earlier: Sequence[Mention]) -> bool:
    """Whether figures stand before ``mention`` in the article and every one
    counts only other measures of the common news table than its own."""
    bound = [m for m in earlier if m.bound is not None]
    if not bound:
        return False
    own = _measures(text, mention)
    if not own:
        return False
    for m in bound:
        theirs = _measures(text, m)
        if not theirs or theirs & own:
            return False
    return True


def _measures(text: str, mention: Mention) -> frozenset[str]:
    assert mention.bound is not None
    return news_measures_of(text[mention.bound[0] : mention.bound[1]])


# "another 20", "a further 3", "two more", "five other": added to a figure
# given before, so not the total
_ADDED_BEFORE = lazy(
    r"\b(?P<word>another|a\s+further|an\s+additional|an\s+extra)\s+$", regex.I
)
_ADDED_AFTER = lazy(
    r"\s+(?P<word>more|other|further|additional|extra|new|fresh)\b(?!\s+th[ae]n\b)",
    regex.I,
)
_ADDED_BEFORE_WORDS = ("another", "further", "additional", "extra")
_ADDED_AFTER_WORDS = ("more", "other", "further", "additional", "extra", "new", "fresh")


def addition(
    text: str,
    q: Quantity,
    start: int,
    end: int,
    *,
    bound: tuple[int, int],
    earlier: Sequence[tuple[int, int]] = (),
    cues: Cues | None = None,
) -> tuple[int, int] | None:
    """The words saying that ``q`` adds to a figure given before, if any.

    "Another 20 people were hurt", "two more dams failed", "a further 3
    miners were freed": the figure counts what came on top of an earlier
    count, not the whole.  When a figure before it in its sentence counts
    another measure ("killed 7 and hurt 63 more"), the word only tells the
    two groups apart, and the figure is the whole of its own measure.
    """
    found = None
    if cues is None or not cues.lacks(start, q.start, _ADDED_BEFORE_WORDS):
        found = _ADDED_BEFORE.search(text, start, q.start)
    if found is None and (
        cues is None or cues.opens(q.end, _ADDED_AFTER_WORDS, space=True)
    ):
        found = _ADDED_AFTER.match(text, q.end, end)
    if found is None:
        return None
    own = _fold(text[bound[0] : bound[1]])
    if any(_fold(text[h[0] : h[1]]) != own for h in earlier):
        return None
    return found.span("word")


def _fold(word: str) -> str:
    return " ".join(word.casefold().split())
