"""Number expressions in text -> Quantity, with the Interval they allow.

The vocabulary and patterns live in :mod:`.vocabulary`, the value of a chain
of number words in :mod:`.words`; this module reads the matches, joins ranges
and two-sided bounds, and keeps plain digits on a fast path.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from claimcheck.engine.numbers import units as _units
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.vocabulary import (
    ABOUT,
    AGE,
    AT_LEAST,
    BETWEEN,
    CONTINUING_WORDS,
    FROM,
    HEDGES,
    LESS,
    MASTER,
    MORE,
    NEARLY,
    NEXT_WORD,
    OPENING_WORDS,
    PLAIN_DIGITS,
    POINT,
    PREFIX,
    QUIET_BEFORE,
    SCALES,
    TRIGGER,
    UNIT_SYMBOLS,
    UNIT_WORDS,
    UP_TO,
    VAGUE,
)
from claimcheck.engine.numbers.words import evaluate, join_kind, token

__all__ = ["Quantity", "read_quantities"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """One quantity read from text.

    ``start``/``end`` are character offsets into the text given to
    :func:`read_quantities`, covering the whole expression (hedge, number,
    scale word, unit), so ``text == source[start:end]``.  ``interval`` is in
    ``unit`` as written; ``unit`` is ``None`` for a plain count.
    """

    start: int
    end: int
    text: str
    interval: Interval
    unit: str | None = None


# --------------------------------------------------------------------------
# Reading one match

_RANGE, _VAGUE_KIND = 11, 12
_HEDGE_KIND = {name: kind for name, (kind, _) in HEDGES.items()}
_END_CLAUSE = regex.compile(r"\s*(?:[.,;:!?)\]]|$)")
_FRACTION_FOLLOW = regex.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:of|and|or|to|in|were|was|are|is|said|say|have|had"
    r"|has|will|would|could|may|might|did|do|voted|remain|remained)\b",
    regex.IGNORECASE,
)
# A plural count noun after "1.3m" makes the m a million: "1.3m votes".
_MILLION_NOUN = regex.compile(
    r"\s+(?:(?!(?:is|was|has|its|this|thus|plus|less|across|as|unless)\b)"
    r"\p{Ll}+s\b|(?:people|children|men|women)\b)"
)
_NO_ONE = regex.compile(r"(?:\bno|\bevery|\bany)[\s-]*$", regex.IGNORECASE)
_ONE_ANOTHER = regex.compile(r"\s+another\b", regex.IGNORECASE)


@dataclass(slots=True)
class _Atom:
    """A quantity before ranges and conjunctions are put together."""

    start: int
    end: int
    value: float
    kind: int
    unit: str | None
    scale: float = 1.0
    yearlike: bool = False
    interval: Interval | None = None


def _interval(value: float, kind: int) -> Interval:
    """The interval a hedge word turns ``value`` into (docs/numbers.md)."""
    if kind == ABOUT:
        low, high = sorted((value * 0.9, value * 1.1))
        return Interval(low=low, high=high)
    if kind == NEARLY:
        low, high = sorted((value * 0.9, value))
        return Interval(low=low, high=high)
    if kind == AT_LEAST:
        return Interval(low=value, high=None, high_inclusive=False)
    if kind == MORE:
        return Interval(low=value, high=None, low_inclusive=False, high_inclusive=False)
    if kind == UP_TO:
        return Interval(low=None, high=value, low_inclusive=False)
    if kind == LESS:
        return Interval(low=None, high=value, low_inclusive=False, high_inclusive=False)
    return Interval.point(value)


def _suffix_kind(m: regex.Match[str], kind: int) -> int:
    if m.start("p_more") >= 0 or m.start("p_plus") >= 0:
        return AT_LEAST
    if m.start("p_less") >= 0:
        return UP_TO
    if m.start("p_about") >= 0:
        return ABOUT
    # "or equal": the comparison before it becomes inclusive.
    return {MORE: AT_LEAST, LESS: UP_TO}.get(kind, kind)


@cache
def _unit_of(surface: str) -> str | None:
    return _units.canonical_unit(surface)


def _read_atom(m: regex.Match[str], text: str) -> tuple[_Atom | None, int]:
    """The quantity a match states, and where reading goes on."""
    els = m.captures("el")
    spans = m.spans("el")
    joins = m.captures("j")
    toks = [token(el) for el in els]
    over_ok = bool(
        joins
        and "over" in {join_kind(j) for j in joins}
        and _END_CLAUSE.match(text, m.end("chain"))
    )
    read = evaluate(toks, joins, over_ok)
    if read is None:
        return None, spans[0][1]
    value, used, scale, singular = read
    whole = used == len(toks)
    end = m.end() if whole else spans[used - 1][1]
    next_pos = end if whole else spans[used][0]
    start = m.start()
    kind = POINT
    if m.start("pre") >= 0:
        kind = next(k for name, k in _HEDGE_KIND.items() if m.start(name) >= 0)
    if m.start("neg") >= 0:
        value = -value
    unit = None
    has_unit = whole and m.start("unit") >= 0
    if has_unit:
        if m.start("inch") >= 0:
            value += float(m.group("inch")) / 12
            unit = "ft"
        elif m.start("inq") >= 0:
            unit = "in"
        else:
            unit = _unit_of(m.group("u") if m.start("u") >= 0 else m.group("ub"))
    elif singular and not _FRACTION_FOLLOW.match(text, end):
        # "a third person", "one fifth grade": an ordinal, not a fraction.
        return None, next_pos
    if m.start("cur") >= 0:
        code = _units.CURRENCY_PREFIXES[m.group("cur").strip()]
        if unit == "m":  # "£300m": million, not metres
            value *= 1e6
            scale = 1e6
        if unit is None or unit == "m" or not unit.startswith("currency:"):
            unit = "currency:" + code
    if (
        unit == "m"
        and m.start("u") >= 0
        and text[m.start("u") - 1 : m.start("u")].isdigit()
        and _MILLION_NOUN.match(text, end)
    ):
        # "1.3m votes", "2m people": millions of a counted thing, not metres
        value *= 1e6
        unit = None
    if whole and m.start("post") >= 0:
        kind = _suffix_kind(m, kind)
    elif not whole:
        end = spans[used - 1][1]
    if kind == AGE and unit is None:
        unit = "yr"
    if (
        kind == POINT
        and unit is None
        and used == 1
        and els[0].lower() == "one"
        and (
            _NO_ONE.search(text, max(0, start - 8), start)
            or _ONE_ANOTHER.match(text, end)
        )
    ):
        return None, next_pos
    yearlike = (
        kind in (POINT, BETWEEN, FROM)
        and unit is None
        and used == 1
        and m.start("neg") < 0
        and len(els[0]) == 4
        and els[0].isdigit()
        and 1000 <= value <= 2100
    )
    return _Atom(
        start=start,
        end=end,
        value=value,
        kind=kind,
        unit=unit,
        scale=scale,
        yearlike=yearlike,
    ), next_pos


_VAGUE_BASE = SCALES | {"hundred": 100.0, "dozen": 12.0}


def _read_vague(m: regex.Match[str]) -> _Atom:
    if m.start("vs") >= 0:
        base = _VAGUE_BASE[m.group("vs").lower()]
        if m.start("vs2") >= 0:
            base *= _VAGUE_BASE[m.group("vs2").lower()]
        low, high = 2 * base, 10 * base
    else:
        low, high = VAGUE[" ".join(m.group("vw").lower().split())]
    atom = _Atom(start=m.start(), end=m.end(), value=low, kind=_VAGUE_KIND, unit=None)
    atom.interval = Interval(low=low, high=high, high_inclusive=False)
    return atom


# --------------------------------------------------------------------------
# Putting neighbouring atoms together

_RANGE_GAP = regex.compile(
    r"\s*(?P<dash>[-‐‑–—~])\s*|\s+(?P<word>to|through|thru|and|or)\s+", regex.IGNORECASE
)
_CONJ_GAP = regex.compile(r"\s*(?:,|(?:,\s*)?(?:and|but))\s*", regex.IGNORECASE)
_DROP = _Atom(start=0, end=0, value=0, kind=POINT, unit=None)


def _range(a: _Atom, b: _Atom, gap: str) -> _Atom | None:
    """The range "a gap b" states, _DROP for a year or score pair, or None."""
    m = _RANGE_GAP.fullmatch(gap)
    if m is None or b.kind != POINT or a.kind not in (POINT, BETWEEN, FROM):
        return None
    word = (m.group("word") or "").lower()
    if (word == "and") != (a.kind == BETWEEN) and not (
        word == "" and a.kind == BETWEEN
    ):
        return None
    if word == "or" and (a.kind != POINT or a.value >= b.value):
        return None
    if a.unit and b.unit and a.unit != b.unit:
        return None
    if a.yearlike and (b.yearlike or (m.group("dash") and b.end - b.start <= 2)):
        return _DROP
    low, high = a.value, b.value
    if a.scale == 1 and b.scale > 1 and low * b.scale <= high:
        low *= b.scale
    if low > high:
        if m.group("dash") and a.kind == POINT and a.unit is None and b.unit is None:
            return _DROP  # a score, "won 3-1"
        low, high = high, low
    atom = _Atom(
        start=a.start, end=b.end, value=low, kind=_RANGE, unit=b.unit or a.unit
    )
    atom.interval = Interval(low=low, high=high)
    return atom


def _conjoin(a: _Atom, b: _Atom, gap: str) -> _Atom | None:
    """One interval from two one-sided ones: "more than 20 and at most 35"."""
    ia, ib = a.interval, b.interval
    if ia is None or ib is None or not _CONJ_GAP.fullmatch(gap):
        return None
    if a.unit and b.unit and a.unit != b.unit:
        return None
    if (
        ia.high is None
        and ia.low is not None
        and ib.low is None
        and ib.high is not None
    ):
        lower, upper = ia, ib
    elif (
        ib.high is None
        and ib.low is not None
        and ia.low is None
        and ia.high is not None
    ):
        # Upper bound first ("at most 100 and at least 20") needs a word: a
        # bare comma there more often separates two facts.
        if not regex.search(r"\b(?:and|but)\b", gap, regex.IGNORECASE):
            return None
        lower, upper = ib, ia
    else:
        return None
    if lower.low is not None and upper.high is not None and lower.low > upper.high:
        return None
    atom = _Atom(start=a.start, end=b.end, value=0, kind=_RANGE, unit=a.unit or b.unit)
    atom.interval = Interval(
        low=lower.low,
        high=upper.high,
        low_inclusive=lower.low_inclusive,
        high_inclusive=upper.high_inclusive,
    )
    return atom


def _combine(atoms: list[_Atom], text: str) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.kind != _VAGUE_KIND:
            b = atoms[i + 1]
            joined = _range(a, b, text[a.end : b.start])
            if joined is not None:
                if joined is not _DROP:
                    out.append(joined)
                i += 2
                continue
        if not a.yearlike:
            if a.interval is None:
                a.interval = _interval(a.value, a.kind)
            if out and (joined := _conjoin(out[-1], a, text[out[-1].end : a.start])):
                out[-1] = joined
            else:
                out.append(a)
        i += 1
    return out


def _quiet_before(text: str, core: int) -> bool:
    """True when nothing before ``core`` can open its expression.

    Whitespace before it, and before that a word that opens nothing (no hedge,
    sign, currency, month, "a"), closing punctuation, or the start of text:
    then the expression starts at ``core`` itself.
    """
    if not core:
        return True
    if not text[core - 1].isspace():
        return False
    lead = text[max(0, core - 40) : core].rstrip()
    if lead[-1:] == ".":  # "since 2009. 15 people", not "approx. 15"
        lead = lead[:-1].rstrip()
        if not lead[-1:].isalpha():
            return True
    if not lead:
        return True
    last = lead[-1]
    if not last.isalpha():
        return last in QUIET_BEFORE
    i = len(lead) - 1
    while i and lead[i - 1].isalpha():
        i -= 1
    return lead[i:].lower() not in OPENING_WORDS


def _plain_count(text: str, core: int) -> _Atom | None:
    """The atom of plain digits at ``core`` when nothing after it continues it.

    The caller has checked :func:`_quiet_before`.
    """
    digits = PLAIN_DIGITS.match(text, core)
    if digits is None:
        return None
    end = digits.end()
    unit = None
    if end < len(text) and text[end].isspace():
        after = NEXT_WORD.match(text, end)
        if after is None:
            return None
        word = after.group(1)
        if word.lower() in CONTINUING_WORDS:
            # a one-word unit that nothing continues: "24 hours", "5 km."
            if not (word in UNIT_SYMBOLS or word.lower() in UNIT_WORDS):
                return None
            if not _ends_plainly(text, after.end()):
                return None
            unit = _unit_of(word)
            end = after.end()
    raw = digits.group()
    value = float(raw.replace(",", ""))
    return _Atom(
        start=core,
        end=end,
        value=value,
        kind=POINT,
        unit=unit,
        yearlike=unit is None
        and len(raw) == 4
        and raw.isdigit()
        and 1000 <= value <= 2100,
    )


def _ends_plainly(text: str, at: int) -> bool:
    """True when nothing at ``at`` extends a unit or adds a trailing hedge."""
    if at == len(text):
        return True
    char = text[at]
    if char in ".,;:!?)":
        return at + 1 == len(text) or text[at + 1].isspace()
    if not char.isspace():
        return False
    after = NEXT_WORD.match(text, at)
    return after is not None and after.group(1).lower() not in ("or", "plus")


def read_quantities(text: str, *, offset: int = 0) -> tuple[Quantity, ...]:
    """Every quantity stated in ``text``, in order of position.

    Each covers its whole expression (hedge, number, scale word, unit) and
    carries the interval the wording allows; see docs/numbers.md for the
    rules.  Years, dates, times, ordinals, phone numbers and identifiers are
    not returned.  ``offset`` is added to every start and end (``text`` being
    a slice of a longer one).
    """
    return _read(text, offset, fast=True)


def _read(text: str, offset: int, *, fast: bool) -> tuple[Quantity, ...]:
    atoms: list[_Atom] = []
    trigger = TRIGGER.search
    prefix = PREFIX.match
    master = MASTER.match
    pos = 0
    while True:
        t = trigger(text, pos)
        if t is None:
            break
        core = t.start()
        quiet = fast and _quiet_before(text, core)
        if quiet and (plain := _plain_count(text, core)) is not None:
            atoms.append(plain)
            pos = plain.end
            continue
        m = None
        before = None if quiet else prefix(text, max(pos, core - 80), core)
        if before is not None and before.start() < core:
            m = master(text, before.start())
            if m is not None and m.end() <= core:
                m = None
        if m is None:
            m = master(text, core)
        if m is None:
            pos = t.end()
            continue
        if m.start("atom") >= 0:
            atom, pos = _read_atom(m, text)
            if atom is not None:
                atoms.append(atom)
        elif m.start("vague") >= 0:
            atoms.append(_read_vague(m))
            pos = m.end()
        else:
            pos = m.end()
        if pos <= m.start():
            pos = m.start() + 1
    return tuple(
        Quantity(
            start=a.start + offset,
            end=a.end + offset,
            text=text[a.start : a.end],
            interval=a.interval or _interval(a.value, a.kind),
            unit=a.unit,
        )
        for a in _combine(atoms, text)
    )
