"""Common news measures worded otherwise: "took the lives of 97", "40 remain
unaccounted for", "brought 12 to safety".

An analyst names a measure by a word or two (``measure: [killed]``); reports
put the same count in many other words.  For the measures news counts most
often (deaths, injuries, the missing, the rescued, the evacuated, the
displaced, buildings destroyed, arrests, turnout, a disease's cases, the
hospitalised, job cuts, prison terms, fines) this module holds a table
of such wordings, and a claim whose measure names one of those measures
(by a head word, in any inflection: ``killed``, ``death toll``,
``fatalities``) takes them as measure words of its own
(:func:`paraphrased`).

Most wordings are phrases the binding rule already reads (``97 perished``
is a subject, ``took the lives of 97`` an object).  A few are a verb whose
number stands between it and the words that give it its sense: ``claimed 97
lives`` (but ``97 lives were saved``), ``brought 12 to safety`` (but
``brought 12 charges``), ``ordered 9,500 residents to leave``.  Such a word
is a measure word only where those words follow or precede it (its
*guard*, see :func:`guard_of`); the lexicon drops its other occurrences.

Counted nouns keep their meaning: ``killed 97 cattle`` counts cattle, so it is
no evidence for a claim counting people, as for any measure word.  Hedged
wordings (``feared dead``, ``presumed dead``) are built-in event words of
their own (:data:`HEDGES`), so a figure bound to them counts for no claim.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from claimcheck.engine.newsmeasures import HEDGES, MEASURES, NewsMeasure
from claimcheck.engine.terms import FLAGS, Term, Terms, phrase_forms, word_forms

__all__ = [
    "HEDGES",
    "MEASURES",
    "NewsMeasure",
    "guard_of",
    "guarded_forms",
    "guarded_words",
    "measures_named",
    "news_measures_of",
    "paraphrased",
    "written",
]


@functools.cache
def _head_forms() -> dict[str, tuple[NewsMeasure, ...]]:
    """Every spelling of every head word, with the measures it names."""
    out: dict[str, list[NewsMeasure]] = {}
    for measure in MEASURES:
        for head in measure.heads:
            for form in {head, *word_forms(head)}:
                out.setdefault(form, []).append(measure)
    return {k: tuple(v) for k, v in out.items()}


def news_measures_of(words: str) -> frozenset[str]:
    """The names of the table's measures a measure word found in an
    article names by one of its words ("were injured": injured; "death
    toll": deaths); none for a word of no such measure ("bodies")."""
    named = _word_measures()
    return frozenset(
        name for word in words.casefold().split() for name in named.get(word, ())
    )


@functools.cache
def _word_measures() -> dict[str, frozenset[str]]:
    """Every spelling of every head word and one-word phrase of the table,
    with the names of the measures it counts ("detained": arrested)."""
    out: dict[str, set[str]] = {}
    for measure in MEASURES:
        words = {*measure.heads, *(p for p in measure.phrases if " " not in p)}
        for word in words:
            for form in {word, *word_forms(word)}:
                out.setdefault(form, set()).add(measure.name)
    return {k: frozenset(v) for k, v in out.items()}


def measures_named(terms: Terms) -> tuple[NewsMeasure, ...]:
    """The table's measures that a literal term of ``terms`` names by a word.

    A term of more than three words is a description, not a name ("soldiers
    who later died of their wounds"), and names none; so does one joining
    two measures ("dead or injured").
    """
    heads = _head_forms()
    found: list[NewsMeasure] = []
    for term in terms.terms:
        words = term.text.casefold().split()
        # "dead or injured" names two measures at once, so neither
        if term.is_regex or len(words) > 3 or {"or", "and"} & set(words):
            continue
        for measure in MEASURES:
            if term.text.casefold() in measure.names and measure not in found:
                found.append(measure)
        for word in words:
            for measure in heads.get(word, ()):
                if measure not in found:
                    found.append(measure)
    return tuple(found)


def guarded_words(measure: NewsMeasure) -> tuple[str, ...]:
    """The words of ``measure`` that count it only beside their guard."""
    return tuple(w for words, _ in (*measure.after, *measure.before) for w in words)


def _forms(word: str) -> set[str]:
    """Every spelling of a guarded word or phrase, as a measure word has."""
    return {word, *phrase_forms(word, counted=True)}


def written(terms: Terms) -> tuple[Term, ...]:
    """The terms a claim wrote itself: ``terms`` less the table's wordings
    :func:`paraphrased` added after them."""
    for count in range(1, len(terms.terms) + 1):
        own = terms.terms[:count]
        if paraphrased(Terms(terms=own)).terms == terms.terms:
            return own
    return terms.terms


@functools.cache
def guarded_forms(terms: Terms) -> frozenset[str]:
    """Every spelling of the guarded words ``terms`` takes from the table
    (a word the claim wrote itself, "pulled", stays a plain measure word)."""
    own = {
        form
        for term in written(terms)
        if not term.is_regex
        for form in _forms(term.text.casefold())
    }
    return frozenset(
        form
        for measure in measures_named(terms)
        for word in guarded_words(measure)
        for form in _forms(word)
        if form not in own
    )


@functools.cache
def paraphrased(terms: Terms) -> Terms:
    """``terms`` with the wordings of each common news measure it names.

    The added phrases follow the claim's own (which keep their order, so
    reports still name the measure as the analyst did); ``terms`` naming
    none of those measures come back unchanged.
    """
    named = measures_named(terms)
    if not named:
        return terms
    have = {t.text.casefold() for t in terms.terms}
    extra: list[Term] = []
    for measure in named:
        for phrase in (*measure.phrases, *guarded_words(measure)):
            if phrase not in have:
                have.add(phrase)
                extra.append(Term(text=phrase))
    if not extra:
        return terms
    return Terms(
        terms=terms.terms + tuple(extra), name=terms.name, inflect=terms.inflect
    )


@dataclass(frozen=True, slots=True)
class Guard:
    """What must stand beside a guarded word for it to count."""

    after: regex.Pattern[str] | None
    before: regex.Pattern[str] | None

    def holds(self, text: str, start: int, end: int) -> bool:
        """Whether the word at ``text[start:end]`` stands beside its guard."""
        if self.after is not None and self.after.match(text, end):
            return True
        return self.before is not None and bool(
            self.before.search(text, max(0, start - 80), start)
        )


@functools.cache
def _guards() -> dict[str, Guard]:
    patterns: dict[str, tuple[list[str], list[str]]] = {}
    for measure in MEASURES:
        for side, rules in (("after", measure.after), ("before", measure.before)):
            for words, pattern in rules:
                for word in words:
                    for form in _forms(word):
                        after, before = patterns.setdefault(form, ([], []))
                        kept = after if side == "after" else before
                        # several words of one rule share a spelling ("lost"
                        # of "lose" and of "lost"): an alternative twice
                        # matches as once, but the engine tries it again
                        # where it fails (four times "lost"'s cost an article)
                        if pattern not in kept:
                            kept.append(pattern)
    return {
        form: Guard(
            after=regex.compile("|".join(after), FLAGS) if after else None,
            before=regex.compile("(?:" + "|".join(before) + ")", FLAGS)
            if before
            else None,
        )
        for form, (after, before) in patterns.items()
    }


def guard_of(word: str) -> Guard | None:
    """The guard of a folded measure word, if the table guards it."""
    return _guards().get(word)
