"""A verb with an object of its own, and the claim's object after "and".

"The tower did not clear the glider onto the runway": an article's "The
tower cleared the airliner to land and told the glider to wait short of
the runway" holds every word of it in one clause, but "cleared" ends on an
object of its own ("the airliner"), and the claim's object ("the glider")
is the object of the next verb, "told".  The clause then tells another
act, neither the claim nor its reverse.  Two words next to each other in
the claim, the first read in the article as a verb, are read so when what
stands between them in the article is a noun phrase, "and", and a verb;
"thanked and praised the firefighters" (no object between) and "dropped
the goalkeeper and the captain" (no verb after "and") still tell the act.
The test costs a look for " and " between the two words.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS, word_lemmas

if TYPE_CHECKING:
    from claimcheck.engine.statements import Sentence

__all__ = ["object_of_next_verb"]

Span = tuple[int, int]

# a noun phrase of its own, "and", and the next verb: " the airliner to land
# and told the "
_BETWEEN = lazy(
    r"\A\s+(?:the|a|an|its|their|his|her|this|that)\s+[^,;.]*?\s+and\s+"
    r"(?:then\s+)?(?P<verb>[a-z]+)\s",
    FLAGS,
)
# the farthest two of the claim's words stand apart in the article
_REACH = 80


def _verb(word: str) -> bool:
    parts = {part for _, part in word_lemmas(word.casefold())}
    return "verb" in parts


def _only_verb(word: str) -> bool:
    """A verb's past ("told") or a word read as no noun ("visited"): not
    "fire" in "the police and fire crews"."""
    parts = {part for _, part in word_lemmas(word.casefold())}
    return "verb" in parts and (word.endswith("ed") or "noun" not in parts)


def object_of_next_verb(
    text: str, chosen: tuple[Span, ...], sentence: Sentence
) -> bool:
    """Whether two words next to each other in ``sentence``, the first a
    verb, stand in the article's clause (``chosen``, one span per slot)
    with a noun phrase, "and" and another verb between them."""
    if " and " in sentence.text:
        return False
    for (start, end), (after, _) in pairwise(chosen):
        if not end <= after < end + _REACH or " and " not in text[end:after]:
            continue
        m = _BETWEEN.match(text[end:after] + " ")
        if m is not None and _verb(text[start:end]) and _only_verb(m.group("verb")):
            return True
    return False
