"""run/pairs.py: the pairs of an item as claims x articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.claims import Claim
from claimcheck.run.pairs import PairGrid


@given(
    st.lists(st.text(min_size=1), max_size=4),
    st.lists(st.text(min_size=1), max_size=5, unique=True),
)
def test_a_grid_reads_as_the_list_of_its_pairs(
    claims: list[str], names: list[str]
) -> None:
    articles = [Path(n) for n in names]
    grid = PairGrid(claims, articles)  # type: ignore[arg-type]
    listed: list[object] = [(c, a) for c in claims for a in articles]
    pairs: list[object] = list(grid)
    assert pairs == listed
    assert len(grid) == len(listed)
    pairs = [grid[i] for i in range(len(grid))]
    assert pairs == listed
    pairs = [grid[i] for i in range(-len(grid), 0)]
    assert pairs == listed
    pairs = list(grid[1::2])
    assert pairs == listed[1::2]
    assert sum(times for _, times in grid.uses()) == len(listed)


def test_a_grid_shares_its_lists_and_knows_its_bounds() -> None:
    claims: list[Claim] = ["x", "y"]  # type: ignore[list-item]
    articles = [Path("a.txt"), Path("b.txt")]
    grid = PairGrid(claims, articles)
    assert grid.articles is articles and grid.claims is claims
    last: object = grid[3]
    assert last == ("y", Path("b.txt"))
    assert list(grid.uses()) == [(Path("a.txt"), 2), (Path("b.txt"), 2)]
    with pytest.raises(IndexError):
        grid[4]
    with pytest.raises(IndexError):
        grid[-5]
    assert list(PairGrid([], articles).uses()) == []
