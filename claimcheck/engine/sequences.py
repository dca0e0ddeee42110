"""A sentence that tells a sequence of states: the last one is what stands.

"The banker pleaded not guilty in December, then pleaded guilty in May",
"the company had denied wrongdoing for weeks before admitting it", "the
union initially rejected the offer, but later accepted it": an article tells
an earlier state and the one that replaced it.  Two readings of a claim come
from such a sentence, one for it and one against; the state that comes last
in the order of events is the article's word, and the earlier is history.

Two parts:

- :func:`clause_reaches`: a clause that opens with a conjunction and goes
  straight on to its verb ("..., but later accepted it") borrows the
  subject of the clause before;
- :func:`earlier_lead`: a phrase of another event opening the clause
  ("After denying the charges for a year, the suspect confessed") does not
  put the statement (its "denying" is no denial of the confession);
- :func:`later_clauses`: where a clause holds a statement's words twice
  ("had pleaded not guilty ... before he pleaded guilty"), the second
  telling is a clause of its own, read from the end of the first (its
  subject may be borrowed from before);
- :func:`superseded`: of the readings of one sentence that disagree, those
  of an earlier state, when a word of sequence stands between the two
  (then, later, before, after, eventually, but...).  Text order is the order of
  events, except across "after", "having" or "following": "rejected the
  offer after accepting it" accepted first.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from claimcheck.engine.patterns import found, guarded, lazy
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.statements import StatementMatch

__all__ = [
    "clause_reaches",
    "earlier_lead",
    "later_clauses",
    "other_events_out",
    "superseded",
]

Span = tuple[int, int]

# a clause that opens with a conjunction and goes straight on to its verb
# shares the subject of the clause before: "..., but did not step down",
# "... but eventually admitted it"
_ELLIPTIC = lazy(
    r"\W*(?:but|and|yet|or)\s+(?:[^\W\d_]+ly\s+)?"
    r"(?:(?:then|later|still|also|never|not|did|does|do"
    r"|has|have|had|was|were|is|are|would|could|will)\b|\w+ed\b)",
    FLAGS,
)
# what tells that one state followed another, between the two: "pleaded not
# guilty, then pleaded guilty", "denied it for weeks before admitting it",
# "at first accepted, but rejected it"
_SEQUENCE = guarded(
    lazy(
        r"\b(?:then|later|before|after|afterwards|eventually|subsequently"
        r"|finally|having|following|until|but)\b",
        FLAGS,
    ),
    "then|later|before|after|eventually|subsequently|finally|having|following"
    "|until|but",
)
# a phrase of another event opening the clause: "After denying the charges
# for a year, the suspect confessed", "Having rejected the offer twice, ..."
_EARLIER_LEAD = guarded(
    lazy(r"^\W*(?:after|having|following|before|once|since)\b[^,;]*,", FLAGS),
    "after|having|following|before|once|since",
)
# a verb with an object of its own: "then rejected two amendments", "but
# rejected the timetable" (not "but later rejected it")
_OWN_OBJECT = lazy(
    r"\s+(?:the|a|an|his|her|its|their|this|that|these|those|two|three|four|five"
    r"|several|some|many|all|\d[\d,.]*)\s+(?:[\w-]+\s+){0,2}?[\w-]+",
    FLAGS,
)
# the same as an aside: "The suspect, after first denying the charges,
# confessed"
_EARLIER_ASIDE = guarded(
    lazy(r",\s*(?:after|having|following|before|once)\b[^,;]*,", FLAGS),
    "after|having|following|before|once",
)
# what turns text order round: the later in the text happened first
_EARLIER_AFTER = guarded(
    lazy(r"\b(?:after|having|following)\b", FLAGS), "after|having|following"
)


def clause_reaches(
    text: str, cuts: Sequence[int], hits: Sequence[Sequence[Span]]
) -> Iterator[tuple[Span, Span]]:
    """Each clause between ``cuts`` with the stretch its words may come from
    (the clause before too, for one without a subject of its own), and the
    clause of a second telling in it (see :func:`later_clauses`)."""
    previous: Span | None = None
    for clause in itertools.pairwise(cuts):
        reach = clause
        if previous is not None and _ELLIPTIC.match(text, clause[0], clause[1]):
            reach = (previous[0], clause[1])
        previous = clause
        yield from later_clauses(hits, clause, reach)


def earlier_lead(lead: str) -> int:
    """How much of ``lead``, the clause before a statement's first word, is a
    phrase of another event opening it ("After denying the charges, "): its
    negations and denials are that event's, not the statement's."""
    found_at = _EARLIER_LEAD.search(lead)
    return 0 if found_at is None else found_at.end()


def other_events_out(text: str) -> str:
    """``text`` without its asides of another event (", after first denying
    the charges,")."""
    return _EARLIER_ASIDE.sub(" ", text)


def later_clauses(
    hits: Sequence[Sequence[Span]], clause: Span, reach: Span
) -> Iterator[tuple[Span, Span]]:
    """``(clause, reach)`` and, where ``reach`` holds a hit of some slot twice
    and the second stands in ``clause``, a clause of the second telling:
    from the end of the first telling's words to the end of ``clause``."""
    yield clause, reach
    trim = -1
    for slot_hits in hits:
        first = bisect.bisect_left(slot_hits, (reach[0], reach[0]))
        last = bisect.bisect_left(slot_hits, (reach[1] + 1, reach[1] + 1)) - 1
        while last >= first and slot_hits[last][1] > reach[1]:
            last -= 1
        if last > first:
            trim = max(trim, slot_hits[last - 1][1])
    if clause[0] < trim < clause[1]:
        yield (trim, clause[1]), reach


def superseded(
    text: str, found_at: Sequence[tuple[StatementMatch, bool | None]]
) -> set[int]:
    """The indexes of ``found_at`` (matches and whether each is for the claim)
    whose state a later one of the same sentence replaces."""
    out: set[int] = set()
    for i, (one, ok) in enumerate(found_at):
        if ok is None:
            continue
        for other, other_ok in found_at:
            if (
                other_ok is None
                or other_ok == ok
                or other.sentence != one.sentence
                or not _later(text, one, other)
            ):
                continue
            out.add(i)
            break
    return out


def _later(text: str, one: StatementMatch, other: StatementMatch) -> bool:
    """Whether ``other`` tells a later state than ``one``, a word of
    sequence standing between the two."""
    mine = [w for w in one.words if w not in other.words]
    theirs = [w for w in other.words if w not in one.words]
    if not mine or not theirs:
        return False
    # a later act on another object replaces nothing
    for _, end in theirs:
        own = _OWN_OBJECT.match(text, end)
        if own is not None and not any(
            own.start() < w[0] < own.end() for w in other.words
        ):
            return False
    a, b = mine[0][0], theirs[0][0]
    if a == b:
        return False
    first, second = min(a, b), max(a, b)
    if not found(_SEQUENCE, text[first:second]):
        return False
    turned = found(_EARLIER_AFTER, text[first:second])
    # in text order the second is later, unless "after" stands between
    return (b > a) != turned
