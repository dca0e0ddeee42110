"""The verbs news tells events with, in the other words reports use.

An analyst writes "the chief executive was arrested"; a report says "police
detained the chief executive" or "he was taken into custody".  A claim's
verb that names one of the acts news reports most (arrests, dismissals,
releases, injuries and deaths, ends and cancellations, closures, rulings,
rate moves) matches the other verbs and set phrases reports use for the
same act, in any inflection (:func:`other_words`).

The table keeps to words whose other senses would not make the claim's
whole sentence in one clause: "fired" stands for "sacked" only where the
clause also holds the one sacked, and an active verb whose subject is the
one a passive claim acts on ("the coach fired back at critics") is left
out by :func:`claimcheck.engine.roles.acts_itself`.  Only a word read as a
verb counts: a word that is a noun as well ("fire", "arrest", "cut") gains
nothing unless an auxiliary comes right before it ("was hurt").
"""

from __future__ import annotations

import functools

from claimcheck.engine.acts import act_words
from claimcheck.engine.terms import every_form, word_forms, word_lemmas

__all__ = ["EVENT_NOUNS", "other_words", "verb_forms"]

# a claim's verb (its lemma) -> the verbs and set phrases that tell the same act
_TABLE: dict[str, tuple[str, ...]] = {
    # arrests and releases
    "arrest": ("detain", "apprehend", "take into custody"),
    "detain": ("arrest", "apprehend", "take into custody"),
    "release": ("free", "set free"),
    "free": ("release", "set free"),
    "kidnap": ("abduct",),
    "abduct": ("kidnap",),
    "jail": ("imprison",),
    "imprison": ("jail",),
    "convict": ("find guilty",),
    "acquit": ("find not guilty",),
    # dismissals
    "sack": ("fire", "dismiss", "oust", "axe"),
    "fire": ("sack", "dismiss", "oust", "axe"),
    "oust": ("sack", "fire", "dismiss"),
    # a dismissal as reports word it ("was fired", "was forced out", "was
    # removed from office")
    "dismiss": ("sack", "fire", "oust", "force out", "push out", "remove from office"),
    # leaving a post ("quit" and "gave up her post" are read in
    # :mod:`.framedacts`: "quit smoking" is no resignation)
    "resign": ("leave office",),
    # sentences cut by clemency
    "commute": ("shorten", "cut short"),
    # injuries and deaths
    "injure": ("hurt", "wound"),
    "hurt": ("injure", "wound"),
    "wound": ("injure", "hurt"),
    "kill": ("die",),
    "die": ("kill",),
    # ends, cancellations, delays, halts
    "end": ("call off", "scrap", "abolish", "abandon", "do away with"),
    "abolish": ("scrap", "do away with", "end"),
    "scrap": ("abolish", "do away with", "end"),
    "cancel": ("call off", "scrap", "axe"),
    "postpone": ("delay", "put off", "push back"),
    "halt": ("stop", "suspend"),
    "suspend": ("halt",),
    "stop": ("halt", "end", "cease", "discontinue"),
    "cease": ("stop", "end", "halt"),
    "discontinue": ("stop", "end", "halt"),
    # beginnings
    "begin": ("start", "launch", "initiate"),
    "start": ("begin", "launch", "initiate"),
    "launch": ("begin", "start"),
    # requests
    "request": ("ask for", "seek", "appeal for"),
    "seek": ("request", "ask for"),
    # buying
    "buy": ("purchase",),
    "purchase": ("buy",),
    # causes: "caused by a burst main", "the result of", "triggered by"
    "cause": ("trigger", "spark", "result", "due to"),
    "resume": ("restart",),
    # closures and openings
    "shut": ("close", "take offline"),
    "close": ("shut",),
    "reopen": ("open again",),
    # a return told as coming, flying, sailing or getting back ("the trawler
    # came back to port", "made it back to base camp", "flew back to Tarsk")
    "return": (
        "come back",
        "come home",
        "fly back",
        "fly home",
        "sail back",
        "get back",
        "make it back",
        "make it home",
    ),
    # forces and bans
    "withdraw": ("pull out",),
    "capture": ("seize",),
    "seize": ("capture",),
    "ban": ("prohibit", "outlaw", "forbid"),
    "destroy": ("raze", "flatten"),
    # an event's noun under a light verb: "suffered a blackout", "had a
    # blackout", "experienced a blackout"
    "suffer": ("experience", "undergo"),
    "experience": ("suffer", "undergo"),
    # rates, prices and markets
    "raise": ("increase", "hike"),
    "increase": ("raise", "hike", "rise", "climb"),
    "cut": ("lower", "reduce", "slash"),
    "lower": ("cut", "reduce"),
    "reduce": ("cut", "lower"),
    "rise": ("increase", "climb", "jump", "soar"),
    # (not "decline": "the government declined to comment" is no fall)
    "fall": ("drop", "slide", "plunge", "tumble"),
    "drop": ("fall", "slide"),
    # quakes and storms
    "strike": ("hit", "jolt", "rock"),
    "hit": ("strike",),
    # searches, findings, inquiries, charges
    "recover": ("retrieve",),
    "find": ("discover", "detect", "uncover"),
    "discover": ("find", "detect", "uncover"),
    "investigate": (
        "probe",
        "look into",
        "open an investigation into",
        "launch an investigation into",
    ),
    "charge": ("indict",),
    # a denial as statements word it ("rejected the allegations as
    # baseless", "refuted the claims")
    "deny": ("reject", "refute"),
    # a request for asylum or a licence: "requested asylum", "asked for"
    "apply": ("request", "ask for"),
    # a licence or a permit taken back ("cancelled its licence"; not
    # "withdraw", which an application is as often)
    "revoke": ("cancel",),
    # a refusal told as calls rejected ("rejected calls to resign")
    "refuse": ("reject calls to", "resist calls to", "rebuff calls to"),
    "indict": ("charge",),
    # takeovers and laws
    "acquire": ("buy", "purchase", "take over"),
    "approve": ("pass", "adopt"),
    "pass": ("approve", "adopt"),
    # collapses
    "collapse": ("cave in", "give way"),
    # criticism told as an accusation or a condemnation ("accused the
    # ministry of a lack of planning"; the clause holds the one criticised)
    "criticise": ("accuse", "condemn", "fault", "rebuke", "lambast"),
    "criticize": ("accuse", "condemn", "fault", "rebuke", "lambaste"),
}

