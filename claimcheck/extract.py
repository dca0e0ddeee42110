"""Article -> ArticleIndex: quantities, clauses and what each number measures.

The index is built once per article and shared by every claim that checks it.

How a number is bound to the measure it counts (the *binding rule*):

1. Sentences are cut into clauses at ``;``, ``:``, ``, ``, dashes, and before
   coordinating or subordinating words (``and``, ``but``, ``while``,
   ``because``, ``if``, ``when``, ``since``, ``with``...).  A quantity's span
   is never cut (``between 10,000 and 12,000`` stays whole).
2. Within its clause, a quantity competes with every *measure word*: the
   measure terms of every quantity claim in the suite, plus a built-in list of
   common event words (killed, arrested, evacuated...) so that a number the
   suite has no claim for is not handed to a claim it does not belong to.
3. The quantity binds to the first of:
   a. a measure word right before it, separated only by articles and
      prepositions (``sent at least 11,000``, ``the capture of two``): the
      quantity is its object;
   b. the head of the first finite verb group after it (``300 soldiers sent
      to aid Russia have been killed``: ``have been killed``, not ``sent``):
      the quantity is its subject, and participles modifying the noun lose;
      past one or two asides between commas when its clause ends at one
      (``300 soldiers, sent to aid Russia, were killed``), unless the
      quantity sits in an aside itself (``including 12 children,``);
   c. the nearest measure word in the clause, counted in words.
4. The whole in a partitive (``2 of the 10 hostages were killed``) never binds
   to the predicate, only to a measure word that modifies it.

A claim then sees the quantities bound to one of its own measure words.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from claimcheck.articles import Article
from claimcheck.errors import PatternTimeoutError
from claimcheck.numbers import Quantity, read_quantities
from claimcheck.terms import FLAGS, PhraseScanner, Terms, normalize

__all__ = [
    "ArticleIndex",
    "Lexicon",
    "Mention",
    "build_lexicon",
    "index_article",
    "time_limit",
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


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    """Every measure word that competes for numbers.

    Literal terms (nearly all) are found by a :class:`PhraseScanner`; a suite
    with regular-expression measure terms runs one pattern instead.  At each
    position the longest term wins.
    """

    #: the literal terms, when no term is a regular expression
    scanner: PhraseScanner | None
    #: every term as one pattern, when some term is a regular expression
    pattern: regex.Pattern[str] | None
    #: identifies the lexicon in cache keys
    key: str

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


def build_lexicon(measures: Iterable[Terms]) -> Lexicon:
    """The measure terms of a suite and the generic ones, matched as one."""
    terms = {t for m in measures for t in m.terms} | set(
        Terms.of(GENERIC_MEASURES).terms
    )
    phrases = sorted(t.text for t in terms if not t.is_regex)
    patterns = sorted(t.text for t in terms if t.is_regex)
    scanner = PhraseScanner.of(phrases)
    if patterns:
        source = "|".join([scanner.verbatim.pattern, *(f"(?:{p})" for p in patterns)])
        return Lexicon(scanner=None, pattern=regex.compile(source, FLAGS), key=source)
    return Lexicon(scanner=scanner, pattern=None, key=scanner.verbatim.pattern)


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A quantity in an article, with the clause it sits in and its binding."""

    quantity: Quantity
    sentence: tuple[int, int]
    clause: tuple[int, int]
    #: span of the measure word the quantity counts, if any
    bound: tuple[int, int] | None
    #: which rule of the binding rule bound it ("object", "subject", "nearest")
    rule: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleIndex:
    """What claims need from one article, computed once."""

    article: Article
    mentions: tuple[Mention, ...]
    #: quantities of each paragraph read so far, by (start, end)
    _quantities: dict[tuple[int, int], tuple[Quantity, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: clauses of each sentence cut so far, by (start, end)
    _clauses: dict[tuple[int, int], tuple[tuple[int, int], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _hits: dict[Any, tuple[tuple[int, int], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: the folded text and each sentence's words, computed on first use
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    #: seconds one pattern may run over a megabyte of text (None: no limit)
    regex_timeout: float | None = field(default=None, compare=False)

    def hits(self, terms: Terms) -> tuple[tuple[int, int], ...]:
        """Every (start, end) where ``terms`` match the article's body.

        Raises :class:`PatternTimeoutError` when the pattern runs past
        ``regex_timeout`` (analysts' patterns can backtrack catastrophically).
        """
        key = id(terms)
        found = self._hits.get(key)
        if found is None:
            body = self.article.text
            limit = time_limit(self.regex_timeout, body)
            try:
                found = tuple(
                    terms.spans(
                        body,
                        self.article.body_start,
                        timeout=limit,
                        folded=self.folded,
                    )
                )
            except TimeoutError as exc:
                shown = ", ".join(repr(t.text) for t in terms.terms if t.is_regex)
                raise PatternTimeoutError(
                    f"pattern {shown or str(terms)!r} ran past its time limit"
                    f" ({limit:.3g} s) on {self.article.path}"
                ) from exc
            self._hits[key] = found
        return found

    @property
    def folded(self) -> str:
        """The text as :func:`claimcheck.terms.normalize` gives it (kept)."""
        found: str | None = self._memo.get("folded")
        if found is None:
            found = self._memo["folded"] = normalize(self.article.text)
        return found

    def sentence_words(self) -> tuple[tuple[int, int, frozenset[str]], ...]:
        """Each sentence with its words of four letters or more, case folded."""
        found: tuple[tuple[int, int, frozenset[str]], ...] | None = self._memo.get(
            "sentence words"
        )
        if found is None:
            text = self.article.text
            found = self._memo["sentence words"] = tuple(
                (
                    start,
                    end,
                    frozenset(w.casefold() for w in KEYWORD.findall(text, start, end)),
                )
                for start, end in self.article.sentences
            )
        return found

    def hits_between(self, terms: Terms, start: int, end: int) -> list[tuple[int, int]]:
        """The hits of ``terms`` lying inside ``[start, end)``."""
        return [h for h in self.hits(terms) if h[0] >= start and h[1] <= end]

    def clause_at(self, offset: int) -> tuple[int, int]:
        """The clause holding ``offset``."""
        clauses = self.clauses_of(self.article.sentence_at(offset))
        i = bisect.bisect_right(clauses, (offset, len(self.article.text) + 1)) - 1
        return clauses[max(i, 0)]

    def clauses_of(self, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
        """The clauses of one sentence, in order (cut once, then kept)."""
        found = self._clauses.get(sentence)
        if found is None:
            start, end = sentence
            inside = [
                q
                for q in self.quantities_of(self.article.paragraph_at(start))
                if q.start >= start and q.end <= end
            ]
            found = tuple(
                itertools.pairwise(_clause_cuts(self.article.text, start, end, inside))
            )
            self._clauses[sentence] = found
        return found

    def quantities_of(self, paragraph: tuple[int, int]) -> tuple[Quantity, ...]:
        """Every quantity of one paragraph (read once, then kept)."""
        found = self._quantities.get(paragraph)
        if found is None:
            start, end = paragraph
            found = read_quantities(self.article.text[start:end], offset=start)
            self._quantities[paragraph] = found
        return found


# Where clauses break: punctuation, dashes, and the words that open a new
# clause.  The word itself begins the new clause (so "if" stays with what it
# makes hypothetical).
_CLAUSE_BREAK = re.compile(
    r"""
    (?P<punct>[;:](?=\s)|,(?=\s)|\s[—–]\s|\s--\s|[—–](?=\s))
    | \s(?P<word>(?:and|but|or\ not|while|whereas|although|though|because
           |after|before|when|whenever|if|unless|until|with|without|as\ well\ as
           |which|who|whom|whose|where)\b)
    """,
    re.X | re.I,
)

_GLUE = frozenset(
    [
        "of",
        "to",
        "the",
        "a",
        "an",
        "by",
        "at",
        "for",
        "some",
        "about",
        "another",
        "nearly",
        "almost",
        "around",
        "roughly",
        "than",
        "least",
        "more",
        "over",
        "up",
        "total",
        "estimated",
        "approximately",
    ]
)
_AUX = regex.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|may|might|must|shall"
    r"|should|can|'s|'re|'ve)\b",
    regex.I,
)
_AUX_TAIL = regex.compile(
    r"(?:\s+(?:been|being|be|not|never|also|reportedly|allegedly|now|already|all"
    r"|just|since|either|likely|each|both|so\s+far|n't))*\s+",
    regex.I,
)
_PARTITIVE = regex.compile(
    r"\bof\s+(?:the|these|those|its|their|his|her|our)?\s*$", regex.I
)
_WORD = regex.compile(r"\w+")
#: a word that counts when sentences are compared with a claim's words
KEYWORD = regex.compile(r"[^\W\d_]{4,}")


def time_limit(per_megabyte: float | None, text: str) -> float | None:
    """The seconds a pattern may run over ``text``: the limit per started MB."""
    if per_megabyte is None:
        return None
    return per_megabyte * max(1.0, len(text) / 1_000_000)


def index_article(
    article: Article,
    lexicon: Lexicon,
    *,
    regex_timeout: float | None = None,
    read_all: bool = False,
) -> ArticleIndex:
    """Read the quantities of ``article`` and bind each to its measure word.

    A number binds only to a measure word of its own clause, so only the
    paragraphs holding a measure word are read; ``read_all`` reads every
    paragraph (``claimcheck extract`` lists every quantity).  Other
    paragraphs are read if a claim asks for their clauses.

    ``regex_timeout`` bounds every pattern run (see :func:`time_limit`); the
    measure words of the suite running past it raise
    :class:`PatternTimeoutError`.
    """
    text = article.text
    limit = time_limit(regex_timeout, text)
    index = ArticleIndex(article=article, mentions=(), regex_timeout=regex_timeout)
    try:
        measure_hits = lexicon.spans(
            text, article.body_start, timeout=limit, folded=index.folded
        )
    except TimeoutError as exc:
        raise PatternTimeoutError(
            f"{article.path}: the measure words of the suite ran past their time"
            f" limit ({limit:.3g} s)"
        ) from exc
    # a quantity never spans paragraphs, so each is read on its own
    quantities: list[Quantity] = []
    hi = 0
    for paragraph in article.paragraphs:
        start, end = paragraph
        while hi < len(measure_hits) and measure_hits[hi][0] < start:
            hi += 1
        if read_all or (hi < len(measure_hits) and measure_hits[hi][0] < end):
            quantities += index.quantities_of(paragraph)
    mentions: list[Mention] = []
    qi = 0
    hi = 0
    for sentence in article.sentences:
        s_start, s_end = sentence
        while qi < len(quantities) and quantities[qi].start < s_start:
            qi += 1
        first = qi
        while qi < len(quantities) and quantities[qi].end <= s_end:
            qi += 1
        if first == qi:
            continue
        sent_clauses = index.clauses_of(sentence)
        while hi < len(measure_hits) and measure_hits[hi][0] < s_start:
            hi += 1
        sent_hits = []
        j = hi
        while j < len(measure_hits) and measure_hits[j][1] <= s_end:
            sent_hits.append(measure_hits[j])
            j += 1
        previous_end: int | None = None
        for q in quantities[first:qi]:
            clause = next(c for c in sent_clauses if c[0] <= q.start < c[1])
            hits = [h for h in sent_hits if h[0] >= clause[0] and h[1] <= clause[1]]
            resumed = _predicate_past_asides(text, clause, sent_clauses, sent_hits)
            bound, rule = _bind(text, q, clause, hits, previous_end, resumed)
            mentions.append(
                Mention(
                    quantity=q, sentence=sentence, clause=clause, bound=bound, rule=rule
                )
            )
            previous_end = q.end
    return dataclasses.replace(index, mentions=tuple(mentions))


def _clause_cuts(
    text: str, start: int, end: int, quantities: Sequence[Quantity]
) -> list[int]:
    cuts = [start]
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        cut = m.start("word") if m.group("word") else m.end()
        if quantities and any(q.start < cut < q.end for q in quantities):
            continue
        if cut > cuts[-1]:
            cuts.append(cut)
    if cuts[-1] < end:
        cuts.append(end)
    else:
        cuts[-1] = end
    return cuts


# A clause that opens with one of these is itself an aside ("including 12
# children,"): its number does not reach past it to the verb.
_ASIDE_OPENER = re.compile(
    r"\s*(?:includ\w*|among|excluding|such\s+as|like|of\s+whom|of\s+which"
    r"|who|whom|whose|which|where|with|without|most|many|some|all|both|each|mostly"
    r"|mainly|chiefly|and|or|but|plus)\b",
    re.I,
)
_MAX_ASIDES = 2


def _predicate_past_asides(
    text: str,
    clause: tuple[int, int],
    clauses: Sequence[tuple[int, int]],
    hits: Sequence[tuple[int, int]],
) -> tuple[int, int] | None:
    """The measure word heading the verb group that resumes ``clause``.

    "300 soldiers, sent to aid Russia last year, were killed": the clause of
    the number ends at a comma, one or two asides end at commas, and the next
    clause opens with the verb group, whose head is a measure word.
    """
    if not text[clause[0] : clause[1]].rstrip().endswith(","):
        return None
    if _ASIDE_OPENER.match(text, clause[0]):
        return None
    later = [
        c for c in clauses[clauses.index(clause) + 1 :] if text[c[0] : c[1]].strip()
    ]
    for asides, (start, end) in enumerate(later):
        if asides:
            body = text[start:end]
            head = start + len(body) - len(body.lstrip())
            aux = _AUX.match(text, head, end)
            if aux is not None:
                tail = _AUX_TAIL.match(text, aux.end(), end)
                head = tail.end() if tail else aux.end()
            found = next((h for h in hits if h[0] == head), None)
            if found is not None:
                return found
        if asides >= _MAX_ASIDES or not text[start:end].rstrip().endswith(","):
            return None
    return None


def _bind(
    text: str,
    q: Quantity,
    clause: tuple[int, int],
    hits: list[tuple[int, int]],
    previous_end: int | None,
    resumed: tuple[int, int] | None = None,
) -> tuple[tuple[int, int] | None, str]:
    if not hits and resumed is None:
        return None, ""
    # the head of the first finite verb group after the quantity, if any
    after_text = text[q.end : clause[1]]
    aux = _AUX.search(after_text)
    predicate = None
    if aux is not None:
        tail = _AUX_TAIL.match(after_text, aux.end())
        head = q.end + (tail.end() if tail else aux.end())
        predicate = next((h for h in hits if h[0] == head), None)
    whole = previous_end is not None and previous_end >= clause[0]
    if whole:
        between = text[previous_end : q.start]
        whole = bool(_PARTITIVE.search(between)) and len(_WORD.findall(between)) <= 2
    if whole:
        # the whole of a partitive ("2 of the 10 hostages were killed") is not
        # what the predicate counts, though a modifier may still name it
        hits = [h for h in hits if h != predicate]
        if not hits:
            return None, "partitive"
    else:
        # a. object of a measure word right before it
        before = [h for h in hits if h[1] <= q.start]
        if before:
            h = before[-1]
            gap = _WORD.findall(text[h[1] : q.start])
            if all(w.casefold() in _GLUE for w in gap) and len(gap) <= 3:
                return h, "object"
        # b. subject of the first finite verb group after it, in its clause
        # or where the clause resumes after asides between commas
        if predicate is not None:
            return predicate, "subject"
        if resumed is not None:
            return resumed, "subject"
    if not hits:
        return None, ""

    # c. the nearest measure word, in words; ties go to the one after
    def distance(h: tuple[int, int]) -> tuple[int, int]:
        if h[0] >= q.end:
            return len(_WORD.findall(text[q.end : h[0]])), 0
        return len(_WORD.findall(text[h[1] : q.start])), 1

    return min(hits, key=distance), "nearest"
