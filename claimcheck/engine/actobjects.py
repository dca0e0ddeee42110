"""An act's other words kept to its objects: "scrapped the ban" for "lifted
the ban", "quashed his conviction" for "overturned his conviction".

Some verbs tell an act only of certain things: "lifted" is the end of a ban
or a curfew, "overturned" the reversal of a conviction or a ruling, but
"the lorry overturned" and "lifted the wreck" are other acts, which the
act's other words ("scrapped", "reversed") would misstate.  The act
lexicon (:mod:`claimcheck.engine.acts`) lists such acts with their objects;
a claim's verb of one gains the act's words only where one of the objects
follows it in the claim, before any preposition ("lifted the ban on drone
flights", "overturned Pim Sorel's conviction").
"""

from __future__ import annotations

import functools

from claimcheck.engine.acts import object_words
from claimcheck.engine.eventverbs import other_words, verb_forms
from claimcheck.engine.terms import every_form, word_lemmas

__all__ = ["act_forms"]

#: the most content words between the verb and its object in the claim
_REACH = 4
# words that end the verb's object ("lifted the ban on drone flights")
_STOPS = frozenset(
    "of in on at to for from by with into after before during over under "
    "and or but because since until while when".split()
)


@functools.cache
def _table() -> tuple[frozenset[str], dict[tuple[str, str], tuple[str, ...]]]:
    """Every form of the verbs that keep words to objects, and the words by
    lemma and object."""
    table = object_words()
    forms = frozenset(f for lemma, _ in table for f in verb_forms(lemma))
    return forms, table


def act_forms(
    words: list[str], i: int, function_words: frozenset[str]
) -> tuple[str, ...]:
    """The other words for the act of the claim's lower-case word ``i``
    (:func:`claimcheck.engine.eventverbs.other_words`), and those the act
    lexicon keeps to the object that follows it in ``words``."""
    word = words[i]
    found = other_words(word, words[i - 1] if i else "")
    forms, table = _table()
    if word not in forms:  # (the guard: most words are no such verb)
        return found
    lemmas = [lemma for lemma, part in word_lemmas(word) if part == "verb"]
    seen = 0
    for after in words[i + 1 :]:
        if after in _STOPS or seen == _REACH:
            break
        if after in function_words:
            continue
        seen += 1
        for lemma in lemmas:
            kept = table.get((lemma, after))
            if kept:
                return found + every_form(kept, verb_forms)
    return found
