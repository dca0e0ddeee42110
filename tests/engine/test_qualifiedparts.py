"""A part of a total told by the claim's adverb (engine/qualifiedparts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.claims import QuantityClaim
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.qualifiedparts import qualified_part
from claimcheck.suite.loader import load_assertion_file

CLAIMS = """claims:
  - {id: serious, kind: quantity, measure: [seriously injured, injured, people],
     context: [seriously], context_scope: sentence, equals: 9}
  - {id: injured, kind: quantity, measure: [injured, people], equals: 41}
"""


def _parts(tmp_path: Path, claim_id: str, text: str) -> list[str]:
    path = tmp_path / "c.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    claims = load_assertion_file(path, rootdir=tmp_path, default_corpus=["."]).claims
    claim = next(c for c in claims if c.id == claim_id)
    assert isinstance(claim, QuantityClaim)
    index = index_article(
        parse_article(text + "\n", path="a.txt"), build_lexicon([claim.measure])
    )
    found = []
    for mention in index.mentions:
        if mention.bound is not None:
            part = qualified_part(claim, index, mention)
            if part is not None:
                found.append(part.text)
    return found


@pytest.mark.parametrize(
    ("claim_id", "text", "parts"),
    [
        (
            "serious",
            "The crash left 41 people injured, nine of them seriously.",
            ["nine"],
        ),
        ("serious", "Injured: 41 (9 seriously, 32 lightly)", ["9"]),
        # the total qualified itself; a part of another kind; no adverb claimed
        ("serious", "The crash left 41 people seriously injured.", []),
        ("serious", "The crash left 41 people injured, nine of them children.", []),
        ("injured", "The crash left 41 people injured, nine of them seriously.", []),
    ],
)
def test_the_part_told_by_the_adverb(
    tmp_path: Path, claim_id: str, text: str, parts: list[str]
) -> None:
    assert _parts(tmp_path, claim_id, text) == parts
