"""Cutting a sentence into clauses: part 1 of the binding rule.

Sentences are cut into clauses at ``;``, ``:``, ``, ``, dashes, a table's or a
fact box's bar ``|``, and before
coordinating or subordinating words (see :mod:`claimcheck.engine.binding`);
a quantity's span is never cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.engine.numbers.reader import Quantity

__all__ = ["clause_cuts", "scope_window"]

# Where clauses break: punctuation, dashes, and the words that open a new
# clause.  The word itself begins the new clause (so "if" stays with what it
# makes hypothetical).  Every break opens with one of the characters of the
# first class, which lets the engine skip to them; the words are written as a
# tree of their letters, so each is tried once (and, but, or not, while,
# whereas, although, though, because, after, before, when, whenever, if,
# unless, until, with, as well as, which, who, whom, whose, where),
# except after "of": "52 passengers, 12 of whom died" is one clause, and
# "with" before a property ("oil with a total mass of 0.7 grams"), which
# tells the noun before it.  "Without" opens none: "215,000 homes were
# without power", "left 8,600 households without electricity" tell the
# state of the noun before it.  A line
# break opens a clause where the line is a fact box's row ("Injuries: 14",
# "Injured | 583"): a row's figure never reaches into the next row.
_CLAUSE_BREAK = re.compile(
    r"""
    [;:,—–|\s]
    (?: (?<=[;:,—–|])(?=\s)
      | (?<=\n)(?=[^\n:|]{1,60}(?::(?!\d)|\s[|–—]\s|\s-\s))
      | (?<=\s)
        (?: [—–]\s | --\s
          | (?<!\bof\s)(?P<word>
              (?: a(?:nd|lthough|fter|s\ well\ as) | b(?:ut|ecause|efore) | or\ not
                | wh(?:ile|ereas|enever|en|ich|om|ose|o|ere) | though
                | with(?!\s+(?:an?\s+)?(?:(?:total|combined|net|gross)\s+)?
                    (?:mass|weight|value|volume)\b)
                | if | un(?:less|til)
              )\b
            )
        )
    )
    """,
    re.X | re.I,
)


def clause_cuts(
    text: str, start: int, end: int, quantities: Sequence[Quantity]
) -> list[int]:
    """Offsets where the clauses of ``text[start:end]`` begin, and ``end``."""
    cuts = [start]
    spans = [(q.start, q.end) for q in quantities]
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        cut = m.start("word") if m.group("word") else m.end()
        for q_start, q_end in spans:
            if q_start < cut < q_end:
                break
        else:
            if cut > cuts[-1]:
                cuts.append(cut)
    if cuts[-1] < end:
        cuts.append(end)
    else:
        cuts[-1] = end
    return cuts


def scope_window(
    text: str,
    clauses: tuple[tuple[int, int], ...],
    ci: int,
    counted: list[int],
) -> int:
    """Where the words that may scope a figure in ``clauses[ci]`` begin: its
    clause, and the fronted clauses before it that end at a comma and hold no
    bound quantity ("In a single hamlet above the ridge, the fire killed 9"),
    or the label of a row right before it ("Evacuated at the peak: 14,000")."""
    start = clauses[ci][0]
    for n, c in enumerate(reversed(clauses[:ci])):
        body = text[c[0] : c[1]].rstrip()
        if not body:
            continue
        if any(c[0] <= s < c[1] for s in counted):
            break
        if n == 0 and body.endswith(":"):
            # a row's label qualifies its figure as a fronted clause would
            return c[0]
        if not body.endswith(","):
            break
        start = c[0]
    return start
