"""A state named by a place, and an event that happened there.

A claim may measure a state by where people are: "still in hospital", "in
custody", "on board".  An article's "12,000 people were treated in
hospital", "four died in custody", "two babies were born on board" names
the same place after a verb of an event: the figure counts those the event
befell there (over the whole story), not those in the place now, so it is
another measure and no evidence on the claim's.  Verbs of the state itself
("remain in hospital", "were kept in custody", "stayed on board") leave the
figure the state's.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.engine.binding import Binding
from claimcheck.engine.cues import Cues
from claimcheck.engine.patterns import lazy

__all__ = ["event_at_place"]

Span = tuple[int, int]

#: the prepositions a measure of a state by its place opens with
_PLACE_OPENERS = ("in ", "on ", "at ", "aboard ")
# "treated in hospital", "died in custody", "were born on board": a verb of
# an event right before the place (an adverb may stand between)
_EVENT_BEFORE = lazy(
    r"\b(?P<verb>treated|died|born|seen|examined|checked|tested|assessed"
    r"|vaccinated|diagnosed|killed|operated\s+on)\s+(?:[^\W\d_]+ly\s+)?$",
    regex.I,
)
#: one of these stands in every match of _EVENT_BEFORE
_EVENT_WORDS = (
    "treated", "died", "born", "seen", "examined", "checked", "tested",
    "assessed", "vaccinated", "diagnosed", "killed", "operated",
)  # fmt: skip
_REACH = 32


def event_at_place(
    text: str, binding: Binding, hits: Sequence[Span], *, cues: Cues | None = None
) -> Binding:
    """``binding`` when its measure word names a state by its place, else
    the binding of its figure to the verb of the event done there ("40
    died in hospital", when that verb is one of ``hits``, the measure words
    of the clause) or to nothing ("12,000 were treated in hospital")."""
    bound = binding.bound
    if bound is None:
        return binding
    if cues is not None:
        if not cues.opens(bound[0], _PLACE_OPENERS, space=False):
            return binding
    elif not text[bound[0] : bound[1]].lower().startswith(_PLACE_OPENERS):
        return binding
    lead = max(0, bound[0] - _REACH)
    if cues is not None and cues.lacks(lead, bound[0], _EVENT_WORDS):
        return binding
    found = _EVENT_BEFORE.search(text, lead, bound[0])
    if found is None:
        return binding
    verb = next((h for h in hits if h[0] == found.start("verb")), None)
    return Binding(verb, binding.rule if verb is not None else "")
