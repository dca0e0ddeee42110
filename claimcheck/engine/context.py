"""Whether a mention is about what a claim's context names.

Context terms tolerate the spelling variants entity names do (a typo by
length, see :func:`default_max_errors`); a quantity claim's ``exclude`` terms
rule a mention out when they, not the context, own it (see :func:`owns`).
"""

from __future__ import annotations

import bisect
import itertools

import regex

from claimcheck.claims import Claim, QuantityClaim, Scope
from claimcheck.engine.dailycounts import PERIOD_TERM, moment_at
from claimcheck.engine.described import described
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.nouns import PERSONS
from claimcheck.engine.patterns import lazy
from claimcheck.engine.phrasals import PHRASALS, split_phrasals
from claimcheck.engine.terms import _DASHES, APOSTROPHES, FLAGS, Term, Terms
from claimcheck.engine.toldparts import (
    named_in_parts,
    named_in_them,
    named_jointly,
    told_sentences,
)

__all__ = [
    "context_holds",
    "default_max_errors",
    "headline",
    "names_scope",
    "other_subject",
    "owns",
    "variants",
    "with_initials",
]


def context_holds(claim: Claim, index: ArticleIndex, offset: int) -> bool:
    if not claim.context:
        return True
    article = index.article
    if claim.context_scope is Scope.SENTENCE:
        start, end = article.sentence_at(offset)
    elif claim.context_scope is Scope.PARAGRAPH:
        start, end = article.paragraph_at(offset)
        # a headline says what the whole article is about
        title = headline(index)
        # (the loops written out: this runs once per figure and statement)
        for group in claim.context:
            if not _any_hit_in(index, group, start, end) and (
                title is None or not _any_hit_in(index, group, *title)
            ):
                return False
        return True
    else:
        start, end = article.body_start, len(article.text)
    for group in claim.context:  # noqa: SIM110
        if not _any_hit_in(index, group, start, end):
            return False
    return True


_SENTENCE_END = lazy(r"[.!?][\"'”’)]*\s*$")
#: the most words a headline has
_HEADLINE_WORDS = 25


def headline(index: ArticleIndex) -> tuple[int, int] | None:
    """The article's headline: its first paragraph when that is one line of
    at most 25 words that does not end as a sentence does."""
    memo = index._memo
    if "headline" not in memo:
        article = index.article
        found = None
        if len(article.paragraphs) > 1:
            start, end = article.paragraphs[0]
            line = article.text[start:end]
            if (
                "\n" not in line.strip()
                and len(line.split()) <= _HEADLINE_WORDS
                and not _SENTENCE_END.search(line)
            ):
                found = (start, end)
        memo["headline"] = found
    title: tuple[int, int] | None = memo["headline"]
    return title


def _any_hit_in(index: ArticleIndex, terms: Terms, start: int, end: int) -> bool:
    """Whether a hit of ``terms`` lies inside ``[start, end)``."""
    hits = context_hits(index, terms)
    # hits come in order of their start (every search finds them so): from
    # the first that starts in the stretch, up to the first past its end
    at = bisect.bisect_left(hits, (start,))
    for first, last in itertools.islice(hits, at, None):
        if first > end:
            return False
        if last <= end:
            return True
    return False


def context_hits(index: ArticleIndex, terms: Terms) -> tuple[tuple[int, int], ...]:
    """Where context ``terms`` match the article, spelling variants included.

    An article that spells a name its own way spells it so throughout, so the
    (costly) search for variants runs only where the terms match nowhere.
    """
    found = index.hits(terms) or index.hits(variants(terms, None))
    if found and terms.names("period", PERIOD_TERM):
        # "a day after the fair closed": a moment, not the claim's "a day"
        text = index.article.text
        found = tuple(
            h
            for h in found
            if not (PERIOD_TERM.match(text[h[0] : h[1]]) and moment_at(text, h[1]))
        )
    # "forced 4,200 residents out" (worked out once per terms)
    split = terms._cache.get(PHRASALS, terms)
    if split is terms:
        split = split_phrasals(terms)
    if split is None:
        return found
    memo: dict[Terms, tuple[tuple[int, int], ...]]
    memo = index._memo.setdefault("split phrasals", {})
    merged = memo.get(terms)
    if merged is None:
        merged = memo[terms] = tuple(sorted({*found, *index.hits(split)}))
    return merged


