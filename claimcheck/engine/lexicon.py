"""The measure words of a suite: every term that competes for numbers.

Each literal term knows the kinds of quantity its claims take (a count, or a
unit's dimension), so that units steer binding (see
:mod:`claimcheck.engine.binding`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from claimcheck.engine.numbers.units import dimension
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS, PhraseScanner, Term, Terms, normalize

__all__ = [
    "COUNT",
    "GENERIC_MEASURES",
    "Lexicon",
    "build_lexicon",
    "kind_of",
    "term_key",
]

#: Event words that always compete for numbers (see the module docstring).
GENERIC_MEASURES = [
    "killed",
    "died",
    "dead",
    "deaths",
    "death",
    "toll",
    "wounded",
    "injured",
    "injuries",
    "hurt",
    "arrested",
    "detained",
    "captured",
    "missing",
    "displaced",
    "evacuated",
    "rescued",
    "executed",
    "infected",
    "hospitalized",
    "hospitalised",
    "sentenced",
    "charged",
    "deployed",
    "sent",
    "fled",
    "affected",
    "votes",
    "voted",
    "elected",
    "seats",
]


#: what a plain count is, beside the dimensions of units ("area", "percent")
COUNT = "count"
_SEPARATORS = lazy(r"[\s\-‐-―]+")


def term_key(text: str) -> str:
    """A term or a hit as the lexicon files it: folded, one space between words."""
    return _SEPARATORS.sub(" ", normalize(text).strip())


def kind_of(unit: str | None) -> str:
    """What a quantity in ``unit`` is: a count, or the unit's dimension."""
    if unit is None:
        return COUNT
    return dimension(unit) or unit


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    """Every measure word that competes for numbers.

    Literal terms (nearly all) are found by a :class:`PhraseScanner`; a suite
    with regular-expression measure terms runs one pattern instead.  At each
    position the longest term wins.  Each literal term knows the kinds of
    quantity its claims take (:func:`kind_of`), so units steer binding.
    """

    #: the literal terms, when no term is a regular expression
    scanner: PhraseScanner | None
    #: every term as one pattern, when some term is a regular expression
    pattern: regex.Pattern[str] | None
    #: identifies the lexicon in cache keys
    key: str
    #: the kinds each literal term takes, by its folded text
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    #: the same for terms ending in ``*``, by their folded stem
    stems: tuple[tuple[str, frozenset[str]], ...] = ()
    #: folded terms that only the built-in event words hold
    generic: frozenset[str] = frozenset()
    #: kinds of the words looked up so far, as written
    _seen: dict[str, frozenset[str] | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    def spans(
        self,
        text: str,
        start: int,
        *,
        timeout: float | None = None,
        folded: str | None = None,
    ) -> list[tuple[int, int]]:
        """Every (start, end) of a measure word in ``text[start:]``."""
        if self.pattern is None:
            assert self.scanner is not None
            return self.scanner.spans(text, start, folded=folded)
        return [m.span() for m in self.pattern.finditer(text, start, timeout=timeout)]

    def kinds_of(self, word: str) -> frozenset[str] | None:
        """The kinds the measure word ``word`` takes (``None``: any)."""
        if word in self._seen:
            return self._seen[word]
        key = term_key(word)
        found = self.kinds.get(key)
        if found is None:
            found = next((k for stem, k in self.stems if key.startswith(stem)), None)
        self._seen[word] = found
        return found

    def is_generic(self, word: str) -> bool:
        """Whether ``word`` is a built-in event word that no claim uses."""
        return bool(self.generic) and term_key(word) in self.generic


def build_lexicon(
    measures: Iterable[Terms | tuple[Terms, str | None]],
) -> Lexicon:
    """The measure terms of a suite and the generic ones, matched as one.

    Each measure may come with its claim's unit, so that the lexicon knows
    which kinds of quantity each term takes; a measure given alone takes any.
    """
    kinds: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    terms: set[Term] = set()
    anything = {"*"}
    for item in measures:
        measure, unit = item if isinstance(item, tuple) else (item, None)
        takes = {kind_of(unit)} if isinstance(item, tuple) else anything
        for t in measure.spellings:
            terms.add(t)
            if t.is_regex:
                continue
            if t.text.endswith("*"):
                stems.setdefault(term_key(t.text[:-1]), set()).update(takes)
            else:
                kinds.setdefault(term_key(t.text), set()).update(takes)
    suite = set(kinds)
    for word in GENERIC_MEASURES:
        kinds.setdefault(term_key(word), set()).add(COUNT)
    terms |= set(Terms.of(GENERIC_MEASURES).terms)
    phrases = sorted(t.text for t in terms if not t.is_regex)
    patterns = sorted(t.text for t in terms if t.is_regex)
    scanner = PhraseScanner.of(phrases)
    frozen = {k: frozenset(v) for k, v in kinds.items() if "*" not in v}
    frozen_stems = tuple(
        sorted((k, frozenset(v)) for k, v in stems.items() if "*" not in v)
    )
    common = {
        "kinds": frozen,
        "stems": frozen_stems,
        "generic": frozenset(term_key(w) for w in GENERIC_MEASURES) - suite,
    }
    kinds_key = repr(sorted((k, sorted(v)) for k, v in frozen.items()))
    kinds_key += repr(frozen_stems)
    if patterns:
        source = "|".join([scanner.verbatim.pattern, *(f"(?:{p})" for p in patterns)])
        return Lexicon(
            scanner=None,
            pattern=regex.compile(source, FLAGS),
            key=source + kinds_key,
            **common,  # type: ignore[arg-type]
        )
    return Lexicon(
        scanner=scanner,
        pattern=None,
        key=scanner.verbatim.pattern + kinds_key,
        **common,  # type: ignore[arg-type]
    )
