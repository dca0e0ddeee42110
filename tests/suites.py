"""Small assertion files shared by the plugin tests."""

#: the flood's death toll, with the words a reader of its failures sees
FLOOD_DEAD = """\
claims:
  - id: flood-dead
    kind: quantity
    claim: people killed by the flood
    measure: [killed, died, dead]
    equals: 45
"""

#: an entity claim to follow FLOOD_DEAD (or DEAD) in the same file
DAM_NAMED = """\
  - id: dam-named
    kind: entity
    name: Kariba Dam
"""

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


#: a death toll of 45, under the id ``toll``
TOLL = """\
claims:
  - id: toll
    kind: quantity
    measure: [killed]
    equals: 45
"""

#: the same toll as TOLL, strict (to follow TOLL in the same file)
TOLL_STRICT = """\
  - id: toll-strict
    kind: quantity
    measure: [killed]
    equals: 45
    strict: true
"""

#: the same toll as TOLL, required (to follow TOLL in the same file)
TOLL_REQUIRED = """\
  - id: toll-required
    kind: quantity
    measure: [killed]
    equals: 45
    required: true
"""
