"""Figures for one of several events, waves or days of a story.

"The first tremor killed 90 people; a second one killed 40 more", "28 died
in the first blast and 16 in the second", "the second of the two crushes
killed 43", "the opening day's clashes left 12 dead", "a first wave of
arrests netted 200": an ordinal before an event noun (or before a day or
night of the story) says the figure counts one of several occasions, a part
of the story's whole.  Like every part (see
:func:`claimcheck.engine.scope.scope_of`), such a figure never contradicts a
claim about the whole and still supports one it fits.

An ordinal that only dates the figure ("detained 900 since the first day",
"120 were trapped after the second blast"), that ranks the whole ("the
first such attack in years", "the first disaster of its size") or that
opens it ("the first tremor and its aftershocks") says nothing of the kind.
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["one_of_several"]

Span = tuple[int, int]

#: what every match holds, tested in the folded text first
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
    "eighth", "ninth", "tenth", "opening", "initial", "final",
)  # fmt: skip
_ORDINAL = "(?:" + "|".join(_ORDINAL_WORDS) + ")"
#: nouns of an event that a story may tell several of ("one" standing for
#: the noun said before: "a second one")
_EVENTS = r"""(?:tremors?|quakes?|earthquakes?|aftershocks?|shocks?|blasts?
    |explosions?|waves?|rounds?|attacks?|air\s?strikes?|strikes?|storms?|surges?
    |collapses?|fires?|blazes?|clash(?:es)?|bombings?|raids?|(?:land|mud)?slides?
    |floods?|eruptions?|crash(?:es)?|stampedes?|crush(?:es)?|protests?|riots?
    |rioting|fighting|unrest|demonstrations?|phases?|salvos?|volleys?|barrages?
    |assaults?|shelling|outbreaks?|spills?|derailments?|collisions?|one)"""
_DAYS = r"(?:day|night|week|weekend)"
_OCCASION = lazy(
    rf"""
    \b{_ORDINAL}
    (?:
        (?:,\s*|\s+)(?:(?!such\b|ever\b)[^\W\d_][\w-]*\s+){{0,2}}?{_EVENTS}\b
        (?!(?:\s+(?:on|in|at|against|of)\s+(?:the\s+)?[\w-]+)?
            \s+(?:in\s+(?:\w+\s+)?(?:years|decades|a\s+decade|a\s+generation
            |a\s+century|history|living\s+memory)|since|ever|of\s+(?:its|their)
            \s+(?:kind|size))
          # "the first tremor and its aftershocks": the whole
          | \s+and\s+(?:its|the|their|all)\s+(?:[^\W\d_][\w-]*\s+)?{_EVENTS}\b)
      | \s+{_DAYS}(?:(?:'s|’s)\b|\b(?!\s+of\s)|\s+of\s+(?:the\s+)?(?:[^\W\d_]+\s+)?
            {_EVENTS}\b)
      | \s+of\s+(?:the\s+|its\s+|their\s+)?(?:two|three|four|five|six|several|\d+)
            \s+(?:[^\W\d_][\w-]*\s+)?{_EVENTS}\b
      | (?P<bare>(?=\s*(?:[.,;:!?]|$)))
    )
    """,
    regex.I | regex.X,
)
# "since the first day", "after the second blast": the ordinal dates the
# figure, it does not name its occasion
_DATES_IT = lazy(
    r"\b(?:since|after|before|until|till|following|by|than|as\s+of|ahead\s+of"
    r"|prior\s+to)\s+(?:(?:the|a|an|its|their)\s+)?$"
    # "the clashes, now in their third day": how long the whole has lasted
    r"|\bin\s+(?:its|their)\s+$",
    regex.I | BACKWARD,
)
# after the figure, the occasion is where or when it happened: "28 died in
# the first blast", "killed 9 on the third day"
_IN_IT = lazy(
    r"\b(?:in|on|during|at|from|over)\s+(?:(?:the|a|an|its|their)\s+)?$",
    regex.I | BACKWARD,
)

_REACH = 80
# the words since the sentence's start (or a semicolon), holding no digit
_SUBJECT = lazy(r"(?<=^|[.;!?]\s+|\n)[^\d.;!?\n]+\Z")


def one_of_several(
    text: str,
    q: Quantity,
    start: int,
    end: int,
    *,
    cues: Cues | None = None,
) -> Span | None:
    """The words naming one of several occasions that ``q`` counts, or None.

    ``[start, end)`` is the figure's clause with the fronted clauses before
    it: the occasion stands before the figure (its subject, or a fronted
    phrase), or after it where a preposition puts the figure in it.
    """
    # the subject may stand before asides that open clauses of their own
    # ("The second tremor, shortly before noon, killed 40"), back to the
    # sentence's start or a figure
    reach = max(0, start - _REACH)
    if cues is not None and cues.lacks(reach, end, _ORDINAL_WORDS):
        return None
    opening = _SUBJECT.search(text, reach, start)
    if opening is not None:
        start = opening.start()
    for m in _OCCASION.finditer(text, start, end):
        if q.start <= m.start() < q.end:
            continue
        lead = max(start, m.start() - 24)
        if m.start() >= q.end:
            # "28 died in the first blast and 16 in the second"
            if _IN_IT.search(text, lead, m.start()):
                return m.span()
        elif m.group("bare") is None and not _DATES_IT.search(text, lead, m.start()):
            # before the figure, or around it: "the second of the two
            # crushes" counts crushes, not the dead
            return m.span()
    return None
