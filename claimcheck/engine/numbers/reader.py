"""Number expressions in text -> Quantity, with the Interval they allow.

The vocabulary and patterns live in :mod:`.vocabulary`, the value of a chain
of number words in :mod:`.words`; this module reads the matches, joins ranges
and two-sided bounds, and keeps plain digits on a fast path.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import regex

from claimcheck.engine.numbers import forms
from claimcheck.engine.numbers import units as _units
from claimcheck.engine.numbers.cores import Cores
from claimcheck.engine.numbers.currencies import CURRENCY_WORDS
from claimcheck.engine.numbers.hedged import hedged_count, plain_vague
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.invisible import through_invisible
from claimcheck.engine.numbers.lonegroups import MILLION_NOUN, decimal_for
from claimcheck.engine.numbers.ordinals import FRACTION_FOLLOW
from claimcheck.engine.numbers.periods import worded_periods
from claimcheck.engine.numbers.placeover import placed_over
from claimcheck.engine.numbers.plain import (
    RANGE_DASHES,
    one_word_unit,
    plain_count,
    quiet_before,
    scale_of,
    unit_of,
)
from claimcheck.engine.numbers.plainwords import NO_ONE, ONE_ANOTHER, plain_word
from claimcheck.engine.numbers.pointwords import worded_points
from claimcheck.engine.numbers.ranges import VAGUE_KIND, Atom, combine, interval_of
from claimcheck.engine.numbers.rate import rate_at
from claimcheck.engine.numbers.shortcuts import list_item, no_count_at
from claimcheck.engine.numbers.spreadover import spread_over
from claimcheck.engine.numbers.vocabulary import (
    ABOUT,
    AGE,
    AT_LEAST,
    BETWEEN,
    CODE_SCALE,
    COUNT_WORDS,
    FROM,
    HEDGES,
    LESS,
    MASTER,
    MASTER_REACH,
    MORE,
    POINT,
    PREFIX,
    SCALES,
    UP_TO,
    VAGUE,
    Hedge,
)
from claimcheck.engine.numbers.words import (
    cents_value,
    evaluate,
    join_kind,
    token,
)
from claimcheck.engine.slotinit import slot_init

__all__ = ["Quantity", "read_quantities"]


@slot_init
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


# ---------------------------------------------------------- reading one match

_HEDGE_KIND = {name: kind for name, (kind, _) in HEDGES.items()}
_END_CLAUSE = regex.compile(r"\s*(?:[.,;:!?)\]]|$)")
_LONE_GROUP = regex.compile(r"[1-9]\d{0,2}[.,]\d{3}")
_POINTS = regex.compile(r"(?i)points?|pts")
_PERCENT_NEAR = regex.compile(r"%|\bper\s?cent|\bpercentage\b", regex.IGNORECASE)
_AMBIGUOUS_UNITS = frozenset(
    "currency:" + _units.CURRENCY_PREFIXES[s] for s in _units.AMBIGUOUS_SYMBOLS
)
_TEMPERATURE_NEAR = regex.compile(
    r"°|\b(?:celsius|fahrenheit|kelvin|temperatures?)\b", regex.IGNORECASE
)
_WORD = regex.compile(r"\p{L}+")
# what a telephone number in brackets goes on with: "(555) 123", "(555-123"
_PHONE_AFTER = regex.compile(r"\d{3}\)?[\s.-]\d{3}")


def _suffix_kind(m: regex.Match[str], kind: Hedge) -> Hedge:
    if m.start("p_more") >= 0 or m.start("p_plus") >= 0:
        return AT_LEAST
    if m.start("p_less") >= 0:
        return UP_TO
    if m.start("p_about") >= 0:
        return ABOUT
    # "or equal": the comparison before it becomes inclusive.
    return {MORE: AT_LEAST, LESS: UP_TO}.get(kind, kind)


def _read_atom(m: regex.Match[str], text: str, article: str) -> tuple[Atom | None, int]:
    """The quantity a match states, and where reading goes on."""
    els = m.captures("el")
    spans = m.spans("el")
    joins = m.captures("j")
    toks = [
        token(el, decimal_for(el, m, text, article))
        if _LONE_GROUP.fullmatch(el)
        else token(el)
        for el in els
    ]
    over_ok = bool(
        joins
        and "over" in {join_kind(j) for j in joins}
        and _END_CLAUSE.match(text, m.end("chain"))
    )
    ratio_ok = m.start("cur") < 0 and m.start("unit") < 0
    read = evaluate(toks, joins, over_ok, ratio_ok)
    if read is None:
        return None, spans[0][1]
    value, used, scale, singular, share = read
    whole = used == len(toks)
    end = m.end() if whole else spans[used - 1][1]
    next_pos = end if whole else spans[used][0]
    start = m.start()
    kind = POINT
    if m.start("pre") >= 0:
        kind = next(k for name, k in _HEDGE_KIND.items() if m.start(name) >= 0)
        if kind == MORE and (
            spread_over(text, m.start("pre"), m.end("pre"), m.end())
            # "distributed over 19 states": where the count lies
            or placed_over(text, m.start("pre"), m.end("pre"))
        ):
            kind, start = POINT, m.end("pre")  # "500 hours over 154 crossings"
    if m.start("neg") >= 0:
        value = -value
    unit = None
    surface = ""
    has_unit = whole and m.start("unit") >= 0
    if has_unit and forms.unit_not_meant(m, text):
        has_unit = False
        end = next_pos = m.end("chain")
    if has_unit:
        if m.start("inch") >= 0:
            value += float(m.group("inch")) / 12
            unit = "ft"
        elif m.start("mcode") >= 0:
            value *= 1e6 if m.group("mcode") == "M" else 1e3
            unit = "currency:" + m.group("code")
        elif m.start("inq") >= 0:
            unit = "in"
        elif m.start("freq") >= 0:
            unit = "1/" + (unit_of(m.group("freq")) or "")
        else:
            surface = m.group("u")
            unit = unit_of(surface)
            if m.start("cent") >= 0:
                value += cents_value(m.group("cent")) / 100
                if unit == "lb":  # pounds and pence
                    unit = "currency:GBP"
            elif m.start("inv") >= 0 and unit is not None:
                unit = "1/" + unit  # "4e14 s-1"
            elif surface == "°" and (scale_unit := forms.degree_scale(text, end)):
                unit, end = scale_unit  # "−273.15° on the Celsius scale"
                next_pos = end
            elif surface.lower() in _units.SUBUNITS:
                code, part = _units.SUBUNITS[surface.lower()]
                value *= part
                unit = "currency:" + code
            elif (
                unit == "pp"
                and _POINTS.match(m.group("u"))
                and not _PERCENT_NEAR.search(text)
            ):
                # points are percentage points only among percentages
                unit = None
                end = m.end("chain")
        if (
            surface in _units.CURRENCY_CODES
            and m.start("post") < 0
            and (scaled := CODE_SCALE.match(text, end))
        ):
            factor = scale_of(scaled.group("uscale"))
            value *= factor
            scale = factor
            end = next_pos = scaled.end()
    elif singular and not FRACTION_FOLLOW.match(text, end):
        # "a third person", "one fifth grade": an ordinal, not a fraction.
        return None, next_pos
    if unit == "lb" and _units.pounds_are_money(text, start, end):
        unit = "currency:GBP"  # "361 million pounds" of profit
    elif unit in _AMBIGUOUS_UNITS and m.group("u") in _units.AMBIGUOUS_SYMBOLS:
        unit = "currency:" + _units.article_currency(m.group("u"), article)
    if m.start("cur") >= 0:
        symbol = m.group("cur").strip()
        code, factor = forms.currency_code(symbol)
        if factor != 1:  # "MEUR 60"
            value *= factor
            scale = factor
        if symbol in _units.AMBIGUOUS_SYMBOLS:
            code = _units.article_currency(symbol, article)
        if unit == "m":  # "£300m": million, not metres
            value *= 1e6
            scale = 1e6
        if unit is None or unit == "m" or not unit.startswith("currency:"):
            unit = "currency:" + code
    if (
        unit == "m"
        and m.start("u") >= 0
        and text[m.start("u") - 1 : m.start("u")].isdigit()
        and (noun := MILLION_NOUN.match(text, end))
    ):
        # "1.3m votes", "2m people": millions of a counted thing, not metres;
        # "3m euros", "1m roubles": millions of the currency the word names
        value *= 1e6
        word = noun.group().strip().casefold()
        unit = CURRENCY_WORDS.get(word) or CURRENCY_WORDS.get(word[:-1])
        if unit is not None:
            end = next_pos = noun.end()
    if whole and m.start("post") >= 0:
        kind = _suffix_kind(m, kind)
    elif not whole:
        end = spans[used - 1][1]
    if (
        whole
        and unit is not None
        and "/" not in unit
        and m.start("post") < 0
        and (rate := rate_at(text, end))
        # "a"/"an" makes a price ("$90 a barrel"); other amounts keep their
        # unit (production "fell by 500,000 barrels a day")
        and (
            unit.startswith("currency:")
            or rate.group("per").strip().lower() not in ("a", "an")
        )
        and (denominator := unit_of(rate.group("pu"))) is not None
    ):
        unit = unit + "/" + denominator
        end = next_pos = rate.end()
    if kind == AGE and unit is None:
        unit = "yr"
    if unit is None and kind == POINT:
        if (opens := forms.percent_before(text, start, end)) is not None:
            start, unit = opens, "%"  # "percent of 10"
        elif forms.absolute_zero(text, start, els):
            unit = "K"
    if share and unit is None:
        unit = "share"
    if (
        unit is None
        and scale == 1e3
        and els[-1].endswith("K")
        and "." in els[-1]
        and _TEMPERATURE_NEAR.search(text)
    ):
        value /= 1e3  # "573.15K" among temperatures: kelvin, not thousands
        unit = "K"
    if not math.isfinite(value):
        return None, next_pos
    if (
        kind == POINT
        and unit is None
        and used == 1
        and els[0].lower() == "one"
        and (
            NO_ONE.search(text, max(0, start - 8), start)
            or ONE_ANOTHER.match(text, end)
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
    return Atom(
        start=start,
        end=end,
        value=value,
        kind=kind,
        unit=unit,
        scale=scale,
        yearlike=yearlike,
    ), next_pos


_VAGUE_BASE = SCALES | {"hundred": 100.0, "dozen": 12.0}


def _read_vague(m: regex.Match[str], text: str) -> Atom:
    end, unit = m.end(), None
    if m.start("vc") >= 0:
        # "both", "a pair of": closed; "a couple of weeks" takes the unit
        words = m.group("vc").lower().split()
        low, high = COUNT_WORDS[words[0] if words[0] == "both" else words[1]]
        if m.start("vcs") >= 0:
            base = _VAGUE_BASE[m.group("vcs").lower()]
            low, high = low * base, high * base
        elif (after := one_word_unit(text, end)) is not None:
            unit, end = after
        atom = Atom(start=m.start(), end=end, value=low, kind=VAGUE_KIND, unit=unit)
        atom.interval = Interval(low=low, high=high)
        return atom
    if m.start("vs") >= 0:
        base = _VAGUE_BASE[m.group("vs").lower()]
        if m.start("vs2") >= 0:
            base *= _VAGUE_BASE[m.group("vs2").lower()]
        low, high = 2 * base, 10 * base
    else:
        low, high = VAGUE[" ".join(m.group("vw").lower().split())]
    atom = Atom(start=m.start(), end=m.end(), value=low, kind=VAGUE_KIND, unit=None)
    atom.interval = Interval(low=low, high=high, high_inclusive=False)
    return atom


@through_invisible  # "2\u200b12" is 212, its span covering the zero-width space
def read_quantities(
    text: str, *, offset: int = 0, article: str | None = None
) -> tuple[Quantity, ...]:
    """Every quantity stated in ``text``, in order of position.

    Each covers its whole expression (hedge, number, scale word, unit) and
    carries the interval the wording allows; see docs/numbers.md for the
    rules.  Years, dates, times, ordinals, phone numbers and identifiers are
    not returned.  ``offset`` is added to every start and end (``text`` being
    a slice of a longer one, ``article``, whose numbers decide whether a lone
    "2.600" is 2.6 or 2,600; ``text`` itself when not given).
    """
    return _read(text, offset, fast=True, article=article)


def _read(
    text: str, offset: int, *, fast: bool, article: str | None = None
) -> tuple[Quantity, ...]:
    whole_text = text if article is None else article
    atoms: list[Atom] = []
    cores = Cores(text)
    trigger = cores.search
    prefix = PREFIX.match
    master = MASTER.match
    pos = 0
    while True:
        t = trigger(pos)
        if t is None:
            break
        core = t.start()
        if no_count_at(text, core, t.end()):
            pos = t.end()
            continue
        if t.lastgroup == "one":
            # "a gallon of": one of a measure, unless a hedge or sign opens it
            if quiet_before(text, core) and (word := _WORD.match(text, t.end())):
                atoms.append(
                    Atom(start=core, end=word.end(), value=1.0, kind=POINT,
                         unit=unit_of(word.group()))
                )  # fmt: skip
            pos = t.end()
            continue
        if (
            fast
            and core > 1
            and text[core - 2].isdigit()
            and (
                plain := plain_count(text, core, whole_text)
                if text[core - 1] in RANGE_DASHES
                else list_item(text, core)
            )
        ):
            # the second number of "300-400", an item of "1,2,3": nothing
            # before it opens it
            atoms.append(plain)
            pos = plain.end
            continue
        quiet = fast and quiet_before(text, core)
        m = None
        before = None if quiet else prefix(text, max(pos, core - 80), core)
        if before is not None and before.start() < core:
            if fast and (plain := hedged_count(text, before.start(), core, whole_text)):
                atoms.append(plain)
                pos = plain.end
                continue
            if (
                fast
                and before.start() == core - 1
                and text[core - 1] == "("
                and not _PHONE_AFTER.match(text, core)
            ):
                # "(380 miles)": from a bracket the pattern reads only a
                # telephone number, so the expression opens at the core
                quiet = True
            elif not (
                fast
                and text[core] in "0123456789"
                and text[before.start() : core].lower() in ("a ", "an ")
            ):
                # from "a" the pattern reads only number words ("a hundred"),
                # so from "a 52-year-old" nothing: the expression opens at 52
                m = master(text, before.start(), core + MASTER_REACH)
            if m is not None and m.end() <= core:
                m = None
        if m is None and fast and (plain := plain_vague(text, core, t.end())):
            atoms.append(plain)
            pos = plain.end
            continue
        if m is None:
            # The expression opens at the core: after whitespace, plain
            # digits or a lone number word need no grammar (but "percent
            # of 10" takes its unit from before it).
            if (
                fast
                and (quiet or text[core - 1].isspace())
                and (
                    (plain := plain_count(text, core, whole_text)) is not None
                    or (plain := plain_word(text, core, t.end())) is not None
                )
                and (
                    plain.unit is not None
                    or forms.percent_before(text, core, plain.end) is None
                )
            ):
                atoms.append(plain)
                pos = plain.end
                continue
            m = master(text, core, core + MASTER_REACH)
        if m is None:
            pos = t.end()
            continue
        if m.start("atom") >= 0:
            atom, pos = _read_atom(m, text, whole_text)
            if atom is not None:
                atoms.append(atom)
        elif m.start("vague") >= 0:
            atoms.append(_read_vague(m, text))
            pos = atoms[-1].end
        else:
            pos = m.end()
        if pos <= m.start():
            pos = m.start() + 1
    return tuple(
        Quantity(
            start=a.start + offset,
            end=a.end + offset,
            text=text[a.start : a.end],
            interval=a.interval or interval_of(a.value, a.kind, a.unit),
            unit=a.unit,
        )
        for a in combine(
            worded_periods(
                worded_points(atoms, text, lower=cores.lower), text, lower=cores.lower
            ),
            text,
        )
    )
