"""Figures and statements a sentence reports only to call them false.

"Officials dismissed reports of 40 dead as false", "a viral post falsely
claimed that 40 people had died", "rumours of 40 deaths, later debunked,
spread online", "claims that the blast was an attack spread as a conspiracy
theory": what the report says is not the article's own account.  Five
wordings put it so:

- a denial or a dismissal leads into it (``denied that``, ``dismissed
  reports of``, ``rejected a claim that``; not ``did not deny``);
- a report is called false before it (``falsely claimed``, ``the false
  claim that``, ``bogus reports of``), or its tellers are conspiracy
  theorists (``conspiracy theorists were quick to claim that``);
- a report names it (``reports of``, ``claims that``, ``a figure of``,
  ``posts claiming``) and
  the rest of its sentence calls it false (``were untrue``, ``called them
  false``, ``later debunked``, ``spread as a conspiracy theory``);
- a report named right after its clause is called false or denied (``400
  had died, a figure officials called exaggerated``, ``..., a claim the army
  rejected``);
- a correction quotes it (``An earlier version of this article said the
  fine was $1.2 billion``, and ``It also said ...`` in the sentence after),
  up to a semicolon or the end of its sentence.

A clause joined by ``and``, ``but`` or a comma after the denial is the
article's own again: in "officials denied that the gates were locked and
said 30 people died", 30 stands.  A figure so reported binds to nothing
(``denied``, see :mod:`claimcheck.engine.binding`); a statement so reported
is negated (see :mod:`claimcheck.engine.statements`).
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.patterns import any_piece, lazy

__all__ = ["denied_report", "reported_false", "sentence_around"]

Span = tuple[int, int]

#: how far a sentence's ends are sought from the words it holds
_LOOKBACK = 300
#: how far from a figure a denial's words are sought before any pattern runs
_NEAR = 100
#: words one of which every reading below holds, for :class:`Cues`
_WORDS = (
    "deni", "deny", "dismiss", "reject", "refut", "disput", "rebut", "debunk",
    "discredit", "false", "untrue", "unfounded", "baseless", "wrong", "incorrect",
    "inaccurate", "fake", "bogus", "hoax", "conspiracy", "misinformation",
    "disinformation", "mistaken", "erroneous", "exaggerat", "inflated",
    "overstat", "version",
)  # fmt: skip
_HOLDS_WORD = any_piece(_WORDS)

_REPORT = (
    r"(?:claims?|reports?|rumou?rs?|suggestions?|allegations?|accounts?|posts?"
    r"|stor(?:y|ies)|theor(?:y|ies)|ideas?|figures?|tall(?:y|ies)|speculation"
    r"|assertions?|messages?|videos?)"
)
# "denied that", "dismissed reports of", "rejected as baseless the idea that"
# (not a noun after its article: "a dispute that produced a strike")
_DENIAL = lazy(
    r"(?<!\b(?:a|an|the|this|its|their)\s+)\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?"
    r"|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|rebut(?:s|ted|ting)?"
    r"|debunk(?:s|ed|ing)?|discredit(?:s|ed|ing)?)\b",
    regex.I,
)
# what a denial takes: "that", or a report of or that what follows
_DENIED_WHAT = lazy(
    r"\s+(?:\w+ly\s+)?that\b"
    r"|\s+(?:as\s+\w+\s+)?(?:(?:the|a|an|any|all|those|these)\s+)?(?:\w+\s+)?"
    rf"{_REPORT}\s+(?:that|of)\b",
    regex.I,
)
# "falsely claimed", "the false claim that", "bogus reports of"
_CALLED_FALSE = lazy(
    r"\b(?:falsely|wrongly|mistakenly|erroneously|baselessly)\s+(?:\w+\s+)?"
    r"(?:claim|said|say|report|stat|suggest|assert|alleg|put|gave|list|post)\w*"
    r"|\b(?:false|untrue|fake|bogus|unfounded|baseless|debunked|discredited"
    rf"|erroneous|mistaken)\s+(?:\w+\s+)?{_REPORT}\b"
    # "conspiracy theorists were quick to claim online that": a conspiracy
    # theory's tellers, who are no source of the article's own account
    r"|\bconspiracy\s+theorists?\b(?:\s+[\w'’-]+){0,5}?\s+(?:claim|said|say"
    r"|insist|suggest|assert|alleg|argu|post|spread|specul|shar)\w*",
    regex.I,
)
_REPORT_NOUN = lazy(rf"\b{_REPORT}\b", regex.I)
# a report naming what follows: "reports of", "claims that", "a figure of",
# "posts claiming (that)"
_REPORT_LEAD = lazy(
    rf"\b{_REPORT}\s+(?:\w+\s+)?(?:that|of|(?:claim|say|suggest|alleg|stat|assert"
    r"|show|put)ing)\b",
    regex.I,
)
# what calls the report false after it
_FALSE_AFTER = lazy(
    r"\b(?:false|untrue|unfounded|baseless|wrong|incorrect|inaccurate|fake|bogus"
    r"|debunked|discredited|denied|dismissed|refuted|hoax(?:es)?"
    r"|conspiracy\s+theor(?:y|ies)|misinformation|disinformation)\b"
    rf"(?!\s+(?:\w+\s+)?{_REPORT}\b)",
    regex.I,
)
# "400 had died, a figure officials called exaggerated", "a claim the army
# rejected": a report named after the figure, and called false or denied
_DISPUTED_AFTER = lazy(
    rf"\s*,\s+(?:a|an|the|which\s+is\s+a)\s+(?:\w+\s+)?{_REPORT}\s+"
    r"(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){1,4}?"
    r"(?:(?:called|described\s+as|dismissed\s+as|branded|termed|labelled|labeled)"
    r"\s+(?:as\s+)?(?:\w+\s+)?(?:exaggerated|inflated|overstated|false|untrue"
    r"|unfounded|baseless|wrong|incorrect|inaccurate|fake|bogus)"
    r"|den(?:y|ies|ied)|reject(?:s|ed)|disput(?:e|es|ed)|refut(?:e|es|ed))\b",
    regex.I,
)
# "Correction: An earlier version of this article said the fine was $1.2
# billion": the error a correction quotes, up to the end of its sentence or a
# semicolon
_VERSION = (
    r"\b(?:an?|the)\s+(?:earlier|previous|original|prior|first)\s+version"
    r"(?:\s+of\s+(?:this|the)\s+(?:article|story|report|piece|item))?"
)
_CORRECTED = lazy(
    rf"{_VERSION}[^.;!?]*?\b(?:said|stated|reported|gave|put|misstated"
    r"|misreported|described|referred|named|identified|listed|quoted"
    r"|misidentified|included|suggested|implied)\b",
    regex.I,
)
# "It also said ..." after such a sentence: the earlier version again
_ALSO_SAID = lazy(
    rf"\s*(?:it|{_VERSION})\s+also\s+(?:\w+ly\s+)?(?:said|stated|reported|gave"
    r"|put|misstated|misreported|described|referred|named|listed)\b",
    regex.I,
)
_NEGATED = lazy(
    r"\b(?:not|never|no)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$|\bdid\s+$", regex.I
)
# what makes the words after a denial the article's own again
_OWN_AGAIN = lazy(r"[,;:]|\b(?:and|but|while|though|although|yet|whereas)\b", regex.I)
_BEFORE_END = lazy(r"[.!?][\"'”’)]*\s+(?=\S)")
_AFTER_END = lazy(r"[.!?](?=[\"'”’)]*(?:\s|$))")


def sentence_around(text: str, start: int, end: int) -> Span:
    """The sentence holding ``text[start:end]``, read from its punctuation."""
    lo = max(0, start - _LOOKBACK)
    ends = list(_BEFORE_END.finditer(text, lo, start))
    first = ends[-1].end() if ends else lo
    after = _AFTER_END.search(text, end, min(len(text), end + _LOOKBACK))
    return first, after.end() if after else min(len(text), end + _LOOKBACK)


def _led(text: str, lead: regex.Match[str] | None, start: int) -> bool:
    """Whether ``lead`` (the last match before ``start``) still governs it."""
    return lead is not None and not _OWN_AGAIN.search(text, lead.end(), start)


def denied_report(
    text: str,
    start: int,
    end: int,
    sentence: Span | None = None,
    *,
    cues: Cues | None = None,
) -> Span | None:
    """The words calling ``text[start:end]`` a report the sentence holds false.

    ``sentence`` is its sentence (read from the text when None); ``cues``
    (the article's) skips the readings where none of their words stands.
    """
    if cues is not None and not cues.starts_within(
        *(sentence or (max(0, start - _NEAR), end + _NEAR)), _WORDS
    ):
        # a correction's lead may stand far back in a long sentence
        if cues.starts_within(max(0, start - _LOOKBACK), start, ("version",)):
            lo, _ = sentence or sentence_around(text, start, end)
            quoted = _quoted_error(text, lo, start)
            if quoted is not None:
                return quoted
        # "It also said": its "also" stands in the sentence, before the figure
        lo = sentence[0] if sentence else max(0, start - _LOOKBACK)
        if cues.lacks(lo, start, ("also",)):
            return None
        return _error_again(text, start, end, sentence)
    lo, hi = sentence or sentence_around(text, start, end)
    quoted = _quoted_error(text, lo, start) or _error_again(text, start, end, (lo, hi))
    if quoted is not None:
        return quoted
    last = None
    for last in _DENIAL.finditer(text, lo, start):  # noqa: B007
        pass
    if (
        last is not None
        and _led(text, last, start)
        and not _NEGATED.search(text, max(lo, last.start() - 20), last.start())
        and _DENIED_WHAT.match(text, last.end(), start)
    ):
        return last.span()
    called = None
    for called in _CALLED_FALSE.finditer(text, lo, start):  # noqa: B007
        pass
    if called is not None and _led(text, called, start):
        return called.span()
    disputed = _DISPUTED_AFTER.match(text, _clause_end(text, end, hi), hi)
    if disputed is not None:
        return disputed.span()
    report = None
    for report in _REPORT_LEAD.finditer(text, max(lo, start - 60), start):  # noqa: B007
        pass
    if report is None or _OWN_AGAIN.search(text, report.end(), start):
        return None
    for false in _FALSE_AFTER.finditer(text, end, hi):
        if _REPORT_NOUN.search(text, end, false.start()):
            # "a figure of 40 was given, though earlier reports were wrong"
            return None
        if not _NEGATED.search(text, max(end, false.start() - 20), false.start()):
            return report.start(), false.end()
    return None


def _quoted_error(text: str, lo: int, start: int) -> Span | None:
    """The words of a correction quoting an error that holds ``start``:
    "An earlier version of this article said ..." before it in its sentence,
    with no semicolon between."""
    last = None
    for last in _CORRECTED.finditer(text, lo, start):  # noqa: B007
        pass
    if last is None or ";" in text[last.end() : start]:
        return None
    return last.span()


def _error_again(text: str, start: int, end: int, sentence: Span | None) -> Span | None:
    """The words "It also said" opening the sentence that holds
    ``text[start:end]``, right after a sentence quoting an error: the earlier
    version again."""
    lo, _ = sentence or sentence_around(text, start, end)
    also = _ALSO_SAID.match(text, lo, start)
    if also is None or ";" in text[also.end() : start]:
        return None
    before = sentence_around(text, max(0, lo - 2), max(0, lo - 1))
    if _CORRECTED.search(text, before[0], lo) is None:
        return None
    return also.start() + len(also.group()) - len(also.group().lstrip()), also.end()


_CLAUSE_END = lazy(r"[^,;:]*")


def _clause_end(text: str, end: int, hi: int) -> int:
    """Where the clause holding ``text[:end]`` ends: its next comma, colon or
    semicolon (or ``hi``)."""
    m = _CLAUSE_END.match(text, end, hi)
    return m.end() if m is not None else end


def reported_false(text: str, sentence: Span, words: tuple[Span, ...]) -> int:
    """1 when the statement matched at ``words`` is a report its sentence holds
    false ("claims that the blast was an attack spread as a conspiracy
    theory"), else 0: a negation to add to its cues."""
    said = text[sentence[0] : sentence[1]].casefold()
    if not words or not _HOLDS_WORD(said):
        return 0
    return int(denied_report(text, words[0][0], words[-1][1], sentence) is not None)
