"""The words the privacy check starts from, in English and the sites' languages (Norwegian,
Finnish, Estonian, French, Dutch). A site changes the cue words in Site settings; the
ordinary words are what keeps "the Roll check" or "On Monday" from being taken for names.
"""

from __future__ import annotations

# Words after which a capitalised word is a person's name. A cue written with a capital
# is a title (matched as written, and replaced with the name: "Mr Berg" → "prisoner A");
# one in lower case is a role (matched in any case; "prisoner Berg" → "prisoner A").
NAME_CUES: tuple[str, ...] = (
    # English
    "prisoner",
    "prisoners",
    "inmate",
    "inmates",
    "detainee",
    "detainees",
    "offender",
    "resident",
    "remand prisoner",
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Miss",
    "Mister",
    # Norwegian
    "innsatt",
    "innsatte",
    "fange",
    "fangen",
    "domfelt",
    "domfelte",
    "varetektsinnsatt",
    "herr",
    "fru",
    "frk.",
    "hr.",
    # Finnish (the cases a name follows)
    "vanki",
    "vangin",
    "vankia",
    "vangille",
    "vangilta",
    "vangista",
    "vangit",
    "vankien",
    "herra",
    "rouva",
    # Estonian
    "kinnipeetav",
    "kinnipeetava",
    "kinnipeetavaga",
    "kinnipeetavale",
    "kinnipeetavat",
    "vang",
    "vangi",
    "vangiga",
    "härra",
    "proua",
    "hr",
    "pr",
    # French
    "détenu",
    "détenue",
    "détenus",
    "prisonnier",
    "prisonnière",
    "M.",
    "Mme",
    "Mlle",
    "Monsieur",
    "Madame",
    # Dutch
    "gedetineerde",
    "gevangene",
    "dhr.",
    "mevr.",
    "meneer",
    "mevrouw",
    "de heer",
)

# Phrases a prison number follows; the phrase and the number are replaced together.
NUMBER_CUES: tuple[str, ...] = (
    "prison no.",
    "prison number",
    "prison nr.",
    "prisoner no.",
    "prisoner number",
    "inmate no.",
    "inmate number",
    "detainee no.",
    "detainee number",
    "prison id",
    "fangenummer",
    "fangenr.",
    "innsattnummer",
    "innsattnr.",
    "innsatt nr.",
    "vankinumero",
    "vankinro",
    "vangin numero",
    "kinnipeetava number",
    "kinnipeetava nr",
    "isikukood",
    "numéro d'écrou",
    "n° d'écrou",
    "no d'écrou",
    "numéro d’écrou",
    "n° d’écrou",
    "écrou",
    "gedetineerdennummer",
    "registratienummer",
    "inschrijvingsnummer",
)

# Prison number formats: 9 is any digit, A any letter, anything else itself.
NUMBER_FORMATS: tuple[str, ...] = ("A9999AA",)  # England and Wales, e.g. A1234BC

