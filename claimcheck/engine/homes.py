"""The story's own places: where the whole happened, not one part of it.

"In Kestria, 2,900 people have died" is a part of a story told across
Kestria and Orlen, but the whole of a story about Kestria's quake.  An
article says which places are its own before the figure:

- its headline names them ("Kestria quake: the search goes on");
- its dateline gives them ("DUNMERE, Kestria (Wire) — ..."): the last name,
  the region or country, holds the town before it;
- its first paragraph sets the scene in them ("A quake struck northern
  Kestria", "Floods swept through Lethmark province", "derailed outside
  Halby", "Kestria's deadliest quake");
- it says they hold its other places ("Brisby, a river town in Lethmark",
  "Callen, in southern Lethmark").

A place named beside another of its rank ("Kestria and Orlen", "Lethmark and
neighbouring Orsk") is one of the story's several, and a place said to lie
in another is a part of that one, wherever the first paragraph names it
(the headline's own place stays the story's).  :func:`home_names` gives the
story's own places; :mod:`claimcheck.engine.places` never reads their
figures as parts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from claimcheck.engine.patterns import lazy

__all__ = ["home_names", "is_home", "is_titled", "names_home", "titled_names"]

#: a capitalised name of one to three words
NAME = r"(?-i:\p{Lu}[\w'’-]*)(?:\s+(?-i:\p{Lu}[\w'’-]*)){0,2}"
_SIDE = r"(?:(?:north|south|east|west|central)(?:ern|[- ]?(?:east|west)(?:ern)?)?\s+)"
# "DUNMERE, Kestria, March 4 (Wire) — ": the names before the dash
_DATELINE = lazy(
    r"(?P<names>(?-i:\p{Lu}{2,}[\p{Lu}'’-]*)(?:\s+(?-i:\p{Lu}{2,}[\p{Lu}'’-]*)){0,2}"
    r"(?:,\s*(?-i:\p{Lu}[\w'’-]*)(?:\s+(?-i:\p{Lu}[\w'’-]*)){0,2})*)"
    r"(?:,\s*[\w\s.]{1,20}?)?\s*(?:\([^()\n]{1,40}\)\s*)?[-—–]\s"
)
# the first paragraph's scene: "struck northern Kestria", "swept through
# Lethmark province", "at Brisby", "Kestria's deadliest quake"
_SCENE_WORDS = r"""(?i:in|across|through|throughout|at|near|outside|off|struck|hit|swept
      |battered|rocked|shook|devastated|flooded|ravaged|engulfed)"""
_SCENE = lazy(
    rf"""
    \b{_SCENE_WORDS}
      \s+(?:the\s+)?{_SIDE}?(?P<name>{NAME})
    | (?<=^|\n|[.!?]\s+)(?P<name>{NAME})(?:'s|’s)\s
    """,
    regex.X,
)
# "Brisby, a river town in Lethmark", "Callen, in southern Lethmark", "the
# Lethmark town of Brisby": the first name lies in the second
_HELD = lazy(
    rf"""
    (?P<inner>{NAME}),\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?)?
      in\s+(?:the\s+)?{_SIDE}?(?P<outer>{NAME})
    | \bthe\s+(?P<outer>{NAME})\s+(?:town|city|village|port|province|region
      |district|county|state)\s+of\s+(?P<inner>{NAME})
    | (?P<outer>{NAME})(?:'s|’s)\s+(?P<inner>{NAME})\s+(?:province|region|district
      |county|state)\b
    """,
    regex.X,
)
# "Kestria and Orlen", "Lethmark and neighbouring Orsk": places of a rank
_BESIDE = r"\s*(?:,|\band\b|\bor\b|&)\s*(?:(?:neighbou?ring|nearby|adjacent)\s+)?"
# what stands right after the first name of a match of _HELD (white space
# as ``str.isspace`` says, which takes every character ``\s`` does; each
# pattern opens with a literal, which the engine skips to), and the "of" after
# the kind of place that follows the name of one opening with "the"
_OWNER = tuple(map(re.compile, (r"'s\s", r"’s\s")))
_AFTER_NAME = (re.compile(r",\s+(?:in|an?|the)\s"), *_OWNER)
_OF = lazy(r"\sof(?=\s)")
# matched backwards from where the name ends: its words; "the", its words and
# a kind of place before "of"
_RUNS_BEFORE = lazy(r"(?:[\w'’-]+\s+){0,2}[\w'’-]+", regex.REVERSE)
_THE_KIND_BEFORE = lazy(
    r"(?:[\w'’-]+\s+){0,3}[\w'’-]+\s+(?:town|city|village|port|province|region"
    r"|district|county|state)\s+",
    regex.REVERSE,
)
_THE_NAME = lazy(r"\bthe\s+(?-i:\p{Lu})")
_CAPITAL = lazy(r"(?-i:\p{Lu})")
_BESIDE_AFTER = lazy(_BESIDE + r"(?-i:\p{Lu})")
# matched backwards from where a name starts (a search for it, ending
# there, would try every place before)
_BESIDE_BEFORE = lazy(rf"(?-i:\p{{Lu}})[\w'’-]*{_BESIDE}", regex.REVERSE)
# where a match of _SCENE may start: one of its words, or a name before "'s"
_SCENE_WORD = lazy(rf"\b{_SCENE_WORDS}\s", regex.X)
_NAME = lazy(NAME)
#: capitalised words that open a sentence or a date, naming no place
_NOT_NAMES = frozenset(
    """a an the in at on by for of to and but as it its this that these those
    there here he she they we his her their our january february march april
    may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday""".split()
)


def is_home(text: str, name: str, before: int) -> bool:
    """Whether the article names ``name`` as its own place before
    ``before`` (see :func:`home_names`)."""
    return _fold(name) in home_names(text, before)


def names_home(text: str, span: tuple[int, int], before: int) -> bool:
    """Whether the words at ``span`` ("across Lethmark province") name one of
    the story's own places."""
    words = text[span[0] : span[1]]
    if words.islower():
        return False
    homes = home_names(text, before)
    if not homes:
        return False
    for m in _NAME.finditer(words):
        run = m.group().split()
        for i in range(len(run)):
            for j in range(i + 1, len(run) + 1):
                if _fold(" ".join(run[i:j])) in homes:
                    return True
    return False


