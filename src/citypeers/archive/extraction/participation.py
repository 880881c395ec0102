"""Candidate, then decision: which of the places a report names took part in the meeting.

`places.find_mentions` collects every place named; the close cues of `places` (the City of
X, representatives of X, X City Council) confirm some. This module decides about the rest
from their sentence, in the languages of the programme: a place in an enumeration of
places, or in a sentence that speaks of taking part (attending, delegations, visits, hosts),
took part; a place inside a body's name (University of Warsaw, UNHCR Thessaloniki), a
person's name (Luca Bergamo), a region (Landkreis, powiat, Cabildo de Tenerife), or a
plain word that only happens to name a small town, did not.
"""

import regex

from . import patterns as rx
from .common_words import is_common_word, is_english_word
from .given_names import is_given_name
from .project_partners import PARTNER_LIST_REACH, PROJECT_PARTNERS
from .text import fold, sentence_span

# Word starts that speak of taking part, per language (matched at a word's start, any case).
_PARTY_STEMS = (
    # English
    r"particip|attend|represent|present|delegat|visit|host|welcom|gather|brought together|"
    r"mentor|mentee|took part|take part|taking part|joined|met\b|meet|came from|travel|"
    # signing a text together, in every language: "signed", "firmato", "unterzeichnet"
    r"signed|signing|signator|firmat|firmaron|firmant|unterzeichn|podpisa|υπέγραψ|υπογραφ|semnat|"
    # Italian
    r"partecip|rappresentant|delegazion|delegat|visit|ospit|accolt|accogli|riun|incontr|"
    r"presenti\b|presentat|intervenut|"
    # Spanish
    r"asist|representant|delegaci|acogi|anfitri|reuni|encuentro|jornada|"
    # German
    r"teilnehm|teilgenommen|teilnahm|vertreter|delegation|besuch|gastgeber|trafen|treffen|"
    r"anwesend|reist|zu gast|präsentiert|vorgestellt|"
    # a programme's item of the towns' own reports: "Erfahrungsberichte aus A und B"
    r"erfahrungsbericht|praxisbericht|berichte aus|beiträge aus|impulse aus|"
    # Polish
    r"udział|przedstawiciel|delegacj|wizyt|gości|spotka|uczestni|zaprezent|"
    # Greek
    r"συμμετ|εκπροσ|εκπρόσ|αντιπροσ|επισκ|επίσκ|φιλοξεν|συνάντ|συναντ|παρουσ|"
    # Romanian
    r"reprezentan|delegați|vizit|găzdu|întâln|prezent|"
    # Maltese
    r"parteċip|rappreżent|delegazzjon|żjara"
)
PARTY_CUE = rx.compile(rf"(?<![\p{{L}}])(?:{_PARTY_STEMS})", regex.I)

# Nouns of local authorities in the plural: "the cities of", "i comuni", "die Städte".
_AUTHORITIES = rx.compile(
    r"(?<![\p{L}])(?:cities|municipalities|towns|città|comuni|municipalità|ciudades|"
    r"municipios|ayuntamientos|städte[n]?|städten|kommunen|gemeinden|partnerstädte[n]?|"
    r"miast\p{L}*|gmin\p{L}*|δήμ\p{L}*|πόλε\p{L}*|orașe(?:le)?|municipii(?:le)?|primării(?:le)?|"
    r"bliet|kunsilli lokali|lokalitajiet)"
    r"(?![\p{L}])",
    regex.I,
)

# Enumerations: the glue between two places of one list.
_LIST_GLUE = rx.compile(
    r"^\s*(?:\([^()\n]{2,40}\)\s*|\s+in\s+\p{Lu}\p{L}+\s*)?"
    # an item the gazetteer does not know, of up to four words ("Castel Nuovo di Sopra")
    r"(?:(?:,|\band\b|\bi\b|\be\b|\by\b|\bund\b)\s*(?-i:\p{Lu}[\p{L}\p{M}'’-]+"
    r"(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]+|d[ei]|dei|del|della|de la|sur|am|an der)){0,3})\s*)?(?:,|;|\band\b|\bed?\b|\by\b|\bi\b|\bund\b|\bet\b|"
    r"\boraz\b|\bși\b|\bsi\b|\bκαι\b|\bu\b|&|[–—/]|\bas well as\b|\bsowie\b)\s*"
    r"(?:(?:the|il|la|le|dem|der|die|den|el|los|las|la città di|the city of)\s+)?$",
    regex.I,
)


def joined_in_a_list(between: str) -> bool:
    """Whether the text between two places joins them as items of one enumeration."""
    return bool(_LIST_GLUE.match(between))


# An authority's noun right before its name, without "of": "Stadt Bütow", "gmina Bytów",
# "Δήμος Θεσσαλονίκης", "Primăria Cluj", "municipiul Iași".
_NOUN_BEFORE = rx.compile(
    # "Stadt", "Gemeinde", and their compounds: "Partnerstadt", "Hansestadt", "Kreisstadt",
    # "Stadtgemeinde", "Marktgemeinde"
    r"(?:(?<![\p{L}])(?:\p{L}*stadt|stad|gemeente|\p{L}*gemeinde|gmin\p{L}*|miast\p{L}*|δήμ\p{L}*|primări\p{L}*|"
    r"municipiul\p{L}*|ora[șş]ul\p{L}*|comuna|comunei|sat(?:ul|ului)|"
    # their short forms in Romanian and Moldovan texts: "or. Căușeni", "mun. Bălți"
    r"(?-i:or|mun|com)\.|"
    # the authority's head: "Prezydent Wrocławia", "burmistrz Bytowa", "Oberbürgermeister von
    # Potsdam", "primarul Clujului", "δήμαρχος Αθηναίων"
    r"prezydent\p{L}*|burmistrz\p{L}*|(?:ober)?bürgermeister(?:in|innen)?(?:\s+von)?|"
    # Polish heads said plainly, and a city council's initials: "włodarze Warszawy",
    # "Przewodniczący RM Łodzi" (Rada Miejska)
    r"włodarz\p{L}*|(?-i:RM)|"
    # a mayor abroad, in Polish: "mer Buczy", "z merem Lwowa"
    r"mer(?:a|em|owi|ze|owie|ów)?|"
    r"primar(?:ul|ului|ii|ilor|ia|ei)?|(?:αντι)?δ[ηή]μ[αά]ρχ\p{L}*)(?:\s*:)?\s+|"
    # Greek may put the genitive's article between: "τους δημάρχους της Λέσβου"
    r"(?<![\p{L}])(?:δήμ\p{L}*|(?:αντι)?δ[ηή]μ[αά]ρχ\p{L}*)\s+(?:του|της|των)\s+|"
    # Romanian joins a head to its town with the genitive's article, or with none in a
    # byline: "viceprimar al Clujului", "consilier local al orașului Iași", "Consiliul
    # local Arad", "consilier local - Brașov"; a city's sector is the city ("sectorului 3 al
    # Bucureștiului")
    r"(?<![\p{L}])(?:(?:vice-?)?primar\p{L}*|consili\p{L}*\s+local\p{L}*|sector\p{L}*\s+\d{1,2}|"
    r"municipalit(?:ate|atea|ății|ăţii|ații|atii)|delegați\p{L}*\s+din(?:\s+partea)?|"
    r"delegaţi\p{L}*\s+din(?:\s+partea)?)"
    r"\s*[-–:]?\s+(?:(?:al|a|ai|ale)\s+)?|"
    # a town's member of its executive, with the portfolio between: "l'assessora alle
    # Politiche sociali di Lodi", "el concejal de Cultura de Getafe"
    r"(?<![\p{L}])(?:assessor[ea]|concejala?|teniente de alcalde)(?:\s+[^.,;:()\n]{1,40}?)?"
    r"\s+(?:di|de)\s+|"
    # a Polish town's office in its town: "Urząd Miejski w Gdańsku", "Urzędu Gminy w Kobylnicy"
    r"(?<![\p{L}])urz[ąę]d\p{L}*\s+(?:miejsk\p{L}*|miasta(?:\s+i\s+gminy)?|gminy)\s+we?\s+)$",
    regex.I | regex.REVERSE,
)
# A person's affiliation: "Anu Riila (Helsinki)", "Lefteris Papagiannakis (Vice-Mayor, Athens)".
_AFFILIATION = rx.compile(r"(?:\p{Lu}\p{L}+\s*\((?:[^()\n]{0,40},\s*)?)$", regex.REVERSE)
# ... the city perhaps followed by its country: "Ana Ruiz (Bogotá, Colombia)"
# A line of a list of speakers: a named person, their role, then the place they speak for,
# last on the line or before its country or body ("• Dr. Anu Riila, Head of the Urban
# Office, Helsinki", "Ana Feder, Mayor's Advisor, Mersin, Global Taskforce").
_SPEAKER_BEFORE = rx.compile(
    r"(?:^|\n)[ \t]*(?:[•·*▪‣–—-][ \t]*)?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?"
    r"(?P<given>\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3},[ \t][^\n]{2,150},[ \t]*$"
)
_SPEAKER_PLACE_ENDS = rx.compile(r"[ \t]*(?:\n|$|,|\()")


