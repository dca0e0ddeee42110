"""Articles -> Figures: every number bound to what it counts, with its quote.

A *figure* is a quantity the engine read, with the measure word it is bound
to (:mod:`claimcheck.engine.binding`) and the counted noun written right
after it, past adjectives ("300 North Korean *soldiers*").  Figures that
count nothing (a lone "one", a number with neither measure nor noun) and
figures of time (dates, years, ages, durations) are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from claimcheck.engine.articles import Article
from claimcheck.engine.index import ArticleIndex, Lexicon, Mention, index_article
from claimcheck.engine.numbers import units
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity

__all__ = ["Figure", "counted_noun", "is_time", "lemma", "quote", "read_figures"]

#: dimensions that are never a count an outlet reports (ages, durations)
SKIPPED_DIMENSIONS = frozenset(["time"])

#: the longest quote shown for a figure, in characters
QUOTE_WIDTH = 140

# Words that end a noun phrase: articles, prepositions, auxiliaries,
# conjunctions, pronouns and the adverbs that follow a count.
_CLOSED = frozenset(
    """a an the this that these those of to in on at by for from with without
    into onto over under after before since during until across among between
    through per as than and or but nor so yet if while when where which who
    whom whose whether is are was were be been being has have had do does did
    will would could may might must shall should can not no never also all
    both each every some any more most many much few other others another such
    only
    just still already now then there here it its they them their he him his
    she her we us our you your i me my according including except like near
    about around nearly almost roughly approximately some said says say told
    reported were""".split()
)
# Nouns that name a unit of time: a number counting them is a duration.
_TIME_NOUNS = frozenset(
    """second minute hour day night week weekend month year decade century
    time times""".split()
)
_POSSESSIVE = regex.compile(r"\w+['\u2019]s?$")
_TOKEN = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'\u2019\-]*|\d[\d,.]*|[^\s\p{L}\d]")
_MAX_NOUN_WORDS = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """One number an article reports, bound to what it counts."""

    path: str
    line: int
    column: int
    #: the quantity as written ("at least 11,000")
    text: str
    #: the sentence around it, whitespace collapsed and shortened
    quote: str
    #: the values it allows, in ``unit`` as written
    interval: Interval
    unit: str | None
    #: the measure word it is bound to, as written, if any
    measure: str | None
    #: the counted noun after it, as written ("North Korean soldiers" ->
    #: "soldiers"), if any
    noun: str | None

    @property
    def location(self) -> str:
        """``path:line:column`` of the quantity."""
        return f"{self.path}:{self.line}:{self.column}"

    @property
    def dimension(self) -> str:
        """What the figure measures: ``count``, ``area``, ``currency:EUR``..."""
        if self.unit is None:
            return "count"
        return units.dimension(self.unit) or self.unit


def read_figures(article: Article, lexicon: Lexicon) -> Iterator[Figure]:
    """Every figure of ``article``, in the order of the text."""
    index = index_article(article, lexicon, read_all=True)
    for mention in index.mentions:
        if mention.rule == "shared":
            # the same figure again, for another measure word it counts
            continue
        figure = _figure(index, mention)
        if figure is not None:
            yield figure


def _figure(index: ArticleIndex, mention: Mention) -> Figure | None:
    article = index.article
    text = article.text
    q = mention.quantity
    measure = None
    if mention.bound is not None:
        measure = text[mention.bound[0] : mention.bound[1]]
    if is_time(q):
        return None
    noun = None
    if q.unit is None:
        noun = counted_noun(text[q.end : mention.sentence[1]])
        if noun is not None and lemma(noun.split()[-1]) in _TIME_NOUNS:
            return None
    if measure is None and (noun is None or _is_one(q.interval)):
        # a lone "one" names an instance ("one soldier said"), not a count
        return None
    line, column = article.position(q.start)
    return Figure(
        path=article.path,
        line=line,
        column=column,
        text=q.text,
        quote=quote(text, mention.sentence, q.start, q.end),
        interval=q.interval,
        unit=q.unit,
        measure=measure,
        noun=noun,
    )


def is_time(quantity: Quantity) -> bool:
    """Whether ``quantity`` is a figure of time (an age, a duration), which is
    never a count an outlet reports."""
    unit = quantity.unit
    return unit is not None and (units.dimension(unit) or "") in SKIPPED_DIMENSIONS


def _is_one(interval: Interval) -> bool:
    return interval.low == 1 and interval.high == 1


def counted_noun(after: str) -> str | None:
    """The noun a number counts, read from the text right after it.

    Adjectives and proper adjectives are passed ("North Korean soldiers"),
    as is a partitive ("of Pyongyang's troops"); the phrase ends at a plural
    noun, punctuation or a closed-class word.  A capitalised plural keeps the
    capitalised words before it ("North Koreans").  ``None`` when the number
    is followed by a verb or nothing countable.
    """
    tokens = _TOKEN.findall(after, pos=0, endpos=200)
    i = 0
    if tokens and tokens[0].casefold() == "of":
        # "300 of Pyongyang's troops", "two of the soldiers"
        i = 1
        while i < len(tokens) and (
            tokens[i].casefold() in ("the", "its", "their", "his", "her", "our")
            or _POSSESSIVE.match(tokens[i])
        ):
            i += 1
    words: list[str] = []
    head: int | None = None
    for token in tokens[i : i + _MAX_NOUN_WORDS]:
        folded = token.casefold()
        if not token[0].isalpha() or folded in _CLOSED or _POSSESSIVE.match(token):
            break
        words.append(token)
        if _is_participle(token) and not token[0].isupper():
            continue
        head = len(words) - 1
        if _is_plural(token):
            break
    if head is None:
        return None
    end = head + 1
    start = head
    if words[head][0].isupper():
        while start > 0 and words[start - 1][0].isupper():
            start -= 1
    return " ".join(words[start:end])


def _is_participle(word: str) -> bool:
    folded = word.casefold()
    return folded.endswith(("ed", "ing")) or folded in _IRREGULAR_PARTICIPLES


_IRREGULAR_PARTICIPLES = frozenset(
    "sent fled hurt held taken seen given left lost found kept shot built".split()
)


def _is_plural(word: str) -> bool:
    folded = word.casefold()
    return folded != lemma(word) and not _is_participle(word)


@cache
def lemma(word: str) -> str:
    """The dictionary form of an English word, case folded ("troops" -> "troop")."""
    import simplemma  # deferred: its dictionary loads on first use

    # proper nouns are known capitalised ("Koreans"), the rest in lower case
    found: str = simplemma.lemmatize(word, lang="en")
    if found == word and word != word.casefold():
        found = simplemma.lemmatize(word.casefold(), lang="en")
    return found.casefold()


_SPACE = regex.compile(r"\s+")


def quote(text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, cut around it when long."""
    s_start, s_end = sentence
    if s_end - s_start > QUOTE_WIDTH:
        room = max(QUOTE_WIDTH - (end - start), 0)
        left = max(s_start, start - room // 3)
        right = min(s_end, end + room - (start - left))
        left = max(s_start, min(left, right - QUOTE_WIDTH))
        # cut at word boundaries
        if left > s_start:
            space = text.find(" ", left, start)
            left = space + 1 if space >= 0 else left
        if right < s_end:
            space = text.rfind(" ", end, right)
            right = space if space >= 0 else right
        body = text[left:right]
        out = ("..." if left > s_start else "") + body
        out += "..." if right < s_end else ""
    else:
        out = text[s_start:s_end]
    return _SPACE.sub(" ", out).strip()
