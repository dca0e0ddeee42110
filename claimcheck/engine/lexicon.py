"""The measure words of a suite: every term that competes for numbers.

Each literal term knows the kinds of quantity its claims take (a count, or a
unit's dimension), so that units steer binding (see
:mod:`claimcheck.engine.binding`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from claimcheck.engine.activeverbs import active_measure, noun_guard
from claimcheck.engine.durations import TIME_WORDS
from claimcheck.engine.numbers.units import canonical_unit, dimension
from claimcheck.engine.paraphrases import (
    HEDGES,
    Guard,
    guard_of,
    guarded_forms,
)
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import (
    FLAGS,
    PhraseScanner,
    Term,
    Terms,
    normalize,
    word_forms,
)
from claimcheck.engine.wordsearch import WordTable

__all__ = [
    "COUNT",
    "GENERIC_MEASURES",
    "Lexicon",
    "build_lexicon",
    "kind_of",
    "monthly_sum",
    "names_noun",
    "term_key",
    "yearly_sum",
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


#: the hyphens that join a number to a measure noun ("a 40-vehicle pile-up")
_HYPHENS = ("-", "‐", "‑")
#: what a plain count is, beside the dimensions of units ("area", "percent")
COUNT = "count"
_SEPARATORS = lazy(r"[\s\-‐-―]+")


def term_key(text: str) -> str:
    """A term or a hit as the lexicon files it: folded, one space between words."""
    return _SEPARATORS.sub(" ", normalize(text).strip())


def kind_of(unit: str | None) -> str:
    """What a quantity in ``unit`` is: a count, or the unit's dimension (a
    sum a year is a sum: see :func:`yearly_sum`)."""
    if unit is None:
        return COUNT
    unit = yearly_sum(unit)
    if unit.startswith("currency:") and unit.endswith("/mo"):
        # "a pension of 1,200 euros a month": bound as a sum, compared only
        # for a claim on a monthly sum (see :func:`monthly_sum`)
        unit = unit[: -len("/mo")]
    return dimension(unit) or unit


def monthly_sum(unit: str, claim_unit: str, description: str) -> bool:
    """Whether a sum a month (``unit``, "1,200 euros a month") is the figure
    of a claim in ``claim_unit`` whose line (``description``) is on a sum a
    month ("The minimum monthly pension", "rent a month")."""
    return unit == f"{claim_unit}/mo" and "month" in description.casefold()


def yearly_sum(unit: str) -> str:
    """The sum ``unit`` is a year of, else ``unit`` itself.

    "The plan will save 15 billion euros a year": news tells a yearly sum
    (a saving, a cost, a budget) as the sum, and a claim on "savings of 15
    billion euros" reads it so; no other rate of money is a sum ("$20 an
    hour")."""
    if unit.startswith("currency:") and unit.endswith("/yr"):
        return unit[: -len("/yr")]
    return unit


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
    #: a number joined to a one-word measure noun in either number ("a
    #: 40-vehicle pile-up"), where the paragraph may hold no measure word
    compounds: regex.Pattern[str] | None = None
    #: (verb, noun) of each two-word term naming a noun and the verb done to
    #: it ("flights cancelled"), both folded, the noun in either number: the
    #: verb's object counts for the verb ("cancelled 700 flights")
    objects: frozenset[tuple[str, str]] = frozenset()
    #: folded measure words that count only beside their guard ("claimed 97
    #: lives", not "97 lives were saved": see :mod:`claimcheck.engine.paraphrases`)
    guards: dict[str, Guard] = field(default_factory=dict)
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
        words: Callable[[], WordTable] | None = None,
    ) -> list[tuple[int, int]]:
        """Every (start, end) of a measure word in ``text[start:]``.

        ``words`` gives the table of the words of ``folded`` from ``start``
        on (:class:`claimcheck.engine.wordsearch.WordTable`) when the caller
        keeps one; it is asked for only when the measure words can be looked
        up there.
        """
        if self.pattern is None:
            assert self.scanner is not None
            table = None
            if (
                self.scanner.words is not None
                and folded is not None
                and len(folded) == len(text)
            ):
                # cutting the text into words once and looking the measure
                # words up costs about half of the trie run at every position
                table = WordTable(folded, start) if words is None else words()
            found = self.scanner.spans(text, start, folded=folded, table=table)
        else:
            found = [
                m.span() for m in self.pattern.finditer(text, start, timeout=timeout)
            ]
        if self.guards:
            found = [h for h in found if self._beside_guard(text, h)]
        return found

    def _beside_guard(self, text: str, hit: tuple[int, int]) -> bool:
        """Whether ``hit`` is no guarded word, or stands beside its guard."""
        word = text[hit[0] : hit[1]].casefold()
        if not word.isalpha():  # "moved  out", "Take-the-lives": fold as keys are
            word = term_key(word)
        guard = self.guards.get(word)
        return guard is None or guard.holds(text, hit[0], hit[1])

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

    def joins_noun(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` joins a word to a measure noun by a
        hyphen ("a 40-vehicle pile-up")."""
        if self.compounds is None:
            return False
        # every match opens with a hyphen: most paragraphs hold none
        find = text.find
        if all(find(hyphen, start, end) < 0 for hyphen in _HYPHENS):
            return False
        return any(
            text[m.start() - 1 : m.start()].isalnum()
            for m in self.compounds.finditer(text, start, end)
        )

    def names_object(self, verb: str, noun: str) -> bool:
        """Whether a term of the suite names ``noun`` with ``verb`` after it
        ("flights cancelled" for "cancelled 700 flights")."""
        return bool(self.objects) and (term_key(verb), noun.casefold()) in self.objects

    def is_generic(self, word: str) -> bool:
        """Whether ``word`` is a built-in event word that no claim uses."""
        return bool(self.generic) and term_key(word) in self.generic


def names_noun(measure: Terms, noun: str) -> bool:
    """Whether a literal term of ``measure`` is ``noun`` in either number
    ("vehicles" for the "vehicle" of "a 40-vehicle pile-up")."""
    forms = {noun.casefold(), *word_forms(noun.casefold())}
    return any(not t.is_regex and t.text.casefold() in forms for t in measure.spellings)


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
    #: words a measure holds only as a guarded wording, and words held plainly
    guarded: set[str] = set()
    plain: set[str] = set()
    #: the verbs of noun-and-verb terms told in the active, with their nouns
    active: dict[str, set[str]] = {}
    active_kinds: dict[str, set[str]] = {}
    for item in measures:
        measure, unit = item if isinstance(item, tuple) else (item, None)
        takes = {kind_of(unit)} if isinstance(item, tuple) else anything
        guarding = guarded_forms(measure)
        if (done := active_measure(measure)) is not None:
            # "Airlines cancelled 1,850 flights" for "flights cancelled"
            for verb, done_to in done.nouns_of.items():
                active.setdefault(verb, set()).update(done_to)
                active_kinds.setdefault(verb, set()).update(takes)
        for t in measure.spellings:
            terms.add(t)
            if t.is_regex:
                continue
            if t.text.endswith("*"):
                stems.setdefault(term_key(t.text[:-1]), set()).update(takes)
            else:
                key = term_key(t.text)
                kinds.setdefault(key, set()).update(takes)
                if key in guarding:
                    guarded.add(key)
                else:
                    plain.add(key)
    # a verb some claim measures by already keeps its own reading
    active = {verb: done_to for verb, done_to in active.items() if verb not in kinds}
    terms.update(Term(text=verb) for verb in active)
    for verb in active:
        kinds[verb] = active_kinds[verb]
    suite = set(kinds)
    nouns = {
        form
        for key in suite
        if " " not in key and key.isalpha()
        for form in (key, *word_forms(key))
    }
    if any(dimension(canonical_unit(noun) or "") == "time" for noun in nouns):
        # "a 48-hour stoppage" for a claim measuring days
        nouns |= TIME_WORDS
    generic = [*GENERIC_MEASURES, *HEDGES]
    for word in generic:
        kinds.setdefault(term_key(word), set()).add(COUNT)
    terms |= set(Terms.of(generic).terms)
    phrases = sorted(t.text for t in terms if not t.is_regex)
    patterns = sorted(t.text for t in terms if t.is_regex)
    scanner = PhraseScanner.of(phrases)
    frozen = {k: frozenset(v) for k, v in kinds.items() if "*" not in v}
    frozen_stems = tuple(
        sorted((k, frozenset(v)) for k, v in stems.items() if "*" not in v)
    )
    objects = frozenset(
        (verb, form)
        for key in suite
        if key.count(" ") == 1
        for noun, verb in [key.split(" ")]
        if noun.isalpha() and verb.isalpha()
        for form in (noun, *word_forms(noun))
    ) | {(verb, noun) for verb, done_to in active.items() for noun in done_to}
    common = {
        "objects": objects,
        "kinds": frozen,
        "stems": frozen_stems,
        "generic": frozenset(term_key(w) for w in generic) - suite,
        "guards": {
            key: guard
            for key in guarded - plain
            if (guard := guard_of(key)) is not None
        }
        | {verb: noun_guard(done_to) for verb, done_to in active.items()},
        "compounds": regex.compile(
            "[" + "".join(_HYPHENS) + "](?:" + "|".join(sorted(nouns)) + r")\b", FLAGS
        )
        if nouns
        else None,
    }
    kinds_key = repr(sorted((k, sorted(v)) for k, v in frozen.items()))
    kinds_key += repr(frozen_stems) + repr(sorted(guarded - plain))
    kinds_key += repr(sorted(objects))
    if patterns:
        source = "|".join([scanner.verbatim_source, *(f"(?:{p})" for p in patterns)])
        return Lexicon(
            scanner=None,
            pattern=regex.compile(source, FLAGS),
            key=source + kinds_key,
            **common,  # type: ignore[arg-type]
        )
    return Lexicon(
        scanner=scanner,
        pattern=None,
        key=scanner.verbatim_source + kinds_key,
        **common,  # type: ignore[arg-type]
    )
