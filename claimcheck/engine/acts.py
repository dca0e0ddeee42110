"""The act lexicon: the other words news uses for the acts statements report.

An analyst writes "the appeals court overturned the conviction"; a report
says "quashed", "set aside" or "struck down".  ``acts.toml`` (beside this
module) lists, for the acts news statements are most often about (leaving
a post, court rulings, bans and approvals, deals and purchases,
withdrawals and delays), the claim verbs each serves by lemma and the
wordings that tell it: verbs and set phrases read where they stand, the
same kept to a claim whose verb is followed by one of the act's objects,
and phrases that hold the act's object inside them.  The file is read
once, on the first claim that needs it; the readings it feeds are
:func:`claimcheck.engine.eventverbs.other_words` (words),
:mod:`claimcheck.engine.collocations` (words kept to objects) and
:mod:`claimcheck.engine.framedacts` (phrases).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

__all__ = ["Framed", "act_words", "framed_acts", "object_words"]


@dataclass(frozen=True, slots=True)
class Framed:
    """A phrase that holds an act's object: its verb, the pattern after it,
    a pattern of the claim's own nouns ending it, and the most words
    between the verb and the pattern (-1: right after the verb)."""

    verb: str
    ending: str
    own: str
    gap: int


@functools.cache
def _acts() -> tuple[dict[str, Any], ...]:
    text = resources.files("claimcheck.engine").joinpath("acts.toml").read_text("utf-8")
    acts: list[dict[str, Any]] = tomllib.loads(text)["act"]
    return tuple(acts)


@functools.cache
def _words() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for act in _acts():
        if act.get("objects"):
            continue
        for lemma in act["lemmas"]:
            out.setdefault(lemma, []).extend(
                w for w in act.get("words", ()) if w != lemma
            )
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items() if v}


def act_words(lemma: str) -> tuple[str, ...]:
    """The words and set phrases (as written, uninflected) that tell the act
    of the claim verb ``lemma`` wherever it stands; none for most verbs."""
    return _words().get(lemma, ())


def object_words() -> dict[tuple[str, str], tuple[str, ...]]:
    """For a claim verb's lemma and the noun after it ("lift", "ban"), the
    words and set phrases that tell the act only with such an object."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for act in _acts():
        for lemma in act["lemmas"] if act.get("objects") else ():
            words = tuple(w for w in act["words"] if w != lemma)
            out.update(((lemma, noun), words) for noun in act["objects"])
    return out


def framed_acts() -> dict[str, tuple[Framed, ...]]:
    """For a claim verb's lemma, the phrases holding its object that tell
    its act."""
    out: dict[str, tuple[Framed, ...]] = {}
    for act in _acts():
        phrases = tuple(
            Framed(p["verb"], p.get("ending", ""), p.get("own", ""), p.get("gap", 6))
            for p in act.get("framed", ())
        )
        for lemma in act["lemmas"] if phrases else ():
            out[lemma] = out.get(lemma, ()) + phrases
    return out
