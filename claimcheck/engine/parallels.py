"""A second subject's figure with its verb left out: "The Liberals won 412
seats and the Greens 121".

Reports list several subjects' figures in one sentence and give the verb and
the measure only once: "Ferrante took 41.2% of the vote and Ostvik 27.9%",
"the dam released 300 cubic metres and the spillway 120", "while the Greens
got 121".  The figure after the second subject (a name or a noun phrase
after ``and``, ``while``, ``but``, ``whereas`` or a comma, maybe with a bare
verb of getting) counts what the clause before counts (:func:`parallel_of`
gives that subject), and it is that subject's figure, not the first one's:
a claim on the first subject never reads it as its own (scope ``member``,
see :mod:`claimcheck.engine.scope`).

A place after the figure ("91 in Orrin and 81 in Callow") is another form
(a part, see :mod:`claimcheck.engine.scope`); a subject in lower case needs
"the" ("and the spillway 120"), and "the rest", "the next day" or "the
total" are no subject.
"""

from __future__ import annotations

import regex

from claimcheck.engine.numbers.reader import Quantity, read_quantities
from claimcheck.engine.numbers.units import dimension
from claimcheck.engine.patterns import lazy

__all__ = ["parallel_of", "parallels_figure"]

Span = tuple[int, int]

# verbs of getting, which may stand for the verb before ("while the Greens
# got 121"); a verb of its own ("the Greens lost 121") counts something else
_GETTING = r"(?:got|won|took|had|gained|secured|received|polled|scored|gets|wins|takes)"
# verbs, which no subject's noun is
_VERBS = (
    rf"(?:{_GETTING}|lost|fell|rose|dropped|kept|held|gave|saw|has|have|is|are"
    r"|was|were|loses|said|says|say|told|tells|reported|reports|estimated"
    r"|estimates|puts?|counted|counts|confirmed|confirms)"
)
# the clause before the figure: a joining word, then the subject (a
# capitalised run, maybe after "the" and before a possessive's noun: "the
# Greens' candidate"), then at most a bare verb of getting ("got", "won")
_PARALLEL = lazy(
    r"\s*(?P<joined>(?:and|but|while|whereas|with)\s+)?"
    r"(?P<subject>(?:the\s+)?(?-i:\p{Lu})[\w'’-]*(?:\s+(?-i:\p{Lu})[\w'’-]*){0,2}"
    # "the Ellery weir": a noun after a name, not a verb ("the Greens lost")
    rf"(?:\s+(?!{_VERBS}\b)(?-i:\p{{Ll}})[\w'’-]*(?<!ed))?"
    r"(?:['’]s?\s+(?:candidate|party|list|nominee|side|team))?"
    # "and the spillway 120", "the floods 12": a noun after "the"
    # (not a verb in the past: "the flood reached 12" is a clause of its own)
    rf"|the\s+(?-i:\p{{Ll}})[\w'’-]*(?:\s+(?!{_VERBS}\b)(?-i:\p{{Ll}})[\w'’-]*(?<!ed))?)"
    rf"\s+(?:{_GETTING}\s+|(?:on|with)\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|just|only|an\s+estimated)\s+)*$",
    regex.I,
)
# the figure ends its clause: nothing but closing marks after it
_CLOSES = lazy(r"[\s,;.:!?)\]\"'”’]*$")
#: words a subject may not be: the heads of other clause forms, times
_NOT_SUBJECTS = frozenset(
    """the a an in on at of for from to by it they he she we this that these
    those there then rest others other same year years month months week
    weeks day days night nights morning evening afternoon time times total
    figure number count tally toll next previous following last first
    second third final latest earlier later monday tuesday wednesday
    thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)


def parallel_of(text: str, q: Quantity, clause: Span) -> Span | None:
    """The subject whose figure ``q`` is, where ``q`` closes ``clause`` and
    only a second subject (and at most a bare verb of getting) stands before
    it: "and the Greens 121", ", Ostvik 27.9 percent", "while the Greens
    got 121".  None otherwise, and where ``clause`` opens its sentence."""
    lead_start = clause[0]
    if q.start - lead_start > 60 or _CLOSES.match(text, q.end, clause[1]) is None:
        return None
    lead = text[lead_start : q.start]
    if lead.islower() and "the" not in lead:
        # no capital and no "the": no subject can stand here
        return None
    found = _PARALLEL.fullmatch(text, lead_start, q.start)
    if found is None or (
        not found.group("joined") and not text[:lead_start].rstrip().endswith(",")
    ):
        # the subject follows a joining word or a comma: a clause that opens
        # its sentence ("The airline said 20") is no second subject's
        return None
    words = found.group("subject").split()
    named = [w.casefold() for w in words if w.casefold() != "the"]
    if not named or any(w in _NOT_SUBJECTS for w in named):
        return None
    return found.span("subject")


_DIGIT = lazy(r"\d")


def parallels_figure(text: str, q: Quantity, before: Span) -> bool:
    """Whether the clause ``before`` holds a figure that ``q``, a second
    subject's, may stand beside: any figure for a bare count, one of the
    same dimension for a measure.  "The bridge was closed on 21 May, and the
    inquiry took three weeks": a date is no duration, and the weeks are the
    inquiry's own."""
    if _DIGIT.search(text, before[0], before[1]) is None:
        return False
    if q.unit is None:
        return True
    kind = _kind(q.unit)
    return any(
        o.unit is not None and _kind(o.unit) == kind
        for o in read_quantities(text[before[0] : before[1]], article=text)
    )


def _kind(unit: str) -> str:
    # any two currencies stand side by side ("fined €1.2bn and Morrow $300m")
    found = dimension(unit) or unit
    return "currency" if found.startswith("currency:") else found