def default_max_errors(name: str) -> int:
    """Typos tolerated in a name of this length: 0 up to 7 letters, then 1, then 2."""
    letters = sum(c.isalnum() for c in name)
    if letters < 8:
        return 0
    if letters < 16:
        return 1
    return 2


_FUZZY_CACHE: dict[tuple[str, int | None], Terms] = {}
_PHRASE_GAPS = lazy(r"[\s" + _DASHES + r"]+")
_APOSTROPHE_SPLIT = lazy("[" + regex.escape(APOSTROPHES) + "]")


def with_initials(index: ArticleIndex, names: Terms) -> list[tuple[int, int]]:
    """Where one of ``names`` of two words or more stands with one or two
    middle initials after its first word ("William G. Young", "William G H
    Young" for "William Young").

    The rest of the name is found as a phrase (no pattern runs over the
    whole article); the first word and the initials are read in the few
    characters before it.
    """
    forms: list[tuple[Terms, regex.Pattern[str]]] | None = names._cache.get("initials")
    if forms is None:
        forms = []
        for term in names.terms:
            head, _, tail = term.text.strip().partition(" ")
            if term.is_regex or not tail.strip() or "*" in term.text:
                continue
            pattern = regex.compile(Term(text=head).to_regex() + _INITIALS, FLAGS)
            forms.append((Terms.of([tail.strip()]), pattern))
        names._cache["initials"] = forms
    text = index.article.text
    found: set[tuple[int, int]] = set()
    for rest, before in forms:
        for start, end in index.hits(rest):
            m = before.search(text, max(start - _INITIALS_REACH, 0), start)
            if m is not None:
                found.add((m.start(), end))
    return sorted(found)


# one or two capital initials, each maybe with its full stop, then the rest
_INITIALS = r"[\s]+(?:(?-i:\p{Lu})\.?[\s]+){1,2}$"
#: how far before the rest of a name its first word may start
_INITIALS_REACH = 80


def variants(names: Terms, max_errors: int | None) -> Terms:
    """Spelling variants of ``names``: typos by length (see
    :func:`default_max_errors`) unless ``max_errors`` says."""
    # kept on the terms too: writing the key out costs more than the lookup
    slot = f"variants {max_errors}"
    mine = names._cache.get(slot)
    if mine is not None:
        found: Terms = mine
        return found
    key = (repr(names.terms), max_errors)
    cached = _FUZZY_CACHE.get(key)
    if cached is not None:
        names._cache[slot] = cached
        return cached
    parts = []
    #: how far before an intact run of its letters a variant may start
    reach: int | None = 0
    for term in names.terms:
        errors = max_errors if max_errors is not None else default_max_errors(term.text)
        if term.is_regex or errors == 0:
            continue
        if reach is not None:
            # each character of the term matches one at most (its separators
            # repeat only spaces and dashes), each error adds one; a word's
            # trailing * matches any number
            star = any(w.endswith("*") for w in _PHRASE_GAPS.split(term.text))
            reach = None if star else max(reach, len(term.text) + errors)
        body = term.to_regex()
        # full case folding (on under VERSION1) makes the regex module miss
        # a dropped letter of a doubled "ss" (it folds to "ß"): turn it off
        parts.append(Term(text=f"(?-f:(?:{body}){{e<={errors}}})", is_regex=True))
    # A never-matching pattern keeps the API uniform when no name is fuzzy.
    terms = Terms(
        terms=tuple(parts) or (Term(text=r"(?!)", is_regex=True),),
        requires=_exact_pieces(names, max_errors),
        reach=reach,
    )
    _FUZZY_CACHE[key] = names._cache[slot] = terms
    return terms


def _exact_pieces(names: Terms, max_errors: int | None) -> regex.Pattern[str] | None:
    """A pattern that every spelling variant of ``names`` contains, or None.

    A phrase matched with at most ``e`` errors (each an inserted, dropped or
    changed character) keeps at least one of any ``e + 1`` disjoint runs of
    its letters intact, so an article holding none of the runs holds no
    variant.
    """
    pieces: list[str] = []
    for term in names.terms:
        errors = max_errors if max_errors is not None else default_max_errors(term.text)
        if term.is_regex or errors == 0:
            continue
        # the runs of literal characters phrase_regex writes: words split at
        # spaces, dashes and apostrophes; a trailing * matches any ending
        runs = [
            run
            for word in _PHRASE_GAPS.split(term.text.strip())
            for run in _APOSTROPHE_SPLIT.split(
                word[:-1] if word.endswith("*") and len(word) > 1 else word
            )
            if run
        ]
        while len(runs) < errors + 1:
            longest = max(runs, key=len, default="")
            if len(longest) < 2:
                return None  # too short to hold e + 1 runs: no shortcut
            i = runs.index(longest)
            half = len(longest) // 2
            runs[i : i + 1] = [longest[:half], longest[half:]]
        # any e + 1 of them will do: the longest are the rarest
        pieces += sorted(runs, key=len, reverse=True)[: errors + 1]
    if not pieces:
        return None
    alternation = "|".join(regex.escape(p) for p in sorted(set(pieces)))
    # the same case rule as the variants' own pattern (full folding off)
    return regex.compile(f"(?-f:{alternation})", FLAGS)