# Capitalised words that are not names: words that start sentences, days, months, and the
# vocabulary of a prison's day. Compared folded (case and accents aside).
_FUNCTION_WORDS = """
a an and as at after before but by during for from he her here his how i if in into it
its later meanwhile my no not now of on once or our she so some that the their then there
these they this those though to today tomorrow too until we what when where which while
who why with yesterday you your also both each every first next second third last another
other many most all any one two three later again afterwards overall later
en et ei og i på av til med for som da der det den de han hun vi jeg etter før under men
når hvor hva hvem hvorfor så også ikke har var er ble
ja ei että kun jos mutta tai hän he me minä se ne tämä tuo nyt sitten myös vaikka kanssa
ja ning et kui aga või tema nad meie mina see need siis ka pärast enne täna eile
le la les un une des et ou mais donc car ce cette ces il elle ils elles nous je on puis
alors aussi après avant pendant quand où qui que quoi lors ensuite
de het een en of maar dus want dit dat deze die hij zij wij ik toen daarna ook tijdens
voor na wanneer waar wie wat
"""
_DAYS_AND_MONTHS = """
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni juli
august september oktober november desember
maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai tammikuu helmikuu
maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu
esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev jaanuar veebruar märts
aprill mai juuni juuli august september oktoober november detsember
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
juillet août septembre octobre novembre décembre
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april
mei juni juli augustus september oktober november december
christmas easter new year
"""
_PRISON_WORDS = """
officer officers staff colleague colleagues mentor student trainee supervisor manager
governor director chief senior principal custodial duty head deputy orderly nurse doctor
chaplain imam psychologist teacher instructor roll check count unlock lock lockup bang
association exercise yard wing wings unit units landing landings block cell cells spur
control room security reception induction segregation healthcare hospital gym kitchen
servery canteen library chapel workshop education visits visit hall office corridor gate
sally port centre center night day early late shift morning afternoon evening weekend
code red blue alpha first aid fire alarm incident report acct sort safer custody use
force restraint search adjudication observation book entry log debrief briefing handover
meal breakfast lunch dinner tea medication meds phone call letter canteen list team
police court probation remand sentence release transfer escort van property stores
gibbs reflective cycle socratic dialogue competency goal review concern safe job
assessment plan risk management care support programme scheme mental health service
services wellbeing drug alcohol recovery violence reduction equality diversity complaint
complaints procedure policy rule rules order standard operating briefing notice
fengsel fengselsbetjent betjent avdeling celle lufting telling opptelling vaktrom
vankila vartija osasto selli laskenta ulkoilu vuoro
vangla vanglaametnik osakond kamber loendus jalutus vahetus
prison établissement surveillant surveillante agent agente aile quartier cellule
appel promenade parloir greffe
gevangenis penitentiair bewaarder afdeling cel telling luchten bezoek
"""


def _words(*blocks: str) -> frozenset[str]:
    return frozenset(word for block in blocks for word in block.split())


ORDINARY_WORDS: frozenset[str] = _words(_FUNCTION_WORDS, _DAYS_AND_MONTHS, _PRISON_WORDS)

# Given names common in the sites' countries and among their prisoners, flagged on their
# own (a surname alone cannot be told from a word). Names that are also ordinary English
# words (Will, Mark, May, Rose, Bill, Jack …) are left out on purpose.
GIVEN_NAMES: frozenset[str] = _words(
    """
    john james david michael robert daniel thomas paul steven kevin jason ryan gary
    lee dean craig darren wayne liam connor callum jamie kieran shane tyler jordan aaron
    adam alex andrew anthony ben chris christopher dan danny george harry jake jonathan
    joseph joshua kyle lewis luke matthew nathan nick peter richard sam scott sean simon
    stephen stuart tom tony william sarah emma laura lisa karen michelle nicola kelly
    claire rachel amy jessica hannah charlotte sophie lucy chloe
    ole ola per lars jan jonas kjetil knut arne geir terje tor trond rune espen anders
    magnus henrik kristian morten stian vegard sindre jørgen øystein håkon bjørn eirik pål
    kari ingrid anne marit hilde silje ida nora maja ingeborg solveig tone åse
    mikko jussi ville antti pekka juha matti timo jari kari petri janne sami tuomas jyrki
    väinö ari markku heikki esa mika teemu joni aki toni päivi sanna liisa aino hanna
    andres priit rein tõnu tõnis jüri märt ülo margus toomas urmas aivar raivo kalev
    mari triin külli tiina kärt ülle eha maarja kadri
    jean pierre michel philippe alain patrick nicolas christophe stéphane sébastien
    frédéric laurent olivier thierry julien thibault jérôme raphaël noël yannick kevin
    mohamed karim mehdi youssef rachid samir nabil farid hamid bilal amine
    marie nathalie isabelle sylvie catherine sandrine céline amélie hélène léa chloé
    jan pieter kees koen bram daan joris sander stijn thijs wouter bart dirk geert
    luuk ruben niels jeroen anneleen elke femke sanne lotte
    ahmed ali hassan hussein omar abdullah abdul ibrahim mustafa khalid tariq imran
    yusuf ismail abdi abdirahman mahad farah
    piotr paweł tomasz krzysztof marcin łukasz michał andrzej jakub mateusz grzegorz
    dawid kamil rafał wojciech
    tomas mindaugas darius andrius vytautas aurimas rimantas
    ionut andrei mihai florin marius cristian adrian bogdan
    алексей дмитрий сергей николай андрей игорь иван владимир михаил павел
    """
)
