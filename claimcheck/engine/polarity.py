"""How a matched statement is put in its clause: as fact, denied, or supposed.

A statement's words are found in a clause; the words around them say how the
clause puts it.  The reader collects *cues*: each negation it meets (not,
never, "denied that", "reports that ... are false", "refused to", "yet to"),
and each kind of supposition (a question, a condition, a counterfactual, a
modal verb, an intention such as "faced calls to" or "is expected to", an
open possibility such as "could not rule out").  Two negations cancel ("did
not deny").  The statement's own words never count as cues, so "the company
denied wrongdoing" can be said, and a claim's sentence is read by the same
rules, so that the cues it holds itself ("asked whether they wanted to
return") are not held against an article that puts it the same way.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.engine.answeredrequests import answered_request
from claimcheck.engine.contrasts import contrasted, without_contrast_asides
from claimcheck.engine.leads import LIGHT_VERB, gerund_lead, others_intent, own_plan
from claimcheck.engine.patterns import (
    BACKWARD,
    count,
    found,
    guarded,
    joint_guard,
    lazy,
    may_match,
)
from claimcheck.engine.prospects import (
    carried_out,
    corrected,
    possible_after,
    proposed_before,
    rumoured,
)
from claimcheck.engine.sequences import earlier_lead, other_events_out
from claimcheck.engine.slotinit import slot_init
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = [
    "Cues",
    "Reading",
    "read_cues",
    "read_polarity",
]


class Reading(enum.Enum):
    """How a matched statement is put: as fact, denied, or as a supposition."""

    AFFIRMED = "affirmed"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"


@slot_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Cues:
    """What the words around a statement say about how it is put."""

    #: negations met; an even number cancels out
    negations: int = 0
    #: kinds of supposition met ("question", "condition", "modal"...)
    suppositions: frozenset[str] = frozenset()

    @property
    def negated(self) -> bool:
        return self.negations % 2 == 1

    @property
    def reading(self) -> Reading:
        """The reading of these cues on their own."""
        if self.suppositions:
            return Reading.HYPOTHETICAL
        return Reading.NEGATED if self.negated else Reading.AFFIRMED


# An open possibility is no denial: "could not rule out", "cannot exclude".
_POSSIBILITY = guarded(
    lazy(
        r"\b(?:(?:can|could|would|did|does|do|will|has|have|had)\s*(?:not|n't|never)"
        r"|cannot"
        r"|can't)\s+(?:\w+\s+)?(?:rul(?:e|ed)\s+out|exclud(?:e|ed)|be\s+ruled\s+out"
        r"|be\s+excluded)\b",
        FLAGS,
    ),
    "rule|exclude",
)
_CONDITION = guarded(
    lazy(
        r"\b(?:if|unless|whether|in\s+case|in\s+the\s+event|provided\s+that"
        r"|as\s+long\s+as|suppose|supposing|hypothetically)\b",
        FLAGS,
    ),
    "if|unless|whether|case|event|provided|long|suppos|hypothetically",
)
_MODAL = guarded(
    lazy(r"\b(?:could|might|should|must|can)\b", FLAGS),
    "could|might|should|must|can",
)
# "may" in lower case: "May" with a capital is the month ("passed in May"),
# seldom a modal in news; searched on the text as written
_MAY = lazy(r"\bmay\b")
# a definite future is a supposition of its own kind: "no worker will be laid
# off" is not what "workers may be laid off" puts; reported speech's "would"
# is its future ("Apple said it would appeal"), any other "would" a modal
_FUTURE = guarded(lazy(r"\b(?:will|shall)\b|\w['’]ll\b", FLAGS), "will|shall|'ll|’ll")
_WOULD = guarded(lazy(r"\bwould\b", FLAGS), "would")
_REPORTED = guarded(
    lazy(
        r"\b(?:sa(?:id|ys?|ying)|t(?:old|ells?|elling)|announc\w*|confirm\w*"
        r"|stat(?:ed|es|ing)|add(?:ed|s|ing)|insist\w*|promis\w*|pledg\w*|vow\w*"
        r"|warn\w*|wr(?:ote|ites?|iting)|declar\w*)\b",
        FLAGS,
    ),
    "said|say|told|tell|announc|confirm|stat|add|insist|promis|pledg|vow|warn"
    "|wrot|writ|declar",
)
# a condition after a future or modal statement in its clause: "workers will
# be laid off if demand falls" ("even if" concedes: the statement stands)
_CONDITION_AFTER = guarded(
    lazy(
        r"\b(?<!\beven\s)(?:if|unless|provided\s+that|as\s+long\s+as|in\s+case)\b",
        FLAGS,
    ),
    "if|unless|provided|long|case",
)
# what is feared, threatened or talked of, not what happened: "unions feared
# mill closures", "talks on closing the mill", "the threat of a strike"
_TOPIC = guarded(
    lazy(
        r"\b(?:fear(?:s|ed|ing)?|dread(?:s|ed|ing)?|warn(?:s|ed|ing)?\s+of"
        r"|threat(?:s|en(?:s|ed|ing)?)?\s+of|risks?\s+of|prospects?\s+of"
        r"|possibility\s+of|talks?\s+(?:on|about|over)|speculation\s+(?:about|over|of)"
        r"|plans?\s+for|calls?\s+for|demands?\s+for"
        r"|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?"
        r"|contemplat(?:e|es|ed|ing))"
        r"(?:\s+(?:the|a|an|more|further|new|any|possible|its|their))?\s*$",
        FLAGS,
    ),
    "fear|dread|warn|threat|risk|prospect|possibility|talk|speculation|plan|call"
    "|demand|consider|weigh|mull|contemplat",
)
# a word that leads into an unrealised act: "faced calls to", "plans to",
# "urged the minister to", "called on the chief executive to", "urged the
# government to let the prisoners", "is expected to", "demanded that the
# mayor"
_INTENT_WORDS = (
    r"plan|expect|aim|intend|hope|want|wish|seek|sought|propos|threat|vow|pledg"
    r"|promis|offer|agree|call|urg|press|push|ask|demand|pressur|likel|set\b|due"
    r"|poised|going|about|ready|willing|prepar|decid|tr(?:y|ies|ied)|attempt|insist"
    r"|until|talk|negotiat|bid\b|request"
)
#: a piece of each intent word, as a guard needs them (see
#: :func:`claimcheck.engine.patterns.guarded`)
_INTENT_PIECES = (
    "plan|expect|aim|intend|hope|want|wish|seek|sought|propos|threat|vow|pledg"
    "|promis|offer|agree|call|urg|press|push|ask|demand|pressur|likel|set|due"
    "|poised|going|about|ready|willing|prepar|decid|try|trie|attempt|insist|until"
    "|talk|negotiat|bid|request"
)
_INTENT = guarded(
    lazy(
        rf"\b(?:{_INTENT_WORDS})\w*(?:\s+\S+){{0,4}}?\s+to\s+"
        rf"(?:be\s+|have\s+|let\s+(?:\S+\s+){{0,3}}?|{LIGHT_VERB})?$"
        # "has 30 days to appeal", "has the right to appeal": a time or a
        # right given for the act, not the act
        r"|\b(?:has|have|had|given|gets?|got)\s+(?:\S+\s+){0,4}?"
        rf"(?:days|weeks|months|years|right|chance|opportunity|option)\s+to\s+"
        rf"(?:{LIGHT_VERB})?$"
        rf"|\b(?:demand|insist|urg|call|ask|propos|recommend)\w*\s+(?:that|for)"
        r"(?:\s+\S+){0,3}?"
        r"\s+$",
        FLAGS,
    ),
    f"{_INTENT_PIECES} to",
    "has|have|had|given|get|got"
    " days|weeks|months|years|right|chance|opportunity|option to",
    "demand|insist|urg|call|ask|propos|recommend that|for",
)
# "refused to resign", "has yet to request": the act did not happen
_NOT_DONE = guarded(
    lazy(
        r"\b(?:refus\w*|declin\w*|fail\w*|neglect\w*|yet)\s+to\s+"
        r"(?:be\s+|have\s+)?$",
        FLAGS,
    ),
    "refus|declin|fail|neglect|yet to",
)


def _in_ing(word: str) -> bool:
    """Whether ``word``, or a phrase's first word, ends in -ing ("calling off")."""
    space = word.find(" ")
    return (word if space < 0 else word[:space]).casefold().endswith("ing")


