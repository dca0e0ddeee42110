"""Analysts' words and phrases -> one compiled regular expression."""

from __future__ import annotations

import functools
import gzip
import importlib.util
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import regex

from claimcheck.engine.fuzzy import near_spans
from claimcheck.engine.passivewords import passive_forms
from claimcheck.engine.patterns import lazy
from claimcheck.engine.turnedwords import turned_round
from claimcheck.engine.wordsearch import (
    WORD_GAP,
    WordPhrases,
    WordTable,
    trie_pattern,
)
from claimcheck.errors import ClaimcheckError

__all__ = [
    "APOSTROPHES",
    "PhraseScanner",
    "Term",
    "Terms",
    "compile_pattern",
    "every_form",
    "inflected",
    "normalize",
    "phrase_forms",
    "trie_pattern",
    "word_forms",
    "word_lemmas",
]

# Curly and modifier apostrophes read as the ASCII one, so "People's" written
# by an analyst matches "People’s" typeset by an outlet.
APOSTROPHES = "'\u2019\u2018\u02bc\u0060\u00b4"
_APOS_CLASS = "[" + regex.escape(APOSTROPHES) + "]"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"

FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION1


#: each fancy apostrophe and dash with its plain form
_PLAIN = tuple((c, "'") for c in APOSTROPHES if c != "'") + tuple(
    (c, "-") for c in _DASHES if c != "-"
)


def normalize(text: str) -> str:
    """Lower-case ``text`` with apostrophes and dashes made plain."""
    # str.replace per character is some fifteen times faster than
    # str.translate with a mapping over a whole article
    for fancy, plain in _PLAIN:
        if fancy in text:
            text = text.replace(fancy, plain)
    # (ASCII folds as it lowers, and lowering it costs a fraction)
    return text.lower() if text.isascii() else text.casefold()


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    """One word or phrase, or a regular expression when ``is_regex``.

    A phrase matches case-insensitively at word boundaries; spaces and hyphens
    between its words match any run of spaces or hyphens, apostrophes match
    any apostrophe, and a trailing ``*`` matches any word ending.
    """

    text: str
    is_regex: bool = False

    def to_regex(self) -> str:
        if self.is_regex:
            return self.text
        return phrase_regex(self.text)


