"""Figures of a body other than the story's: another company, country, bank
or person, named as the subject of the figure's clause.

Under a headline naming the story's own ("Tallis Foods fined over cartel",
"Bank of Orvland raises rates"), a sentence whose subject is another name
gives that one's figure: "Norbeck Dairies, its main rival, was fined 120
million euros", "The Federal Bank of Kessary held its policy rate at
5.25%", "Orlen declared a day of mourning for its 58 dead".  So does a
subject that an adjective calls another's, headline or not: "Neighbouring
Ostrava reported 22 deaths", "Rival carriers cancelled 9,300 flights",
"Other airlines cancelled 900".  Like every part (see
:func:`claimcheck.engine.scope.scope_of`), such a figure never contradicts a
claim about the story's whole, and counts for a claim whose ``context``
names its owner.

The story's own name, or a short or long form of it ("Corvid" under
"Corvid Airways meltdown"), a source that reports ("the Red Cross said"), a
title ("President Ana Lutz", the story's own officials may speak for it) and
a capitalised common word opening the sentence ("Rescuers", "Police") are
no other body; a subject whose verb reports ("said", "put the toll at")
gives the story's figure as someone counts it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import regex

from claimcheck.engine.comparisons import sentence_start
from claimcheck.engine.cues import Cues
from claimcheck.engine.homes import NAME, home_names, is_home, is_titled, titled_names
from claimcheck.engine.nouns import PERSONS
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.numbers.vocabulary import SMALL, TENS
from claimcheck.engine.patterns import lazy
from claimcheck.engine.sources import is_source

__all__ = ["another_body", "other_body", "other_owner"]

Span = tuple[int, int]

#: a name of one to four words, "of" (and "the") allowed inside: "the
#: Federal Bank of Kessary"
_BODY = r"(?-i:\p{Lu}[\w’-]*)(?:\s+(?:of\s+(?:the\s+)?)?(?-i:\p{Lu}[\w’-]*)){0,3}"
# what may stand between the subject and its verb: an aside between commas
# ("Norbeck Dairies, its main rival, was fined"), auxiliaries and adverbs
_TO_VERB = r"""(?P<aside>\s*,[^,\d;]{1,80},)?
    \s+(?:(?:has|have|had|was|were|is|are|will|would|also|now|already|just
      |only|then|itself|still)\s+){0,3}"""
# from the verb to the figure: one clause, no other clause opening ("Derna
# was hit hardest when three dams collapsed": the dams are no Derna's)
_TO_FIGURE = r"""(?:(?!\b(?:when|while|whereas|after|before|as|because|since|where
    |which|who|that|and|but|if|until|though|although)\b)[^\d,.;:!?\n])*\Z"""
# the sentence's subject, a name, and its verb, with no figure or other
# clause between it and the figure
_NAMED = lazy(
    rf"""(?:the\s+)?(?P<name>{_BODY}){_TO_VERB}
    (?P<verb>(?-i:\p{{Ll}})[\w-]*)\b{_TO_FIGURE}""",
    regex.I | regex.X,
)
# the same subject's second verb phrase after "and": "Brightwave, its
# nearest rival, cut 5,000 jobs, about 8 per cent, and offered staff 12
# weeks of severance"; the second verb in the past, right after "and" ("and
# Halvorsen offered" has a subject of its own, "and 2,400 jobs went" too)
_SECOND = lazy(
    rf"""(?:the\s+)?(?P<name>{_BODY}){_TO_VERB}
    (?P<verb>(?-i:\p{{Ll}})[\w-]*)\b
    (?:(?!\b(?:when|while|whereas|after|before|as|because|since|where|which
      |who|that|but|if|until|though|although|and)\b)[^;:.!?\n]){{1,120}}?
    ,?\s+and\s+(?:(?:also|then|later|has|had|was|were)\s+)?
    (?P<then>(?-i:[a-z]+ed|cut|paid|gave|sold|made|took|set|lost|spent|put|kept
      |shut|laid|held|let|sent|won|bought|built|told|left|brought|sought))\b
    {_TO_FIGURE}""",
    regex.I | regex.X,
)
#: the word every match of :data:`_SECOND` holds
_SECOND_WORDS = ("and",)
# "Neighbouring Ostrava reported", "Rival carriers cancelled", "Other
# airlines cancelled": a subject its adjective calls another's
_ANOTHER = lazy(
    r"""(?:the\s+)?(?P<name>(?:neighbou?ring|nearby|adjacent|rival|competing)
      \s+[^\W\d_][\w’-]*(?:\s+[^\W\d_][\w’-]*)?
    | other\s+(?:[^\W\d_]+\s+)?(?:airlines|carriers|companies|firms|banks
      |lenders|insurers|operators|countries|nations|governments|states
      |provinces|regions|cities|towns|clubs|teams|parties|groups|hospitals
      |manufacturers|carmakers|retailers|producers|exporters|importers))"""
    + _TO_VERB
    + r"""(?P<verb>(?-i:\p{Ll})[\w-]*)\b"""
    + _TO_FIGURE,
    regex.I | regex.X,
)
_ANOTHER_WORDS = (
    "neighbo", "nearby", "adjacent", "rival", "competing", "other",
)  # fmt: skip
#: what a match of _ANOTHER opens with (it is tried at the sentence's start)
_ANOTHER_OPENERS = ("the", *_ANOTHER_WORDS)
#: verbs that report a count: the subject is a source, not its owner
_REPORTING = frozenset(
    """said says say told tells added stated noted warned announced confirmed
    estimated estimates estimate put puts gave gives quoted cited claimed
    claims believes believed reckons reckoned according""".split()
)
#: verbs that count: a named subject of one may be a source of the whole
_COUNTING = frozenset(
    """counted counts recorded records registered registers tallied tallies
    listed lists logged logs reported reports""".split()
)
_REPORTS_INSIDE = lazy(
    r"\b(?:said|says|told|tells|added|stated|announced|confirmed|estimated"
    r"|according|reported|reports)\b",
    regex.I,
)
#: words a name opens with that make it no other body: titles (the story's
#: own officials may speak for it), articles and times
_NOT_BODIES = frozenset(
    """president prime minister premier chancellor governor mayor king queen
    prince princess general colonel captain judge justice chief police
    officials authorities spokesman spokeswoman spokesperson secretary
    senator congressman congresswoman sheriff inspector commissioner director
    chairman chairwoman mr mrs ms dr the a an in at on by for of to and but as
    it its this that these those there here he she they we his her their our
    january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday
    sunday""".split()
    # "Five Britons were among the 18 foreign nationals": a count opens it
) | frozenset(SMALL).union(TENS)


def other_body(text: str, q: Quantity, *, cues: Cues | None = None) -> Span | None:
    """The subject naming another body than the story's whose figure ``q`` is,
    or None.  ``cues`` (the article's) skips the readings that cannot apply."""
    found = another_body(text, q, cues=cues)
    return None if found is None else found[1]


def another_body(
    text: str, q: Quantity, *, cues: Cues | None = None
) -> tuple[Literal["part", "body"], Span] | None:
    """As :func:`other_body`, with how sure the reading is: "body" when the
    figure stands in the subject's second verb phrase after "and" ("Brightwave,
    its nearest rival, cut 5,000 jobs and offered staff 12 weeks of
    severance"), a body already shown acting on figures of its own, whose
    figure a claim on the story's never takes; "part" for the subject of the
    figure's own verb, which may still be the story's ("Yambali lies about
    600 km from the capital", "The United Nations launched an appeal for $71
    million"), so that a figure of it that fits still counts."""
    sentence = sentence_start(text, q.start)
    opening = text[sentence : sentence + 40].split(maxsplit=2)
    if not opening or not opening[0][:1].isupper():
        return None
    if cues is None or (
        cues.opens(sentence, _ANOTHER_OPENERS, space=False)
        and not cues.lacks(sentence, q.start, _ANOTHER_WORDS)
    ):
        another = _ANOTHER.match(text, sentence, q.start)
        if another is not None and not _reports(another, text, q.start):
            return "part", another.span("name")
    # the name's first word ("The" opening it aside): capitalised, and no
    # title, article or time
    first = opening[1] if opening[0].casefold() == "the" and opening[1:] else opening[0]
    if not first[:1].isupper() or first.casefold() in _NOT_BODIES:
        return None
    named = (
        _NAMED.match(text, sentence, q.start) if _may_name(text, sentence, q) else None
    )
    if named is None and (
        cues is None or not cues.lacks(sentence, q.start, _SECOND_WORDS)
    ):
        named = _SECOND.match(text, sentence, q.start)
    kind: Literal["part", "body"] = (
        "body" if named is not None and "then" in named.re.groupindex else "part"
    )
    if (
        named is None
        or _reports(named, text, q.start)
        or named.group("verb").casefold() in _COUNTING
    ):
        # "Dunmere Hospital counted 450 dead": a body that counts may count
        # the story's whole (a place that counts is read in places.py)
        return None
    name = named.group("name")
    words = name.split()
    if words[0].casefold() in _NOT_BODIES or name.isupper():
        return None
    if not _story_named(text, sentence):
        return None
    if len(words) == 1 and (
        # (the kept and the set's answers before the demonym's, which reads
        # the story's names each time)
        words[0].casefold() in PERSONS
        or _common(text, words[0])
        or _demonym_home(text, words[0], sentence)
        or not (_named_inside(text, words[0]) or _acts(words[0], named))
    ):
        # "The Kestrian army" in a story of Kestria's; "Rescuers pulled 40
        # bodies", "Nearly two-thirds of those killed": a word capitalised
        # only where it opens a sentence may be a common one
        return None
    runs = [r.strip() for r in regex.split(r"\s+of\s+(?:the\s+)?", name)]
    if any(
        is_titled(text, run, sentence) or is_home(text, run, sentence)
        for run in [name, *runs]
    ):
        return None
    if is_source(text, name):
        return None
    if _OBJECT.search(text, named.end("verb"), q.start) or any(
        is_titled(text, m.group(), sentence)
        for m in _NAME.finditer(text, named.end("name"), q.start)
    ):
        # "Ofgem fined Kestrel 3 million", "Mara Quill sentenced him to 12
        # years": the story's own, named or a pronoun, before the figure
        return None
    return kind, named.span("name")


def _may_name(text: str, sentence: int, q: Quantity) -> bool:
    """Whether :data:`_NAMED` may match from ``sentence`` to the figure: a
    match holds no ";", and a "," or ".:!?" or a line break only in its
    aside, which holds two commas (its pattern backtracks long where none
    fits)."""
    stretch = text[sentence : q.start]
    commas = stretch.count(",")
    if commas == 2:
        return ";" not in stretch
    return commas == 0 and not any(c in stretch for c in ";.:!?\n")


_NAME = lazy(NAME)
# ("offered US staff": the country's initials, not a pronoun)
_OBJECT = lazy(r"\b(?:him|her|them|it|(?-i:us)|me|you)\b", regex.I)


def _reports(subject: regex.Match[str], text: str, end: int) -> bool:
    """Whether the subject's verb, or one before the figure, reports a count."""
    if subject.group("verb").casefold() in _REPORTING:
        return True
    return _REPORTS_INSIDE.search(text, subject.end("verb"), end) is not None


def _story_named(text: str, before: int) -> bool:
    """Whether the headline (or the first paragraph) names the story's own
    before ``before``: a name of more than one word, or of one the article
    never writes in small letters ("Airline chaos" over "the airline said"
    names nothing)."""
    return any(
        " " in name or not _common(text, name) for name in titled_names(text, before)
    )


@lru_cache(maxsize=64)
def _common(text: str, word: str) -> bool:
    """Whether the article writes ``word`` in small letters too: a common
    word, capitalised where it opens a sentence (asked of the same few names
    by many figures of an article: kept)."""
    low = word.casefold()
    at = text.find(low)
    while at >= 0:
        before = text[at - 1 : at]
        after = text[at + len(low) : at + len(low) + 1]
        if not before.isalnum() and not after.isalnum():
            return True
        at = text.find(low, at + 1)
    return False


def _acts(word: str, subject: regex.Match[str]) -> bool:
    """Whether a one-word subject, written nowhere else, reads as a name
    that acts: no plural, adverb or gerund ("Floods", "Nearly", "Flooding"),
    and a verb in the past ("Orlen declared"); or two verbs in the past, an
    aside between commas allowed ("Alphabet, Google's parent, cut 12,000
    jobs and offered ...")."""
    if len(word) <= 3 or word.endswith(("s", "ly", "ing")):
        return False
    if "then" in subject.re.groupindex:
        return True
    return subject.group("aside") is None and subject.group("verb").endswith("ed")


def _named_inside(text: str, word: str) -> bool:
    """Whether the article writes ``word`` capitalised inside a sentence too
    (after a word in small letters or a comma): a name."""
    at = text.find(word)
    while at >= 0:
        before = text[max(0, at - 2) : at]
        after = text[at + len(word) : at + len(word) + 1]
        if (
            before[-1:] == " "
            and (before[:1].islower() or before[:1] == ",")
            and (not after.isalnum())
        ):
            return True
        at = text.find(word, at + 1)
    return False


# -- another's by what the figure is given to, or owned by ---------------------

#: nouns of a body a demonym may own: "the Kessarian central bank's"
_BODY_NOUNS = r"""(?:bank|government|ministry|regulator|army|navy|military|police
    |airline|carrier|company|firm|group|federation|league|team|side|club|party
    |parliament|treasury|court|agency|authority|insurer|lender|operator)"""
# "the Kessarian central bank's rate of 5.25%", "the Vessarian government's
# 212": before the figure, or before the measure word it counts
_DEMONYM_OWNS = lazy(
    rf"""\bthe\s+(?P<name>(?-i:\p{{Lu}})[\w-]*)\s+(?:[^\W\d_]+\s+)?{_BODY_NOUNS}
    (?:'s|’s)\s+(?:[^\W\d_][\w-]*\s+){{0,2}}$""",
    regex.I | regex.X,
)
# "gave Mila Dorn, Vasch's accountant, a sentence of six years": the one a
# verb gives the figure to (a verb that fines or jails its object names the
# story's own as often as another)
_GIVEN_BEFORE = lazy(
    rf"""\b(?:gave|give|gives|handed|awarded)\s+
    (?:the\s+)?(?P<name>{_BODY})(?:\s*,[^,\d;]{{1,60}},)?\s+[^\d.;!?\n]{{0,40}}$""",
    regex.I | regex.X,
)
# "the 150 years given to Harlan Pike", "imposed on Norbeck Dairies"
_GIVEN_AFTER = lazy(
    rf"""[^\d.;!?\n]{{0,30}}?\b(?:given\s+to|handed\s+(?:down\s+)?to|imposed\s+on
    |paid\s+by|awarded\s+to|levied\s+on|ordered\s+(?:against|for))\s+
    (?:the\s+)?(?P<name>{_BODY})""",
    regex.I | regex.X,
)
_GIVEN_WORDS = ("gave", "give", "handed", "awarded")
#: what every match of _DEMONYM_OWNS holds: the body noun
_BODY_WORDS = tuple(
    """bank government ministry regulator army navy military police airline
    carrier company firm group federation league team side club party
    parliament treasury court agency authority insurer lender operator""".split()
)
_GIVEN_AFTER_WORDS = (
    "given", "handed", "imposed", "paid", "awarded", "levied", "ordered",
)  # fmt: skip
_LEAD_NAME = lazy(r"(?-i:\p{Lu})[\w’-]+")


def other_owner(
    text: str,
    q: Quantity,
    bound: Span,
    start: int,
    end: int,
    *,
    cues: Cues | None = None,
) -> Span | None:
    """The name of another body than the story's that ``q`` is given to or
    owned by, or None: "the Kessarian central bank's rate of 5.25%" (a
    demonym none of the story's names shares), "gave Mila Dorn a sentence of
    six years", "the 150 years given to Harlan Pike" (under a headline
    naming another)."""
    lead = max(start, min(q.start, bound[0]) - 60)
    if cues is None or not (
        cues.lacks(lead, q.start, ("'s", "’s"))
        or cues.lacks(lead, q.start, _BODY_WORDS)
    ):
        owns = _DEMONYM_OWNS.search(text, lead, q.start)
        if owns is None and bound[1] <= q.start:
            owns = _DEMONYM_OWNS.search(text, max(start, bound[0] - 60), bound[0])
        if owns is not None and not _demonym_home(text, owns.group("name"), q.start):
            return owns.span("name")
    given = None
    if cues is None or not cues.lacks(lead, q.start, _GIVEN_WORDS):
        given = _GIVEN_BEFORE.search(text, lead, q.start)
    if given is None and (
        cues is None or not cues.lacks(q.end, min(end, q.end + 50), _GIVEN_AFTER_WORDS)
    ):
        given = _GIVEN_AFTER.match(text, q.end, end)
    if given is None or not _story_named(text, q.start):
        return None
    name = given.group("name")
    if name.split()[0].casefold() in _NOT_BODIES or is_source(text, name):
        return None
    runs = [r.strip() for r in regex.split(r"\s+of\s+(?:the\s+)?", name)]
    if any(is_titled(text, run, q.start) for run in [name, *runs]):
        return None
    return given.span("name")


def _demonym_home(text: str, name: str, before: int) -> bool:
    """Whether a demonym ("Orvlandic", "Kessarian") is of one of the
    story's names: the headline's, its own places, or a name of the
    article's first sentence (its first four letters are theirs: "Orvish"
    of "Orvia")."""
    stem = name.casefold()[:4]
    names = [
        *titled_names(text, before),
        *home_names(text, before),
        *(folded for word, folded in _first_names(text) if word != name),
    ]
    return any(word.startswith(stem) for n in names for word in n.split())


@lru_cache(maxsize=16)
def _first_names(text: str) -> tuple[tuple[str, str], ...]:
    """The capitalised words of the article's first sentence, each as it
    stands and case folded (read once per article)."""
    body = _body_start(text)
    stops = [text.find(end, body) for end in (". ", "! ", "? ", "\n")]
    first_end = min([s for s in stops if s >= 0], default=len(text))
    return tuple(
        (m.group(), m.group().casefold())
        for m in _LEAD_NAME.finditer(text, body, first_end)
    )


def _body_start(text: str) -> int:
    """Where the article's body begins: after its headline, if any."""
    first = text.find("\n")
    if first > 0 and not text[:first].rstrip().endswith((".", '"', "”")):
        return first + 1 + len(text[first + 1 :]) - len(text[first + 1 :].lstrip())
    return 0
