"""Small assertion files shared by the plugin tests."""

#: one quantity claim: 45 killed
DEAD = """\
claims:
  - id: dead
    kind: quantity
    measure: [killed, died]
    equals: 45
"""

#: the quantity claim and an entity claim, so that articles get both verdicts
DEAD_AND_DAM = (
    DEAD
    + """\
  - id: dam
    kind: entity
    name: Kariba Dam
"""
)


def kariba_articles(count: int = 6) -> dict[str, str]:
    """Articles alternately agreeing (45 killed) and not (60) with DEAD."""
    return {
        f"a{i}.txt": f"Officials said {45 if i % 2 else 60} people were killed"
        " near the Kariba Dam.\n"
        for i in range(count)
    }