def _speakers_place(text: str, mention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    speaker = _SPEAKER_BEFORE.search(text, max(0, line_start - 1), mention.start)
    return bool(
        speaker
        and is_given_name(speaker.group("given"))
        and _SPEAKER_PLACE_ENDS.match(text, mention.end)
    )


_CLOSING = rx.compile(r"\s*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}\s*)?\)")
# A city's own work said in English: "Zagreb’s experience", "Utrecht's Plan Einstein".
_POSSESSIVE = rx.compile(r"['’]s\s+(?:own\s+)?\p{L}")


# Regions, provinces and islands: a place named after one of these is not a municipality.
_REGION_BEFORE = rx.compile(
    r"(?:\b(?:region|regione|región|regiune|province|provincia|provinz|county|district|"
    r"kreis|landkreis|kreises|powiat\w*|województw\w*|cabildo|isla|island|isola|jude[țţ]\w*|"
    r"distretto|"
    r"contea|bundesland|land|περιφέρει\w*|νομ\w*)\s+(?:of\s+|di\s+|de\s+|del\s+|der\s+|"
    r"des\s+|dem\s+)?(?:the\s+)?)$",
    regex.I | regex.REVERSE,
)
# A numbered district is a city's part: "the 7th District of Vienna", "3. Bezirk".
_CITY_DISTRICT = rx.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th|\.|e|º|°)?\s+(?:district|arrondissement|bezirk|distretto|"
    r"distrito|municipio)\s+(?:of\s+|di\s+|de\s+|der\s+)?(?:the\s+)?)$",
    regex.I | regex.REVERSE,
)
# The head of a district, county, province or region, then a name and an opening bracket:
# the place in brackets is the head's district ("Landrat Stefan Löwl (Dachau)").
_REGIONAL_HEAD = rx.compile(
    r"(?:\b(?:landr(?:a|ä)t\p{L}*|starost\p{L}*|marsza(?:l|ł)k\p{L}*|wojewod\p{L}*|"
    r"prefe(?:c|tt)\p{L}*|präfekt\p{L}*|county\s+(?:councillor|council\s+leader)|"
    r"περιφερει(?:α|ά)ρχ\p{L}*|αντιπεριφερει(?:α|ά)ρχ\p{L}*)"
    r"(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,4}\s*\((?:[^()\n]{0,40},\s*)?)$",
    regex.I | regex.REVERSE,
)
# A capitalised word right before: a body ("UNHCR Thessaloniki", "Erasmus University
# Rotterdam") or a first name ("Luca Bergamo"). Read from the end, where it is anchored, so
# that a search never restarts inside a long word (linear time).
_CAPITAL_BEFORE = rx.compile(
    r"(?<![.:;!?\n]\s?)\b(?P<word>\p{Lu}[\p{L}\p{M}'’-]*)\s$", regex.REVERSE
)
# The capitalised word right before, wherever it stands ("Participants: Anna Tamm").
_WORD_BEFORE = rx.compile(r"(?<![\p{L}\p{M}'’-])(?P<word>\p{Lu}[\p{L}\p{M}'’-]*)\s$", regex.REVERSE)
# A personal title, perhaps with a first name, right before: the place is a person's name.
_TITLE_BEFORE = rx.compile(
    r"(?:(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Sig|Sig\.ra|Dott|Dott\.ssa|Ing|Avv|Herr|Frau|Sr|Sra|"
    r"Pan|Pani|Dl|Dna|κ|κα)\.?\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\.?\s+)?)$",
    regex.REVERSE,
)
_CAPITAL_AFTER = rx.compile(r"^\s(?P<word>\p{Lu}[\p{L}\p{M}'’-]*)")
# A body's name around the place ("University of Warsaw", "Lund University").
_BODY_BEFORE = rx.compile(
    r"(?:\b(?:University|Università|Universidad|Universität|Universitat|Université|"
    r"Uniwersytet\w*|Institute|Istituto|Instituto|Institut|Observatorio|Osservatorio|"
    r"College|School|Academy|Museum|Museo|Hospital|Ospedale|Chamber|Camera|Bank|Port|Airport|"
    r"Aeroporto|Aeropuerto|Stadium|Club|Office|Ufficio|Oficina|Embassy|Consulate|"
    r"Prefecture|Prefettura|Court|Tribunale|Diocese|Diocesi|Archdiocese)\s+(?:of|di|de|"
    r"del|della|der|des|din|w|στη|της)\s+(?:the\s+)?)$",
    regex.REVERSE,
)
# A body's seat: "the Training Centre (ITC) in Turin", "its office in Brussels", "based in
# Geneva": the city is where the body sits, not a participant.
SEAT_OF_BODY = rx.compile(
    r"(?:\b(?:Centre|Center|Centro|Zentrum|Office|Offices|Ufficio|Oficina|Büro|Headquarters|"
    r"Secretariat|Segretariato|Secretaría|Sekretariat|Agency|Agenzia|Agencia|Institute|"
    r"Istituto|Instituto|University|Università|Universidad|based|sede|headquartered|"
    r"offices?|centre|center)\s*(?:\([^()\n]{1,20}\)\s*)?(?:in|at|a|en|w|în|in der)\s+(?:the\s+)?)$",
    regex.REVERSE,
)
# Near a place, in the programme's languages: the place only tells where another is.
_NEAR_BEFORE = rx.compile(
    r"(?:(?<![\p{L}])(?:near|close to|next to|outside|vicin[oaie]\p{L}*\s+a|nei pressi di|"
    r"alle porte di|cerca de|junto a|a las afueras de|nahe|nahe bei|unweit von|in der nähe von|"
    r"niedaleko|pod|obok|κοντά\s+(?:σε|στ[ηοα]ν?)|lângă|aproape de|în apropierea)\s+)$",
    regex.I | regex.REVERSE,
)
# An office named by its place and then its body: "the regional office Galați of UNHCR",
# "biroul regional Iași al OIM", "l'ufficio territoriale Bari dell'UNHCR".
_OFFICE_BEFORE = rx.compile(
    r"(?:(?<![\p{L}])(?:office|biroul\p{L}*|ufficio|oficina|büro|biuro|γραφεί\p{L}*)"
    r"(?:\s+(?:regional\p{L}*|teritorial\p{L}*|territorial\p{L}*|local\p{L}*|field|country|"
    r"area|zonal\p{L}*|περιφερειακ\p{L}*))?\s+)$",
    regex.I | regex.REVERSE,
)
_BODY_LINK_AFTER = rx.compile(
    r"\s+(?:al|a|ale|of|of the|della|dell['’]|del|de|de la|der|des|του|της)\s"
)
# A place used as an event's adjective: "since the London conference", "the Rome summit".
EVENT_NOUN_AFTER = rx.compile(
    r"\s+(?:conference|summit|forum|meeting|declaration|process|agreement|congress|charter|"
    r"convention|compact)\b"
)
# Capitalised words after a place that end in an event's or a text's noun: the place names
# the event ("the Rabat Process", "the Gaziantep International Municipal Forum").
_EVENT_NAME_AFTER = rx.compile(
    r"^(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,4}\s(?:Meeting|Forum|Conference|Summit|Process|"
    r"Declaration|Agreement|Compact|Pact|Charter|Congress|Festival|Award|Prize|Week|Days?|"
    r"Dialogue|Roundtable|Round Table|Symposium|Expo)\b"
)
# A place that names a facility for refugees, or where one stands: a site visited, no party.
_FACILITY_NOUNS = (
    r"(?:refugee |migrant |reception |accommodation |asylum |transit )?(?:camps?|"
    r"hosting facilit\p{L}*|reception (?:centres?|centers?|facilit\p{L}*)|"
    r"accommodation (?:centres?|centers?)|hotspots?|shelters?)"
)
_FACILITY_AFTER = rx.compile(rf"\s+{_FACILITY_NOUNS}(?![\p{{L}}])", regex.I)
_FACILITY_BEFORE = rx.compile(
    r"(?:(?<![\p{L}])(?:camps?|campo|campamento|lager|obóz|obozie|καταυλισμ\p{L}*|tabăr\p{L}*|"
    r"shelters?|\p{L}*unterkunft|\p{L}*unterkünfte|erstaufnahme\p{L}*|centro di accoglienza|"
    r"centro de acogida|ośrod\p{L}* dla cudzoziemców|δομή φιλοξενίας|reception (?:centre|center))"
    r"(?:\s+\p{L}+){0,3}?\s+(?:in|at|a|di|de|en|im|w|we|σε|στ[ηοα]ν?|din|la)\s+)$",
    regex.I | regex.REVERSE,
)
# "X of <place>" with a capitalised X: a body of the place unless X is an authority or party.
_CAPITAL_OF = rx.compile(
    r"(?:\b(?P<word>\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:of|di|de|del|della|der|des|du|din|z|von|van)"
    r"\s+(?:the\s+|la\s+)?)$",
    regex.REVERSE,
)