def titled_names(text: str, before: int, *, lead: bool = True) -> frozenset[str]:
    """The story's own names (folded): those the headline gives, none beside
    another of its rank ("Corvid Airways meltdown", "Oren Vasch jailed"),
    when it ends before ``before``, and with ``lead`` every name of the
    first paragraph when that one ends before ``before`` too."""
    _, headline, lead_end = _opening(text)
    if headline > before:
        return frozenset()
    return _titled(text, lead=lead and lead_end <= before)


@lru_cache(maxsize=32)
def _titled(text: str, *, lead: bool) -> frozenset[str]:
    """:func:`titled_names` past the headline, with the lead's names or
    without (two answers an article, asked by many figures: kept)."""
    titled, _, several, _ = _front(text)
    if lead:
        return (titled - several) | _lead_names(text)
    return titled - several


@lru_cache(maxsize=16)
def _lead_names(text: str) -> frozenset[str]:
    """Every name of the first paragraph, folded."""
    _, headline, lead_end = _opening(text)
    return frozenset(
        _fold(m.group())
        for m in _NAME.finditer(text, headline, lead_end)
        if _fold(m.group().split()[0]) not in _NOT_NAMES
    )


def is_titled(text: str, name: str, before: int, *, lead: bool = True) -> bool:
    """Whether ``name`` is one of :func:`titled_names` (``lead`` as there),
    or a short or a long form of one: "Corvid" for "Corvid Airways", "Vasch"
    for "Oren Vasch", "Kestrel Bank" for "Kestrel" ("Federal Bank" is no
    form of "Bank")."""
    titled = titled_names(text, before, lead=lead)
    if not titled:
        return False
    name = _fold(name)
    return any(
        name == own
        or own.startswith(name + " ")
        or own.endswith(" " + name)
        or name.startswith(own + " ")
        for own in titled
    )