def _ends_in_ing(text: str, start: int, end: int) -> bool:
    """``_in_ing(text[start:end])``, telling most words by their last three
    characters where those are ASCII (their case fold is then their lower
    case, and ends the fold of the word)."""
    space = text.find(" ", start, end)
    stop = end if space < 0 else space
    last = text[stop - 3 : stop] if stop - start >= 3 else ""
    if last.isascii() and len(last) == 3:
        return last.lower() == "ing"
    return _in_ing(text[start:end])


# "All passengers, booked online or not, will be refunded": "or not" gives an
# alternative, no negation; nor does "no" before a comparative and "than"
# ("no more than 3 per cent", "no later than 30 June"): a bound
_NEGATION = guarded(
    lazy(
        r"\b(?:(?<!\bor\s+)not|no(?!\s+(?:more|less|[a-z]+er)\s+than\b)|never"
        r"|neither|none|nobody|nothing|no\s+one"
        r"|without|cannot)\b"
        r"|n['’]t\b",
        FLAGS,
    ),
    "no|never|neither|without|n't|n’t",
)
_NOR = guarded(lazy(r"\bnor\b", FLAGS), "nor")
_DENIAL = guarded(
    lazy(
        r"\bden(?:y|ies|ied|ying|ial)\b|\brul(?:e|es|ed|ing)\s+out\b"
        # (not a noun after its article: "a dispute that produced a strike")
        r"|(?<!\b(?:a|an|the|this|its|their)\s+)"
        r"\b(?:reject|dismiss|refut|disput|contest|rebut)\w*\s+(?:\w+\s+){0,2}?"
        r"(?:that|claims?|reports?|rumou?rs?|suggestions?|allegations?|accounts?)\b",
        FLAGS,
    ),
    "deny|denie|denying|denial|reject|dismiss|refut|disput|contest|rebut|rul",
)
# "rumours that X are false": a report named before X, its falsity after it
_REPORT_LEAD = guarded(
    lazy(
        r"\b(?:claims?|reports?|rumou?rs?|suggestions?|allegations?|accounts?)"
        r"\s+(?:that\b|of\b)?",
        FLAGS,
    ),
    "claim|report|rumor|rumour|suggestion|allegation|account",
)
_FALSE_TAIL = lazy(
    r"^(?:[^,;]*?\b)?(?:is|are|was|were|proved|proven|have\s+been|has\s+been"
    r"|turned\s+out\s+to\s+be)\s+(?:\w+\s+)?(?:false|untrue|unfounded|baseless"
    r"|wrong|incorrect|inaccurate|denied|fake)\b",
    FLAGS,
)
# "Had the dam failed, ...", "Should the prisoners ask, ...": inverted
# conditions open their sentence and end at its first comma
_INVERTED = lazy(r"^\W*(?:had|were|should)\s+[^,]+,", FLAGS)
# asides that carry their own verb: "the company, which could face fines,"
_RELATIVE_ASIDE = guarded(
    lazy(r",\s*(?:who|which|whose|whom|where)\b[^,;]*,", FLAGS), ", wh"
)
# "are not sufficient and must be strengthened", "has not apologised but
# will refund": a negation whose clause ends at "and" or "but" before a verb
# group of its own (a modal or an auxiliary) governs that clause only
_NEGATED_CONJUNCT = guarded(
    lazy(
        r"(?:\b(?:not|never)\b|n['’]t\b)[^,;]*?\b(?:and|but)\s+(?:also\s+)?"
        r"(?=(?:must|will|would|should|shall|can|could|may|might|has|have|had|is"
        r"|are|was|were|be|needs?)\b)",
        FLAGS,
    ),
    "not|never|n't|n’t and|but",
)
# the guarded cues read in the words before a statement and in its last few,
# each group tested at once (most clauses hold none of their words)
_BEFORE_CUES = joint_guard(_POSSIBILITY, _NEGATED_CONJUNCT, _DENIAL)
_NEAR_CUES = joint_guard(_MODAL, _FUTURE, _WOULD)
#: how many characters before a statement what is feared or talked of stands
_TOPIC_REACH = 60
#: how many characters before a statement a correction's lead stands
_CORRECTION_REACH = 120
#: how many words before a statement a modal verb still governs it
_MODAL_REACH = 3
#: how many characters before a word of a statement an intent or a refusal
#: leading into it stands ("refused to", "plans to")
_INTENT_REACH = 80