def names_scope(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> bool:
    """Whether the claim's own context, or its description, names the part a
    mention is about.

    A difference's words name the sides it lies between ("the margin between
    those for and against the levy"): naming a side there makes the gap no
    side's count.
    """
    assert mention.qualifier is not None
    if mention.scope == "difference":
        return False
    start, end = mention.qualifier
    text = index.article.text
    # "Six Jordanian pilgrims died": the part is named by its modifier, not
    # by the noun it qualifies ("pilgrims", which the whole shares)
    end_of_figure = mention.quantity.end
    head = (
        mention.scope == "part"
        and start >= end_of_figure
        and not text[end_of_figure:start].strip()
        and text[start:end].split(maxsplit=1)[0].casefold() not in _PREPOSITIONS
    )
    return any(
        h[0] < end and h[1] > start and not (head and h[0] > start and h[1] == end)
        for g in claim.context
        for h in index.hits(g)
    ) or described(claim, mention.scope, text[start:end])


_WHERE = lazy(r"\s*,\s*where\b", FLAGS)
# a part's qualifier opened by one of these is a phrase of place or time
_PREPOSITIONS = frozenset(
    "in at on from of across for among near around outside inside within by".split()
)
_CLAUSE_BREAK = lazy(r"[,;:]")
_PRONOUN = lazy(r"\b(?:it|its|they|their|them|he|his|him|she|her)\b", FLAGS)


def _hits_of(claim: QuantityClaim, index: ArticleIndex) -> list[tuple[int, int]]:
    return [h for g in claim.context for h in index.hits(g)]


def owns(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> bool:
    """Whether a mention is about what the claim's context names.

    The context must match within its scope; with ``exclude``, the *owner* of
    the mention must not be an excluded term.  The owner is the context or
    excluded term nearest the number in its clause, else the first in its
    sentence, else, when a pronoun stands before the number ("Its shares
    fell"), the last one before the sentence in its paragraph.  That last
    rule also lets a pronoun carry a sentence-scoped context.
    """
    start = mention.quantity.start
    # "received $11,000 in all: $8,000 from the state", "from charities and
    # the state together": the context names a part, and the whole is not
    # its figure (the context's hits are sought only where that may be)
    if claim.context and (
        (
            mention.sentence in told_sentences(index)
            and named_in_parts(mention, index.mentions, lambda: _hits_of(claim, index))
        )
        or named_jointly(index.article.text, mention, lambda: _hits_of(claim, index))
        or named_in_them(index.article.text, mention, lambda: _hits_of(claim, index))
    ):
        return False
    holds = context_holds(claim, index, start)
    if claim.exclude is None and (holds or claim.context_scope is not Scope.SENTENCE):
        return holds
    owner = _owner(claim, index, mention)
    if owner == "exclude":
        return False
    return holds or owner == "context"


def _owner(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> str:
    article = index.article
    q = mention.quantity
    s_start, s_end = mention.sentence
    groups = [("context", g) for g in claim.context]
    if claim.exclude is not None:
        groups.append(("exclude", claim.exclude))
    found: list[tuple[int, int, str]] = []
    p_start = article.paragraph_at(q.start)[0]
    for name, group in groups:
        found += [(h[0], h[1], name) for h in _group_hits(index, group, p_start, s_end)]
    inside = [f for f in found if f[0] >= s_start]
    c_start, c_end = mention.clause
    # "from Famber, where an outbreak infected 900": a "where" clause hangs
    # from the place it follows, whose figures it tells
    text = article.text
    for f in inside:
        if f[1] <= q.start:
            where = _WHERE.match(text, f[1], q.start)
            if (
                where is not None
                and where.end() > c_start - 2
                and _CLAUSE_BREAK.search(text, where.end(), q.start) is None
            ):
                return f[2]
    in_clause = [f for f in inside if f[0] >= c_start and f[1] <= c_end]
    if in_clause:
        return min(in_clause, key=lambda f: abs(f[0] - q.start))[2]
    if inside and "\n" in text[s_start : q.start]:
        # a fact box's row ("Mell Island homes destroyed: 70%"): the place its
        # own label names owns it, not one a row above names
        line = text.rfind("\n", s_start, q.start) + 1
        in_row = [f for f in inside if f[0] >= line]
        if in_row:
            return min(in_row, key=lambda f: abs(f[0] - q.start))[2]
    if inside:
        return min(inside)[2]
    before = [f for f in found if f[1] <= s_start]
    if before and _PRONOUN.search(article.text, s_start, q.start):
        return max(before)[2]
    return ""


def _group_hits(
    index: ArticleIndex, terms: Terms, start: int, end: int
) -> list[tuple[int, int]]:
    """Hits of ``terms`` in ``[start, end)``, spelling variants included."""
    return [h for h in context_hits(index, terms) if h[0] >= start and h[1] <= end]


# a name as the subject of the verb right before a figure: "Dorsk Airways
# cancelled", "At Dorsk airport, Brenna Air has cancelled", "Brill airport
# cancelled" (up to four
# capitalised words, past auxiliaries), opening the figure's clause or after
# a fronted phrase's comma
_NAMED_SUBJECT = lazy(
    r"\s*(?:[^,\n]*,\s*)?(?P<name>(?-i:\p{Lu})[\w'’&.-]*(?:\s+(?-i:\p{Lu})[\w'’&.-]*){0,3})"
    # "Brill airport cancelled": a name with the kind of body it names
    r"(?P<kind>\s+(?:airport|airline|airlines|port|council|government|ministry"
    r"|police|authorities|company|group|bank|railway|railways|utility|hospital"
    r"|city|town|county|province|state|region|district))?"
    r"\s+(?:(?:has|have|had)\s+)?$",
    FLAGS,
)


def other_subject(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> bool:
    """Whether a figure right after the verb binding it ("Dorsk Airways
    cancelled 85 flights") has a named subject that none of the claim's
    context terms names, while the claim has a context: another party's
    figure, though the claim's name stands further on ("in sympathy with the
    Velmar strikers").  One word opening the sentence ("Airlines
    cancelled", "It has cancelled") is a name where the article capitalises
    it within a sentence too, or where it is no plural, no word for people
    or a pronoun, and the article never writes it in lower case."""
    if not claim.context or mention.bound is None or mention.rule != "object":
        return False
    text = index.article.text
    verb = mention.bound[0]
    start = max(mention.sentence[0], mention.clause[0])
    found = _NAMED_SUBJECT.match(text, start, verb)
    if found is None:
        return False
    name = found.group("name")
    if name.casefold() in _NO_NAME:
        return False  # "The airline cancelled", "It has cancelled"
    if (
        found.start("name") == mention.sentence[0]
        and " " not in name
        and found.group("kind") is None
        and not _reads_as_name(text, name)
    ):
        # "Airlines cancelled", "It has cancelled": one word opening the
        # sentence is a name only where the article writes it so elsewhere
        return False
    first, last = found.span("name")
    # (the loops written out: this runs once per figure)
    for group in claim.context:
        for h in context_hits(index, group):
            if first <= h[0] and h[1] <= last:
                return False
    return True


#: words opening a sentence that name no one in particular
_NO_NAME = frozenset(
    """it they he she we you i this that these those there here one some many
    most all both each either neither none several few others another such
    what which who police the a an its their his her our""".split()
)


def _reads_as_name(text: str, word: str) -> bool:
    """Whether ``word``, capitalised at a sentence's start, reads as a name:
    ``text`` writes it capitalised after a word of a sentence too ("talks
    with Dorsk"), or it is no plural, no word for people or a pronoun, and
    ``text`` never writes it in lower case (one pass over its occurrences)."""
    within = lower = False
    for m in regex.finditer(
        rf"(?<![\w'’-]){regex.escape(word)}(?![\w'’-])", text, regex.I
    ):
        at = m.start()
        if text[at].islower():
            lower = True
        elif at >= 2 and text[at - 1].isspace() and text[at - 2].isalnum():
            within = True
    low = word.casefold()
    return within or not (
        lower or low.endswith("s") or low in _NO_NAME or low in PERSONS
    )
