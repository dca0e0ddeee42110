"""The figure of a group a fraction is taken from.

"A third of the Lusk valley's 60,000 residents were displaced", "Half of the
1,100 teachers walked out", "Most of its 800 workers were evacuated": the
figure counts the whole group (the residents, the teachers), and the verb
after it tells what a part of them did.  The figure is the set the part is
taken from, never the count of those displaced or striking: it may fit a
claim on the group, but it never contradicts a claim on the act.  A figure
counted by the claim's own noun ("Half of the 250 dead were children", for a
claim on the dead) is the whole, read as usual.  A figure with no " of "
and no word of a fraction before it costs one look.
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["fraction_set"]

#: how far before the figure its fraction may open
_REACH = 64
#: one of these stands in every fraction's words
_FRACTION_WORDS = (
    "half", "third", "quarter", "fifth", "tenth", "majority", "minority", "most",
    "many", "bulk", "one in",
)  # fmt: skip
# "a third of the Lusk valley's", "half of the", "most of its": a fraction
# or a quantifier of a group, up to the figure
_FRACTION_OF = lazy(
    r"\b(?:(?:nearly|almost|about|roughly|more\s+than|over|just\s+under)\s+)?"
    r"(?:half|a\s+(?:third|quarter|fifth|tenth|majority|minority)"
    r"|one[-\s](?:third|quarter|fifth|tenth)|two[-\s](?:thirds|fifths)"
    r"|three[-\s]quarters|most|many|the\s+(?:majority|bulk)"
    r"|one\s+in\s+(?:two|three|four|five|six|eight|ten|\d+))"
    # (a determiner or an owner after "of": "a majority of 172" is a margin)
    r"\s+of\s+(?:(?:the|its|their|his|her|all\s+the|all)\s+"
    r"(?:(?-i:\p{Lu})[\w-]*\s+){0,2}?(?:[\w-]+(?:'s|’s)\s+)?"
    r"|(?:(?-i:\p{Lu})[\w-]*\s+){0,2}?[\w-]+(?:'s|’s)\s+)"
    r"(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over)\s+)?$",
    regex.I | BACKWARD,
)


def fraction_set(
    text: str,
    q: Quantity,
    start: int,
    bound: tuple[int, int],
    *,
    counts_noun: bool,
    cues: Cues | None = None,
) -> tuple[int, int] | None:
    """The words of the fraction whose group ``q`` counts, or None;
    ``start`` is where ``q``'s clause opens, ``bound`` the figure's measure
    word, ``counts_noun`` that it is the noun right after the figure."""
    if counts_noun or q.unit is not None:
        return None
    if bound[0] >= q.end and not text[q.end : bound[0]].strip():
        return None  # "Half of the 120 dead": the claim's own noun
    lead = max(start, q.start - _REACH)
    if text.find(" of ", lead, q.start) < 0 or (
        cues is not None and cues.lacks(lead, q.start, _FRACTION_WORDS)
    ):
        return None
    m = _FRACTION_OF.search(text, lead, q.start)
    return m.span() if m is not None else None
