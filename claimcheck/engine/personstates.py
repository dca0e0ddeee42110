"""A count of persons whose own predicate says what befell them.

"About 120 people were reported missing", "some 120 people were still
unaccounted for", "left more than 3,000 people homeless", "300 people were
injured": the noun says only that persons are counted ("people"), and the
words after it say which.  Analysts often list "people" among the words for
the dead; such a figure is not theirs.

:func:`state_after` gives the binding rule the suite's measure word that
names the state ("missing"), past the words that may stand between a subject
and it ("were still", "were reported", "remain"), so a claim on the missing
reads the figure.  :func:`in_other_state` tells the matcher that a figure
still bound to the person noun (its state a built-in event word no claim of
the suite uses, as "injured" may be) counts another of the common news
measures than the claim's, so it is no evidence for it.  Only nouns that say
no more than that persons are counted are read so ("all 52 passengers were
rescued" still counts the passengers), and a claim that names none of those
measures keeps the figure.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from claimcheck.engine.paraphrases import measures_named, news_measures_of
from claimcheck.engine.patterns import lazy

if TYPE_CHECKING:
    from claimcheck.claims import QuantityClaim
    from claimcheck.engine.index import ArticleIndex, Mention
    from claimcheck.engine.terms import Terms

__all__ = ["in_other_state", "state_after"]

Span = tuple[int, int]

#: nouns that say only that persons are counted, not which
_ANYONE = frozenset(
    "people persons individuals others residents civilians villagers".split()
)
# the words between the noun and its state: "were still", "are reported",
# "have been confirmed", "remain", "were listed as"; none at all after a verb
# that leaves them so ("left 3,000 people homeless")
_STATE = lazy(
    r"(?:\s+(?:are|is|were|was|have|has|had|been|being|remain|remains|remained"
    r"|still|now|also|officially|reportedly|reported|confirmed|listed\s+as))*"
    r"\s+(?P<word>[^\W\d_]+)",
    regex.I,
)


def _state(text: str, noun: Span) -> regex.Match[str] | None:
    """The word naming the state of the persons ``noun`` counts, if it is one
    of the nouns that say no more than that."""
    if text[noun[0] : noun[1]].casefold() not in _ANYONE:
        return None
    return _STATE.match(text, noun[1])


def state_after(
    text: str, counted: Span, hits: list[Span], generic: Callable[[Span], bool]
) -> Span | None:
    """The suite's measure word among ``hits`` that says what befell the
    persons ``counted`` names ("120 people were reported missing"), or
    None.  A participle right after the noun ("people killed in the crush")
    is left to the counted run, which reads it already."""
    found = _state(text, counted)
    if found is None:
        return None
    at = found.start("word")
    hit = next((h for h in hits if h[0] == at), None)
    if hit is None or generic(hit):
        return None
    if at == counted[1] + 1 and found.group("word").casefold().endswith("ed"):
        return None
    return hit


def in_other_state(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> bool:
    """Whether the mention's figure counts persons whose state names another
    common news measure than any the claim's measure names ("300 people were
    injured", for a claim on the dead that lists "people")."""
    if mention.rule != "counted noun" or mention.bound is None:
        return False
    found = _state(index.article.text, mention.bound)
    if found is None:
        return False
    states = news_measures_of(found.group("word"))
    if not states:
        return False
    own = _named(claim.measure)
    return bool(own) and not states & own


@functools.cache
def _named(measure: Terms) -> frozenset[str]:
    """The names of the common news measures a claim's measure names."""
    return frozenset(m.name for m in measures_named(measure))