def phrase_regex(phrase: str) -> str:
    """The regular expression source a literal phrase compiles to."""
    words = regex.split(r"[\s" + _DASHES + r"]+", phrase.strip())
    parts: list[str] = []
    for word in words:
        if not word:
            continue
        stem = word[:-1] if word.endswith("*") and len(word) > 1 else word
        src = "".join(
            _APOS_CLASS if c in APOSTROPHES else regex.escape(c) for c in stem
        )
        if stem is not word:
            src += r"\w*"
        parts.append(src)
    body = (r"[\s" + _DASHES + r"]+").join(parts)
    return rf"(?<!\w){body}(?!\w)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Terms:
    """The words that name one idea, matched as one regular expression."""

    terms: tuple[Term, ...]
    name: str | None = None
    #: each literal phrase matches its inflections too (see :func:`inflected`);
    #: a way of matching the same words, so it does not take part in ==
    inflect: Literal["none", "every", "counted"] = field(default="none", compare=False)
    #: a pattern that every match of the terms contains: where it matches
    #: nowhere, the (costlier) terms are not run
    requires: regex.Pattern[str] | None = field(default=None, compare=False, repr=False)
    #: with ``requires``: every match holds a match of it preceded, within
    #: the match, by at most this many characters other than spaces and
    #: dashes, so the terms are tried only there (see
    #: :mod:`claimcheck.engine.fuzzy`)
    reach: int | None = field(default=None, compare=False, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def names(self, key: str, pattern: regex.Pattern[str]) -> bool:
        """Whether a literal term holds a match of ``pattern`` ("sought",
        "insured limit"), worked out once under ``key``."""
        found: bool | None = self._cache.get(key)
        if found is None:
            found = self._cache[key] = any(
                not term.is_regex and pattern.search(term.text) is not None
                for term in self.terms
            )
        return found

    @property
    def spellings(self) -> tuple[Term, ...]:
        """The terms as matched: with their inflections when ``inflect``."""
        if self.inflect == "none":
            return self.terms
        found: tuple[Term, ...] | None = self._cache.get("spellings")
        if found is None:
            # the analyst's own terms first, in their order, then the others
            spelled = dict.fromkeys(self.terms)
            for term in self.terms:
                if not term.is_regex:
                    counted = self.inflect == "counted"
                    forms = phrase_forms(term.text, counted=counted)
                    if counted:  # "nitrate of ammonium", "flights were cancelled"
                        forms += turned_round(term.text, word_lemmas, word_forms)
                        forms += passive_forms(term.text, word_lemmas, word_forms)
                    spelled.update(dict.fromkeys(Term(text=p) for p in forms))
            found = self._cache["spellings"] = tuple(spelled)
        return found

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The compiled alternation of every term (compiled once)."""
        compiled = self._cache.get("pattern")
        if compiled is None:
            compiled = compile_pattern(
                "|".join(f"(?:{t.to_regex()})" for t in self.spellings)
            )
            self._cache["pattern"] = compiled
        return compiled

    @property
    def phrases(self) -> frozenset[str] | None:
        """Every literal spelling the terms match, or None when a regular
        expression is among them: terms with the same phrases match alike."""
        if "phrases" not in self._cache:
            self._cache["phrases"] = (
                None
                if any(t.is_regex for t in self.terms)
                else frozenset(t.text for t in self.spellings)
            )
        found: frozenset[str] | None = self._cache["phrases"]
        return found

    @property
    def scanner(self) -> PhraseScanner | None:
        """The scanner of the terms' phrases (made once); None when a regular
        expression is among them."""
        scanner: PhraseScanner | None = self._cache.get("scanner")
        if scanner is None and not any(t.is_regex for t in self.terms):
            scanner = PhraseScanner.of(t.text for t in self.spellings)
            self._cache["scanner"] = scanner
        return scanner

    def spans(
        self,
        text: str,
        start: int = 0,
        *,
        timeout: float | None = None,
        folded: str | None = None,
        table: WordTable | None = None,
    ) -> list[tuple[int, int]]:
        """Every non-empty (start, end) where a term matches ``text[start:]``.

        Literal phrases run on a :class:`PhraseScanner` (the longest phrase
        wins at a position; ``folded`` is ``normalize(text)`` if known, and
        ``table`` its words, see :meth:`PhraseScanner.spans`); a
        regular expression among them runs the whole alternation, with
        ``timeout`` seconds at most (``TimeoutError``).
        """
        scanner = self.scanner
        if scanner is not None:
            return scanner.spans(text, start, folded=folded, table=table)
        if self.requires is not None and self.reach is not None:
            return near_spans(
                self.pattern, self.requires, self.reach, text, start, timeout=timeout
            )
        if (
            self.requires is not None
            and self.requires.search(text, start, timeout=timeout) is None
        ):
            return []
        return [
            m.span()
            for m in self.pattern.finditer(text, start, timeout=timeout)
            if m.end() > m.start()
        ]

    def __str__(self) -> str:
        if self.name:
            return f"${self.name}"
        return ", ".join(t.text for t in self.terms)

    @classmethod
    def of(cls, words: Iterable[str], *, name: str | None = None) -> Terms:
        """Terms from literal phrases."""
        return cls(terms=tuple(Term(text=w) for w in words), name=name)


def compile_pattern(source: str) -> regex.Pattern[str]:
    """Compile an analyst's pattern with claimcheck's flags.

    Raises ``regex.error`` for a broken pattern; callers turn that into an
    error that names the assertion file and line.
    """
    return regex.compile(source, FLAGS)


def _phrase_pieces(phrase: str, *, apostrophe: str, separator: str) -> list[str]:
    """A phrase as trie pieces, matching as :func:`phrase_regex` does."""
    pieces: list[str] = []
    for word in _WORD_SEPARATORS.split(phrase.strip()):
        if not word:
            continue
        if pieces:
            pieces.append(separator)
        stem = word[:-1] if word.endswith("*") and len(word) > 1 else word
        pieces += [apostrophe if c in APOSTROPHES else re.escape(c) for c in stem]
        if stem is not word:
            pieces.append(r"\w*")
    return pieces


@dataclass(frozen=True, slots=True)
class PhraseScanner:
    """Finds many literal phrases at once, fast.

    The phrases compile into one trie on the standard library's engine and
    run over the article as :func:`normalize` gives it (case folded,
    apostrophes and dashes made plain), which keeps offsets when folding keeps
    the length; otherwise the same trie runs case-insensitively on the text as
    written.
    Either way a phrase matches as :class:`Term` says, and at each position
    the longest phrase wins.  Phrases cannot backtrack badly (no nested
    repetition), so no time limit is needed.
    """

    folded: re.Pattern[str]
    #: the trie case-insensitively on the text as written, compiled when
    #: first used (an article whose folding changes its length), from
    verbatim_source: str
    verbatim: regex.Pattern[str]
    #: literal pieces of the folded phrases, one of which every match holds:
    #: where none stands in the folded text the scan is skipped (most of a
    #: suite's phrases stand in few of its articles)
    required: tuple[str, ...] = ()
    #: the phrases, when each can be found by substring search (see
    #: :mod:`claimcheck.engine.wordsearch`)
    words: WordPhrases | None = None

    @classmethod
    def of(cls, phrases: Iterable[str]) -> PhraseScanner:
        items = sorted(set(phrases))
        paths = [
            _phrase_pieces(normalize(p), apostrophe="'", separator=WORD_GAP)
            for p in items
        ]
        folded = trie_pattern(paths)
        verbatim = trie_pattern(
            _phrase_pieces(
                p,
                apostrophe=_APOS_CLASS,
                separator=r"[\s" + regex.escape(_DASHES) + r"]+",
            )
            for p in items
        )
        # The folded pattern opens with the trie itself, so the engine can skip
        # to a possible first letter; the word boundary before a match is
        # checked by spans().
        source = rf"(?<!\w)(?:{verbatim or '(?!)'})(?!\w)"
        return cls(
            folded=re.compile(rf"(?:{folded or '(?!)'})(?!\w)"),
            verbatim_source=source,
            verbatim=lazy(source, FLAGS),
            required=_required(normalize(p) for p in items),
            words=WordPhrases.of(paths),
        )

    def spans(
        self,
        text: str,
        start: int = 0,
        *,
        folded: str | None = None,
        table: WordTable | None = None,
    ) -> list[tuple[int, int]]:
        """Every (start, end) of a phrase in ``text[start:]``, left to right.

        ``folded`` is ``normalize(text)`` when the caller has it already, and
        ``table`` where its words stand from ``start`` on
        (:class:`claimcheck.engine.wordsearch.WordTable`): phrases of plain
        words are then looked up rather than scanned for.
        """
        if folded is None:
            folded = normalize(text)
        if len(folded) != len(text):
            return [m.span() for m in self.verbatim.finditer(text, start)]
        if self.words is not None and table is not None:
            return self.words.spans(folded, table)
        if self.required and not any(piece in folded for piece in self.required):
            return []
        search = self.folded.search
        out = []
        pos = start
        while (m := search(folded, pos)) is not None:
            first = m.start()
            if first and (folded[first - 1].isalnum() or folded[first - 1] == "_"):
                pos = first + 1  # inside a word: look again one further on
                continue
            out.append(m.span())
            pos = m.end()
        return out


def _required(phrases: Iterable[str]) -> tuple[str, ...]:
    """Pieces of text one of which every match of ``phrases`` (folded) holds.

    A match holds each word of its phrase (without a trailing ``*``) as it
    stands, so the longest word of each phrase is one; of two such pieces
    where one holds the other, the shorter does for both.  Empty when some
    phrase has no word (nothing is then skipped).
    """
    longest = set()
    for phrase in phrases:
        words = [
            w[:-1] if w.endswith("*") and len(w) > 1 else w
            for w in _WORD_SEPARATORS.split(phrase.strip())
            if w
        ]
        if not words:
            return ()
        longest.add(max(words, key=len))
    kept: list[str] = []
    for piece in sorted(longest, key=len):
        if not any(k in piece for k in kept):
            kept.append(piece)
    return tuple(kept)


#: as :func:`_phrase_pieces` splits a phrase into words
_WORD_SEPARATORS = regex.compile(r"[\s" + _DASHES + r"]+")


# -- inflections ----------------------------------------------------------------

#: the most spellings one phrase expands to (every word inflected at once)
MAX_PHRASE_FORMS = 64

_WORD = lazy(r"[a-z]+")


@functools.cache
def _tables() -> tuple[str, str]:
    """The lemma and inflection tables of lemminflect, as CSV text.

    They are read from the package's resources without importing it: its
    import loads numpy for a neural model that claimcheck does not use.
    """
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise ClaimcheckError(
            "the 'lemminflect' package is missing; reinstall claimcheck"
        )
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources"
    lemmas, inflections = (
        "\n" + gzip.decompress((folder / name).read_bytes()).decode()
        for name in ("lemma_lu.csv.gz", "infl_lu.csv.gz")
    )
    return lemmas, inflections


def _rows(table: str, key: str) -> list[list[str]]:
    """The CSV rows of ``table`` whose first field is ``key`` (they adjoin)."""
    needle = f"\n{key},"
    rows = []
    at = table.find(needle)
    while at >= 0:
        end = table.find("\n", at + 1)
        end = len(table) if end < 0 else end
        rows.append(table[at + 1 : end].split(","))
        at = end if table.startswith(needle, end) else -1
    return rows


@functools.cache
def word_lemmas(word: str) -> frozenset[tuple[str, str]]:
    """The lemmas the word lists give a lower-case ``word``, each with the
    part of speech it was read as ("held": hold, verb); none for a word
    they do not know."""
    return frozenset(
        (lemma, row[1])
        for row in _rows(_tables()[0], word)
        for lemma in row[2].split("/")
    )


@functools.cache
def word_forms(word: str, *, counted: bool = False) -> tuple[str, ...]:
    """Every inflection of ``word``'s lemmas ("held": hold, holds, holding, held).

    Only a plain lower-case word is inflected; anything else (a name, a word
    with an apostrophe, digits or a trailing ``*``) is its own only form.
    With ``counted`` (a measure's word), a plural noun keeps its number:
    "trains" does not gain "train", which a number only modifies ("187 train
    crash victims"); "death" still gains "deaths".
    The word lists are lemminflect's, read on first use.
    """
    if not _WORD.fullmatch(word):
        return (word,)
    inflection_table = _tables()[1]
    # each lemma inflects as the part of speech the word was read as, so
    # "dead" gains "deader" but not "deads"
    lemmas = word_lemmas(word)
    if counted and any(pos == "noun" and lemma != word for lemma, pos in lemmas):
        return (word,)
    forms = {word}
    for lemma, pos in lemmas or {(word, "")}:
        forms.add(lemma)
        for row in _rows(inflection_table, lemma):
            if pos in ("", row[1]):
                forms.update(f for group in row[2:] for f in group.split("/") if f)
    return tuple(sorted(forms))


def every_form(
    words: Iterable[str], one_word: Callable[[str], tuple[str, ...]] | None = None
) -> tuple[str, ...]:
    """Every spelling of each of ``words`` (a word or a literal phrase, in
    order, each once): a phrase's as :func:`phrase_forms` gives them, a
    word's as ``one_word`` does (:func:`word_forms` by default)."""
    one = word_forms if one_word is None else one_word
    out: list[str] = []
    for word in words:
        out.extend(phrase_forms(word) if " " in word else one(word))
    return tuple(dict.fromkeys(out))


def phrase_forms(phrase: str, *, counted: bool = False) -> tuple[str, ...]:
    """Every spelling of a literal phrase with each word inflected.

    A phrase that would expand past :data:`MAX_PHRASE_FORMS` spellings keeps
    its words as written but its last one.  ``counted`` is as for
    :func:`word_forms`.
    """
    words = phrase.split()
    options = [word_forms(w, counted=counted) for w in words]
    count = 1
    for forms in options:
        count *= len(forms)
    if count > MAX_PHRASE_FORMS:
        options = [(w,) for w in words[:-1]] + [options[-1]]
    return tuple(" ".join(p) for p in itertools.product(*options))


def inflected(terms: Terms, *, counted: bool = False) -> Terms:
    """``terms`` with every literal phrase matching its inflections too.

    ``counted`` terms name what a number counts (a measure): see
    :func:`word_forms`.  The spellings are worked out once, the first time
    the terms are matched.
    """
    return Terms(
        terms=terms.terms, name=terms.name, inflect="counted" if counted else "every"
    )
