"""The word "other" telling two groups apart: "the six victims ... Emergency
responders rescued two other workers from the water".

A count with "other" after it ("two other workers") adds to a count given
before only when the article has told the same measure before it, with a
figure or without one ("rescued several workers on Monday ... rescued five
other workers"); when nothing earlier tells that measure, "other" only sets
the group apart from another group named before (the victims), and the
figure is the whole of its own measure (see :mod:`claimcheck.engine.additions`,
which asks as well that a figure before it counts that other group: "Five
other cars were left hanging", with nothing counted before, points outside
the text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from claimcheck.engine.index import Mention

__all__ = ["other_group"]


def other_group(text: str, mention: Mention) -> bool:
    """Whether ``mention``, an addition by "other", counts a group of its own:
    the word of its measure stands nowhere before its sentence ("a day-long
    rescue mission" does not tell those rescued)."""
    if mention.qualifier is None or mention.bound is None:
        return False
    word = text[mention.qualifier[0] : mention.qualifier[1]].casefold()
    if word != "other":
        return False
    word = text[mention.bound[0] : mention.bound[1]]
    before = text[: mention.sentence[0]]
    return regex.search(rf"\b{regex.escape(word)}\b", before, regex.I) is None
