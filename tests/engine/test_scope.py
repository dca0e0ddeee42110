"""The test before a figure's scope is read: the trie of the cues."""

from __future__ import annotations

import re

from claimcheck.engine import scopeforms
from claimcheck.engine.terms import normalize

#: sentences holding the forms (and near misses), written for this test
TEXTS = (
    "Nine of them died in a single hamlet, in one village and at just one farm.",
    "In Lenn alone, 40 were hurt; among the dead were 12 from the north.",
    "Fires in the eastern hills and across its south burned 300 homes.",
    "Across the Dorsey Valley province and from the district of Orn, 80 fled.",
    "At a nearby town and from the remote parish of Kell, 30 were rescued.",
    "The hamlet of Brae and the township of Lusk lost power; in neighbouring Tor, too.",
    "In the capital and across the Northern market division, sales fell 4%.",
    "Beside the national toll, year-to-date figures and last season's count rose.",
    "A year earlier, over the past 24 hours, in the first quarter and 2nd half.",
    "In 1998 and in 20٢٣ an unrelated, separate and similar blast happened elsewhere.",
    "With 80% of precincts reporting, partial results and an early count show 412.",
    "By 2pm, as of noon and by 10:30 the count stood at 38%; by boat, by 2025.",
    "Comparable sister plants, operations and business units; among1 in1998 inx.",
    "Nothing here at all: the storm hit 40 homes on Monday, officials said.",
)


def test_the_trie_finds_what_the_forms_one_by_one_find() -> None:
    flat = re.compile("|".join(word + rest for word, rest in scopeforms.scope_forms()))
    trie = re.compile(scopeforms.scope_cues())
    found = 0
    for text in TEXTS:
        folded = normalize(text)
        for start in range(0, len(folded), 3):
            for end in range(start, len(folded) + 1, 5):
                want = flat.search(folded, start, end) is not None
                assert (trie.search(folded, start, end) is not None) == want
                found += want
    assert found > 1000


def test_each_branch_of_the_trie_opens_with_a_character() -> None:
    # what lets the engine skip ahead to the characters that open a form
    from re import _constants, _parser  # type: ignore[attr-defined]

    ((op, (_, branches)),) = _parser.parse(scopeforms.scope_cues()).data
    assert op is _constants.BRANCH and len(branches) > 10
    assert all(branch[0][0] is _constants.LITERAL for branch in branches)