def _party_word(word: str) -> bool:
    key = fold(word)
    return (
        key in _CITY_WORDS
        or key in _AUTHORITY_WORDS
        or key.endswith("stadt")  # "Hansestadt", "Philipp-Soldan-Stadt"
        or bool(PARTY_CUE.match(word) or _AUTHORITIES.fullmatch(word))
    )


_AUTHORITY_WORDS = frozenset(
    "city cities municipality municipalities town towns comune comuni citta municipio "
    "municipalite ville stadt gemeinde ayuntamiento ciudad concello mayor mayors sindaco "
    "sindaca vicesindaco alcalde alcaldesa burgermeister oberburgermeister primaria primarul "
    "municipiul orasul gmina miasto prezydent burmistrz rathaus members partners officials staff "
    "team experts colleagues people residents guests ospiti partner membri".split()
)


# Words after a place that keep it a local authority or its part ("Fuenlabrada Police").
_CITY_WORDS = frozenset(
    "city council municipality municipal town hall government police mayor metropolitan borough "
    "delegation team region stadt gemeinde comune ayuntamiento".split()
)
_ROMAN = rx.compile(r"^[IVXLC]+$")


def decide(text: str, mentions, months: frozenset[str]) -> None:
    """Mark as cued the uncued mentions that the report says took part."""
    for mention in mentions:
        if _not_a_name(text, mention):
            mention.place, mention.cued = None, False
    usable = []
    for mention in mentions:
        if mention.place and not mention.cued:
            mention.implausible = not plausible_words(text, mention, months)
        if mention.place and not mention.implausible:
            usable.append(mention)
    lefts = {id(m): text[max(0, m.start - 60) : m.start] for m in usable}
    # a list's head names every item ("τους δημάρχους Χίου, Ανατολικής Σάμου ...")
    headed = {key for key, left in lefts.items() if _NOUN_BEFORE.search(left)}
    listed = _in_lists(text, usable, headed)
    for mention in usable:
        if mention.cued:
            continue
        left = lefts[id(mention)]
        went = _went_to_an_event(text, mention, left)
        if id(mention) in headed or _CITY_DISTRICT.search(left):
            mention.cues.add("noun_before")  # "die Stadt Bütow", "gmina Bytów"
        elif _AFFILIATION.search(left) and _CLOSING.match(text, mention.end):
            mention.cues.add("affiliation")  # "Anu Riila (Helsinki)"
        elif _speakers_place(text, mention):
            mention.cues.add("affiliation")  # "• Anu Riila, Head of the Office, Helsinki"
        elif _POSSESSIVE.match(text, mention.end) and distinctive(mention, by_words=False):
            mention.cues.add("possessive")  # "Zagreb’s experience with funding"
        elif listed.get(id(mention)):
            mention.cues.add("listed")
        elif in_dateline(text, mention):
            mention.venue = True  # "GENEVA, Switzerland –": where the story was filed
        elif (
            distinctive(mention)
            and not SEAT_OF_BODY.search(left)
            and not EVENT_NOUN_AFTER.match(text, mention.end)
            and _in_party_sentence(text, mention)
        ):
            if (_WHERE_BEFORE.search(left) or went) and not _VISIT_IN.search(left):
                mention.venue = True  # "met in Brussels": where the parties met, not a party
            else:
                mention.cues.add("party_sentence")
        if not mention.cues and went:
            mention.venue = True  # "viajó a Lisboa para la conferencia": the event's venue
        mention.cued = bool(mention.cues)


# A news dateline after a place at a line's start: its region or country, a date, the
# agency, then a dash ("GENEVA, Switzerland –", "Milano, 28 feb. (Adnkronos) -", "VARESE –").
# (words of bounded length: read from every position of a long word, an unbounded one is
# quadratic)
_DATELINE_AFTER = rx.compile(
    r"(?:,\s*\p{Lu}[\p{L}.]{0,40}(?:\s\p{Lu}[\p{L}.]{0,40}){0,2})?"
    r"(?:,?\s*(?:\p{L}{1,20}\s+)?\d{1,2}\.?\s*\p{L}{1,20}\.?(?:\s+\d{4})?)?"
    r"(?:\s*\([^()\n]{1,30}\))?\s*(?:[–—]|-{1,2}|\.-)\s+"
    # not a list of people by city: "Bologna – Anna Rossi, Deputy Mayor"
    r"(?!\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+\s*(?:[,(]|$))",
    regex.M,
)


