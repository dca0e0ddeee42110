"""claimcheck/__init__.py: the public names, imported at first use."""

from __future__ import annotations

import importlib

import pytest

import claimcheck


def test_every_public_name_has_a_home() -> None:
    assert sorted(claimcheck._HOMES) == sorted(claimcheck.__all__)


@pytest.mark.parametrize("name", claimcheck.__all__)
def test_a_public_name_is_the_object_of_its_module(name: str) -> None:
    home = importlib.import_module(claimcheck._HOMES[name])
    assert getattr(claimcheck, name) is getattr(home, name)
    assert name in dir(claimcheck)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'chek'"):
        claimcheck.chek  # noqa: B018
