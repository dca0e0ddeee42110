"""Hostile articles: inputs no newsroom writes, read at what cost per character.

``python benchmarks/hostile.py [CHARS ...]`` prints, for each hostile input
built at about CHARS characters (default 20,000 and 80,000), its size, the
CPU time of reading it (``parse_article`` and ``index_article`` with every
paragraph read) and its characters per second.

Each input stresses one part of the engine: a long list of number words
(the number grammar, one figure a word), a single line of prose with no
full stop (sentences cut at their length limit, dozens of figures each),
one run of digits, numbers joined by thousands of "and"s, brackets and
quotation marks nested deep, number words joined by "and", and scale words
one after another.  The ``hostile`` phase of ``benchmarks/run.py`` reports
the slowest of them beside the seed articles, and
``tests/test_hostile_scaling.py`` checks that each costs time linear in its
size.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

#: number words as a list of them reads ("one two three ... twelve")
_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_SCALES = ("million", "thousand", "hundred")
#: a sentence of wire copy, repeated with no full stop between
_PROSE = "The storm killed 12 people and injured 30 more in the town "


def _number_words(size: int) -> str:
    return " ".join(_WORDS[i % len(_WORDS)] for i in range(size // 5)) + "\n"


def _one_line(size: int) -> str:
    return _PROSE * max(1, size // len(_PROSE))


def _digits(size: int) -> str:
    return "Killed " + "1234567890" * (size // 10) + " people.\n"


def _ands(size: int) -> str:
    return "Killed " + " and ".join(str(i % 97) for i in range(size // 7)) + ".\n"


def _brackets(size: int) -> str:
    depth = size // 2
    return "Killed " + "(" * depth + "12 people" + ")" * depth + "\n"


def _quotes(size: int) -> str:
    depth = size // 4
    return "Killed " + "\u201c'" * depth + "12 people" + "'\u201d" * depth + "\n"


def _worded_ands(size: int) -> str:
    words = " and ".join(_WORDS[i % len(_WORDS)] for i in range(size // 9))
    return words + " were killed\n"


def _scales(size: int) -> str:
    words = " ".join(_SCALES[i % len(_SCALES)] for i in range(size // 8))
    return words + " were killed\n"


#: each hostile input by name, built at about a given number of characters
INPUTS: dict[str, Callable[[int], str]] = {
    "number words": _number_words,
    "one line": _one_line,
    "digits": _digits,
    "ands": _ands,
    "brackets": _brackets,
    "quotes": _quotes,
    "worded ands": _worded_ands,
    "scale words": _scales,
}


def hostile_texts(size: int) -> Iterator[tuple[str, str]]:
    """Each hostile input by name, at about ``size`` characters."""
    for name, build in INPUTS.items():
        yield name, build(size)


def lexicon() -> Any:
    """A suite's measure words, some of which the inputs hold."""
    from claimcheck.engine.index import build_lexicon
    from claimcheck.engine.terms import Terms

    return build_lexicon([(Terms.of([w]), None) for w in ("killed", "injured")])


def index_seconds(
    text: str,
    lexicon: Any,
    *,
    rounds: int = 1,
    clock: Callable[[], float] = time.process_time,
) -> float:
    """The least time (CPU time unless ``clock`` says otherwise) of
    ``rounds`` readings of ``text``, every paragraph read (as ``claimcheck
    extract`` reads them)."""
    from claimcheck.engine.articles import parse_article
    from claimcheck.engine.index import index_article

    data = text.encode()
    best = float("inf")
    for _ in range(rounds):
        start = clock()
        index_article(parse_article(data, path="hostile.txt"), lexicon, read_all=True)
        best = min(best, clock() - start)
    return best


def measure(
    size: int, *, rounds: int = 1, clock: Callable[[], float] = time.process_time
) -> dict[str, int]:
    """Characters per second of each hostile input at about ``size``
    characters (the number grammar compiled first, apart), timed by
    ``clock``."""
    words = lexicon()
    for _, text in hostile_texts(500):  # every pattern compiles at first use
        index_seconds(text, words)
    return {
        name: round(
            len(text)
            / max(index_seconds(text, words, rounds=rounds, clock=clock), 1e-9)
        )
        for name, text in hostile_texts(size)
    }


def main(argv: list[str]) -> int:
    for size in [int(a) for a in argv] or [20_000, 80_000]:
        for name, speed in measure(size).items():
            print(f"{size:>9,} {name:<14} {speed:>12,} chars/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