def in_dateline(text: str, mention) -> bool:
    """Whether the place opens a news dateline: the place the story was filed from, most
    often where the meeting was, which says nothing of whether its authority took part."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return not text[line_start : mention.start].strip() and bool(
        _DATELINE_AFTER.match(text, mention.end)
    )


# A visit's place is its host, and the host takes part: "during the visit in Lublin",
# "w ramach wizyty w Lublinie", "la visita a Bari", "beim Besuch in Graz".
_VISIT_IN = rx.compile(
    r"(?:(?<![\p{L}])(?:visit|visits|visita|visite|wizyt\p{L}*|besuch\p{L}*|επίσκεψ\p{L}*|"
    r"vizit\p{L}*|żjara)\s+(?:in|to|at|a|en|w|we|στη|στην|στο|la|în|im|nach)\s+(?:the\s+)?)$",
    regex.I | regex.REVERSE,
)


def _went_to_an_event(text: str, mention, left: str) -> bool:
    """A delegation's journey to the place for an event ("travelled to Lisbon for the
    conference"): the event's venue, a party only if its own authority is said to take part.
    A journey alone ("a sosit la Arad o echipă") is a visit, whose host takes part."""
    return bool(
        _EVENT_PURPOSE.match(text, mention.end, mention.end + 60)
        and _TRAVEL_TO.search(left)
        and not _VISIT_IN.search(left)
    )


# A delegation's journey, right before the place it went to: "travelled to Lisbon", "came to
# Hanover", "reisten nach Hannover", "viajó a Lisboa", "przyjechała do Gdańska".
_TRAVEL_TO = rx.compile(
    r"(?:(?<![\p{L}])(?:(?:came|come|comes|coming|travel(?:l?ed|l?ing|s)?|went|go|goes|going|"
    r"flew|journeyed|headed|arrived|arriving|returned)\s+(?:back\s+)?(?:to|in)|"
    r"(?:kam(?:en)?|reist(?:e|en)|gereist|fuhr(?:en)?|gefahren|flog(?:en)?|geflogen|"
    r"gekommen|Reise|Fahrt)\s+nach|"
    r"(?:arrivat[aoie]|arriva(?:no|ti)?|recat[aoie]|giunt[aoie]|viaggio|viaggiato)\s+(?:a|in)|"
    r"(?:viaj(?:ó|aron|ar)|lleg(?:ó|aron|ar)|desplaz(?:ó|aron)|fue|fueron)\s+a|"
    r"(?:viaj(?:ou|aram)|cheg(?:ou|aram))\s+(?:a|em)|"
    r"(?:przyjecha\p{L}*|przyby\p{L}*|pojecha\p{L}*|polecia\p{L}*)\s+do|"
    r"(?:a|au)\s+(?:venit|călătorit|calatorit|sosit)\s+(?:la|în|in)|"
    r"(?:ταξίδεψ\p{L}*|ήρθ\p{L}*|έφτασ\p{L}*|επισκέφθηκ\p{L}*)\s+(?:στη|στην|στο|σε))"
    r"\s+(?:the\s+)?)$",
    regex.I | regex.REVERSE,
)
# The event the journey was for, right after the place: "for the conference", "zur Tagung",
# "per il convegno", "para la conferencia", "na konferencję", "pentru conferința".
_EVENT_PURPOSE = rx.compile(
    r"\s*,?\s*(?:for|to\s+attend|zur|zum|für\s+die|per|para|na|pentru|για)\s+"
    r"(?:(?:the|a|an|il|la|el|le|το|τη|την|die|das|den)\s+)?(?:[\p{L}-]+\s+){0,2}?"
    r"(?:conference|forum|summit|congress|assembly|meeting|workshop|seminar|"
    r"konferenz|tagung|kongress|gipfel|konferenc\p{L}*|conferenz\p{L}*|convegno|"
    r"conferencia|congreso|encuentro|szczyt|zjazd|conferin\p{L}*|συνέδρι\p{L}*|"
    r"σύνοδ\p{L}*)",
    regex.I,
)
# A preposition of where, right before a place: "met in Brussels", "en Madrid", "a Roma",
# "in Wien", "στην Ουτρέχτη", "w Warszawie", "la București", "à Lyon".
_WHERE_BEFORE = rx.compile(
    r"(?:(?<![\p{L}'’])(?:in|at|en|a|à|ad|nel|nella|im|w|we|σε|στη|στην|στο|la|în|fil|f['’]|"
    r"presso|em)\s+(?:the\s+)?)$",
    regex.I | regex.REVERSE,
)


def _in_lists(text: str, mentions, headed: set[int] = frozenset()) -> dict[int, bool]:
    """Id -> True for mentions in an enumeration of places with a distinctive one, or one
    an authority's noun heads (the ids in `headed`)."""
    listed: dict[int, bool] = {}
    run: list = []
    for index, mention in enumerate(mentions):
        between = text[mentions[index - 1].end : mention.start] if index else ""
        if _LONGER_NAME.match(text, mention.end):
            _close_run(text, run, listed, headed)  # "Garda de Coastă": a longer name, no item
            run = []
        elif index and (_LIST_GLUE.match(between) or _HEADS_NAME_BETWEEN.match(between)):
            run.append(mention)
        else:
            _close_run(text, run, listed, headed)
            run = [] if _word_in_a_phrase(text, mention) else [mention]
    _close_run(text, run, listed, headed)
    return listed


def numbered_district(left: str) -> bool:
    """Whether `left` ends with a numbered district's noun ("the 7th District of"): the
    place after it is the city."""
    return bool(_CITY_DISTRICT.search(left))


def _word_in_a_phrase(text: str, mention) -> bool:
    """A plain word that only shares a small town's name, after a lower-case word that never
    leads to a place ("vor Ort, Erfurt", German capitalising its nouns): the phrase's word,
    no list's first item. "aus Hof, Bamberg", "of Bath, Leeds" still open a list."""
    if distinctive(mention):
        return False
    before = _LOWER_WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return bool(before) and fold(before.group(1)) not in _LEADS_TO_A_PLACE


_LOWER_WORD_BEFORE = rx.compile(r"(?<![\p{L}])(\p{Ll}+)\s+$")
# Words that may stand right before a place's name: prepositions of where and whence, list
# openers and joins, in the programme's languages.
_LEADS_TO_A_PLACE = frozenset(
    fold(word)
    for word in "of from in at to and or with between including like as by for "
    "di da a ad e o con tra fra come per del della dal dalla nel nella "
    "de desde en y con entre como para del "
    "aus nach von vom bei zu zum zur zwischen mit und oder sowie wie für im "
    "z ze w we do i oraz lub jak dla przez "
    "din la în și sau cu între ca pentru "
    "από σε στη στην στο στον και με ως "
    "à au dans et ou avec entre comme pour van uit naar te met en of "
    "em no na do da e com entre".split()
)


# A list of municipalities each followed by its mayor's name, then the list's glue:
# "τους δημάρχους Ανωγείων Σωκράτη Κεφαλογιάννη, Αγίου Βασιλείου Γιάννη Ταταράκη και ..."
_HEADS_NAME_BETWEEN = rx.compile(
    r"^\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\s*(?:,|(?:και|and|und|e|y|i|și|oraz)\s)\s*$"
)


# A connector and a capitalised word after a place: a longer name starting with the place's.
_LONGER_NAME = rx.compile(r" (?:de|del|della|di|da|du|des|von|van|der|do|dos) \p{Lu}\p{Ll}")


def _close_run(text: str, run: list, listed: dict[int, bool], headed: set[int]) -> None:
    """A list counts when one of its places is cued or headed by an authority's noun, or its
    sentence speaks of taking part."""
    if len(run) < 2:
        return
    if any(m.cued or id(m) in headed for m in run) or (
        any(distinctive(m) for m in run) and _in_party_sentence(text, run[0], near=_NEAR_LIST)
    ):
        listed.update((id(m), True) for m in run)


def _not_a_name(text: str, mention) -> bool:
    """ "The City of Vienna" names Vienna, not a town called The City; "CoP" is an acronym;
    an everyday English word that is only another name of a town ("Center", "Union") is
    the word, not the town."""
    surface = mention.surface
    if len(surface) <= _ACRONYM_LENGTH and _INNER_CAPITAL.search(surface):
        return True
    if _everyday_alias(mention):
        return True
    if _COUNTY.search(surface) or _COUNTY_AFTER.match(text, mention.end):
        return True  # "Norfolk County Council", "Kent County": a county, no municipality
    return bool(_GENERIC_HEAD.search(surface) and _OF_AFTER.match(text, mention.end))


def _everyday_alias(mention) -> bool:
    """One everyday English word that no place has for its main name, naming a place below
    a large city's size (a large city's other name may be common: "Roma", "Hull")."""
    place, surface = mention.place, mention.surface
    if " " in surface or fold(surface) == fold(place.name) or place.population >= _LARGE_ALIAS:
        return False
    return not any(main for _p, main in mention.candidates) and is_english_word(surface)


_LARGE_ALIAS = 100_000


_COUNTY = rx.compile(r"\sCounty$")
_COUNTY_AFTER = rx.compile(r"\s+County\b")
_INNER_CAPITAL = rx.compile(r"\p{Ll}\p{Lu}")
_ACRONYM_LENGTH = 5
_GENERIC_HEAD = rx.compile(
    r"^(?:The\s+)?(?:City|Town|Municipality|Village|Canton|County|Province|Region|District)$",
    regex.I,
)
_OF_AFTER = rx.compile(r"\s+of\b", regex.I)


def distinctive(mention, *, by_words: bool = True) -> bool:
    """A name unlikely to be a common word: several words, letters beyond ASCII, a city, or
    (`by_words`) a word no language of the programme uses."""
    surface = mention.surface
    if mention.place.small:
        return False  # a small town's name needs a close cue (see `places`)
    if " " in surface or "-" in surface or not surface.isascii():
        return True
    if mention.place.population >= 100_000:
        return True
    return by_words and not is_common_word(surface)


