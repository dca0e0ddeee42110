"""The table of common news measures and the other ways reports word them
(read by :mod:`claimcheck.engine.paraphrases`): deaths, injuries, the
missing, the rescued, the evacuated, the displaced, buildings destroyed,
arrests, turnout, a disease's cases, the hospitalised, job cuts, prison
terms and fines, and the hedged counts that are no count at all.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["HEDGES", "MEASURES", "NewsMeasure"]

# what may stand between a guarded verb and the words that give it its sense:
# the number and its noun ("brought 12 exhausted miners to safety").  Each
# word is taken whole (possessive ``++``): white space never stands inside
# one, so giving a word back never lets the gap match, and with
# ``regex.VERSION1`` the engine would otherwise try every shorter word
# before failing (some 150 us a guarded verb; a few us so)
_GAP = r"(?:\s+[\w.,'’-]++){1,5}?\s+"

# a verb of carrying, then a count of people and at most three words more,
# ending where the guarded word begins: "brought 205 people | out of the pit",
# "got 35 residents | down"; a count is needed ("brought the toll down")
_CARRIED_COUNT = (
    r"\b(?:br(?:ing|ings|ought|inging)|g(?:et|ets|ot|otten|etting)|l(?:ead|eads|ed"
    r"|eading)|help(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|guid(?:e|es|ed|ing)"
    r"|lift(?:s|ed|ing)?)"
    r"\s+(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least|all|another"
    r"|the|a|an|its|their|other)\s+)*"
    r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
    r"|dozens|hundreds|thousands|scores)"
    r"(?:\s+[\w'’-]++){0,3}?\s+$"
)

# a strike's own noun after a verb and a determiner: "joined the strike",
# "staged a 24-hour walkout", "took part in the stoppage"
_STRIKE_NOUN = (
    r"(?:the|a|an|this|that|their|its|his|her|\w+['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|walkouts?|stoppages?|industrial\s+action)\b"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class NewsMeasure:
    """One common news measure and the other ways reports word it."""

    #: what it counts, as the docs name it
    name: str
    #: words (lemmas) that name it in a claim's measure, inflected when matched
    heads: tuple[str, ...]
    #: phrases that count it, matched like the claim's own measure words
    phrases: tuple[str, ...]
    #: verbs that count it only beside certain words: word -> the pattern
    #: that must match right after it (``after``) or end right before it
    #: (``before``)
    after: tuple[tuple[tuple[str, ...], str], ...] = ()
    before: tuple[tuple[tuple[str, ...], str], ...] = ()
    #: whole terms that name it besides its heads ("on strike")
    names: tuple[str, ...] = ()


#: The table.  Each phrase is inflected as a measure word is ("took the
#: lives": take, takes, taking, taken).  Wordings left out on purpose:
#: "victims" (of injury as often as of death), "hospitalised" and "taken to
#: hospital" as wordings of the injured (a part of them; they count the
#: hospitalised, a measure of their own), "bodies" (those recovered so far),
#: "detained" as a head (captured soldiers are detained too).
MEASURES: tuple[NewsMeasure, ...] = (
    NewsMeasure(
        name="deaths",
        heads=("kill", "die", "dead", "death", "fatality", "perish"),
        phrases=(
            "killed",
            "died",
            "dead",
            "deaths",
            "death toll",
            "toll",
            "fatalities",
            # as Italian and Spanish put a toll ("il bilancio delle vittime")
            "balance of the victims",
            "balance of victims",
            "perished",
            "drowned",
            "lost their lives",
            # as Romance languages put it ("hanno perso la vita")
            "lost the life",
            "lost their life",
            "lives were lost",
            "lives lost",
            "took the lives",
            "claimed the lives",
            "cost the lives",
        ),
        # "the army has lost 420 men", "lost some 38 soldiers", "Egypt, which
        # lost 530 persons": people lost, not tanks, jobs, homes or seats
        after=(
            (
                ("lost", "lose", "loses", "losing"),
                r"\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least"
                r"|another|a\s+further)\s+)*[\w.,'’-]++(?:\s+[\w'’-]++){0,2}?"
                r"\s+(?:men|women|soldiers|troops|servicemen|personnel|fighters"
                r"|sailors|crew(?:\s+members)?|lives|officers|marines|miners"
                r"|people|persons|pilgrims|citizens|nationals)\b",
            ),
        ),
        # "claimed 97 lives", "cost 44 lives", "took 64 lives"
        before=(
            (
                ("lives",),
                r"\b(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|t(?:ook|akes?|aking|aken))"
                r"(?:\s+[\w.,'’-]++){1,4}?\s+$",
            ),
        ),
    ),
    NewsMeasure(
        name="injured",
        heads=("injure", "injury", "wound", "hurt"),
        phrases=(
            "injured",
            "wounded",
            "hurt",
            "injuries",
            "treated for injuries",
            "treatment for injuries",
            "suffered injuries",
            "sustained injuries",
        ),
        # "treated 150 fans for injuries"
        after=(
            (
                ("treated",),
                _GAP + r"for\s+(?:\w+\s+){0,2}?(?:injur|wound|burn)\w*",
            ),
        ),
    ),
    NewsMeasure(
        name="missing",
        heads=("missing", "unaccounted"),
        phrases=(
            "missing",
            "unaccounted",
            "not accounted for",
            "yet to be found",
            "yet to be located",
            "not been found",
            # as Romance languages put the missing ("dispersi", "disparus")
            "disappeared",
        ),
    ),
    NewsMeasure(
        name="rescued",
        heads=("rescue",),
        phrases=(
            "rescued",
            "plucked",
            "pulled alive",
            "pulled out alive",
            "brought out alive",
            "dug out alive",
            "brought to safety",
            "taken to safety",
            "led to safety",
            "carried to safety",
            "helped to safety",
            "winched to safety",
            "airlifted to safety",
        ),
        # "brought 12 men to safety", "pulled 140 people alive from the lake"
        after=(
            (
                (
                    "brought",
                    "led",
                    "carried",
                    "helped",
                    "guided",
                    "winched",
                    "airlifted",
                    "ferried",
                    "lifted",
                    "pulled",
                    "dragged",
                    "hauled",
                    "dug",
                ),
                _GAP + r"(?:to\s+safety|(?:out\s+)?alive)\b",
            ),
            # "two persons were saved from the water", "saved 35 residents
            # from the flames" (not "97 lives were saved")
            (("saved",), r"(?:\s+[\w.,'’-]++){0,5}?\s+from\b"),
        ),
        # "ladder trucks brought 35 people down from the upper floors": a
        # count between the verb and "down" (not "brought the toll down")
        before=((("down",), _CARRIED_COUNT),),
    ),
    NewsMeasure(
        name="evacuated",
        heads=("evacuate", "evacuation", "evacuee"),
        phrases=(
            "evacuated",
            "evacuations",
            "evacuees",
            "ordered out",
            "ordered to leave",
            "told to leave",
        ),
        # "ordered 9,500 residents to leave the valley"
        after=(
            (
                ("ordered", "told"),
                _GAP + r"(?:to\s+(?:leave|evacuate|flee|get\s+out)|out\s+of)\b",
            ),
        ),
        # "9,500 people were moved out", not "5,000 residents moved out
        # over the decade"; "rescuers brought 205 people out of the pit"
        before=(
            (
                ("moved out", "moved to safety"),
                r"\b(?:were|was|been|being|are|is)\s+(?:\w+\s+)?$",
            ),
            (("out of",), _CARRIED_COUNT),
        ),
    ),
    NewsMeasure(
        name="derailed",
        heads=("derail", "derailment"),
        phrases=(
            "derailed",
            "left the rails",
            "left the tracks",
            "left the track",
            "came off the rails",
            "came off the tracks",
            "came off the track",
            "jumped the tracks",
            "jumped the rails",
            # as writers of other first languages put it
            "went out of the rails",
            "came out of the rails",
            "exited the rails",
        ),
    ),
    NewsMeasure(
        name="displaced",
        heads=("displace", "homeless"),
        phrases=(
            "displaced",
            "homeless",
            "made homeless",
            "lost their homes",
            "forced from their homes",
            "driven from their homes",
            "fled their homes",
            "uprooted",
            "lost their houses",
        ),
        # "drove 18,000 people from their homes"
        after=(
            (
                ("forced", "drove", "driven", "chased"),
                _GAP + r"(?:from|out\s+of)\s+(?:their|his|her|the)\s+homes?\b",
            ),
        ),
    ),
    NewsMeasure(
        name="ill",
        # a disease's cases: "sickened 104", "104 people fell ill"; "cases"
        # names court cases as well, so it is no head
        heads=("infect", "infection", "sicken", "illness"),
        phrases=(
            "infected",
            "infections",
            "sickened",
            "fell ill",
            "fallen ill",
            "falling ill",
            "became ill",
            "become ill",
            "taken ill",
            "made ill",
            "got sick",
            "gotten sick",
            "illnesses",
        ),
    ),
    NewsMeasure(
        name="hospitalised",
        heads=(
            "hospitalise",
            "hospitalize",
            "hospitalised",
            "hospitalized",
            "hospitalisation",
            "hospitalization",
        ),
        # those taken in, not those in hospital now ("12 remain in hospital")
        phrases=(
            "hospitalised",
            "hospitalized",
            "admitted to hospital",
            "admitted to hospitals",
            "taken to hospital",
            "taken to hospitals",
            "rushed to hospital",
            "needed hospital treatment",
            "required hospital treatment",
            "hospital admissions",
        ),
    ),
    NewsMeasure(
        name="job cuts",
        heads=("layoff", "redundancy"),
        names=("job cuts", "job losses", "jobs cut", "jobs lost", "cut jobs"),
        phrases=(
            "job cuts",
            "job losses",
            "laid off",
            "lay off",
            "layoffs",
            "made redundant",
            "redundancies",
            "lose their jobs",
            "lost their jobs",
        ),
    ),
    NewsMeasure(
        name="sentence",
        heads=("sentence", "jail", "imprison", "imprisonment"),
        # the term given, not the time served ("spent three years in jail")
        phrases=(
            "prison term",
            "prison sentence",
            "jail term",
            "jail sentence",
            "custodial sentence",
            "imprisonment",
            # as Romance languages put a sentence ("condannato a 6 anni")
            "condemned",
        ),
        # "jailed for 25 years" (the verb's forms are the noun's: "in jail")
        after=((("jailed", "imprisoned"), r"\s+for\b"),),
    ),
    NewsMeasure(
        name="fine",
        heads=("fine",),
        # ("sanctioned with 4 millions": the fine of a Romance language's
        # "sanzione", "sanción")
        phrases=(
            "fined",
            "penalty",
            "penalties",
            "civil penalty",
            "sanction",
            "sanctioned",
        ),
    ),
    NewsMeasure(
        name="turnout",
        heads=("turnout",),
        # voters who took part, not those who chose a side: "cast their
        # ballots for", "voted for" count a side, so no such wording is here
        phrases=(
            "turnout",
            "cast a ballot",
            "cast ballots",
            "went to the polls",
            "turned out to vote",
            "took part in the vote",
            "took part in the election",
            "took part in the referendum",
        ),
    ),
    NewsMeasure(
        name="destroyed",
        heads=("destroy", "destruction"),
        phrases=(
            "destroyed",
            "razed",
            "razed to the ground",
            "flattened",
            "levelled",
            "leveled",
            "reduced to rubble",
            "reduced to ashes",
            "burned down",
            "burnt down",
            "burned to the ground",
            "gutted",
            "obliterated",
            "wiped out",
        ),
    ),
    NewsMeasure(
        name="arrested",
        heads=("arrest",),
        phrases=(
            "arrested",
            "arrests",
            "detained",
            "apprehended",
            "rounded up",
            "taken into custody",
            "into custody",
            "held in custody",
        ),
    ),
    NewsMeasure(
        name="strikers",
        heads=("striker", "walkout"),
        names=("on strike", "went on strike", "go on strike", "walk out"),
        phrases=("strikers", "on strike", "walkout", "walkouts"),
        # "3,200 dockers walked out" (not "walked out of the terminal"),
        # "took part in the strike", "stayed away from work", "staged a
        # walkout", "joined the strike"
        after=(
            (("walked out",), r"(?!\s+(?:of|on\s+(?:the|a|an|his|her|their)\b))"),
            (("took part",), r"\s+in\s+" + _STRIKE_NOUN),
            (("staged", "joined"), r"\s+" + _STRIKE_NOUN),
            (
                ("stayed away",),
                r"\s+from\s+(?:work|their\s+(?:jobs|posts|desks|shifts)|the\s+job)\b",
            ),
        ),
    ),
)

#: hedged counts, built-in event words of their own: a figure bound to them
#: is no count of the dead (nor of the missing)
HEDGES = (
    "feared dead",
    "feared killed",
    "feared drowned",
    "feared to have died",
    "presumed dead",
    "presumed drowned",
    "believed dead",
    "believed to have died",
)