def read_cues(
    text: str,
    *,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    words: Sequence[tuple[int, int]],
) -> Cues:
    """The cues of a statement whose ``words`` (sorted spans) lie in ``clause``.

    The words themselves are blanked out before cues are sought, and asides
    opening with "who" or "which" are skipped.
    """
    start, end = words[0][0], words[-1][1]
    blanked = _blank(text, clause[0], max(clause[1], end), words)
    lead = blanked[: start - clause[0]]
    inside = blanked[start - clause[0] : end - clause[0]]
    tail = text[end : clause[1]]
    # (a phrase of another event opening the clause puts nothing of it)
    before = _RELATIVE_ASIDE.sub(
        " ", other_events_out(lead[earlier_lead(lead) :] + inside)
    )
    suppositions: set[str] = set()
    negations = 0
    if text[sentence[0] : sentence[1]].rstrip().rstrip("\"'”’)").endswith("?"):
        suppositions.add("question")
    inverted = _INVERTED.match(text, sentence[0], sentence[1])
    if inverted is not None and start < inverted.end():
        suppositions.add("counterfactual")
    # (what ``before`` lacks, the parts and rewrites of it read below lack)
    before_cued = _BEFORE_CUES(before)
    if before_cued and found(_POSSIBILITY, before):
        suppositions.add("possibility")
        before = _POSSIBILITY.sub(" ", before)
    if found(_CONDITION, before):
        suppositions.add("condition")
    near = " ".join(lead.split()[-_MODAL_REACH:]) + " " + inside
    near = _RELATIVE_ASIDE.sub(" ", near)
    near_cued = _NEAR_CUES(near)
    if (near_cued and found(_MODAL, near)) or ("may" in near and _MAY.search(near)):
        suppositions.add("modal")
    if near_cued and found(_FUTURE, near):
        suppositions.add("future")
    if near_cued and found(_WOULD, near):
        suppositions.add("future" if found(_REPORTED, before) else "modal")
    if suppositions & {"modal", "future"} and found(_CONDITION_AFTER, tail):
        # "will be laid off if demand falls"; not "ordered to commit suicide
        # if captured", where the condition is the order's own
        suppositions.add("condition")
    # (one string for the three cues read there: a guard folds each string once)
    last = lead[-_TOPIC_REACH:]
    if found(_TOPIC, last) or (
        # "the airline is considering an appeal": a later word's topic
        may_match(_TOPIC, inside)
        and any(
            found(_TOPIC, blanked[max(0, a - clause[0] - _TOPIC_REACH) : a - clause[0]])
            for a, _ in words[1:]
        )
    ):
        suppositions.add("topic")
    # "redundancies remain possible", "had proposed 400 redundancies"
    if possible_after(text, words, clause[1]) or proposed_before(last):
        suppositions.add("possibility")
    # ("a faulty update, not an attack, caused": the aside's "not" is its own)
    denials = count(
        _NEGATION,
        without_contrast_asides(
            _NEGATED_CONJUNCT.sub(" ", before) if before_cued else before
        ),
    )
    denials += contrasted(before)  # "rather than a cyberattack"
    # the verb of the statement is one of its words: the first that an
    # infinitive leads into decides ("refused to resign", "calls to resign");
    # each window is a part of the clause, so where the clause holds no such
    # words none is read
    # (a phrase's verb is its first word: "calling off")
    # (the loop written out: this runs once per clause read)
    gerund = False
    for a, b in words:
        if _ends_in_ing(text, a, b):
            gerund = True
            break
    # (a lead the stretch of the windows below cannot hold, none of them
    # holds: each window is a part of it)
    first = last_start = words[0][0]
    for a, _ in words:
        first = a if a < first else first
        last_start = a if a > last_start else last_start
    reach = blanked
    if first >= clause[0]:
        reach = blanked[
            max(0, first - clause[0] - _INTENT_REACH) : last_start - clause[0]
        ]
    not_done = may_match(_NOT_DONE, reach)
    intent = may_match(_INTENT, reach)
    for nth, (word_start, word_end) in enumerate(
        words if gerund or not_done or intent else ()
    ):
        window = blanked[
            max(0, word_start - clause[0] - _INTENT_REACH) : word_start - clause[0]
        ]
        if not_done and found(_NOT_DONE, window):
            negations += 1
            break
        if intent and found(_INTENT, window):
            # "never offered to resign", "has no plans to": no intention, so
            # no act either (but "was not asked to resign" is no account of
            # it); "went ahead with plans to close" is the act
            if carried_out(window):
                break
            if answer := answered_request(window):  # "rejected calls to resign"
                negations += answer == "refused"
                break
            if denials % 2 == 0 or others_intent(window):
                suppositions.add("intention")
                if nth and own_plan(window):
                    # "the airline plans to appeal", its subject's plan
                    # before the act: what a claim of the future asks
                    suppositions.add("plan")
            break
        # "stopped short of resigning", "proposed lifting the blockade"
        led = gerund_lead(window) if _ends_in_ing(text, word_start, word_end) else None
        if led is not None:
            negations += led == "negation"
            if led == "intention":
                suppositions.add("intention")
            break
    negations += denials
    if "neither" not in before.casefold():
        negations += count(_NOR, before)
    negations += count(_DENIAL, before) if before_cued else 0
    if found(_REPORT_LEAD, lead) and _FALSE_TAIL.match(tail):
        negations += 1
    # "rumours that the ferry was attacked" (but "rumours that ... are
    # false" denies it)
    if not negations and rumoured(last, tail):
        suppositions.add("rumour")
    # "An earlier version of this article said the plant would close"
    if corrected(lead[-_CORRECTION_REACH:]):
        suppositions.add("corrected")
    return Cues(negations=negations, suppositions=frozenset(suppositions))