def plausible(text: str, mention, months: frozenset[str]) -> bool:
    """Whether the words around a mention leave it a municipality at all (a cued one does)."""
    return mention.cued or plausible_words(text, mention, months)


def plausible_words(text: str, mention, months: frozenset[str]) -> bool:
    """Whether the words around a mention, its cues aside, leave it a municipality at all."""
    surface = mention.surface
    key = fold(surface)
    if key in months or _ROMAN.match(surface) or (surface.isupper() and len(surface) <= 5):
        return False
    left = text[max(0, mention.start - 60) : mention.start]
    right = text[mention.end : mention.end + 40]
    if _CITY_DISTRICT.search(left) or _NOUN_BEFORE.search(left):
        return True  # "the 7th District of Vienna", "Prezydent Wrocławia Jan Nowak"
    if _REGION_BEFORE.search(left) or _BODY_BEFORE.search(left) or _REGIONAL_HEAD.search(left):
        return False
    if _NEAR_BEFORE.search(left):
        return False  # "a town of 30,000 very near Kyiv": a landmark, no party
    if _OFFICE_BEFORE.search(left) and _BODY_LINK_AFTER.match(right):
        return False  # "the regional office Galați of UNHCR": a body's office, no party
    if _EVENT_NAME_AFTER.match(right):
        return False  # "the Adana Municipal Coordination Meeting", "the Rabat Process"
    if _FACILITY_AFTER.match(right) or _FACILITY_BEFORE.search(left):
        return False  # "the X refugee camp", "eine Unterkunft für Flüchtlinge in Rahnsdorf"
    if _POSSESSIVE.match(right):
        return True  # "“Zagreb’s experience with funding”", even in a quoted title
    if _quoted(text, mention):
        return False
    owner = _CAPITAL_OF.search(left)
    if owner and not _party_word(owner.group("word")):
        return False  # "Compagnia di San Paolo", "University of Warsaw"
    if _TITLE_BEFORE.search(left):
        return False  # "Mr. Omar Khalil", "Dr. Rosa Parma": a person's name
    first = _WORD_BEFORE.search(left)
    if first and is_given_name(first.group("word")) and not _party_word(first.group("word")):
        return False  # "Participants: Anna Tamm (...)": a surname, even after a colon
    before = _CAPITAL_BEFORE.search(left)
    if before and not _party_word(before.group("word")) and not _opening_preposition(left, before):
        return False  # "Luca Bergamo", "UNHCR Thessaloniki"; not "die Städte Chicago"
    after = _CAPITAL_AFTER.match(right)
    if (
        after
        and fold(after.group("word")) not in _CITY_WORDS
        and " " not in surface
        and not _mayor_after_greek_genitive(surface, after.group("word"))
    ):
        return False
    return not _sentence_initial_word(text, mention)


def _mayor_after_greek_genitive(surface: str, word: str) -> bool:
    """ "δημάρχους Ρεθύμνου, Ανωγείων Σωκράτη Κεφαλογιάννη": a Greek town's genitive, then
    its mayor's given name, is no part of a person's name."""
    if not _GREEK_WORD.fullmatch(surface):
        return False
    # the name in the accusative or the genitive after a plural head ("Σωκράτη", "Στρατή")
    return is_given_name(word) or (
        word.endswith(("η", "ή", "α", "ά")) and is_given_name(word + "ς")
    )


_GREEK_WORD = rx.compile(r"[\p{Greek}\p{M}]+")


# A locative preposition written with a capital because it opens the text or a sentence
# ("In Graz trafen sich", "W Krakowie odbyło się", "Στην Αθήνα"): no part of a name.
_PREPOSITIONS = frozenset(
    fold(word)
    for word in "in at to from a ad da di nel nella en à au dans chez im bei aus nach zu vor w we z ze do "
    "na στην στη στο στον σε από la în din de desde por para hacia".split()
)


def _opening_preposition(left: str, before) -> bool:
    if fold(before.group("word")) not in _PREPOSITIONS:
        return False
    ahead = left[: before.start()].rstrip(" \t")
    return not ahead or ahead.endswith((".", "!", "?", "\n", ":", "–", "—"))


def _sentence_initial_word(text: str, mention) -> bool:
    """A lone plain word opening a sentence ("Best practices", "Auch die Rolle"), not a rare
    word that only names a town ("Elda se presenta")."""
    if " " in mention.surface or not mention.surface.isascii():
        return False
    left = text[max(0, mention.start - 3) : mention.start]
    opening = not left.strip() or left.rstrip().endswith((".", "!", "?", ":", "\n"))
    return opening and mention.place.population < 100_000 and is_common_word(mention.surface)


def _in_party_sentence(text: str, mention, near: int = 100) -> bool:
    """A cue of taking part near the place, in its sentence ("a delegation from X")."""
    begin, end = sentence_span(text, mention.start, mention.end, near)
    if PARTY_CUE.search(text[begin:end]):
        return True
    return bool(_AUTHORITIES.search(text[max(begin, mention.start - 40) : mention.start]))


_NEAR_LIST = 300
_QUOTES = {"“": "”", "«": "»", "„": "“”", '"': '"'}


def _quoted(text: str, mention) -> bool:
    """Inside quotation marks on its line, in a name-like span: a practice's or a body's
    name ("Casa dei Ragazzi"), not a quoted speech ("“At the meeting, he said, were Milan,
    Rome and Turin”"), whose cities are the speaker's words for who took part."""
    line_start = text.rfind("\n", max(0, mention.start - 120), mention.start) + 1
    left = text[max(line_start, mention.start - 120) : mention.start]
    for opening, closings in _QUOTES.items():
        at = left.rfind(opening)
        if at < 0:
            continue
        if opening == "“" and _closes_german_quote(text, mention.start - len(left) + at):
            continue  # the close of a German quotation: „Europa für Bürger“
        if opening == '"':
            if left.count('"') % 2:
                return _name_like(left[left.rfind('"') + 1 :])
        elif not any(c in left[at + 1 :] for c in closings):
            return _name_like(left[at + 1 :])
    return False


_SPEECH_WORDS = 4


def _name_like(quoted: str) -> bool:
    """Whether the quoted words before a place could open a name with it: a name or a
    title holds few words in lower case ("Casa dei Ragazzi", "Shaping our Future"); a
    sentence holds many ("At the meeting, he said, were ...")."""
    return sum(1 for word in quoted.split() if word[:1].islower()) < _SPEECH_WORDS


_GERMAN_QUOTE_REACH = 300


def _closes_german_quote(text: str, at: int) -> bool:
    """Whether the “ at `at` closes a German „quotation“ opened earlier on its line."""
    before = text[max(0, at - _GERMAN_QUOTE_REACH) : at]
    before = before[before.rfind("\n") + 1 :]
    return before.rfind("„") > before.rfind("“")


# Places named but not taking part (the README's exclusions), in the programme's languages:
# admitted to a network or elected to its bodies ...
_ADMITTED = rx.compile(
    r"(?<![\p{L}])(?:admitted|new members?|newly elected|elected to|joined the (?:network|"
    r"coalition|alliance)|nuov[io] membr[io]|ammess[ie]|nuevos? miembros?|admitid[oa]s|"
    r"neue[ns]? mitglied\w*|aufgenommen|now\w* członk\w*|νέα μέλη|νέων μελών|membri noi|"
    r"admiși|membri ġodda|were accepted|welcomed as|new (?:municipalities|cities)|"
    r"nuove città|nuevas ciudades|neue städte)(?![\p{L}])",
    regex.I,
)
# ... unless the place also acts at the meeting, in its clause: "X and Y, new members of the
# network, presented their plans"
_ACTED = rx.compile(
    r"(?<![\p{L}])(?:presented|spoke|signed|attended|took part|participated|shared|explained|"
    r"described|hanno (?:presentato|partecipato|illustrato|firmato)|ha (?:presentato|"
    r"partecipato|illustrato|firmato)|presentaron|presentó|participaron|participó|firmaron|"
    r"expusieron|stellte[n]? (?:\p{L}+ ){0,4}vor|nahme?n? (?:\p{L}+ ){0,4}teil|"
    r"unterzeichnete[n]?|zaprezentował\p{L}*|przedstawił\p{L}*|uczestniczył\p{L}*|"
    r"podpisał\p{L}*|παρουσίασ\p{L}*|συμμετείχ\p{L}*|υπέγραψ\p{L}*|au prezentat|a prezentat|"
    r"au participat|a participat|au semnat|a semnat)(?![\p{L}])",
    regex.I,
)


