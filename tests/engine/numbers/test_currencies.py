"""Which currency an ambiguous symbol means: the skip of absent markers
changes no answer (checked against scanning every owner's markers)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engine.numbers import currencies
from claimcheck.engine.numbers.currencies import AMBIGUOUS, article_currency


def _by_full_scan(symbol: str, article: str) -> str:
    owners = AMBIGUOUS[symbol]
    counts = {code: len(currencies._markers(code).findall(article)) for code in owners}
    if counts[owners[0]]:
        return owners[0]
    best = max(owners, key=lambda code: counts[code])
    return best if counts[best] else owners[0]


@pytest.mark.parametrize(
    ("symbol", "article", "want"),
    [
        ("$", "The fund raised $40 million.", "USD"),
        ("$", "Ottawa pledged C$2 billion; the $2 billion goes north.", "CAD"),
        ("$", "It cost $5, paid in CANADIAN DOLLARS.", "CAD"),
        ("$", "A$3m and NZ$1m and A$2m: the $6m total.", "AUD"),
        ("$", "HK$9 here, and US$1 there, so $10.", "USD"),
        ("$", "The MXN fell; $4 buys less.", "MXN"),
        ("$", "ACAD$ is no code; $4.", "USD"),
        ("£", "It cost £30 in Egyptian pounds.", "EGP"),
        ("£", "It cost £30.", "GBP"),
        ("kr", "It cost 30 kr in Danish kroner.", "DKK"),
        ("¥", "Shoppers spent ¥3,000 in Chinese yuan.", "CNY"),
        ("¥", "Shoppers spent ¥3,000 in renminbi.", "JPY"),  # one word: no marker
        ("Rs", "Islamabad set aside Rs 5 billion in Pakistani rupees.", "PKR"),
        ("Rs", "Delhi set aside Rs 5 billion.", "INR"),
    ],
)
def test_the_article_names_the_currency(symbol: str, article: str, want: str) -> None:
    assert article_currency(symbol, article) == want
    assert _by_full_scan(symbol, article) == want


_PIECES = [
    "C$", "CAD", "CA$", "A$", "AU$", "AUD", "NZ$", "HK$", "US$", "USD", "MX$",
    "canadian dollars", "Australian Dollar", "NEW ZEALAND DOLLARS", "hong kong",
    "$", "£", "kr", "¥", "Danish kroner", "norwegian krone", "EGP", "yuan",
    "renminbi", "Chinese Yuan", "the", "dollar", "pesos", "x", ".", "-", "3",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(AMBIGUOUS)),
    st.lists(st.sampled_from(_PIECES), max_size=12),
    st.sampled_from([" ", "", "\n"]),
)
def test_same_answer_as_scanning_every_owner(
    symbol: str, pieces: list[str], glue: str
) -> None:
    article = glue.join(pieces)
    assert article_currency(symbol, article) == _by_full_scan(symbol, article)