# "had a blackout" ("had" alone is an auxiliary: "had been repaired")
_HAD_A = tuple(
    f"{have} {article}"
    for have in ("have", "has", "had", "having")
    for article in ("a", "an")
)

# spellings taken as they are ("the strike is over")
_AS_WRITTEN: dict[str, tuple[str, ...]] = {
    "end": ("is over", "was over", "are over", "were over", "is now over"),
    "suffer": _HAD_A,
    "experience": _HAD_A,
}

#: nouns of events, which "have" puts under a light verb ("the pipeline had
#: an outage" is "suffered an outage"), not a possession ("had a licence")
EVENT_NOUNS = frozenset(
    """
    blackout outage failure breakdown malfunction glitch fault accident crash
    collision fire explosion blast leak spill strike stoppage walkout delay
    shortage setback defeat injury stroke seizure derailment collapse
    """.split()
)

# a noun of a ruling, a penalty, a deal, a power failure, a lawsuit -> the
# nouns that name the same thing
_NOUNS: dict[str, tuple[str, ...]] = {
    "decision": ("ruling", "verdict", "judgment", "judgement"),
    "ruling": ("decision", "verdict", "judgment", "judgement"),
    "verdict": ("ruling", "decision", "judgment", "judgement"),
    "judgment": ("ruling", "decision", "verdict", "judgement"),
    "judgement": ("ruling", "decision", "verdict", "judgment"),
    "fine": ("penalty",),
    "penalty": ("fine",),
    "deal": ("agreement", "accord", "contract"),
    "agreement": ("deal", "accord", "contract"),
    "accord": ("deal", "agreement"),
    # a government told as its cabinet ("the cabinet resigned")
    "government": ("cabinet",),
    "cabinet": ("government",),
    # help asked for or given
    "assistance": ("help", "aid"),
    "aid": ("help", "assistance"),
    "help": ("assistance", "aid"),
    "blackout": ("power failure", "power outage", "power cut"),
    "collision": ("crash",),
    "lawsuit": ("legal action",),
    # those who act for a party at law ("his defence team will appeal")
    "lawyer": ("attorney", "defence team", "defense team", "legal team"),
    "attorney": ("lawyer", "defence team", "defense team", "legal team"),
    "proceedings": ("procedure", "process"),
    # an inquiry told as an investigation ("launched an investigation into")
    "inquiry": ("investigation", "probe"),
    "investigation": ("inquiry", "probe"),
    "procedure": ("proceedings", "process"),
}

