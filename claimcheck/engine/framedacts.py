"""Acts told by a verb that the words after it complete.

An analyst writes "the council sued the firm"; a report says "the council
took the firm to court", the phrase holding its object inside it.  So too
"set the two men free" (released), "called the match off" (cancelled),
"pulled its salads from shelves" (recalled), "ordered the firm to pay a
penalty" (fined).  A statement's verb of the table (by lemma) takes the
phrase's verb as a spelling of its own (:func:`framed_heads`); a clause
whose word for that slot is the phrase's verb states the act only where the
phrase's ending follows it, past a few words (its object, or the agent of a
passive: "was ordered by the regulator to pay a fine"), inside the clause
(:func:`framed_complete`).  "Took the firm to task" and "set the hearing for
May" are other acts.

A verb may also say the act alone only where the word after it lets it:
"the minister quit" resigned, "quit smoking" did not.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from claimcheck.engine.acts import framed_acts
from claimcheck.engine.terms import FLAGS, word_forms, word_lemmas

__all__ = ["framed_complete", "framed_heads"]

Span = tuple[int, int]

#: the words a phrase's verb and its ending may have between them
_GAP = 6
# what is pulled from sale: "from shelves", "from the market", "from its
# stores"
_SALE = (
    r"from\s+(?:the\s+|its\s+|their\s+|supermarket\s+|store\s+|shop\s+)*"
    r"(?:shelves|market|markets|stores|shops|sale)\b"
)
# a penalty ordered paid: a fine, a penalty or a sum (not damages or
# compensation, which a court orders for a loss)
_PAY = (
    r"to\s+pay\b(?![^.;]*?\b(?:damages|compensation|costs|wages|back\s+pay"
    r"|arrears|refunds?)\b)(?=\s+(?:\S+\s+){0,3}?(?:fines?|penalty|penalties\b"
    r"|[$€£¥]|\d))"
)
# a verb that says leaving a post where no gerund follows ("quit smoking")
# and no object but a post ("quit the cabinet", not "quit the party")
_ALONE = (
    r"(?!\s+(?:\w+ing\b|(?:the|his|her|their|its|a|an)\s+(?!(?:posts?|jobs?"
    r"|cabinet|government|board|office|seat|presidency|role)\b)))"
)
# a post given up: "gave up her post", "gave up his seat"
_POST = r"\s+up\s+(?:his|her|their|the)\s+(?:posts?|jobs?|seats?)\b"


def _own(ending: str) -> str:
    """An ending that must be one of the claim's own words (``own``), and
    no subject of a verb after it ("agreed the deal was poor")."""
    return rf"(?P<own>{ending})\b(?!\s+{_VERB_AFTER}\b)"


_VERB_AFTER = r"(?:was|were|is|are|had|has|have|would|could|will|should|might|must)"
_DEAL = r"deals?|agreements?|accords?|compromises?"
_INQUIRY = r"inquiry|inquiries|investigations?|probes?|reviews?"
# "said the allegations were false"
_FALSE = (
    r"(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:false|untrue|baseless|unfounded"
    r"|groundless|fabricated)\b"
)
# "said it was sorry", "said that they were deeply sorry"
_SORRY = (
    r"\s+(?:that\s+)?(?:it|he|she|they|we|I)\s+(?:was|were|is|are|am)\s+"
    r"(?:deeply\s+|very\s+|truly\s+|so\s+)?sorry\b"
)

# a claim's verb (its lemma) -> (the phrase's verb, what must follow it,
# the most words between); an ending named ``own`` must be a word the
# claim holds
_TABLE: dict[str, tuple[tuple[str, str, int], ...]] = {
    "sue": (("take", r"to\s+court\b", _GAP),),
    "free": (("set", r"free\b", _GAP),),
    "cancel": (("call", r"off\b", _GAP),),
    "postpone": (("put", r"off\b", _GAP), ("push", r"back\b", _GAP)),
    "recall": (
        *((verb, _SALE, _GAP) for verb in ("pull", "withdraw", "remove")),
        ("announce", r"recall\b", 2),
    ),
    "fine": (("order", _PAY, _GAP),),
    "resign": (("quit", _ALONE, -1), ("give", _POST, -1)),
    "release": (("set", r"free\b", _GAP), ("let", r"go\b", _GAP)),
    "extradite": (("hand", r"over\b", _GAP),),
    "revoke": (("strip", r"of\b", _GAP),),
    "approve": (
        ("give", r"(?:the\s+)?green\s+light\b", _GAP),
        ("sign", r"\s+off\s+on\b", -1),
        ("clear", r"for\s+(?:use|sale|release|market)\b", _GAP),
        ("grant", r"approvals?\b", 3),
    ),
    "apologise": (("say", _SORRY, -1),),
    "apologize": (("say", _SORRY, -1),),
    "deny": (("dismiss", r"as\b", 4), ("say", _FALSE, 4)),
    "apply": (("claim", _own("asylum"), 2),),
    # the claim's own noun ends these: "struck a deal" for "reached a deal"
    # ("agreed to resume talks" is none), "sought bankruptcy protection" and
    # "declared bankruptcy" for "filed for bankruptcy", "launched an inquiry"
    # for "opened an inquiry"
    "reach": tuple((v, _own(_DEAL), 3) for v in ("strike", "agree")),
    "file": tuple((v, _own(r"bankruptcy|insolvency"), 1) for v in ("seek", "declare")),
    "open": (("launch", _own(_INQUIRY), 3),),
}

# the act lexicon's phrases ("relieved the chief of his duties" for "sacked"),
# read for a word that is a noun as well only after a word that makes it a
# verb ("the fishing ban" is no act; "will ban" is)
_ACTS = frozenset(framed_acts())
_VERB_BEFORE = frozenset(
    "is are was were be been has have had will would to not".split()
)
for _lemma, _phrases in framed_acts().items():
    _TABLE[_lemma] = _TABLE.get(_lemma, ()) + tuple(
        (p.verb, p.ending + (_own(p.own) if p.own else ""), p.gap) for p in _phrases
    )


@functools.cache
def _entries(lemma: str) -> tuple[tuple[frozenset[str], regex.Pattern[str]], ...]:
    """The table's phrases for ``lemma``: each verb's spellings, and the
    pattern of what follows it."""
    out = []
    for verb, ending, gap in _TABLE[lemma]:
        forms = frozenset(
            f for f in word_forms(verb) if f == verb or (verb, "verb") in word_lemmas(f)
        )
        if gap < 0:  # (a guard on the words right after the verb)
            pattern = regex.compile(ending, FLAGS)
        else:
            pattern = regex.compile(rf"(?:\s+\S+){{0,{gap}}}?\s+(?:{ending})", FLAGS)
        out.append((forms, pattern))
    return tuple(out)


def _lemmas(word: str) -> tuple[str, ...]:
    return tuple(
        sorted(
            lemma
            for lemma, part in word_lemmas(word)
            if part == "verb" and lemma in _TABLE
        )
    )


#: words before a claim's word that make it a noun ("the fine")
_DETERMINERS = frozenset("the a an its their his her our this that".split())


def framed_heads(word: str, before: str = "") -> tuple[tuple[str, ...], str]:
    """The spellings of the verbs whose phrases tell ``word``'s act (lower
    case), and the lemma its slot is checked by, if it is read as a verb of
    the table (``before``, the word before it, not making it a noun);
    otherwise none and ""."""
    lemmas = () if before in _DETERMINERS else _lemmas(word)
    if (
        lemmas
        and lemmas[0] in _ACTS
        and before not in _VERB_BEFORE
        and any(part == "noun" for _, part in word_lemmas(word))
    ):
        return (), ""
    if not lemmas:
        return (), ""
    forms = tuple(form for forms, _ in _entries(lemmas[0]) for form in sorted(forms))
    return forms, lemmas[0]


def framed_complete(
    text: str, chosen: Sequence[Span], framed: Sequence[tuple[int, str]], end: int
) -> bool:
    """Whether every slot of ``framed`` (its number and its lemma) whose
    chosen word (in ``chosen``, the slots' order) is a phrase's verb has the
    phrase's ending after it before ``end``, and none is the ending of a
    phrase whose verb stands before it ("set the two men free": the act is
    read from "set", where what governs it stands)."""
    for k, lemma in framed:
        start, stop = chosen[k]
        word = text[start:stop].casefold()
        # (phrases sharing a verb: "gave the green light", "gave the go-ahead")
        heads = [pattern for forms, pattern in _entries(lemma) if word in forms]
        if heads and not any(_completes(text, p, stop, end, chosen) for p in heads):
            return False
        if not heads and any(
            _ends_phrase(text, start, stop, forms, pattern)
            for forms, pattern in _entries(lemma)
        ):
            return False
    return True


def _completes(
    text: str, pattern: regex.Pattern[str], stop: int, end: int, chosen: Sequence[Span]
) -> bool:
    found = pattern.match(text, stop, end)
    return found is not None and _own_chosen(found, chosen)


def _own_chosen(found: regex.Match[str], chosen: Sequence[Span]) -> bool:
    """Whether an ending that must be the claim's own word is one."""
    if "own" not in found.re.groupindex:
        return True
    return any(a <= found.start("own") < b for a, b in chosen)


_WORD = regex.compile(r"\w+")
#: how far before a word the verb of a phrase it ends is sought
_BEFORE = 80
#: how far past a word an ending may look ahead
_AHEAD = 40


def _ends_phrase(
    text: str, start: int, stop: int, forms: frozenset[str], pattern: regex.Pattern[str]
) -> bool:
    """Whether the word at ``start``-``stop`` ends a phrase of ``pattern``
    whose verb (one of ``forms``) stands before it."""
    for head in _WORD.finditer(text, max(0, start - _BEFORE), start):
        if head.group().casefold() in forms:
            # (past ``stop``, where an ending looks ahead: "charges(?= against)")
            found = pattern.match(text, head.end(), stop + _AHEAD)
            if found is not None and found.end() == stop:
                return True
    return False