def _only_admitted(sentence: str, at: int) -> bool:
    """Whether the clause of the place at `at` in `sentence` says it was admitted to a
    network (or elected), and not that it acted at the meeting."""
    begin = sentence.rfind(";", 0, at) + 1
    end = sentence.find(";", at)
    clause = sentence[begin : end if end >= 0 else len(sentence)]
    return bool(_ADMITTED.search(clause)) and not _ACTED.search(clause)


# ... people from a place who are not its authority ("minority groups from", "students from");
# experts from a city are taken as its officers (the project's own reports count them) ...
_NOT_AUTHORITY_FROM = rx.compile(
    r"(?:(?<![\p{L}])(?:minorit\p{L}*|groups?|grupos?|gruppi|communit\p{L}*|comunidad\p{L}*|"
    r"students?|studenti|estudiantes|"
    r"residents?|diaspora|activists?|attivisti|activistas)\s+(?:[\p{L}]+\s+){0,2}?"
    r"(?:from|de|da|di|aus|von|z|ze|από|din)\s+(?:the\s+)?)$",
    regex.I | regex.REVERSE,
)
# ... a town's former head speaks for no town: "former Mayor of Athens", "l'ex sindaco di
# Riace", "der ehemalige Oberbürgermeister von Tübingen", "fostul primar al Clujului"
_FORMER_HEAD = rx.compile(
    r"(?:(?<![\p{L}])(?:former|ex|già|antiguo|exalcalde\p{L}*|ehemalige[nr]?|frühere[nr]?|"
    r"fostul|fosta|były|była|byłego|πρώην)[\s-]+(?:\p{L}+\s+)?(?:(?:lord\s+)?mayor|sindac[oa]|"
    r"alcalde(?:sa)?|(?:ober)?bürgermeister(?:in)?|primar(?:ul)?|prezydent\p{L}*|burmistrz\p{L}*|"
    r"δήμαρχ\p{L}*)(?:\s+(?:of|di|de|von|al|a))?(?:\s+the)?\s+|(?<![\p{L}])exalcalde(?:sa)?\s+de\s+)$",
    regex.I | regex.REVERSE,
)
# ... or given as an example of a kind of town ("Polish cities like Gdańsk, Sopot and Toruń",
# "Städte wie Ulm und Jena"), the places of the list after it with it (`_PLAIN_GLUE`); not
# an example with its country, as a list of those taking part writes them ("cities such as
# Montreal (Canada) and Haifa (Israel)") ...
_EXAMPLES_BEFORE = rx.compile(
    r"(?:(?<![\p{L}])(?:such as|like|for example|for instance|e\.g\.|ad esempio|per esempio|"
    r"come|quali|por ejemplo|como|tales como|wie|etwa|zum Beispiel|z\.\s?B\.|np\.|na przykład|"
    r"takie jak|jak|όπως|π\.χ\.|precum|cum ar fi|de exemplu)\s*,?\s*)$",
    regex.I | regex.REVERSE,
)
# ... or listed as a project's partners (`PROJECT_PARTNERS`) or as a partnership's or a
# network's make-up, unless a later sentence says they were there: "partners are ...", the
# verb first ("Sono partner del progetto ...", "Son socios del proyecto ...", "Partner sind
# ..."), "di cui fanno parte le città di ...", "în parteneriat cu ...", a network's founders,
# its lead partner, its members ("Le città fondatrici della rete sono ...", "capofila è il
# comune di X e aderiscono come partner ...", "the network's founding members were ...",
# "zrzesza przedstawicieli miast").
_PARTNER_LIST = rx.compile(
    PROJECT_PARTNERS
    + r"|(?<![\p{L}])(?:partners? (?:of the project |del progetto |del proyecto |des projekts? )?"
    r"(?:are|were|include|included|sono|erano|sono stati|son|fueron|sind|waren)\b|"
    r"(?:sono|erano|son|fueron|sind|waren|are|were) (?:i |los |die )?(?:partner|socios|"
    r"partners|projektpartner)\b|di cui fanno parte|în parteneriat cu|"
    r"(?:città|comuni|cities|municipalities|ciudades|municipios|städte|kommunen|miasta|"
    r"members?|membri|miembros|mitglieder) fondat\p{L}*|founding (?:cities|members|"
    r"municipalities|partners)|ciudades fundadoras|gründungs(?:mitglied|städte|kommunen)\p{L}*|"
    r"członk\p{L}* założyciel\p{L}*|ιδρυτικ\p{L}* μέλ\p{L}*|membri fondator\p{L}*|"
    r"capofila (?:è|e'|sono)|lead partner (?:is|was)|aderiscono come partner|"
    r"(?:network|rete|red|netzwerk)\p{L}*['’]?s? members (?:are|were|include)|"
    r"membri della rete (?:sono|erano)|miembros de la red (?:son|eran)|"
    r"zrzesza\p{L}* przedstawicieli|"
    # the members of a body, said as such: "mayors including X's A and Y's B are members of
    # the caucus", "sono membri della rete", "son miembros de", "sind Mitglieder"
    r"(?:are|were) (?:all |also )?members of|(?:sono|erano) (?:tutti |anche )?membri d|"
    r"(?:son|eran) (?:todos |también )?miembros de|(?:sind|waren) (?:alle |auch )?mitglieder|"
    r"(?:są|byli|były) (?:też |również )?członkami|(?:sunt|erau) (?:toți |și )?membri|"
    r"(?:είναι|ήταν) (?:όλοι |επίσης )?μέλη)",
    regex.I,
)
# Where a project or its activities run, a list of places: "the activities take place in five
# cities: X, Y and Z", "Activitățile proiectului se desfășoară în cinci orașe": where the
# project works over its life, not who came to the meeting.
_PROJECT_RUNS_IN = rx.compile(
    r"(?<![\p{L}])(?:(?:project|activities|programme|program|progetto|attività|proyecto|"
    r"actividades|projekt\p{L}*|aktivitäten|proiect\p{L}*|activităţile|activitățile|"
    r"działania|projekt|έργο|δράσεις)\s+(?:\p{L}+\s+){0,3}?(?:takes? place|took place|runs?|"
    r"ran|is (?:implemented|carried out|run)|are (?:implemented|carried out|run)|"
    r"si svolg\p{L}*|si realizz\p{L}*|è attuat\p{L}*|se desarroll\p{L}*|se llev\p{L}* a cabo|"
    r"se (?:desfăşoară|desfășoară|desfasoară|desfaşoară|desfașoară|derulează|implementează)|"
    r"läuft|laufen|findet|finden|(?:jest|są) realizowan\p{L}*|υλοποιείται|υλοποιούνται)"
    r"\s+(?:in|en|în|w|σε|an|a)\b)",
    regex.I,
)
# Other stops of a delegation's tour: "They've also visited Baltimore and St. Louis",
# "hanno visitato anche", "besuchten außerdem": places seen besides the meeting reported.
_ALSO_VISITED = rx.compile(
    r"(?<![\p{L}])(?:also (?:visited|toured|travell?ed to|went to|stopped in)|"
    r"visitato anche|anche visitato|también (?:visitaron|visitó|han visitado)|"
    r"visitaron también|besuchten? (?:außerdem|auch|zudem)|(?:außerdem|auch|zudem) besucht|"
    r"odwiedzili (?:również|także|też)|επισκέφθηκαν επίσης|au vizitat și|au mai vizitat)"
    r"(?![\p{L}])",
    regex.I,
)
# A plural region noun before a list: "regiones de España, como Castilla y León y Murcia".
_REGIONS_BEFORE = rx.compile(
    r"(?<![\p{L}])(?:regions|regioni|regiones|Regionen|regiony|regionów|regiuni(?:le)?|"
    r"provinces|province|provincias|Provinzen|counties|comunidades autónomas|Bundesländer|"
    r"Landkreise|Landkreisen|Kreise|powiaty|powiatów|județe|județele|judetele|νομοί|νομών|"
    r"comarcas|départements|"
    r"Länder|περιφέρειες|περιφερειών|islands|isole|islas)(?![\p{L}])",
)  # in lower case: "Regiones" opens a body's name ("Consejo de Municipios y Regiones")
_THESE_THERE = rx.compile(
    r"(?<![\p{L}])(?:these|those|queste|questi|estas|estos|diese[nr]?|te|tych|αυτ\p{L}+|aceste|"
    r"acești)\s+(?:\p{L}+\s+)?(?:administrations?|amministrazioni|cities|città|comuni|"
    r"municipalities|partners?|ciudades|ayuntamientos|städte|kommunen|miast|gmin|δήμ\p{L}*|"
    r"orașe|administrații)",
    regex.I,
)