def home_names(text: str, before: int) -> frozenset[str]:
    """The story's own places, folded, as the article gives them before
    ``before``: its headline, dateline and first paragraph (when they end
    before it), and the places said to hold others."""
    # the answer changes only where ``before`` passes the end of the
    # headline, of the lead's first line or of words saying a place lies in
    # another: one answer per stretch between them, made once
    breaks, found = _stages(text)
    stage = bisect.bisect_left(breaks, before + 1)  # how many end by ``before``
    homes = found.get(stage)
    if homes is None:
        homes = found[stage] = _homes(text, before)
    return homes


@lru_cache(maxsize=16)
def _stages(text: str) -> tuple[list[int], dict[int, frozenset[str]]]:
    """Where :func:`home_names` may change its answer, in order, and the
    answers made so far by how many of those places lie at or before the
    point asked about."""
    _, headline, lead_end = _opening(text)
    breaks = sorted({headline, lead_end, *(at for at, _, _ in _holdings(text))})
    return breaks, {}


@lru_cache(maxsize=16)
def _opening(text: str) -> tuple[int, int, int]:
    """Where the body begins, where its headline ends (the body's start when
    it has none) and where the first line of its lead ends."""
    begin = 0
    if text.startswith("---"):
        close = text.find("\n---", 3)
        if close >= 0:
            begin = text.find("\n", close + 4) + 1 or len(text)
    while text[begin : begin + 1] in ("\n", " ", "\t"):
        begin += 1
    line = text.find("\n", begin)
    headline = begin
    if line > begin and not text[begin:line].rstrip().endswith((".", '"', "”")):
        # a headline: a first line that no full stop ends; the lead comes next
        headline = line
        lead = line
        while text[lead : lead + 1] in ("\n", " ", "\t"):
            lead += 1
    else:
        lead = begin
    # the lead: its first line (a file gives a paragraph a line, or wraps it)
    first_end = text.find("\n", lead)
    first_end = len(text) if first_end < 0 else first_end
    return begin, headline, first_end


def _homes(text: str, before: int) -> frozenset[str]:
    _, headline, lead_end = _opening(text)
    titled, own, several, held = _front(text)
    if headline > before:
        titled = frozenset()
    if lead_end > before:
        own = held = frozenset()
    inside = [(outer, inner) for at, outer, inner in _holdings(text) if at <= before]
    own = own | {outer for outer, _ in inside}
    held = held | {inner for _, inner in inside}
    return (titled - several) | (own - several - held)


