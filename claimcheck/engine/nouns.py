"""Word lists for what a number counts: nouns of people, words that end a noun."""

from __future__ import annotations

__all__ = ["PERSONS", "SINGULAR_PERSONS", "STOP", "THING_VERBS"]

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
    player cyclist cyclists pedestrian pedestrians rescuer firefighter
    policeman policewoman guard guards engineer engineers surveyor surveyors
    supervisor supervisors contractor contractors conductor conductors guide
    guides climber climbers hiker hikers skier skiers sailor fisherman farmer
    tourist pilgrim journalist photographer teacher relative relatives
    neighbour neighbours neighbor neighbors friend friends brother brothers
    sister sisters colleague colleagues sons daughters wives husbands mothers
    fathers pilots captains crewman crewmen member adult adults minor minors
    schoolchildren schoolboy schoolboys schoolgirl schoolgirls steward
    stewards civilian villager individual visitor traveller traveler migrant
    refugee evacuee employee staffer marine fighter militant rebel volunteer
    voter supporter protester demonstrator prisoner inmate detainee hostage
    customer client citizen national foreigner fan spectator guest local
    labourer labourers laborer laborers dockers dockworkers longshoremen
    porters cleaners machinists mechanics technicians strikers
    """.split()
)
#: the nouns of :data:`PERSONS` that name one person: "a driver" counts one,
#: where "the passengers" leaves the number open
SINGULAR_PERSONS = frozenset(
    """person boy girl man woman child baby infant toddler teenager teen youth
    student pupil driver passenger worker miner apprentice foreman captain
    pilot soldier officer nurse doctor victim survivor resident pensioner
    mother father son daughter wife husband grandmother grandfather suspect
    player cyclist pedestrian rescuer firefighter policeman policewoman guard
    engineer surveyor supervisor contractor conductor guide climber hiker
    skier sailor fisherman farmer tourist pilgrim journalist photographer
    teacher relative neighbour neighbor friend brother sister colleague crewman
    member adult minor schoolboy schoolgirl steward civilian villager
    individual visitor traveller traveler migrant refugee evacuee employee
    staffer marine fighter militant rebel volunteer voter supporter protester
    demonstrator prisoner inmate detainee hostage customer client citizen
    national foreigner fan spectator guest local labourer laborer""".split()
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


#: verbs done to things, whose object is what a claim measured by the verb
#: counts: "Delta cancelled 7,000 flights" for a claim on "cancelled", where
#: "rescued 3 fishing boats" counts no one rescued (past participles, folded)
THING_VERBS = frozenset(
    """cancelled canceled scrapped scratched axed destroyed damaged demolished
    razed flattened levelled leveled gutted recalled sold bought ordered
    delivered shipped exported imported produced built grounded delayed
    diverted suspended closed shut seized confiscated impounded intercepted
    launched fired downed banned blocked removed deleted issued approved
    rejected filed submitted returned refunded
    """.split()
)
