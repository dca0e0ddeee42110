"""Statements through a pronoun: "The trawler was spotted off Crete. It had
sailed from Tobruk."

A sentence that opens with a pronoun (``It``, ``He``, ``She``, ``They``) or
a general subject (``Neither of the two men``, ``One of them``, ``The two
men``, ``Both women``, ``All`` alone before its verb) may stand for a noun
of the sentence before it, in the same paragraph.  It does so only where
that sentence names exactly one candidate of the pronoun's kind: one thing
in the singular for ``it`` (a noun phrase a determiner or a number opens:
``the trawler``, ``a cargo ship``), one person for ``he`` and ``she`` (a
noun of people, a noun of an agent such as ``master``, or a name), one noun
in the plural for ``they`` and the general subjects (``their guards``, a
bare ``reporters`` too), two names joined by "and" for a word naming each
of two (``Dana Ruiz and Tom Beck`` for ``Neither candidate``).  Two
candidates leave the pronoun unresolved: a wrong antecedent would state
what the article does not, where an unresolved one only leaves the fact
missing.  An ``it`` that only opens what follows
(``It was not known whether``, ``It is thought that``) stands for nothing,
nor does a word that says whose something is (``the two men's lawyers``).

:func:`stand_in_after` gives, for a sentence, such a word opening the next
one and the noun phrase it stands for; a statement whose subject is that noun is then
found in the pronoun's clause (see :func:`claimcheck.engine.statements.
find_statement`).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import regex

from claimcheck.engine.nouns import PERSONS, SINGULAR_PERSONS, STOP
from claimcheck.engine.patterns import lazy
from claimcheck.engine.prospects import correction_lead
from claimcheck.engine.standinwords import FIRMS, ROLE, TIME_LEAD, business

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = ["StandIn", "stand_in_after", "standing_for"]

Kind = Literal["thing", "person", "role", "plural", "firm", "group"]
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class StandIn:
    """A word standing for a noun phrase of the sentence before: where it
    stands, and where that phrase stands."""

    span: Span
    antecedent: Span


_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten"
# "Halvex was fined. The company apologised": a general noun of a business
# standing for its name
_FIRMS = rf"(?:{FIRMS})"
_GENERAL = rf"(?:men|women|people|pair|group|(?:{_NUMBER_WORDS}))"
# what opens a sentence and stands for a noun before: the group ``word`` is
# what stands, the group ``kind`` says which kind of noun it takes
_OPENER = lazy(
    rf"[\s\"'“‘(]*(?:{TIME_LEAD})?(?:"
    r"(?P<thing>it)(?!['’]s\s+(?:\w+\s+){0,2}?(?:that|whether|to)\b)"
    r"|(?P<person>he|she)"
    rf"|(?P<role>{ROLE})"
    # (not one that a clause or phrase after it tells apart: "the company
    # that makes its packaging", "the firm behind the app")
    rf"|the\s+(?P<firm>{_FIRMS})(?!\s+(?:that|which|who|whose|of|behind|in|at"
    r"|from|with|for|running|making|selling)\b)"
    r"|(?P<plural>they"
    rf"|(?:neither|none|one|each|both|all|either|(?:{_NUMBER_WORDS}))\s+of\s+"
    rf"(?:them|the\s+(?:(?:{_NUMBER_WORDS})\s+)?{_GENERAL})"
    rf"|(?:the|both|all)\s+(?:(?:{_NUMBER_WORDS})\s+)?{_GENERAL}"
    # "All are in good health": a quantifier alone before its verb
    r"|(?:all|both)(?=\s+(?:are|were|have|had|remain|remained|did|will|would)\b))"
    # "Neither candidate", "Both rivals": each of the two named before
    r"|(?P<group>(?:neither|both|each|either)\s+"
    r"(?!(?:of|day|week|month|year|time|side)s?\b)[^\W\d_]+)"
    r")\b",
    regex.I,
)
# "It was not known whether", "It is thought that": an "it" that only
# opens what follows
_DUMMY = lazy(
    r"\s+(?:is|was|has\s+been|had\s+been|remains|remained|seems|seemed|appears"
    r"|appeared)\s+(?:\w+\s+){0,3}?(?:that|whether|if|how|why|who|what|when"
    r"|where|to)\b",
    regex.I,
)
# the word that stands: the last word of the opener
_LAST_WORD = lazy(r"(\w+)\W*$")
_TOKEN = lazy(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")
_DETERMINERS = frozenset(
    ("a an the this that these those its his her their our my your one"
     f" {_NUMBER_WORDS.replace('|', ' ')} dozens hundreds thousands several"
     " many some both").split()
)  # fmt: skip
#: nouns that never stand for a thing a statement is about
_TIMES = frozenset(
    """day days night nights week weeks month months year years morning
    afternoon evening hour hours time weekend first last same other next
    previous monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november
    december""".split()
)
#: the most words a noun phrase is read over
_PHRASE_WORDS = 3
_POSSESSIVE = ("'s", "’s", "s'", "s’")
#: nouns of the plural that do not end in s
_PLURALS = frozenset(
    "men women people children police staff crew cattle".split()
) | frozenset(w for w in PERSONS if not w.endswith("s") and w not in SINGULAR_PERSONS)
#: endings of nouns of an agent ("master", "operator", "actress"), who may be
#: a person ("press", "business" are none)
_AGENT = lazy(
    r"(?:er|or|ist|ian|man|woman"
    r"|(?:actr|waitr|host|princ|duch|count|heir|steward|godd|empr|mistr|baron)ess)$"
)
#: titles of an office, held by a person
_TITLES = frozenset(
    """executive chief president chair chairperson premier secretary
    spokesperson envoy judge deputy boss prince king queen coach referee
    official diplomat candidate nominee""".split()
)


def stand_in_after(
    index: ArticleIndex,
    offset: int,
    wanted: Callable[[Span], bool] = lambda sentence: True,
) -> StandIn | None:
    """The word opening the sentence after the one holding ``offset`` that
    stands for one noun of that sentence, if any (kept with the index); None
    too when that next sentence is not ``wanted`` (it is not read then)."""
    article = index.article
    sentences = article.sentences
    number = bisect.bisect_right(sentences, (offset, len(article.text) + 1)) - 1
    if not 0 <= number < len(sentences) - 1 or not wanted(sentences[number + 1]):
        return None
    memo: dict[int, StandIn | None] = index._memo.setdefault("stand-ins", {})
    if number not in memo:
        memo[number] = _resolve(index, sentences[number], sentences[number + 1])
    return memo[number]


def _resolve(index: ArticleIndex, before: Span, sentence: Span) -> StandIn | None:
    article = index.article
    text = article.text
    start, end = sentence
    opener = _OPENER.match(text, start, end)
    if opener is None or article.paragraph_at(before[0]) != article.paragraph_at(start):
        return None
    kind: Kind = "thing"
    if opener.group("person"):
        kind = "person"
    elif opener.group("role"):
        kind = "role"
    elif opener.group("firm"):
        kind = "firm"
    elif opener.group("plural"):
        kind = "plural"
    elif opener.group("group"):
        kind = "group"
    elif _DUMMY.match(text, opener.end(), end):
        return None
    last = _LAST_WORD.search(text, opener.start(), opener.end())
    assert last is not None
    word = last.span(1)
    if text.startswith(_POSSESSIVE, word[1]):
        # "The two men's lawyers": whose, not who
        return None
    heads = _candidates(text, before, "person" if kind == "role" else kind)
    if len(heads) != 1 or (kind == "role" and not text[heads[0][0]].isupper()):
        return None  # (a title stands for a name only)
    return StandIn(word, heads[0])


def _candidates(text: str, sentence: Span, kind: Kind) -> list[Span]:
    """The noun phrases of ``sentence`` that a word of ``kind`` may stand for.

    A phrase runs from a determiner, a number or an owner (``the hospital's``)
    over at most three words to a function word, a mark or a participle; with
    no grammar to tell its head from a verb after it (``The mayor spoke``),
    the phrase is a candidate when any of its words fits.
    """
    # (a correction's own words name no candidate: "An earlier version of
    # this article said the plant would close. It will stay open.")
    first = correction_lead(text, *sentence)
    tokens = [
        (m.start(), m.end(), m.group())
        for m in _TOKEN.finditer(text, first, sentence[1])
    ]
    if kind == "group":
        return _name_pairs(text, tokens)
    heads: list[Span] = []
    taken: set[int] = set()
    i = 0
    while i < len(tokens):
        raw = tokens[i][2]
        low = raw.casefold()
        if not (low in _DETERMINERS or low[0].isdigit() or raw.endswith(_POSSESSIVE)):
            i += 1
            continue
        j = i + 1
        phrase: list[tuple[int, int, str]] = []
        while j < len(tokens) and len(phrase) < _PHRASE_WORDS:
            start, end, raw = tokens[j]
            low = raw.casefold()
            owner = raw.endswith(_POSSESSIVE)
            if owner:
                low = low[:-2]
            if low in STOP or (phrase and low.endswith(("ed", "ing", "ly"))):
                break
            # a mark between the words ends the phrase, and so does a name
            # after a word in lower case ("met Anna Berg")
            if phrase and (
                text[phrase[-1][1] : start].strip()
                or (raw[:1].isupper() and not text[phrase[-1][0]].isupper())
            ):
                break
            phrase.append((start, end - 2 if owner else end, low))
            j += 1
            if owner:
                # "the hospital's insurer": the owner opens the next phrase
                j -= 1
                break
        taken.update(w[0] for w in phrase)
        if (
            business(text, phrase[-1])
            if kind == "firm" and phrase
            else any(
                w[2] not in _TIMES and _fits(w[2], kind, text[w[0] : w[1]])
                for w in phrase
            )
        ):
            heads.append((phrase[0][0], phrase[-1][1]))
        i = max(j, i + 1)
    if kind == "plural":
        # "interviewed by reporters": a bare plural is a candidate too
        for start, end, raw in tokens:
            low = raw.casefold()
            if (
                start not in taken
                and low not in STOP
                and _plural(low)
                and not (raw[:1].isupper() and _name_like(text, tokens, start))
            ):
                heads.append((start, end))
    elif kind in ("person", "firm"):
        # a name: a run of capitalised words ("Anna Berg", "Varro Chemicals";
        # not "MPs" for a person), and one opening the sentence when it may
        # be a name ("Reyes spoke to reporters", "Halvex was fined")
        person = kind == "person"
        opening = _opening_name(text, tokens, taken, alone=False)
        runs = [] if opening is None else [opening[:2]]
        heads += _name_runs(text, tokens, taken, runs, acronyms=not person)
    return heads


def _name_runs(
    text: str,
    tokens: list[tuple[int, int, str]],
    taken: set[int],
    runs: list[Span],
    *,
    acronyms: bool,
) -> list[Span]:
    """``runs`` (the name opening the sentence, if any) and the runs of
    capitalised words after its first word, but those in a noun phrase
    (``taken``), times, places ("in Cork") and, unless ``acronyms``, words in
    capitals ("MPs")."""
    for i, (start, end, raw) in enumerate(tokens[1:], 1):
        before = tokens[i - 1]
        if (
            start in taken
            or not raw[:1].isupper()
            or (raw[:2].isupper() and not acronyms)
            or raw.casefold() in _NO_NAME
            or before[2].casefold() in _PLACE_BEFORE
        ):
            continue
        if runs and runs[-1][1] == before[1] and not text[before[1] : start].strip():
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def _name_pairs(text: str, tokens: list[tuple[int, int, str]]) -> list[Span]:
    """Two names joined by "and" ("Dana Ruiz and Tom Beck"), each pair one
    span, which a word for the two of them ("Neither candidate") stands
    for."""
    opening = _opening_name(text, tokens, set(), alone=False)
    runs = [] if opening is None else [opening[:2]]
    runs = _name_runs(text, tokens, set(), runs, acronyms=True)
    return [
        (one[0], two[1])
        for one, two in itertools.pairwise(runs)
        if _AND.fullmatch(text, one[1], two[0])
    ]


_AND = lazy(r"\s+and\s+")
#: words before the name of a place
_PLACE_BEFORE = frozenset("in at near outside across inside".split())
#: words that open a sentence in capitals and are no name
_OPENING_WORDS = frozenset(
    """yesterday today tonight tomorrow earlier later meanwhile however then
    now also still again instead last next once there here it he she they we
    i you officials regulators investigators prosecutors critics analysts
    witnesses reporters""".split()
)


#: words that are no name, in a run (the unions made once, not per word)
_NO_NAME = STOP | _TIMES
_NO_OPENING_NAME = _NO_NAME | _DETERMINERS | _OPENING_WORDS


def _opening_name(
    text: str,
    tokens: list[tuple[int, int, str]],
    taken: set[int],
    *,
    alone: bool = True,
) -> tuple[int, int, str] | None:
    """The word opening a sentence when it may be a name ("Reyes spoke"):
    capitalised, not in capitals throughout ("MPs"), no function word, time,
    word of people (in the plural too: "Engineers") or opener ("Yesterday",
    "Officials"), not owning what
    follows, and (``alone``) not the first of a name of two words (the second
    stands for it)."""
    if not tokens or tokens[0][0] in taken:
        return None
    _, end, raw = tokens[0]
    low = raw.casefold()
    if (
        not raw[:1].isupper()
        or raw[:2].isupper()
        or raw.endswith(_POSSESSIVE)
        or low.endswith("ly")
        or low in _NO_OPENING_NAME
        or low in PERSONS
        or low in SINGULAR_PERSONS
    ):
        return None
    if _plural(low) and any(
        # "Engineers", "Regulators": a noun of people in the plural
        w in SINGULAR_PERSONS or w in _TITLES or _AGENT.search(w)
        for w in (low[:-1], low[:-2])
    ):
        return None
    if (
        alone
        and len(tokens) > 1
        and tokens[1][2][:1].isupper()
        and not text[end : tokens[1][0]].strip()
    ):
        return None
    return tokens[0]


def _name_like(text: str, tokens: list[tuple[int, int, str]], start: int) -> bool:
    """Whether the capitalised word at ``start`` may be a name ("Reyes"), no
    plural a "they" stands for: any but the sentence's first word, and the
    first where it may be a name."""
    if start != tokens[0][0]:
        return True
    return _opening_name(text, tokens, set(), alone=False) is not None


def _plural(word: str) -> bool:
    if word in _PLURALS:
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous", "ly"))
        and word not in SINGULAR_PERSONS
    )


def _fits(head: str, kind: Kind, raw: str) -> bool:
    """Whether a noun phrase's head may be what a word of ``kind`` stands for."""
    # "co-pilot", "vice-president": the last part names the kind
    head = head.rsplit("-", 1)[-1] or head
    if kind == "plural":
        return _plural(head)
    if _plural(head) or head[:1].isdigit():
        return False
    person = head in SINGULAR_PERSONS or head in _TITLES or bool(_AGENT.search(head))
    if kind == "person":
        return person or raw[:1].isupper()
    return head not in SINGULAR_PERSONS


def standing_for(
    index: ArticleIndex,
    subject: tuple[Span, ...],
    others: set[Span],
    companions: Sequence[tuple[Span, ...]] = (),
) -> tuple[Span, ...]:
    """The words opening a sentence of ``others`` (those holding the other
    slots) that stand for one of the ``subject`` hits, named in the sentence
    before (see :func:`stand_in_after`); where the subject is of several
    words ("the transport minister"), each of ``companions`` (the hits of the
    others) has one in the same noun phrase."""
    found: list[Span] = []
    for hit in _before(index, subject, others):
        standing = stand_in_after(index, hit[0], others.__contains__)
        if (
            standing is not None
            and _within(hit, standing.antecedent)
            and all(
                any(_within(h, standing.antecedent) for h in hits)
                for hits in companions
            )
            and standing.span not in found
        ):
            found.append(standing.span)
    return tuple(found)


def _before(index: ArticleIndex, hits: Sequence[Span], after: set[Span]) -> list[Span]:
    """The ``hits`` (in order) in a sentence right before one of ``after``,
    as :func:`stand_in_after` finds the sentence of a hit (the last to start
    at it or before): of the others none has a stand-in after it that is
    wanted, so none is looked up."""
    sentences = index.article.sentences
    ranges = []
    for sentence in after:
        number = bisect.bisect_left(sentences, sentence)
        if 0 < number < len(sentences) and sentences[number] == sentence:
            ranges.append((sentences[number - 1][0], sentence[0]))
    if len(ranges) == 1:  # (most often: one range, tested in one comparison)
        low, high = ranges[0]
        return [hit for hit in hits if low <= hit[0] < high]
    return [hit for hit in hits for low, high in ranges if low <= hit[0] < high]


def _within(hit: Span, phrase: Span) -> bool:
    return phrase[0] <= hit[0] and hit[1] <= phrase[1]