# A project's or a network's aim, said before a list of its cities: "L'obiettivo di
# Interlink è ..., coinvolgendo otto città (A, B, C)", "the project's aim is to ... in
# A, B and C": the places it works with over its life, not who came to the meeting.
_PROJECT_AIM = rx.compile(
    r"(?<![\p{L}])(?:the (?:project|network|programme|program)['’]s (?:aims?|goals?|"
    r"objectives?)|(?:aims?|goals?|objectives?|purpose) of (?:the )?(?:project|network|"
    r"programme|program)|(?:obiettivo|scopo|finalità) (?:del progetto|della rete|del "
    r"programma|di (?-i:\p{Lu})\p{L}+)|objetivo (?:del proyecto|de la red|del programa|"
    r"de (?-i:\p{Lu})\p{L}+)|ziel (?:des projekts?|des netzwerks?|von (?-i:\p{Lu})\p{L}+)|"
    r"celem (?:projektu|sieci|programu)|στόχος του (?:έργου|προγράμματος|δικτύου)|"
    r"(?:obiectivul|scopul) (?:proiectului|rețelei|programului))(?![\p{L}])",
    regex.I,
)
# Places said not to have come: "could not attend", "non hanno potuto partecipare",
# "no pudieron asistir", "konnten nicht teilnehmen", "nie mogli uczestniczyć".
_NOT_ATTENDING = rx.compile(
    r"(?<![\p{L}])(?:could not|couldn['’]t|were unable to|was unable to|unable to|did not|"
    r"didn['’]t)\s+(?:attend|take part|participate|join|be present|make it)|"
    r"sent (?:their |its )?apologies|(?:non (?:hanno|ha) potuto|non sono riusciti? a)\s+"
    r"(?:partecipare|essere present\p{L}*|intervenire)|no (?:pudieron|pudo|han podido)\s+"
    r"(?:asistir|participar|estar presentes?)|(?:konnten?|konnte) nicht\s+(?:\p{L}+\s+)?"
    r"(?:teilnehmen|dabei sein|anwesend sein)|nie (?:mogli|mogła|mógł|mogły)\s+"
    r"(?:uczestniczyć|wziąć udziału|przybyć)|nu (?:au putut|a putut)\s+(?:participa|fi prezen\p{L}*)|"
    r"δεν (?:μπόρεσαν|μπόρεσε|κατάφεραν) να (?:παρευρεθ|συμμετάσχ|παραστ)\p{L}*",
    regex.I,
)


def excluded(text: str, mentions) -> set[int]:
    """Ids of mentions whose context says the place did not take part: admitted to a
    network, people from it who are not its authority, a project's partner list, the places
    a project runs in, a place in brackets after another, a list of regions."""
    out: set[int] = set()
    bracketed: list = []
    partner_spans, runs_in_spans = _spans(text, _PARTNER_LIST), _spans(text, _PROJECT_RUNS_IN)
    visited_spans = _spans(text, _ALSO_VISITED)
    absent_spans = _spans(text, _NOT_ATTENDING)
    aim_spans = _spans(text, _PROJECT_AIM)
    previous = None
    for mention in mentions:
        if not mention.place:
            previous = None
            continue
        left = text[max(0, mention.start - 60) : mention.start]
        begin, end = sentence_span(text, mention.start, mention.end, 300)
        sentence = text[begin:end]
        # a partner list runs long: its sentence is read whole, however far it opened
        whole_begin, whole_end = sentence_span(text, mention.start, mention.end, PARTNER_LIST_REACH)
        in_partner_list = _any_within(partner_spans, whole_begin, whole_end) and not (
            _PARTICIPANTS_SUBJECT.search(text, whole_begin, mention.start)
        )
        end = whole_end if in_partner_list else end
        before = text[begin : mention.start]
        if mention.cued and in_partner_list:
            mention.partner = True  # a partner authority of the project: counts for the kind
        if (
            _NOT_AUTHORITY_FROM.search(left)
            or _FORMER_HEAD.search(left)
            or (_EXAMPLES_BEFORE.search(left) and "country" not in mention.cues)
            or _only_admitted(sentence, mention.start - begin)
            or _for_a_national_body(text, mention)
            or (
                previous is not None
                and id(previous) in out
                and _PLAIN_GLUE.match(text, previous.end, mention.start)
            )
            or (in_partner_list and not _THESE_THERE.search(text, end, end + 400))
            or _any_within(runs_in_spans, begin, mention.start)
            or _any_within(visited_spans, begin, mention.start)
            or _any_within(absent_spans, begin, end)
            or (_any_within(aim_spans, begin, mention.start) and not mention.location)
            or _listed_as_regions(before[-_REGION_REACH:])
            or names_a_region(text, mention, left)
        ):
            out.add(id(mention))
        elif _place_in_brackets(text, previous, mention):
            bracketed.append(mention)
        previous = mention
    # a place named in brackets only: a region; one named elsewhere too ("Badalona
    # (Barcelona)" beside Barcelona) is left to its other mentions
    inside = {id(m) for m in bracketed}
    named = {m.place.geonameid for m in mentions if m.place and id(m) not in inside}
    out.update(id(m) for m in bracketed if m.place.geonameid not in named)
    return out


# The participants as the subject: "the participants of the visit were project partners
# from ...", "Die Teilnehmer waren Projektpartner aus ...": the partners listed came.
_PARTICIPANTS_SUBJECT = rx.compile(
    r"(?<![\p{L}])(?:participants|partecipanti|participantes|teilnehmer(?:innen)?|"
    r"teilnehmende|uczestni\p{L}*|συμμετέχοντες|participanți(?:i)?|participanţi(?:i)?)"
    r"(?![\p{L}])[^.;\n]{0,60}?(?<![\p{L}])(?:were|are|erano|sono|fueron|son|waren|sind|byli|"
    r"są|ήταν|είναι|au fost|sunt)(?![\p{L}])",
    regex.I,
)


def _spans(text: str, pattern) -> list[tuple[int, int]]:
    """Where a pattern matches in the text, read once for all the mentions."""
    return [m.span() for m in pattern.finditer(text)]


def _any_within(spans: list[tuple[int, int]], begin: int, end: int) -> bool:
    return any(begin <= start and stop <= end for start, stop in spans)


_REGION_REACH = 120
# From a plural region noun to a place of its list: the regions' country, "such as", and the
# list's capitalised items and glue, nothing else ("regiones de España, como Castilla y ").
# An item starts at no word's middle, so that no search can restart inside a long word and
# read it again (linear time on any text).
_REGION_LIST_GAP = rx.compile(
    r"(?>\s+(?:de|of|di|del|in|der|w|din)\s+\p{Lu}[\p{L}\p{M}]+)?+\s*+[,:]?+\s*+"
    r"(?>(?:como|such as|like|including|come|quali|wie|etwa|np\.|e\.g\.|ad esempio|"
    r"por ejemplo|precum|όπως)\s+)?+(?>(?<![\p{L}\p{M}'’-])"
    r"(?:\p{Lu}[\p{L}\p{M}'’-]*+|y|e|i|and|und|et|și|και|la|de|di|dei|of|der|del)"
    r"(?:\s*+,\s*+|\s++))*+",
)  # case-sensitive: a lower-case word ends the list ("y los alcaldes de")


