"""Article items of several articles: how many an item, and the note."""

from __future__ import annotations

import pytest

from claimcheck.plugin.batches import BatchedFile, article_batches_note
from claimcheck.run.settings import ARTICLE_ITEMS_MAX, articles_per_item


@pytest.mark.parametrize(
    ("articles", "limit", "per_item"),
    [
        (0, 4, 1),
        (4, 4, 1),
        (5, 4, 2),
        (8, 4, 2),
        (9, 4, 3),
        (100_000, 2_000, 50),
        (100_001, 2_000, 51),
        (100_000, 0, 1),
    ],
)
def test_articles_per_item_keeps_a_file_within_the_limit(
    articles: int, limit: int, per_item: int
) -> None:
    assert articles_per_item(articles, limit=limit) == per_item
    items = -(-articles // per_item)
    assert limit == 0 or items <= limit


def test_a_run_selecting_by_name_keeps_one_item_per_article() -> None:
    assert articles_per_item(10 * ARTICLE_ITEMS_MAX) == 10
    assert articles_per_item(10 * ARTICLE_ITEMS_MAX, by_name=True) == 1


def test_the_note_names_three_files_and_counts_the_rest() -> None:
    files = [
        BatchedFile(f"assertions/f{i}.yaml", 9_000, 5, auto=False) for i in range(5)
    ]
    note = article_batches_note(files, 2_000)
    assert note == (
        "claimcheck: items of consecutive articles for assertions/f0.yaml"
        " (9,000 articles, 5 an item), assertions/f1.yaml (9,000 articles, 5 an"
        " item), assertions/f2.yaml (9,000 articles, 5 an item), 2 more: more"
        " articles than claimcheck_article_items_max (2,000);"
        " claimcheck_article_items_max = 0 gives one item per article"
    )
