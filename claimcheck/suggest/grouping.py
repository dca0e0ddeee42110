"""Figures -> Groups: the figures that count the same thing, in one unit.

A group is keyed by what its figures count and by their dimension:

- a figure bound to a measure word goes to the group of that word's
  *family*: its dictionary form ("deaths" -> "death"), and the words news
  uses for one event share a family ("killed", "died", "dead", "deaths",
  "death toll" are all ``killed``; see :data:`MEASURE_FAMILIES`);
- a figure bound to no measure word goes by its counted noun ("34,000 North
  Koreans"), unless exactly one measure group counts the same noun (or a
  noun of its family, :data:`NOUN_FAMILIES`) with a figure whose value is
  compatible, which it then joins ("around 10,000 troops have been fighting"
  joins the soldiers sent and deployed);
- counts, each dimension of units (lengths, areas...) and each currency are
  kept apart; a group's figures are converted to the unit most of them use.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from claimcheck.engine.numbers import units
from claimcheck.engine.numbers.interval import Interval
from claimcheck.suggest.figures import Figure, lemma

__all__ = [
    "MEASURE_FAMILIES",
    "NOUN_FAMILIES",
    "Group",
    "Member",
    "group_figures",
    "vote_interval",
]


def _by_word(families: dict[str, str]) -> dict[str, str]:
    """``{family: "word word..."}`` -> ``{word: family}``."""
    return {w: family for family, words in families.items() for w in words.split()}


#: dictionary forms of measure words -> the family they report
MEASURE_FAMILIES = _by_word(
    {
        "killed": "kill die dead death toll fatality",
        "wounded": "wound injure injury hurt",
        "deployed": "deploy send dispatch station",
        "arrested": "arrest detain",
        "hospitalized": "hospitalize hospitalise",
        "evacuated": "evacuate",
        "displaced": "displace",
        "rescued": "rescue",
        "captured": "capture",
        "missing": "miss missing",
        "votes": "vote",
    }
)

#: dictionary forms of counted nouns -> the family they name
NOUN_FAMILIES = _by_word(
    {
        "soldier": "soldier troop serviceman servicemember fighter",
        "people": "people person individual",
        "child": "child kid",
    }
)

GroupKind = Literal["measure", "noun"]

#: how far a one-sided figure ("more than 12,000") reaches when figures are
#: compared with each other: as far as an "about" widens at most (docs/numbers.md)
REACH = 0.1


@dataclass(frozen=True, slots=True, kw_only=True)
class Member:
    """A figure in its group: its interval converted to the group's unit."""

    figure: Figure
    interval: Interval
    #: the figure names no measure word and joined by its counted noun
    by_noun: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Group:
    """Figures that count one thing, in one unit (``None``: a plain count)."""

    #: the measure family or counted noun the group is keyed by
    key: str
    #: what ``key`` is: a measure family or a counted noun
    kind: GroupKind
    dimension: str
    unit: str | None
    members: tuple[Member, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        """The articles reporting a figure of the group, sorted."""
        return tuple(sorted({m.figure.path for m in self.members}))

    @property
    def terms(self) -> tuple[str, ...]:
        """The words the group's figures were found by, sorted."""
        words = {m.figure.measure.casefold() for m in self.members if m.figure.measure}
        return tuple(
            sorted(words | set(self.noun_terms), key=lambda w: (w.casefold(), w))
        )

    @property
    def noun_terms(self) -> tuple[str, ...]:
        """The counted nouns that found figures bound to no measure word."""
        return tuple(
            sorted(
                {
                    m.figure.noun
                    for m in self.members
                    if m.figure.noun and (m.by_noun or self.kind == "noun")
                }
            )
        )

    @property
    def nouns(self) -> tuple[str, ...]:
        """The counted nouns of the group's figures, most frequent first."""
        counts = Counter(m.figure.noun for m in self.members if m.figure.noun)
        return tuple(n for n, _ in sorted(counts.items(), key=lambda c: (-c[1], c[0])))


def measure_family(words: str) -> str:
    """The family of a measure word or phrase ("death toll" -> "killed")."""
    lemmas = [lemma(w) for w in words.split()]
    for found in lemmas:
        if found in MEASURE_FAMILIES:
            return MEASURE_FAMILIES[found]
    return " ".join(lemmas)


def noun_family(noun: str) -> str:
    """The family of a counted noun ("troops" -> "soldier")."""
    words = noun.split()
    head = lemma(words[-1])
    if len(words) > 1 and words[-1][:1].isupper():
        # a proper noun keeps its name: "North Koreans" -> "north korean"
        return " ".join([*(w.casefold() for w in words[:-1]), head])
    return NOUN_FAMILIES.get(head, head)


def vote_interval(interval: Interval) -> Interval:
    """The interval a figure stands for when compared with other figures.

    A one-sided figure reaches :data:`REACH` past its bound: an outlet writing
    "more than 12,000" reports about 12,000, not any number above it.
    """
    low, high = interval.low, interval.high
    if low is not None and high is None:
        return Interval(
            low=low, high=low + abs(low) * REACH, low_inclusive=interval.low_inclusive
        )
    if high is not None and low is None:
        return Interval(
            low=high - abs(high) * REACH,
            high=high,
            high_inclusive=interval.high_inclusive,
        )
    return interval


def group_figures(figures: Iterable[Figure]) -> list[Group]:
    """Sort figures into groups (see the module docstring), ordered by key."""
    by_measure: dict[tuple[str, str], list[Figure]] = {}
    by_noun: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures:
        if figure.measure is not None:
            key = (measure_family(figure.measure), figure.dimension)
            by_measure.setdefault(key, []).append(figure)
        elif figure.noun is not None:
            key = (noun_family(figure.noun), figure.dimension)
            by_noun.setdefault(key, []).append(figure)
    joined: dict[tuple[str, str], list[Figure]] = {}
    counted = _counted(by_measure)
    for (noun, dimension), found in sorted(by_noun.items()):
        alone = []
        for figure in found:
            home = _home(figure, noun, dimension, counted)
            if home is None:
                alone.append(figure)
            else:
                joined.setdefault(home, []).append(figure)
        if alone:
            by_noun[noun, dimension] = alone
        else:
            del by_noun[noun, dimension]
    groups = [
        _group(key, "measure", dimension, members, joined.get((key, dimension), []))
        for (key, dimension), members in by_measure.items()
    ]
    groups += [
        _group(key, "noun", dimension, members, [])
        for (key, dimension), members in by_noun.items()
    ]
    return sorted(groups, key=lambda g: (g.key, g.dimension, g.kind))


#: for each measure group, the values it holds of each (noun family, unit)
_Counted = dict[tuple[str, str], dict[tuple[str, str | None], set[Interval]]]


def _counted(by_measure: dict[tuple[str, str], list[Figure]]) -> _Counted:
    """The measure groups' counted nouns, built once: asking each group's
    members for every measureless figure took their product in time."""
    counted: _Counted = {}
    for key, members in sorted(by_measure.items()):
        nouns = counted[key] = {}
        for m in members:
            if m.noun is not None:
                place = (noun_family(m.noun), m.unit)
                nouns.setdefault(place, set()).add(vote_interval(m.interval))
    return counted


def _home(
    figure: Figure, noun: str, dimension: str, counted: _Counted
) -> tuple[str, str] | None:
    """The one measure group a measureless figure belongs to, if exactly one."""
    mine = vote_interval(figure.interval)
    homes = [
        key
        for key, nouns in counted.items()
        if key[1] == dimension
        and any(v.overlaps(mine) for v in nouns.get((noun, figure.unit), ()))
    ]
    return homes[0] if len(homes) == 1 else None


def _group(
    key: str,
    kind: GroupKind,
    dimension: str,
    own: Sequence[Figure],
    joined: Sequence[Figure],
) -> Group:
    every = [*own, *joined]
    counts = Counter(f.unit for f in every)
    # the unit most figures use; a tie goes to the one sorted first
    unit = min(counts, key=lambda u: (-counts[u], u or ""))
    # by place, not by ``f in joined``: that compared every pair of figures
    members = [
        Member(figure=f, interval=_converted(f, unit), by_noun=i >= len(own))
        for i, f in enumerate(every)
    ]
    ordered = sorted(
        members, key=lambda m: (m.figure.path, m.figure.line, m.figure.column)
    )
    return Group(
        key=key,
        kind=kind,
        dimension=dimension,
        unit=unit,
        members=tuple(ordered),
    )


def _converted(figure: Figure, unit: str | None) -> Interval:
    if figure.unit == unit or unit is None or figure.unit is None:
        return figure.interval
    converted = units.convert_interval(figure.interval, figure.unit, unit)
    # a group holds one dimension, so the units always compare
    return figure.interval if converted is None else converted
