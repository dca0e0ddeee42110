"""engine/dates.py: the dates an article gives, and datelines."""

from __future__ import annotations

import datetime

import pytest

from claimcheck.engine.articles import ArticleWarning, parse_article
from claimcheck.engine.dates import read_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2025-03-06", "2025-03-06"),
        ("2025-03-06T10:00:00+00:00", "2025-03-06"),
        ("March 6, 2025", "2025-03-06"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("6 March 2025", "2025-03-06"),
        ("march 6 2025", "2025-03-06"),
        ("March 6", None),  # no year: no day of its own
        ("February 30, 2025", None),
        ("2025-13-01", None),
        ("20250306", None),
        ("last Tuesday", None),
    ],
)
def test_read_date(text: str, date: str | None) -> None:
    found = read_date(text)
    assert (found.isoformat() if found else None) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("KABUL, March 3, 2025 (Wire) - Officials said.", "2025-03-03"),
        ("GENEVA, 3 March 2025 - Officials said.", "2025-03-03"),
        ("SAN JOSE, Costa Rica, Jan. 9, 2024 (AP) — Officials said.", "2024-01-09"),
        ("# A headline\n\nPORT-AU-PRINCE, May 2, 2023: Officials said.", "2023-05-02"),
        # a dateline without a year leaves the article undated
        ("KABUL, March 3 (Wire) - Officials said.", None),
        # a place in capitals opens a dateline; a sentence does not
        ("Kabul, March 3, 2025 - officials said.", None),
        ("Officials said on March 3, 2025 - a Monday - that 12 died.", None),
        # only the opening paragraphs hold a dateline
        ("One.\n\nTwo.\n\nThree.\n\nKABUL, March 3, 2025 - Four.", None),
    ],
)
def test_a_dateline_with_a_full_date_dates_the_article(
    text: str, date: str | None
) -> None:
    found = parse_article(text, path="a.md").date
    assert (found.isoformat() if found else None) == date


def test_front_matter_and_the_marker_come_before_a_dateline() -> None:
    text = "---\ndate: 2025-03-01\n---\nKABUL, March 3, 2025 - Officials said.\n"
    assert parse_article(text, path="a.md").date == datetime.date(2025, 3, 1)
    marker = "date 2025-03-02\nKABUL, March 3, 2025 - Officials said.\n"
    assert parse_article(marker, path="a.txt").date == datetime.date(2025, 3, 2)


def test_a_dateline_date_shows_as_the_article_date() -> None:
    article = parse_article("KABUL, March 3, 2025 - Officials said.", path="a.md")
    assert article.metadata["date"] == "2025-03-03"
    # the dateline stays in the checked body
    assert article.body_start == 0


def test_an_undated_article() -> None:
    assert parse_article("Officials said 12 died.", path="a.txt").date is None
    odd = "---\ndate: sometime\n---\nOfficials said.\n"
    with pytest.warns(ArticleWarning, match="a.md: front matter date 'sometime'"):
        assert parse_article(odd, path="a.md").date is None