def _listed_as_regions(before: str) -> bool:
    """A place in a list that a plural region noun opens: "diversas regiones de España, como
    Castilla y León y Murcia": the regions, not their capitals' towns, are meant."""
    for found in reversed(list(_REGIONS_BEFORE.finditer(before))):
        return bool(_REGION_LIST_GAP.fullmatch(before, found.end()))
    for found in reversed(list(_ONE_REGION_LISTED.finditer(before))):
        return bool(_REGION_LIST_GAP.fullmatch(before, found.end()))
    return False


# One region named, then what makes it up: "from Region 2: A, B, C", "Regiunea Nord-Est:
# A, B", "Περιφέρεια Αττικής: ...": its counties or provinces, which share their capitals'
# names.
_ONE_REGION_LISTED = rx.compile(
    r"(?<![\p{L}])(?:Region|Regione|Región|Regiunea|Regionu|Περιφέρεια)\s+[\p{L}\p{N}-]{1,20}"
    r"(?=\s*:)"
)


# A region's noun right after its name: "X County", "Y Province", "Region Hannover"
# is before (`_REGION_BEFORE`); not "Shire", an Australian town's own name.
_REGION_AFTER = rx.compile(
    r"\s+(?:County|Province|Provincia|Region|Regione|Voivodeship|Oblast|Prefecture|Județ|"
    r"Landkreis|Kreis)(?![\p{L}])"
)


def names_a_region(text: str, mention, left: str) -> bool:
    """A place named as a region, a province or a county ("la Provincia di X", "the
    President of X County"), even with a cue: a region is no municipality. A numbered
    district is a city's ("the 7th District of Vienna")."""
    if _CITY_DISTRICT.search(left) or _NOUN_BEFORE.search(left):
        return False
    return bool(_REGION_BEFORE.search(left) or _REGION_AFTER.match(text, mention.end))


def _place_in_brackets(text: str, previous, mention) -> bool:
    """ "San Cristóbal de La Laguna (Tenerife)": a place in brackets right after another tells
    where that one lies (its island, province or region), not a second party."""
    if text[mention.end : mention.end + 1] != ")":
        return False
    if previous is not None and text[previous.end : mention.start].strip() == "(":
        return True
    # after one word of a name the gazetteer lacks, a district's or a town's: "Teltow-Fläming
    # (Brandenburg)"; not after a person's names: "Anu Riila (Helsinki)" is her affiliation
    return bool(_NAME_THEN_BRACKET.search(text, max(0, mention.start - 60), mention.start))


_NAME_THEN_BRACKET = rx.compile(
    r"(?<![.:;!?]\s?)(?<!\p{Lu}[\p{L}\p{M}'’.-]*\s)\b\p{Lu}[\p{L}\p{M}'’-]+\s*\($"
)


_PLAIN_GLUE = rx.compile(
    r"\s*(?:\([^()\n]{2,40}\)\s*)?(?:,|\band\b|\be\b|\by\b|\bi\b|\bund\b|\bet\b)\s*$",
    regex.I,
)


# A mayor who speaks as a national association's delegate ("sindaco di Prato e delegato
# ANCI all'immigrazione", "Delegate of the FEMP, Mayor of X") does not bring the city.
_DELEGATE = r"(?<![\p{L}])(?i:delegat\p{L}*|delegad\p{L}*|delegierte\p{L}*|delegowan\p{L}*)"
_BODY_ACRONYM = r"\p{Lu}(?:\p{Lu}{2,}|\p{Ll}{2,3})(?![\p{L}])"
_DELEGATE_AFTER = rx.compile(
    rf"\s*(?:,\s*)?(?:e|and|y|und|i|și|και)\s+{_DELEGATE}[^.;\n]{{0,80}}?{_BODY_ACRONYM}"
)
_DELEGATE_BEFORE = rx.compile(
    rf"{_DELEGATE}\s+(?:\p{{L}}+\s+){{0,2}}?{_BODY_ACRONYM}[^.;,\n]{{0,40}},\s*(?:\p{{L}}+\s+){{1,3}}$"
)


def _for_a_national_body(text: str, mention) -> bool:
    """A mayor named as a national body's delegate or head: the city itself is not said to
    take part."""
    if "noun" not in mention.cues and "noun_before" not in mention.cues:
        return False
    left = text[max(0, mention.start - 100) : mention.start]
    if "noun" in mention.cues and (
        _DELEGATE_AFTER.match(text, mention.end) or _DELEGATE_BEFORE.search(left)
    ):
        return True
    return _heads_a_body(text, mention)


# ... and so does a mayor named as the head of an association of towns, a network or a
# national body, in one apposition with it: "President of the Union of Towns and Mayor of
# X", "sindaca di X e presidente Anci Veneto", "Präsidentin des Städtetages und
# Oberbürgermeisterin der Stadt X", "του προέδρου της ΚΕΔΕ, Γ. Π. δημάρχου X".
_HEAD = (
    r"(?<![\p{L}])(?i:president\p{L}*|presidente|presidenta|präsident\p{L}*|prezes\p{L}*|"
    r"przewodnicząc\p{L}*|πρόεδρ\p{L}*|προέδρ\p{L}*|pre[sșş]edinte\p{L}*|chair(?:man|woman|"
    r"person)?)(?![\p{L}])"
)  # not a vice-president: the president speaks for the body, a deputy comes as a mayor
_BODY = (
    r"(?:(?i:associa\p{L}*|asocia\p{L}*|verband\p{L}*|\p{L}*städtetag\p{L}*|"
    r"gemeindebund\p{L}*|landkreistag\p{L}*|związ\p{L}*|ένωσ\p{L}*|union\p{L}*|unione|unión|"
    r"federa\p{L}*|federación|network|rete|netzwerk|congress\p{L}*|kongres\p{L}*|anci)"
    r"|\p{Lu}{3,})(?![\p{L}])"
)
# (a head after an article is another person's: "il sindaco di X e la presidente di Y")
_NO_ARTICLE = r"(?<!(?<![\p{L}])(?i:the|il|la|lo|el|der|die|den|dem|le|ο|η|του|της|al|du)\s)"
_CITY_HEAD = (
    r"(?<![\p{L}])" + _NO_ARTICLE + r"(?i:(?:deputy |lord )?mayor|(?:vice)?sindac[oa]|"
    r"alcalde(?:sa)?|(?:ober)?bürgermeister(?:in)?|(?:vice)?primar(?:ul|ului)?|prezydent\p{L}*|"
    r"burmistrz\p{L}*|(?:αντι)?δ[ήη]μ[άα]ρχ\p{L}*)(?:\s+\p{L}+){0,3}\s*$"
)
_HEAD_BEFORE = rx.compile(
    rf"{_HEAD}(?:[\s'’]+[\p{{L}}.-]+){{0,6}}?[\s'’]+{_BODY}[^.;:!?\n]{{0,60}}?"
    rf"(?:,|\s(?:and|e|y|und|i|și|και|nonché|et))\s+[^.;:!?\n]{{0,40}}?{_CITY_HEAD}"
)
_HEAD_AFTER = rx.compile(
    rf"\s*(?:,|\s(?:and|e|y|und|i|și|και|nonché|et))\s+(?i:(?:also|anche|auch|también|și|"
    rf"επίσης)\s+)?{_HEAD}"
    rf"(?:[\s'’]+[\p{{L}}.-]+){{0,6}}?[\s'’]+{_BODY}"
)


_CITY_HEAD_BEFORE = rx.compile(_CITY_HEAD)


def _heads_a_body(text: str, mention) -> bool:
    """A mayor's city, the mayor also named as the head of a body of towns (`_HEAD_BEFORE`)."""
    left = text[max(0, mention.start - 200) : mention.start]
    if not _CITY_HEAD_BEFORE.search(left[-60:]):
        return False
    return bool(_HEAD_AFTER.match(text, mention.end) or _HEAD_BEFORE.search(left))
