"""A rival of an attribute claim named in another role
(claimcheck/engine/rivalroles.py).

Every sentence here is written for this file; names and places are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.claims import AttributeClaim
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.rivalroles import other_role
from claimcheck.suite.loader import load_assertion_file

CLAIMS = """\
claims:
  - id: buyer
    kind: attribute
    claim: "The bank that bought Harlow Bank's deposits"
    value: Calden Trust
    rivals: [Marrow Bank]
  - id: volcano
    kind: attribute
    claim: The volcano whose ash grounded flights in 2011
    value: Tindafell
    rivals: [Brakka]
"""


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, AttributeClaim]:
    root = tmp_path_factory.mktemp("roles")
    path = root / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    loaded = load_assertion_file(path, rootdir=root, default_corpus=["."])
    return {c.id: c for c in loaded.claims if isinstance(c, AttributeClaim)}


def role(claim: AttributeClaim, text: str) -> str | None:
    index = index_article(parse_article(text, path="a.txt"), build_lexicon([]))
    (start, end), *_ = index.hits(claim.rivals)
    return other_role(claim, index, start, end)


@pytest.mark.parametrize(
    ("claim_id", "text", "reading"),
    [
        # the owner of another thing, or of a thing of another time
        ("buyer", "Marrow Bank's chairman resigned on Friday.", "owner"),
        ("volcano", "Brakka's earlier eruptions were small.", "another time"),
        # the claim's own thing owned: the role itself
        ("volcano", "Brakka's ash grounded flights across Europe.", None),
        # a year earlier than the article's date, an undated article's later
        # year, or a word of an earlier event
        ("buyer", "date 2024-05-02\nMarrow Bank bought Ostel in 2019.", "another time"),
        (
            "buyer",
            "Marrow Bank bought Ostel in 2019. Harlow failed in 2024.",
            "another time",
        ),
        ("buyer", "Marrow Bank, the previous owner, kept quiet.", "another time"),
        # the article's own year, or the year the claim's line names
        ("buyer", "date 2024-05-02\nMarrow Bank bought Harlow Bank in 2024.", None),
        ("volcano", "date 2024-05-02\nBrakka grounded flights in 2011.", None),
        # another part of the owner the claim's line names
        ("buyer", "Marrow Bank bought Harlow Bank's Irish arm.", "another thing"),
        ("buyer", "Harlow Bank Ireland was sold to Marrow Bank.", "another thing"),
        # the claim's own part, or the owner bare: the role
        ("buyer", "Marrow Bank bought Harlow Bank's deposits.", None),
        ("buyer", "Marrow Bank bought Harlow Bank on Sunday.", None),
        # another subject's clause after "but" keeps its year to itself
        (
            "buyer",
            "Marrow Bank bought the deposits, but Ostel failed in 2019. It is 2024.",
            None,
        ),
    ],
)
def test_other_role(
    claims: dict[str, AttributeClaim], claim_id: str, text: str, reading: str | None
) -> None:
    found = role(claims[claim_id], text)
    if reading is None:
        assert found is None
    else:
        assert found is not None
        assert reading in found