def _blank(text: str, start: int, end: int, words: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` with each of ``words`` replaced by underscores."""
    parts = []
    pos = start
    for word_start, word_end in words:
        # a placeholder word, so that "to" before a blanked word is no
        # infinitive of the next one
        parts += [text[pos:word_start], "_" * (word_end - word_start)]
        pos = word_end
    parts.append(text[pos:end])
    return "".join(parts)


def read_polarity(
    index: ArticleIndex, start: int, end: int, *, subject: bool = False
) -> Reading:
    """How the statement at ``[start, end)`` is put in its clause.

    With ``subject``, the match is a value whose predicate follows it ("the
    Unity Party did not win"), so the rest of its clause counts too.
    """
    clause = index.clause_at(start)
    sentence = index.article.sentence_at(start)
    clause = (max(clause[0], sentence[0]), clause[1])
    # a pattern's match is read through, as its inner words may hold the cue
    # ("dam could be breached"); the words it opens and closes with are what
    # it states, so a pattern for "denied" is no denial
    text = index.article.text
    first = _EDGE_WORD.match(text, start, end)
    last = _LAST_WORD.search(text, start, end)
    head = first.end() if first else start
    tail = last.start() if last else end
    words = [(start, end)] if tail <= head else [(start, head), (tail, end)]
    if subject:
        words.append((max(clause[1], end), max(clause[1], end)))
    cues = read_cues(text, sentence=sentence, clause=clause, words=words)
    return cues.reading


_EDGE_WORD = lazy(r"\w+")
# (tried from the end back: forward, each start in a word of the match runs
# to that word's end before failing, some 80 microseconds on a long match;
# the span found is the same, the run of word characters before its end)
_LAST_WORD = lazy(r"\w+$", BACKWARD)
