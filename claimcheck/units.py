"""Unit and currency surface forms -> canonical unit + conversion factor."""

from __future__ import annotations

__all__ = ["canonical_unit", "convert", "dimension"]

# Placeholder table: the full surface-form table and pint conversions replace it.
_FACTORS: dict[str, tuple[str, float]] = {
    "km2": ("area", 1.0),
    "mi2": ("area", 2.589988110336),
    "%": ("percent", 1.0),
}
_SURFACE = {
    "km2": "km2", "km²": "km2", "square kilometres": "km2", "square kilometers": "km2",
    "sq km": "km2", "mi2": "mi2", "square miles": "mi2", "%": "%", "percent": "%",
}


def canonical_unit(surface: str) -> str | None:
    """The canonical name of a unit as written, or ``None`` when unknown."""
    return _SURFACE.get(" ".join(surface.lower().split()))


def dimension(unit: str) -> str | None:
    """What ``unit`` measures (``"area"``, ``"currency:EUR"``...)."""
    entry = _FACTORS.get(unit)
    return entry[0] if entry else None


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``; ``None`` if incomparable."""
    a = _FACTORS.get(from_unit)
    b = _FACTORS.get(to_unit)
    if a is None or b is None or a[0] != b[0]:
        return None
    return value * a[1] / b[1]
