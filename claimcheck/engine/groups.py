"""Groups of people joined by "and": one figure for the whole group.

"A driver and four passengers were killed" says five died, "two adults and
three children died" five, "the driver and 11 passengers were hurt" twelve,
"the owner and seven others were arrested" eight (whoever stands before "N
others" is one more):
each member of the group is a count of people (``a``, ``an``, ``the``,
``her`` before one person count one; a number counts its noun), and the
group's figure is their sum.  When a member names people without a count
("several passengers and four children", "the passengers and four crew"),
the group's size is unknown, and no member's figure is evidence; but a bare
noun after a counted one joins it ("37 workers and residents were killed"
says 37 died: no group).

:func:`grouped` reads the group a quantity stands in; the index binds the
group's figure as it binds a number (:mod:`claimcheck.engine.binding`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.engine.nouns import PERSONS, SINGULAR_PERSONS, STOP
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy
from claimcheck.engine.sums import plus

__all__ = ["Group", "grouped"]

# words and digits, hyphens inside ("12-year-old"); commas stand alone
_TOKEN = lazy(r"[^\W_][\w'’-]*|,")
#: how far around the number a group is looked for, in characters
_REACH = 80
#: words before one person that make one: "a driver", "her husband"
_ONE = frozenset("a an one the his her its their our my".split())
#: words before people that leave their number open: "the passengers",
#: "several miners"
_OPEN = frozenset(
    "the his her its their our my several some many other various numerous".split()
)
_MAX_MODIFIERS = 2
#: words that may follow a group that a verb takes as its object
_AFTER = frozenset(", yesterday today overnight tonight earlier later".split())
_PUNCTUATION = ".,;:!?\"'’”)("
_MAX_MEMBERS = 4
#: the words of a member that counts people besides the one before it
_OTHERS = frozenset(("other", "others"))


@dataclass(frozen=True, slots=True)
class Group:
    """The figure of a group of people (``None``: a member has no count) and
    where the group's words begin and end."""

    total: Quantity | None
    start: int
    end: int


_Token = tuple[int, int, str]


def grouped(
    text: str,
    q: Quantity,
    quantities: Sequence[Quantity],
    span: tuple[int, int],
    hits: Sequence[tuple[int, int]] = (),
) -> Group | None:
    """The group of people joined by "and" that ``q`` counts a member of.

    ``quantities`` are the quantities of ``q``'s sentence, ``span`` the
    sentence and ``hits`` its measure words.  None when ``q`` counts no
    person or stands alone, and when a measure word stands inside the group:
    a member then counts its own noun ("21 crew members and two pilots", for
    a claim measuring crew).
    """
    if q.unit is not None:
        return None
    # cheap tests first: a noun of people among the three words after the
    # number, and "and" right after that noun or among the words before
    if "and" not in text[max(span[0], q.start - 40) : min(span[1], q.end + 50)]:
        return None
    words = text[q.end : min(span[1], q.end + 50)].split()[:5]
    person = next(
        (
            i
            for i, w in enumerate(words[:3])
            if w.strip(_PUNCTUATION).casefold() in PERSONS
        ),
        None,
    )
    if person is None:
        return None
    while person + 1 < len(words) and words[person + 1].casefold() in PERSONS:
        person += 1
    if (
        words[person + 1 : person + 2] != ["and"]
        and "and" not in (text[max(span[0], q.start - 40) : q.start].split()[-5:])
    ):
        return None
    lo, hi = max(span[0], q.start - _REACH), min(span[1], q.end + _REACH)
    numbers = {n.start: n for n in quantities if n.unit is None and lo <= n.start}
    tokens = [
        (m.start(), m.end(), m.group().casefold())
        for m in _TOKEN.finditer(text, lo, hi)
    ]
    at = next((i for i, t in enumerate(tokens) if t[0] == q.start), None)
    if at is None:
        return None
    reader = _Members(tokens, numbers)
    first = at - 1 if at > 0 and tokens[at - 1][2] in _OPEN else at
    own = reader.member(first) if first != at else None
    if own is None or own[1] is None:
        first, own = at, reader.member(at)
    if own is None:
        return None
    members = [(first, *own)]
    # members before: "a driver and four passengers"
    while len(members) < _MAX_MEMBERS:
        start = members[0][0]
        if start < 2 or tokens[start - 1][2] != "and":
            break
        before = reader.ending_at(start - 1)
        if before is None and _OTHERS & {t[2] for t in tokens[start : members[0][1]]}:
            # "the owner and seven others", "Fitch and two other directors":
            # whoever stands before "and N others" is one more
            before = reader.one_ending_at(start - 1, text)
        if before is None:
            break
        members.insert(0, before)
    # members after: "four passengers and the driver"
    while len(members) < _MAX_MEMBERS:
        end = members[-1][1]
        if end >= len(tokens) or tokens[end][2] != "and":
            break
        after = reader.member(end + 1)
        if after is None:
            break
        if (
            after[1] is None
            and len(members) == 1
            and members[0][2] is not None
            and tokens[end + 1][2] not in _ONE | _OPEN
        ):
            # "37 workers and residents were killed": a bare noun joins the
            # counted one, and the figure counts both
            return None
        members.append((end + 1, *after))
    if len(members) < 2:
        return None
    start, end = tokens[members[0][0]][0], tokens[members[-1][1] - 1][1]
    if any(start <= h[0] < end for h in hits):
        return None
    last = members[-1][1]
    if (
        last < len(tokens)
        and tokens[last][2] not in STOP | _AFTER
        and any(not text[h[1] : start].strip() for h in hits if h[1] <= start)
    ):
        # "killed 14 people and 3,000 residents fled": the last member opens
        # a clause of its own, after the object of the verb before
        return None
    counts = [m[2] for m in members]
    if any(c is None for c in counts):
        return Group(total=None, start=start, end=end)
    total = counts[0]
    assert total is not None
    for c in counts[1:]:
        assert c is not None
        total = plus(total, c)
    return Group(
        total=Quantity(
            start=start, end=end, text=text[start:end], interval=total, unit=None
        ),
        start=start,
        end=end,
    )


