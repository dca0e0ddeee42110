"""A change in a rate given by its two levels: "lowered from 5.25 per cent
to 5 per cent".

Reports of a rate decision often give the old and the new level rather than
the size of the move: "the bank cut its main rate, down from 5.25 per cent
to 5 per cent" is a cut of a quarter of a point.  The number reader reads
the two levels as a range of percentages; where a measure word of a claim
on a change in percentage points stands before it in its sentence, the
range also states that change (:func:`with_step`): the difference of the
two levels, in percentage points, bound to that word.  The levels stay the
figure of a claim on the rate itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Protocol, TypeVar

import regex

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.numbers.units import dimension
from claimcheck.engine.patterns import lazy

__all__ = ["with_step"]

Span = tuple[int, int]

#: what a claim on a change in points measures (the dimension of ``pp``)
_POINTS = dimension("pp")
#: how far before the levels the change's measure word may stand
_REACH = 80
_PERCENT = r"\s*(?:%|per\s?cent|percent)"
# "from 5.25 per cent to 5 per cent", "from 5.25% to 5%", "from 5.25 to 5%"
_LEVELS = lazy(
    rf"from\s+(?P<old>\d+(?:\.\d+)?)(?:{_PERCENT})?\s+to\s+(?P<new>\d+(?:\.\d+)?)"
    rf"{_PERCENT}",
    regex.I,
)


class _Mention(Protocol):
    """What :func:`with_step` reads of a mention (a dataclass)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def quantity(self) -> Quantity: ...

    @property
    def sentence(self) -> Span: ...


M = TypeVar("M", bound=_Mention)


def with_step(
    main: M,
    text: str,
    hits: Sequence[Span],
    kinds: Mapping[Span, frozenset[str] | None],
) -> list[M]:
    """The mention ``main`` and, where its figure is a rate's two levels ("from
    5.25 per cent to 5 per cent") after a measure word of a change in points
    (``hits`` of its sentence, whose claims take the ``kinds``), one more:
    the change, bound to that word."""
    q = main.quantity
    if q.unit != "%" or q.text[:4].casefold() != "from":
        return [main]
    levels = _LEVELS.fullmatch(q.text)
    if levels is None:
        return [main]
    start = max(main.sentence[0], q.start - _REACH)
    before = [
        h
        for h in hits
        if start <= h[0] and h[1] <= q.start and _POINTS in (kinds.get(h) or ())
    ]
    if not before:
        return [main]
    size = round(abs(float(levels["old"]) - float(levels["new"])), 6)
    step = dataclasses.replace(q, interval=Interval(low=size, high=size), unit="pp")
    extra = dataclasses.replace(
        main,
        quantity=step,
        bound=before[-1],
        rule="object",
        combined=False,
        scope="",
        qualifier=None,
    )
    return [main, extra]