@lru_cache(maxsize=16)
def _front(
    text: str,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The names of the headline (and front matter), the first paragraph's
    own places, those beside another and those its dateline says lie in
    another."""
    begin, headline, lead_end = _opening(text)
    own: set[str] = set()
    several: set[str] = set()
    held: set[str] = set()
    titled: set[str] = set()
    if headline > begin:
        titled |= _names_in(text, begin, headline, several)
    if begin:
        titled |= _names_in(text, 0, begin, several)
    lead_start = headline if headline > begin else begin
    while text[lead_start : lead_start + 1] in ("\n", " ", "\t"):
        lead_start += 1
    lead = _DATELINE.match(text, lead_start, lead_end)
    if lead is not None:
        names = [n.strip() for n in lead.group("names").split(",")]
        names = [n for n in names if _fold(n) not in _NOT_NAMES]
        own.update(_fold(n) for n in names)
        held.update(_fold(n) for n in names[:-1])
    for m in scene_in(text, lead_start, lead_end):
        name = m.group("name")
        if _fold(name.split()[0]) in _NOT_NAMES:
            continue
        if _beside(text, m.start("name"), m.end("name"), lead_start, lead_end):
            several.add(_fold(name))
        else:
            own.add(_fold(name))
    return frozenset(titled), frozenset(own), frozenset(several), frozenset(held)


@lru_cache(maxsize=16)
def _holdings(text: str) -> tuple[tuple[int, str, str], ...]:
    """Where the article says a place lies in another, in order: the end of
    the words, the outer place and the inner one (folded)."""
    out = []
    for m in held_in(text, _opening(text)[0]):
        inner, outer = m.group("inner"), m.group("outer")
        if {_fold(outer.split()[0]), _fold(inner.split()[0])} & _NOT_NAMES:
            continue
        out.append((m.end(), _fold(outer), _fold(inner)))
    return tuple(out)


def held_in(text: str, start: int) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_HELD` in ``text[start:]``, as its ``finditer``
    gives them, the pattern tried only where a match may start.

    A match opens with a name of at most three words that a comma and "in",
    "a", "an" or "the" follow ("Brisby, a river town in Lethmark"), or "'s"
    ("Lethmark's Orsk province"); or with "the" and such a name that a kind
    of place and "of" follow ("the Lethmark town of Brisby").  So it starts
    at a capital among the three runs of word characters before such a
    comma or "'s", or at a "the" among the four before such a kind.
    """
    after = (
        a.start() for pattern in _AFTER_NAME for a in pattern.finditer(text, start)
    )
    starts = _name_starts(text, after, start)
    for of in _OF.finditer(text, start):
        name = _THE_KIND_BEFORE.match(text, start, of.start() + 1)
        if name is not None:
            starts.update(m.start() for m in _THE_NAME.finditer(text, *name.span()))
    return _tried_at(_HELD, text, starts, start, len(text))


def scene_in(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_SCENE` in ``text[start:end]``, as its
    ``finditer`` gives them: each starts at one of its words ("struck",
    "across") or at a capital of a name before "'s"."""
    starts = {m.start() for m in _SCENE_WORD.finditer(text, start, end)}
    owner = (a.start() for mark in _OWNER for a in mark.finditer(text, start, end))
    starts |= _name_starts(text, owner, start)
    return _tried_at(_SCENE, text, starts, start, end)


def _name_starts(text: str, ends: Iterable[int], lo: int) -> set[int]:
    """Where a name of at most three words ending at one of ``ends`` may
    start: at each capital among the three runs of word characters before
    the end (from ``lo`` on)."""
    out: set[int] = set()
    runs = _RUNS_BEFORE.match
    capitals = _CAPITAL.finditer
    for end in ends:
        name = runs(text, lo, end)
        if name is not None:
            out.update(m.start() for m in capitals(text, *name.span()))
    return out


def _tried_at(
    pattern: regex.Pattern[str], text: str, starts: set[int], pos: int, endpos: int
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern whose every
    match starts at one of ``starts`` and is never empty: the pattern tried
    there, in order, past the end of the last match, which is what a scan of
    every place finds."""
    end = pos
    match = pattern.match
    for at in sorted(starts):
        if at < end:
            continue
        m = match(text, at, endpos)
        if m is not None:
            end = m.end()
            yield m


def _names_in(text: str, start: int, end: int, several: set[str]) -> set[str]:
    """The capitalised names of a headline, noting those beside another."""
    out = set()
    for m in _NAME.finditer(text, start, end):
        name = m.group()
        if _fold(name.split()[0]) in _NOT_NAMES:
            continue
        if _beside(text, m.start(), m.end(), start, end):
            several.add(_fold(name))
        out.add(_fold(name))
    return out


def _beside(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the name at ``[start, end)`` stands beside another name of
    its rank, joined by a comma or a conjunction."""
    return (
        _BESIDE_AFTER.match(text, end, hi) is not None
        or _BESIDE_BEFORE.match(text, lo, start) is not None
    )


def _fold(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").removesuffix("'s").split())
