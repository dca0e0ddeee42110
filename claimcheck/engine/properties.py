"""Numbers that give a property of a thing, not a count of what it names.

"A 44-tonne lorry was carrying fertiliser" gives the lorry's mass, not its
load; "the 948-foot container vessel" its length: a unit joined to its
number by a hyphen before a thing modifies the thing, and only the thing's
own measure word (``vessel``, for a claim on the vessel's length), or one
naming the property (``long``, ``weighing``), counts it.  Before an event or
a stretch the unit gives its extent ("a 2,000-hectare fire", "a
10-kilometre stretch was closed"), which the usual binding reads.  "A
24-member crew", "a 22-strong crew" give the crew's size.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.engine.nouns import STOP
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["property_of", "sized"]

Span = tuple[int, int]

_RUN_WORD = lazy(r"\s+([^\W\d_][\w'’]*)")
#: "a 24-member crew": the number counts the noun after the compound
_STRENGTH = frozenset("member strong man person people woman".split())
# "44-tonne", "300-metre": a number joined to its unit by a hyphen
_UNIT_JOINED = lazy(r"\d\s*[-‐‑]\s*[^\W\d_]")
#: things whose mass, length or size a unit before them gives
_THINGS = frozenset(
    """lorry lorries truck trucks van vans vessel vessels ship ships tanker
    tankers freighter freighters ferry ferries boat boats barge barges yacht
    crane cranes tower towers bridge bridges building buildings block blocks
    dam dams train trains locomotive locomotives plane planes aircraft jet jets
    bus buses coach coaches car cars vehicle vehicles container containers
    machine machines boulder boulders rock rocks statue turbine turbines engine
    engines trailer trailers tipper digger excavator bulldozer tank tanks
    submarine submersible rocket rockets satellite whale shark""".split()
)
#: words that name a thing's mass, length or size
_PROPERTIES = frozenset(
    """long length lengths tall height high wide width weight weighs weighing
    weighed heavy capacity size deep depth displacement deadweight tonnage span
    measures measuring measured""".split()
)


def sized(
    text: str, joined: regex.Match[str], clause: Span, hits: Sequence[Span]
) -> Span | None:
    """The measure word whose size a compound such as "24-member" gives:
    "a 24-member crew" counts the crew, when ``crew`` is a measure word."""
    if joined.group(1).casefold() not in _STRENGTH:
        return None
    head = _RUN_WORD.match(text, joined.end(), clause[1])
    if head is None:
        return None
    found = next((h for h in hits if h[0] == head.start(1)), None)
    if found is None:
        # "the 18,000-strong class of claimants", "a 300-strong team of
        # rescuers": the group's members, after "of"
        members = _OF_MEMBERS.match(text, head.end(), clause[1])
        if members is not None:
            starts = {members.start(1), members.start(2)}
            found = next((h for h in hits if h[0] in starts), None)
    return found


# "of" and maybe one modifier before the members a group noun holds
_OF_MEMBERS = lazy(r"\s+of\s+()(?:[^\W\d_][\w'’-]*\s+)?()", regex.I)


def property_of(
    text: str, q: Quantity, clause: Span, hits: Sequence[Span]
) -> tuple[Span | None] | None:
    """Whether ``q`` gives a property of the thing after it, and then the
    measure word that counts it (the thing's head, if a measure word), as a
    1-tuple; None when ``q`` is no such property."""
    if not _UNIT_JOINED.search(q.text):
        return None
    # "the 948-foot ship, the longest on the river": a measure word that
    # names the property itself counts it as usual
    if any(text[h[0] : h[1]].casefold() in _PROPERTIES for h in hits):
        return None
    pos, thing, hit = q.end, False, None
    # "a 44-tonne articulated lorry", "the 948-foot container vessel": the
    # noun phrase after it, whose head's measure word counts it
    for _ in range(3):
        m = _RUN_WORD.match(text, pos, clause[1])
        if m is None or m.group(1).casefold() in STOP:
            break
        word = m.group(1)
        named = word.casefold() in _THINGS or word[:1].isupper()
        if thing and not named:
            # the phrase ends with its things: "a 44-tonne lorry carrying"
            break
        if named:
            # the head counts: "the 44-tonne cargo ship" gives no cargo
            hit = next((h for h in hits if h[0] == m.start(1)), None)
        thing = thing or named
        pos = m.end()
    return (hit,) if thing else None