class _Members:
    """Reads one member of a group of people at a token."""

    def __init__(self, tokens: list[_Token], numbers: dict[int, Quantity]) -> None:
        self.tokens = tokens
        self.numbers = numbers

    def member(self, k: int) -> tuple[int, Interval | None] | None:
        """Where the member opening at token ``k`` ends (the token after
        it) and what it counts (None: people without a count), or None when
        no member of people opens there."""
        tokens = self.tokens
        if k >= len(tokens):
            return None
        lead = tokens[k][2] if tokens[k][2] in _ONE | _OPEN else None
        pos = k + 1 if lead is not None else k
        count: Interval | None = None
        number = self.numbers.get(tokens[pos][0]) if pos < len(tokens) else None
        if number is not None:
            count = number.interval
            while pos < len(tokens) and tokens[pos][0] < number.end:
                pos += 1
        modifiers = 0
        while pos < len(tokens):
            word = tokens[pos][2]
            if word in PERSONS:
                break
            if (
                word in STOP
                or word == ","
                or tokens[pos][0] in self.numbers
                or modifiers >= _MAX_MODIFIERS
            ):
                return None
            modifiers += 1
            pos += 1
        if pos >= len(tokens):
            return None
        # "four crew members", "two police officers": the last person noun heads
        while pos + 1 < len(tokens) and tokens[pos + 1][2] in PERSONS:
            pos += 1
        head = tokens[pos][2]
        end = pos + 1
        if count is not None:
            return end, count
        if head in SINGULAR_PERSONS:
            if lead in _ONE:
                return end, Interval.point(1.0)
            return None
        # people without a count: "the passengers", "several miners", or a
        # bare "miners" (a bare noun with modifiers may be a verb's object:
        # "injured civilians")
        if lead is None and modifiers:
            return None
        if lead is not None and lead not in _OPEN:
            return None
        return end, None

    def one_ending_at(self, stop: int, text: str) -> tuple[int, int, Interval] | None:
        """One of anything singular ending right before token ``stop``: a
        name ("Fitch", "Lee Jae-myung") or a determiner and a noun with up to
        two words before it ("the owner", "the plant manager")."""
        tokens = self.tokens
        k = stop - 1
        if k < 0 or not self._plain_word(k):
            return None
        if text[tokens[k][0]].isupper():
            while (
                k > 0 and self._plain_word(k - 1) and text[tokens[k - 1][0]].isupper()
            ):
                k -= 1
            return k, stop, Interval.point(1.0)
        noun = tokens[k][2]
        if noun.endswith("s") and not noun.endswith("ss"):
            return None  # "the owners and seven others": how many is open
        for lead in range(k - 1, max(-1, k - 2 - _MAX_MODIFIERS), -1):
            if tokens[lead][2] in _ONE:
                return lead, stop, Interval.point(1.0)
            if not self._plain_word(lead):
                return None
        return None

    def _plain_word(self, k: int) -> bool:
        """Whether token ``k`` is a word that may stand in a noun phrase."""
        start, _, word = self.tokens[k]
        return word != "," and word not in STOP and start not in self.numbers

    def ending_at(self, stop: int) -> tuple[int, int, Interval | None] | None:
        """The longest member that ends right before token ``stop``."""
        best = None
        for k in range(stop - 1, max(-1, stop - 2 - _MAX_MODIFIERS - 2), -1):
            found = self.member(k)
            if found is not None and found[0] == stop:
                best = (k, *found)
        return best