# words before a word that is a verb as well as a noun that make it the noun
# ("the fine")
_DETERMINERS = frozenset("the a an its their his her our this that".split())

# verbs told otherwise only when suffered ("was killed": "died"; "ordered to
# kill themselves" is no death)
_SUFFERED_ONLY = frozenset(("kill",))
# verbs told otherwise only in a form no noun shares ("the quake struck";
# "workers will strike" is a stoppage, no hit)
_PAST_ONLY = frozenset(("strike",))

# words before a word that is a noun as well as a verb that make it the verb
# ("was hurt"), and those of them that make it suffered ("was killed")
_BE = frozenset("is are was were be been being".split())
_AUXILIARIES = _BE | frozenset("has have had will would not never".split())


@functools.cache
def _forms(lemma: str) -> tuple[str, ...]:
    # (and the act lexicon's words for it: "quashed" for "overturned")
    found = every_form(_TABLE.get(lemma, ()) + act_words(lemma), verb_forms)
    return tuple(dict.fromkeys(found + _AS_WRITTEN.get(lemma, ())))


@functools.cache
def _noun_forms(lemma: str) -> tuple[str, ...]:
    return every_form(_NOUNS[lemma])


def verb_forms(lemma: str) -> tuple[str, ...]:
    """The inflections of ``lemma`` as a verb ("wound": not "winds", the
    forms of "wind", whose past it also is; "die": not "dice")."""
    return tuple(
        form
        for form in word_forms(lemma)
        if form == lemma or (lemma, "verb") in word_lemmas(form)
    )


def other_words(word: str, before: str = "") -> tuple[str, ...]:
    """The spellings of the other words for ``word``'s act (lower case), if
    ``word`` is read as a verb of the table, or for the thing it names, if a
    noun of the table; ``before`` is the word before it, which makes a word
    that is a noun as well a verb ("was hurt"), or a noun ("the fine")."""
    lemmas = word_lemmas(word)
    nouns = [lemma for lemma, part in lemmas if part == "noun" and lemma in _NOUNS]
    if nouns and (before in _DETERMINERS or all(p == "noun" for _, p in lemmas)):
        return _noun_forms(nouns[0])
    verbs = [
        lemma
        for lemma, part in lemmas
        if part == "verb" and (lemma in _TABLE or act_words(lemma))
    ]
    if not verbs:
        return ()
    # ("rose", "fell": a verb's own past, whatever noun the word also is)
    if (
        word in verbs
        and any(part == "noun" for _, part in lemmas)
        and before not in _AUXILIARIES
    ):
        return ()
    return tuple(
        form
        for lemma in verbs
        if lemma not in _SUFFERED_ONLY or before in _BE
        if lemma not in _PAST_ONLY or all(part != "noun" for _, part in lemmas)
        for form in _forms(lemma)
    )
