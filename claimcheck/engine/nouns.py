"""Word lists for what a number counts: nouns of people, words that end a noun."""

from __future__ import annotations

__all__ = ["PERSONS", "STOP"]

#: nouns that name people: a number counting them may bind to a verb
#: (``killed 300 marines``), where a number counting a thing may not
PERSONS = frozenset(
    """people person persons others more residents civilians villagers
    individuals victims men women children kids boys girls babies infants
    adults patients passengers travellers travelers tourists visitors pilgrims
    migrants refugees evacuees survivors miners workers employees staff
    soldiers troops sailors marines fighters militants rebels officers police
    policemen firefighters rescuers volunteers crew members students pupils
    teachers doctors nurses voters supporters protesters demonstrators
    prisoners inmates detainees hostages fishermen farmers customers clients
    households families citizens nationals foreigners journalists players fans
    spectators guests drivers casualties americans britons locals teenagers
    boy girl man woman child baby infant toddler teenager teen youth student
    pupil driver passenger worker miner apprentice foreman captain pilot
    soldier officer nurse doctor victim survivor resident pensioner mother
    father son daughter wife husband grandmother grandfather suspect suspects
    player
    """.split()
)
# words that end the noun phrase after a number
STOP = frozenset(
    """a an the this that these those its their his her our my your and or but
    nor to of in on at by for from with without into onto over under about
    above below after before during since until within across through toward
    towards near among between per than as so up down off out were was is are
    be been being has have had will would could may might must shall should
    can do did does not no who whom whose which where when while if because
    including such like said says say more less only just all each both
    some any most many according despite amid following compared versus ahead
    against beyond inside outside via""".split()
)
