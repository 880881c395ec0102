"""Where people met and whether they met online, said once anywhere, in any of the languages.

`places` reads the venue from the close English and Italian phrasings ("took place in X",
"visita di studio a X"); this module reads the rest: a host ("Thessaloniki hosted",
"Fuenlabrada acogió", "Gastgeber war die Stadt Bütow"), a place in a sentence about the
meeting ("w Bytowie odbyła się", "ha preso il via a Torino", "Επίσκεψη στον Δήμο Μονάχου"),
a dateline ("23-25 October 2018 Fuenlabrada, Spain"); and the format, online or in person.
"""

import functools

import regex

from . import cues, dates, kind, participation
from . import patterns as rx
from .text import sentence_span

# A place that hosts: "X hosted", "X acogió", "X ha ospitato", "X gościł".
_HOST_AFTER = rx.compile(
    r"^\s*(?:\([^()\n]{2,40}\)\s*)?"
    # a partner said between the host and its verb: "X, with the support of Y, hosted"
    r"(?:,?\s*(?:with the support of|supported by|together with|in cooperation with|"
    r"in collaboration with|con il supporto d\p{L}*|con il sostegno d\p{L}*|insieme a\p{L}*|"
    r"in collaborazione con|con el apoyo de\p{L}*|junto (?:a|con)|en colaboración con|"
    r"mit (?:der )?Unterstützung|gemeinsam mit|zusammen mit|przy wsparciu|wraz z|"
    r"cu sprijinul|împreună cu|με την υποστήριξη|σε συνεργασία με)\s[^.\n]{1,100}?)?"
    r",?\s*(?:hosted|hosts|will host|welcomed|acogió|acoge|"
    r"acogerá|ha ospitato|ospita|ospiterà|ha accolto|gościł[oa]?|gości|φιλοξένησε|"
    r"φιλοξενεί|a găzduit|găzduiește|empfing|war Gastgeber(?:in)?|"
    # the host as a noun: "was the host of", "played host to", "fue sede de", "był gospodarzem"
    r"(?:was|is|will be|has been) (?:the )?(?:host(?: city)?|venue) (?:of|to|for)|played host to|"
    r"(?:fue|será|es) (?:el )?escenario (?:de|del)|war (?:der )?(?:Tagungs|Austragungs|"
    r"Veranstaltungs)ort|"
    r"(?:fue|será|es) (?:la )?sede (?:de|del)|(?:è|fu|sarà) (?:stat[oa] )?(?:la )?sede (?:di|del|della)|"
    r"(?:był[oa]?|jest|będzie) gospodarzem|a fost gazda|va fi gazda|"
    # French: "Lyon a accueilli", "accueillera"
    r"a accueilli|accueille|accueillera|"
    # the Italian cleft: "è stata Bologna a ospitare"
    r"ad? (?:ospitare|accogliere))\b",
    regex.I,
)
# "hosted by the City of X", "Gastgeber ... war die Stadt X", "ospitato dal Comune di X".
_HOST_BEFORE = rx.compile(
    r"(?:\b(?:hosted by|hosted in|host city|(?:the )?venue (?:was|is|will be)|"
    # the visitors welcomed by their host: "were welcomed by the city of X"
    r"(?:were|was) (?:welcomed|received) by|"
    # the authority that organised it: "organised by the City of X", "organizzato dal Comune
    # di X", "organizado por el Ayuntamiento de X", "organisiert von der Stadt X"
    r"organi[sz]ed by|organizzat[oa] da(?:l|lla)?|organizado por|organisiert von|"
    r"(?:tagungs|austragungs|veranstaltungs)ort (?:war|ist)|ospitat[oa] (?:dal|dalla|a|in)|gastgeber\w*\b"
    r"[^.\n]{0,40}|anfitrión[^.\n]{0,20}|organizowan\w* (?:przez|w)|găzduit\w* de|"
    # the host as a noun before it: "the host was", "Gospodarzem spotkania był", "padrone di
    # casa è stato"
    r"(?:the )?host (?:city )?(?:was|is|will be)|gospodarz\w*[^.\n]{0,40}?\s(?:był[oa]?|jest|"
    r"będzie)|padron[ei] di casa[^.\n]{0,30})\s+"
    # a co-host named first: "hosted by the network and the City of X"
    r"(?:[^.\n]{1,40}?\s(?:and|e|y|und|i|și|και|&)\s+)?"
    r"(?:the\s+|die\s+|der\s+|la\s+|el\s+|il\s+)?(?:(?:city|municipality|stadt|gemeinde|"
    r"comune|città|ciudad|ayuntamiento|gmin\w*|miast\w*|primăria|municipiul|orașul)\s+"
    r"(?:of\s+|di\s+|de\s+)?)?)$",
    regex.I | regex.REVERSE,
)
# A room or a building of the city's authority, after a locative preposition: "presso la sala
# consiliare del Comune di X", "in the council chamber of the City of X", "en el salón de plenos
# del Ayuntamiento de X", "im Ratssaal der Stadt X".
_VENUE_OF_AUTHORITY = rx.compile(
    r"(?:(?<![\p{L}])(?:presso|nella|nel|in|at|en|im|w|în|στην|στο)\s+(?:the\s+|la\s+|il\s+|el\s+|"
    r"l['’])?(?:sala|sede|aula|palazzo|auditorium|hall|chamber|room|salón|salon|sal[aă]|"
    r"\p{L}*saal|rathaus|ratusz\p{L}*|αίθουσα)\b[^.\n]{0,50}?\s(?:del|della|dell['’]|of the|de la|"
    r"del|der|de|al|a|του|της)\s*(?:comune|città|city|municipality|town|ayuntamiento|"
    r"stadt|gemeinde|urz[eę]d\p{L}*|miasta|primăriei|municipiului|δήμου)\s+(?:di\s+|of\s+|de\s+)?)$",
    regex.I | regex.REVERSE,
)
# A locative preposition, an article or an authority noun, right before the place.
# The authority's own building named with its town: "at the town hall of X", "à l'hôtel de
# ville de X", "en el Ayuntamiento de X", "im Rathaus von X", "presso il Municipio di X".
_TOWN_HALL_OF = rx.compile(
    r"(?:(?<![\p{L}])(?:presso|nel|in|at|en|à|au|im|w|στο|în|la)\s+(?:the\s+|l['’]|il\s+|el\s+|le\s+)?"
    r"(?:town hall|city hall|hôtel de ville|hotel de ville|mairie|municipio|palazzo comunale|"
    r"palazzo civico|ayuntamiento|casa consistorial|rathaus|ratuszu|δημαρχείο|primăria|"
    r"primaria)\s+(?:(?:of|de|di|del|von|der|du|al|του|της)\s+)?)$",
    regex.I | regex.REVERSE,
)
_LOCATIVE = rx.compile(
    r"(?:(?<![\p{L}])(?:in|at|to|a|ad|en|em|w|we|în|la|à|nach|στη|στην|στο|στον|στις|στους|στα|σε)\s+"
    r"(?:(?:the|den|der|dem|die|la|le|el|il)\s+)?(?:(?:\p{L}+\s+)?(?:city of|town of|municipality of|"
    r"städten|stadt|gemeinde|ciudad de|città di|comune di|mieście|gminie|δήμο|πόλη|"
    r"orașul|municipiul)\s+"
    # the city noun, then the country's adjective: "en la ciudad chilena de", "nella città
    # tedesca di", "in the Dutch city of"
    r"|(?:city|town|ciudad|municipio|città|comune|ville|miasto|mieście|oraș|orașul)\s+"
    r"\p{Ll}+\s+(?:of|de|di|del)\s+"
    # a Polish adjective agreeing with the place: "w niemieckim Lüneburgu", "we włoskim Turynie"
    r"|(?-i:\p{Ll}+(?:sk|ck|zk)im)\s+)?)$",
    regex.I | regex.REVERSE,
)
# A building people meet in, then its town: "al Museo del Tessile di X", "at the Central
# Library of X", "en el Teatro Principal de X", "im Kulturzentrum von X".
_BUILDING_OF = rx.compile(
    r"(?:(?<![\p{L}])(?:al|nel|nella|presso(?: il| la| l['’])?|at the|in the|en el|en la|im|in der|"
    r"w|στο|la)\s+(?:\p{Lu}[\p{L}'’-]*\s+)?(?:Museo|Museum|Musée|Muzeum|Teatro|Theatre|Theater|"
    r"Teatr|Biblioteca|Library|Bibliothek|Biblioteka|Auditorium|Palazzo|Palacio|Centro|Centre|"
    r"Center|Zentrum|Centrum|Kulturzentrum|Casa|Villa|Castello|Castle|Schloss|Zamek|Μουσείο|"
    # a university: "at the University of X", "la Universitatea din X"
    r"Θέατρο|Universit\p{L}*|Uniwersytet\p{L}*|Πανεπιστήμι\p{L}*)"
    r"\b[^.\n]{0,50}?\s(?:di|del|della|of|in|de|del|von|w|a|στ\p{L}*|din)\s+)$",
    regex.REVERSE,
)
# A street address, its number, then its town: "(boulevard X No. 7, Y)", "in Via Roma 5,
# 10121 X", "en la calle Mayor 3, X", "ul. Długa 12, X", "strada Mihai Viteazu 2, X".
_ADDRESS_OF = rx.compile(
    r"(?:(?<![\p{L}])(?:boulevard|bulevardul|blvd\.?|street|avenue|road|square|via|viale|piazza|"
    r"corso|calle|avenida|plaza|paseo|stra(?:ss|ß)e|platz|ul\.|ulica|aleja|plac|strada|str\.|"
    r"οδός|οδού|λεωφόρος|λεωφ\.|πλατεία)\s[^\n()]{0,50}?\d{1,4}\p{L}?\s*,\s*(?:\d{2}-?\d{3}\s+|"
    r"\d{4,5}\s+)?)$",
    regex.I | regex.REVERSE,
)
# A body named right before "in X" (its head noun, then its name): X is where the body is,
# not where people met ("the Welcome Foundation in X", "la Fondazione Benvenuti a X"). Only
# bodies that are no building people meet in (not a centre, a hall, a university).
_SEAT_OF_BODY = rx.compile(
    r"(?:(?<![\p{L}])(?:Foundation|Fondazione|Fundación|Fundació|Fundacj[aię]|Fundați(?:a|ei)|"
    r"Stiftung|Association|Associazione|Asociación|Asociați(?:a|ei)|Verein|Verband|"
    r"Stowarzyszeni[ea]|Network|Netzwerk|Agency|Agenzia|Agencia|Agentur|Ministry|Ministero|"
    r"Ministerio|Ministerium|Embassy|Ambasciata|Embajada|Botschaft|Consulate|Consolato|"
    r"Federation|Federazione|Federación|NGO|ONG|Trust|Ίδρυμα|Ιδρύματος|Ένωση|Ένωσης)"
    r"(?:\s+\p{Lu}[\p{L}'’-]*){0,4}\s+(?:in|at|en|w|we|a|în|in der|στην?|στο)\s+(?:the\s+)?)$",
    regex.REVERSE,
)


def _names_an_event(words: str) -> bool:
    """Whether a body's name names its meeting: "the Network Annual Forum in X"."""
    return bool(
        _MEETING.search(words) or participation.EVENT_NOUN_AFTER.search(" " + words.lower())
    )


# The meeting itself, in the sentence of a locative place.
_MEETING = rx.compile(
    r"(?<![\p{L}])(?:took place|takes place|will take place|was held|were held|is held|held|"
    r"met\b|meets?\b|meeting|visit|gather|convened|conference|workshop|seminar|session|"
    # a gathering's verb in any language: "came together", "si sono incontrati", "si sono
    # riuniti", "kamen zusammen", "obradowali", "zebrali się", "s-au întâlnit", "s-au reunit"
    r"came together|come together|comes together|arrived|talks|congreg|dieron cita|"
    r"se encuentran|se encontraron|"
    r"incontrat|riunit|reunid|"
    r"zusammengekommen|kamen\b[^.!?\n]{0,60}zusammen|versammelt|obrad|zebra[lł]|spotka|"
    r"întâlnit|intalnit|reunit|συγκεντρ|"
    r"fand\b|findet\b|stattgefunden|stattfand|trafen|treffen|besuch|tagung|konferenz|lernt|"
    r"begrüß|empfang|empfing|zu gast|"
    r"tuvo lugar|tendrá lugar|tiene lugar|se celebr|celebrad|se reuni|reunión|encuentro|jornada|"
    r"visita|sesión|si è svolt|si è tenut|si svolgerà|si terrà|ha preso il via|tenutasi|"
    r"tenutosi|incontro|riunione|convegno|seminario|odbył|odbyła|odbyło|odbędzie|spotkan|"
    r"spotkali|wizyt|konferencj|πραγματοποιήθηκε|πραγματοποιείται|διεξήχθη|"
    # a meeting in any case ("συναντήσεων εργασίας"), met, were there ("βρέθηκαν στις X")
    r"συνάντησ|συναντήσε|συναντήθ|βρέθηκ|"
    r"επίσκεψη|εκδήλωση|ημερίδα|σύσκεψ|συνέδρι|avut loc|avea loc|are loc|s-a desfășurat|s-a desfasurat|întâlnir|vizit|"
    r"conferinț|atelier|"
    r"s['’]est tenu|s['’]est déroulé|a eu lieu|aura lieu|se tiendra|se déroulera|réunion|"
    r"rencontr|séminaire|conférence|se sont réuni|s['’]est réuni|"
    # Portuguese: "realizou-se em Lisboa", "decorreu no Porto", "teve lugar em Braga"
    r"realizou-se|realizaram-se|decorreu|decorreram|teve lugar|reuniu-se|reuniram-se)|"
    # a German compound noun ending on a meeting: "Oberbürgermeisterkonferenz",
    # "Partnertreffen" (not the verb "betreffen"); its ending first, which the engine finds
    # fast, then the capital opening the word
    r"(?:konferenz|treffen)(?![\p{L}])(?<=(?<![\p{L}])(?-i:\p{Lu}\p{Ll}+)(?:konferenz|treffen))",
    regex.I,
)
# People who came to a place to talk, in the sentence of a place after a locative: "discussed
# in X", "hanno discusso a X", "debatieron en X", "tauschten sich in X aus", "rozmawiali w
# X", "au discutat la X", "συζήτησαν στη X". Verbs only ("the attacks in X on the day of the
# debate" place no meeting), and for the venue alone: "discussed ... in Turkey" does not say
# the meeting was held in person.
_DISCUSSED = rx.compile(
    r"(?<![\p{L}])(?:discussed|debated|hanno discusso|hanno dibattuto|discutieron|"
    r"debatieron|came to|exchanged views|travell?ed to|diskutierten|tauschten|rozmawiali|"
    r"dyskutowali|au discutat|au dezbătut|συζήτησαν|ont discuté|ont débattu)(?![\p{L}])",
    regex.I,
)
# After a place, its head's name between commas, then received visiting mayors (folded).
_RECEIVES_MAYORS_AFTER = cues.compile_cues(r"\s*(?:,[^,.\n]{2,40},\s*)?" + kind.RECEIVES_MAYORS)
# After a place, a verb of welcoming, then the meeting's people or the meeting ("X welcomes
# the partners", "X empfängt Vertreter", "X accoglie i sindaci"); not the migrants a town
# receives, nor the partners it invites to a meeting elsewhere (folded text).
_RECEIVES_GUESTS_AFTER = cues.compile_cues(
    r"\s*(?:,[^,.\n]{2,40},\s*)?(?:welcomes|will welcome|accoglie|ha accolto|recibe|recibio|"
    r"empfangt|empfing|przyjal\w*|przyjmuje|υποδεχ\w*|primeste|a primit)(?!\w)"
    r"[^.!?\n]{0,60}?(?<!\w)(?:partners?|delegations?|delegates|representatives|mayors|"
    r"participants|guests|visitors|members|colleagues|counterparts|meeting|conference|"
    r"partner\w*|delegazion\w*|rappresentant\w*|sindac\w*|partecipant\w*|ospiti|"
    r"delegacion\w*|representantes|alcaldes|participantes|socios|vertreter\w*|"
    r"burgermeister\w*|gaste|teilnehm\w*|delegacj\w*|przedstawiciel\w*|burmistrz\w*|"
    r"prezydent\w*|gosci|uczestnik\w*|αντιπροσωπ\w*|εκπροσωπ\w*|δημαρχ\w*|"
    r"delegati\w*|reprezentant\w*|primari\w*|participant\w*|oaspet\w*)(?!\w)"
)
# A dateline: a line that is a date and a place ("23-25 October 2018 Fuenlabrada, Spain").
_DATE_BEFORE = rx.compile(
    r"(?:^|\n)[ \t]*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?\s+\p{L}+\.?\s+\d{4}[ \t]*[,–-]?[ \t]*$"
)
# ... then the line ends, or a dash opens the story: "3 May 2023, Ghent – The mayors ..."
_COUNTRY_AFTER = rx.compile(r"^[ \t]*(?:,[ \t]*\p{Lu}[\p{L} ]{2,30})?[ \t]*(?:\n|$|[-–—][ \t])")


def event_location(text: str, mentions, months: frozenset[str], meeting_dates=(None, None)):
    """The mention of the place where people met, or None (first one said, in text order).

    With the meeting's `meeting_dates` (start, end: ISO, `--MM-DD` without a year), a place
    in a sentence that dates itself otherwise is another meeting's ("the first visit took
    place in X in September 2021", "November 17 in Y")."""
    best, best_rank = None, _NOT_A_VENUE
    in_a_clause = venues_of_clauses(text, mentions)
    for mention in mentions:
        if mention.place:
            rank = _venue_rank(text, mention, months)
            if rank > 1 and id(mention) in in_a_clause:
                rank = 1
            if rank == 1 and dated_otherwise(text, mention, meeting_dates):
                rank = 2
            if rank < best_rank:
                best, best_rank = mention, rank
                if rank == 0:
                    break
    return best


_NOT_A_VENUE = 3

# A verb of taking place, a few words (a day, "on 3 May 2019"), then a locative: the clause
# that says where the meeting was ("took place on 3 May in", "si è svolto a", "se realizó en
# el", "πραγματοποιήθηκε στο", "a avut loc la", "odbyło się w").
_TAKES_PLACE_AT = rx.compile(
    r"(?<![\p{L}])(?:took\s+place|takes\s+place|will\s+take\s+place|was\s+held|were\s+held|is\s+held|"
    r"are\s+held|will\s+be\s+held|being\s+held|held|met|gathered|convened|"
    r"si\s+è\s+svolt[oa]|si\s+sono\s+svolt[ie]|svolt[oaie]si|si\s+è\s+tenut[oa]|si\s+sono\s+tenut[ie]|"
    r"tenut[oaie]si|si\s+terrà|si\s+svolgerà|si\s+sono\s+riunit[ie]|"
    r"tuvo\s+lugar|tendrá\s+lugar|se\s+celebró|se\s+celebrará|celebrad[oa]s?|se\s+realizó|se\s+realizará|"
    r"realizad[oa]s?|se\s+llevó\s+a\s+cabo|se\s+llevará\s+a\s+cabo|se\s+desarrolló|se\s+reunieron|"
    r"realizou-se|decorreu|teve\s+lugar|s['’]est\s+tenue?|s['’]est\s+déroulée?|a\s+eu\s+lieu|aura\s+lieu|"
    r"se\s+tiendra|stattfand|stattfindet|tagte|trafen\s+sich|"
    r"odbył[oa]?\s+się|odbyły\s+się|odbędzie\s+się|spotkali\s+się|"
    r"a\s+avut\s+loc|va\s+avea\s+loc|are\s+loc|s-a\s+desfășurat|s-a\s+desfăşurat|se\s+va\s+desfășura|s-au\s+reunit|"
    r"πραγματοποιήθηκε|πραγματοποιείται|θα\s+πραγματοποιηθεί|διεξήχθη|έλαβε\s+χώρα|"
    r"συναντήθηκαν|συνεδρίασε)"
    r"(?:\s+(?:\d{1,2}\.|[^\s.!?;:]+)){0,6}?\s+"
    r"(?:in|at|a|ad|presso|nel|nella|alla|allo|al|en|em|no|na|w|we|στη|στην|στο|στον|στα|σε|"
    r"în|la|im|in\s+der|à|au|beim)(?=\s)",
    regex.I,
)
# Where the clause's place phrase ends: the sentence ends, or a word that turns to who took
# part ("with", "by", "between", "from" ...), not "of" ("the town hall of X", "DTC de X").
_CLAUSE_TURNS = rx.compile(
    r"[.!?;:]|\n\s*\n|(?<![\p{L}])(?:with|between|among|by|from|for|con|tra|fra|da|dal|dalla|per|"
    r"entre|por|para|mit|zwischen|von|für|avec|par|pour|z|ze|przez|dla|cu|între|pentru|"
    r"με|μεταξύ|από|για)(?![\p{L}])",
    regex.I,
)
_CLAUSE_REACH = 100


def venues_of_clauses(text: str, mentions) -> set[int]:
    """The ids of the places said as where a meeting took place: in each clause of a verb of
    taking place and a locative, or of a day and a locative ("16-17 octombrie 2018 la X",
    "on 3 May 2019 in X"), the largest place named before the clause turns to anything else
    ("si è svolto a Palazzo X (Palermo)", "se realizó en el centro de convenciones de
    Riohacha"). A building's or district's name is a smaller place than its city."""
    chosen: set[int] = set()
    placed = [m for m in mentions if m.place]
    if not placed:
        return chosen
    for begin in _clause_places_start(text):
        turn = _CLAUSE_TURNS.search(text, begin, begin + _CLAUSE_REACH)
        stop = turn.start() if turn else begin + _CLAUSE_REACH
        inside = [
            m
            for m in placed
            if begin <= m.start
            and m.end <= stop
            and not participation.names_a_region(text, m, text[max(0, m.start - 60) : m.start])
        ]
        if inside:
            chosen.add(
                id(max(inside, key=lambda m: (not _in_a_longer_name(text, m), m.place.population)))
            )
    return chosen


def _clause_places_start(text: str):
    """Where the place of a clause of taking place, or of a dated clause, is said."""
    for clause in _TAKES_PLACE_AT.finditer(text):
        yield clause.end()
    for said in dates.find_dates(text)[0]:
        year = said.start[:4]
        if not year.isdigit():
            continue  # a day without its year: where its words end is not plain
        at = text.find(year, said.position, said.position + _DATE_REACH)
        if at >= 0 and (locative := _LOCATIVE_AFTER_A_DAY.match(text, at + 4)):
            yield locative.end()
    for weekday in _weekday_then_locative().finditer(cues.plain(text)):
        yield weekday.end()


@functools.cache
def _weekday_then_locative():
    """A weekday, then a locative: "we wtorek w X", "martedì a X", "on Tuesday in X"."""
    return cues.compile_cues(
        r"(?<!\w)(?:" + rx.alternation(dates.weekday_names()) + rf")\s+(?:{_DAY_LOCATIVES})(?=\s)"
    )


_DATE_REACH = 40
# The locatives after a day or a weekday: "2018 la X", "2019, a X", "την Τρίτη στη X" (on
# folded text too, where "în" and "à" read "in" and "a").
_DAY_LOCATIVES = r"in|at|a|en|w|we|la|în|στη|στην|στο|στον|im|in\s+der|à|au|nel|nella"
_LOCATIVE_AFTER_A_DAY = rx.compile(rf"[ \t]*,?[ \t]*(?:{_DAY_LOCATIVES})(?=\s)", regex.I)


# A capitalised word right before or after a place, on its line: the place is a word of a
# longer name ("Palazzo Comitini", "Anas Maí"), a building's or a body's, not the town.
# (from a word's start only: a run of capitals read from each of its letters is quadratic)
_CAPITALISED_BEFORE = rx.compile(r"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*[ \t]$")
_CAPITALISED_AFTER = rx.compile(r"[ \t]\p{Lu}")


def _in_a_longer_name(text: str, mention) -> bool:
    left = text[max(0, mention.start - 30) : mention.start]
    return bool(_CAPITALISED_BEFORE.search(left) or _CAPITALISED_AFTER.match(text, mention.end))


def _venue_rank(text: str, mention, months: frozenset[str]) -> int:
    """0 for a host or a dateline, 1 for a place in a sentence about the meeting, 2 for one
    in a sentence about another meeting ("since its launch at the London conference in
    2010"), 3 for none: the best-ranked place said first is the venue."""
    left = text[max(0, mention.start - 80) : mention.start]
    right = text[mention.end : mention.end + 60]
    if _DATE_BEFORE.search(left) and _COUNTRY_AFTER.match(right):
        return 0
    if mention.surface.isupper() and len(mention.surface) > 3 and _paragraph_start(text, mention):
        return 0  # a news dateline: "TREVISO Venerdì una delegazione ..."
    if participation.in_dateline(text, mention):
        return 0  # a dateline before a dash: "Lisbon – On 3 May, the network ..."
    if _BUILDING_OF.search(left) or _ADDRESS_OF.search(left):
        sentence = _sentence(text, mention)
        if _MEETING.search(sentence) or kind.names_a_format(sentence):
            return 1  # "al Museo del Tessile di X organizza un incontro": a building of X
    if (
        mention.start < _OPENING_IN_CHARS
        and _SENTENCE_OPENS_IN.search(left)
        and right.startswith(",")
    ):
        return 1  # the opening sets the scene: "In Lisbon, officials of eight cities ..."
    if _in_title(text, mention) and (
        (_TITLE_ENDS_IN.search(left) and _LINE_ENDS.match(right))
        or (mention.start == 0 and _TITLE_PLACE_THEN.match(right))
        or (
            _TITLE_OPENS_IN.match(left)
            and _MEETING.search(text, mention.end, _line_end(text, mention))
        )
    ):
        # a title that ends on its place ("Mayors discuss reception in Ghent"), opens on it
        # ("Ghent: mayors discuss ...") or on "in" it before its meeting ("A Bologna il
        # meeting dei comuni")
        return 1
    if _THE_BEFORE.search(left) and _MEETING_NOUN_AFTER.match(right):
        return 1  # "the Lisbon meeting of the network": the meeting's own place
    if _RECEIVES_MAYORS_AFTER.match(cues.plain(text), mention.end, mention.end + 160):
        return 0  # "the mayor of X, Ann Lee, received the mayors of Y and Z": X hosts
    if _RECEIVES_GUESTS_AFTER.match(cues.plain(text), mention.end, mention.end + 120):
        return 0  # "X welcomes the partners", "X empfängt die Delegation": X hosts
    if not participation.plausible(text, mention, months):
        return _NOT_A_VENUE
    if _HOST_AFTER.match(text[mention.end : mention.end + 160]) or _HOST_BEFORE.search(left):
        return 0
    if _DELEGATION_MET.search(left):
        return 1  # "the delegation met with the city of X": the city it visits
    if _VENUE_OF_AUTHORITY.search(left) or _TOWN_HALL_OF.search(left):
        return 1  # "nella sala consiliare del Comune di X"
    if (seat := _SEAT_OF_BODY.search(left)) and not _names_an_event(seat.group()):
        return _NOT_A_VENUE  # "a speaker from the Welcome Foundation in X"
    if not _LOCATIVE.search(left):
        return _NOT_A_VENUE
    sentence = _sentence(text, mention)
    if not (
        _MEETING.search(sentence) or _DISCUSSED.search(sentence) or kind.names_a_format(sentence)
    ):
        return _NOT_A_VENUE  # a sentence about a meeting: its verb, or its format named
    return 2 if _ANOTHER_TIME.search(sentence) else 1


def dated_otherwise(text: str, mention, meeting_dates) -> bool:
    """Whether the mention's sentence gives dates, none of them within the meeting's."""
    start, end = meeting_dates
    if start is None:
        return False
    end = end or start
    begin, stop = _sentence_bounds_at(text, mention.start, mention.end)
    said = [s for s in dates.find_dates(text)[0] if begin <= s.position < stop]
    if any(_day_key(s.start) <= _day_key(end) and _day_key(start) <= _day_key(s.end) for s in said):
        return False
    months = dates.months_of_years(text, begin, stop)
    meeting = {_month_key(start), _month_key(end)}
    if any(_month_key(f"{y:04d}-{m:02d}-01", start) in meeting for y, m in months):
        return False  # "im Oktober 2022": the meeting's month
    return bool(said or months)


def _month_key(iso: str, like: str | None = None) -> tuple[str, str]:
    """Year and month of an ISO date; the year left out when `like` (or the date) has none."""
    yearless = (like or iso).startswith("--")
    return ("" if yearless else iso[:4], iso[-5:-3])


def _day_key(iso: str) -> tuple[int, int]:
    """Month and day of an ISO date (a date without a year compares on them alone)."""
    return int(iso[-5:-3]), int(iso[-2:])


# The place a delegation meets or visits: "the delegation met with the city of X", "the
# visitors were received by the mayor of X", "la delegazione ha incontrato il Comune di X".
_DELEGATION_MET = rx.compile(
    r"(?:(?<![\p{L}])(?:delegation|delegates|visitors|delegazione|delegación|delegacja)\s+"
    r"(?:\p{L}+\s+){0,3}?(?:met with|met|visited|was received by|were received by|"
    r"was welcomed by|were welcomed by|travelled to|traveled to|ha incontrato|ha visitato|"
    r"visitó|se reunió con|odwiedziła|spotkała się z)\s+(?:the\s+|il\s+|la\s+|el\s+)?"
    r"(?:(?:city|town|municipality|mayor|comune|città|ciudad|ayuntamiento|alcalde|sindaco|"
    r"miasto|miastem|burmistrzem)\s+(?:of\s+|di\s+|de\s+)?)?)$",
    regex.I | regex.REVERSE,
)


# A delegation from the place, said before it: "a delegation of six officers from the city
# of X", "la delegazione del Comune di X", "Delegation aus X", "delegacja z X",
# "delegaţia oraşului X", "αντιπροσωπεία του Δήμου X" (matched on folded text).
_DELEGATION_OF = cues.compile_cues(
    r"(?<!\w)(?:delegation|delegazione|delegacion|delegacja|delegatia|delegati|αντιπροσωπει\w*)"
    r"(?:\s+[^\s.!?;]+){0,6}?\s+(?:of|from|di|del|della|dal|dalla|da|de|del|aus|der|von|z|ze|"
    r"miasta|din|a|orasului|municipiului|του|της|απο)\s+(?:(?:the|il|la|el|der|die|του|της)\s+)?"
    r"(?:(?:city|town|municipality|comune|citta|ciudad|ayuntamiento|stadt|gemeinde|miasta|"
    r"gminy|orasului|municipiului|δημου|πολης)\s+(?:of\s+|di\s+|de\s+)?)?$"
)
# ... or the place as the delegation's adjective: "the Munich delegation", "X-Delegation"
_DELEGATION_AFTER = cues.compile_cues(r"^[\s-]*(?:delegation|delegacja|delegatia)\b")


def sends_a_delegation(text: str, mentions, venue) -> bool:
    """Whether the text names the place of `venue` as where a delegation comes from: a
    city whose delegation travels is not where people met."""
    folded = cues.plain(text)
    for m in mentions:
        if m.place is None or m.place.geonameid != venue.place.geonameid:
            continue
        if _DELEGATION_OF.search(folded[max(0, m.start - 80) : m.start]) or _DELEGATION_AFTER.match(
            folded[m.end : m.end + 20]
        ):
            return True
    return False


# A sentence that opens on its place, in the report's opening: "In Lisbon, ...", "A Bologna,
# ...", "En Sevilla, ...", "W Krakowie, ...", "Στην Αθήνα, ...".
_OPENING_IN_CHARS = 600
_SENTENCE_OPENS_IN = rx.compile(r"(?:^|\n|[.!?]\s+)(?:In|A|Ad|En|W|We|Στην?|Στο|În|La)\s+$")
# The report's title (its first line) ending on a place after a locative.
_TITLE_MAX = 150
_TITLE_ENDS_IN = rx.compile(r"^[^\n.!?]{3,}\s(?:in|at|a|ad|en|w|we|στην?|στο|în|la|à)\s+$", regex.I)


# A title that opens on its place: "Lisbon: towns compare ...", "Lisbon, towns compare ...";
# not a title's list of places ("Lisbon, Ghent and Turin sign ...")
_TITLE_PLACE_THEN = rx.compile(r"^\s*(?:[:–—-]\s+\p{L}|,\s+\p{Ll})")
_TITLE_OPENS_IN = rx.compile(r"^(?:In|A|Ad|En|W|We|Στην?|Στο|În|La)\s+$")


def _line_end(text: str, mention) -> int:
    end = text.find("\n", mention.end)
    return len(text) if end < 0 else end


def _in_title(text: str, mention) -> bool:
    return mention.start < _TITLE_MAX and "\n" not in text[: mention.start]


_LINE_ENDS = rx.compile(r"^[ \t]*(?:[,(][ \t]*\p{Lu}[\p{L} ]{2,30}\)?)?[ \t]*(?:\n|$)")
# The place as its meeting's modifier: "the Lisbon meeting", "this year's Ghent summit".
_THE_BEFORE = rx.compile(r"(?<![\p{L}])(?:the|this|this year's)\s+$", regex.I)
_MEETING_NOUN_AFTER = rx.compile(
    r"^\s+(?:meeting|conference|summit|forum|workshop|seminar|gathering|assembly)\b", regex.I
)


# A sentence about another meeting: an earlier or later one, of another year.
_ANOTHER_TIME = rx.compile(
    r"(?<![\p{L}])(?:since|previous|last year|next year|earlier|former|sin(?:ce|o) dal|"
    r"precedent\w*|prossim\w*|scorso anno|anterior\w*|próxim\w*|desde|seit|vorig\w*|"
    r"nächst\w*|poprzedni\w*|następn\w*|od czasu|προηγούμεν\w*|επόμεν\w*|anterio\w*|"
    r"următo\w*|de la lansare)(?![\p{L}])",
    regex.I,
)


def _paragraph_start(text: str, mention) -> bool:
    before = text[max(0, mention.start - 2) : mention.start]
    return not before.strip(" \t") and text[mention.end : mention.end + 1] == " "


def _sentence(text: str, mention) -> str:
    return _sentence_at(text, mention.start, mention.end)


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (at most 250 characters either side)."""
    begin, stop = _sentence_bounds_at(text, start, end)
    return text[begin:stop]


def _sentence_bounds_at(text: str, start: int, end: int) -> tuple[int, int]:
    return sentence_span(text, start, end, _SENTENCE_REACH, _ends_sentence)


_SENTENCE_REACH = 250


def _ends_sentence(text: str, end: int) -> bool:
    """A sentence end that is no abbreviation's full stop."""
    return not _after_abbreviation(text, end)


# Abbreviations whose full stop ends no sentence ("Wspólnota Praktyków ds. Migracji",
# "z.B.", "ul. Rovello", "π.χ.", a street's "No. 7"), written in the programme's languages.
_ABBREVIATIONS = frozenset(
    "ds ul np tzw tj św godz bzw z.b u.a vgl dott avda m.in no nr "
    "mr mrs dr prof sra e.g i.e str π.χ".split()
)
_WORD_BEFORE_STOP = rx.compile(r"([\p{L}.]+)\.\s+$")


def _after_abbreviation(text: str, end: int) -> bool:
    """Whether the sentence end before `end` is an abbreviation's full stop."""
    m = _WORD_BEFORE_STOP.search(text, max(0, end - 12), end)
    return bool(m) and m.group(1).lower() in _ABBREVIATIONS


_ONLINE = rx.compile(
    r"(?<![\p{L}])(?:on-?line|virtual(?!ly (?:all|every|no|none|any|each|impossible))\p{L}*|"
    r"virtuell\p{L}*|wirtualn\p{L}*|virtwal\p{L}*|"
    r"video-?conferen(?:ce|za|cia)\p{L}*|videokonferen\p{L}*|wideokonferencj\p{L}*|"
    r"videoconferinț\p{L}*|video[- ]?call\p{L}*|videochiamat\p{L}*|videollamad\p{L}*|"
    r"videoschalt\p{L}*|tele-?conferen\p{L}*|telekonferen\p{L}*|"
    # a video call: "wideo rozmowa", "Videogespräch", "βιντεοκλήση", "videoconvorbire"
    r"wideo-?\s?rozm[oó]w\p{L}*|rozm[oó]w\p{L}* wideo|video-?gespräch\p{L}*|"
    r"videotelefonat\p{L}*|βιντεοκλήσ\p{L}*|videoconvorbir\p{L}*|"
    r"(?:via|on|su|per|über|por|na|pe|μέσω) (?:the )?(?P<tool>zoom|(?:microsoft )?teams|webex|skype)|"
    r"web-?based meeting|remotely|"
    r"da remoto|in remoto|a distanza|en línea|telem[aá]tic\p{L}*|a distancia|zdaln\p{L}*|"
    r"διαδικτυακ\p{L}*|τηλεδιάσκεψ\p{L}*|εξ αποστάσεως|la distanță|"
    # "digitales Treffen", "zu einem digitalen Arbeitstreffen" (a compound's head), "a
    # digital meeting"
    r"digital\p{L}* \p{L}*(?:treffen|sitzung|konferenz|veranstaltung|format|austausch|"
    r"gespräch|meeting|event|conference|session)|"
    r"en ligne|visio-?conférence\p{L}*|en distanciel|"
    r"webinar\p{L}*)(?![\p{L}])",
    regex.I,
)
# A service, a tool or a course said to be online, not the meeting: the word right before or
# one of the two right after the online cue ("online platform", "corsi online").
_ONLINE_NOT_EVENT = rx.compile(
    r"\b(?:services?|servizi|servicios|dienste|usług\w*|υπηρεσί\w*|servicii|provided|erogati|"
    r"courses?|corsi|cursos|kurse|platform|piattaforma|plataforma|plattform|platform\w*|"
    r"πλατφόρμ\w*|tools?|strumenti|herramientas|portal|surveys?|questionnaires?|maps?|"
    r"database|registration|form|version|shop|application|apps?|plateforme|formulaire|"
    r"outils?|cours)\b",
    regex.I,
)
_NEXT_WORDS = rx.compile(r"\W+(?:\w+\W+)?\w+")
_WORD_BEFORE = rx.compile(r"\w+\W+$", regex.REVERSE)  # read from the end: linear
# The meeting itself, in the sentence of an online cue.
_ONLINE_MEETING = rx.compile(
    _MEETING.pattern
    + r"|(?<![\p{L}])(?:event\p{L}*|veranstaltung\p{L}*|wydarzen\p{L}*|eveniment\p{L}*|"
    r"webinar\p{L}*|particip\p{L}*|partecip\p{L}*|teilnehm\p{L}*|uczestni\p{L}*|udział\p{L}*|"
    r"συμμετ\p{L}*|"
    r"joined|connected|collegat\p{L}*|conectad\p{L}*|zugeschaltet|połącz\p{L}*|"
    r"organi[sz]ed|organizzat\p{L}*|organizad\p{L}*|organisiert|zorganizowa\p{L}*|"
    r"οργανώθηκε|organizat\p{L}*|met|meet|discussed|debated|laqg\p{L}*|saret|seħħ\p{L}*|"
    # an exchange held online is a meeting: "Online-Austausch", "an online exchange of
    # officers", "scambio online", "intercambio en línea", "wymiana online"
    r"exchange|austausch|scambio|intercambio|wymian\p{L}*|ανταλλαγ\p{L}*|schimb(?:ul)?)"
    r"(?![\p{L}])",
    regex.I,
)
_IN_PERSON = rx.compile(
    r"(?<![\p{L}])(?:in[- ]person|in presenza|face[- ]to[- ]face|on[- ]site|in situ|"
    r"in präsenz|vor ort|presencial(?:mente)?|en persona|stacjonarn\w*|δια ζώσης|"
    r"cu prezență fizică|fizic|study (?:visit|tour)|mentoring visit|visita di studio|"
    r"visita studio|visita de estudio|studienreise|studienbesuch|wizyt\w* studyjn\w*|"
    r"εκπαιδευτική επίσκεψη|vizit\w* de studiu|delegation|delegazione|delegación|"
    r"delegacj\w*|αντιπροσωπεία|delegați\w*|hosted in|gastgeber|en présentiel|en personne)"
    r"(?![\p{L}])",
    regex.I,
)
# Another meeting than the report's, in the sentence of an online cue.
# A follow-up or further meeting ("a follow-up online meeting will take place in June",
# "un successivo incontro online", "kolejne spotkanie online", "ein Folgetreffen").
_ANOTHER_MEETING = rx.compile(
    r"(?<![\p{L}])(?:next|upcoming|following|coming|follow-?\s?up|further|another|"
    r"successiv\p{L}*|seguimiento|kolejn\p{L}*|folge\p{L}*|weitere[snm]?|ulterioar\p{L}*|"
    r"un altro|un'altra|otra|otro|nouvelle|prochaine?)(?![\p{L}])",
    regex.I,
)
# The lead, where an online cue is about the report's own meeting whatever the sentence.
_ONLINE_LEAD_CHARS = 200


def event_online(
    text: str, *, has_location: bool, kind: str | None, english: bool = False
) -> bool | None:
    """True when the text says the meeting was held online, False when it places it or
    says it was in person (a hybrid meeting too: people met on site), None when it says
    neither. An online cue counts only when it is about this meeting: in the lead, or in a
    sentence about a meeting that is not about another time, and not naming a service."""
    for m in _ONLINE.finditer(text):
        if _online_meeting(text, m.start(), m.end(), tool=bool(m.group("tool"))):
            return not (
                _hybrid(cues.plain(text), m.start(), m.end())
                or _venue_and_online(text, m.start(), m.end())
                or (has_location and _one_joined_online(text, m.start()))
                or _HYBRID_WORD.search(cues.plain(text), 0, _HYBRID_LEAD_CHARS)
            )
    if kind == "webinar":
        return True
    if has_location or _IN_PERSON.search(text) or kind == "study_visit":
        return False
    placed = _PLACED_ENGLISH if english else _PLACED
    if placed.search(text) or _HOSTED_OR_IN_A_ROOM.search(cues.plain(text)):
        return False  # "the meeting took place at the Paulus Akademie", "στην ΚΕΔΕ"
    return None


# Someone who joined a placed meeting from afar, in the sentence before the online cue:
# "the mayor of X, who joined the councillors online", "si è collegato in videoconferenza",
# "se conectó por videollamada", "połączył się ... online", "s-a conectat online",
# "συνδέθηκε διαδικτυακά": one party online, the meeting held on site.
_JOINED_FROM_AFAR = cues.compile_cues(
    r"(?<!\w)(?:joined|connected|linked up|dialled in|dialed in|si e collegat[oa]|"
    r"collegat[oa] da|se conecto|conectad[oa] desde|schaltete sich|zugeschaltet|"
    r"polaczyl[a]? sie|s-a conectat|συνδεθηκε)(?!\w)[^.!?\n]{0,80}$"
)


def _one_joined_online(text: str, start: int) -> bool:
    begin, _stop = _sentence_bounds_at(text, start, start)
    return bool(_JOINED_FROM_AFAR.search(cues.plain(text), begin, start))


def _online_meeting(text: str, start: int, end: int, *, tool: bool) -> bool:
    """Whether the online cue at text[start:end] is about the report's meeting; a video-call
    `tool` ("on Zoom") is a meeting's, whatever service word follows it ("Zoom platform")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _NEXT_WORDS.match(text, end, min(len(text), end + 40))
    if not tool and (
        (before and _ONLINE_NOT_EVENT.search(before.group()))
        or (after and _ONLINE_NOT_EVENT.search(after.group()))
    ):
        return False
    if start < _ONLINE_LEAD_CHARS:
        return True
    sentence = _sentence_at(text, start, end)
    return bool(_ONLINE_MEETING.search(sentence)) and not (
        _ANOTHER_TIME.search(sentence) or _ANOTHER_MEETING.search(sentence)
    )


# Said with the online format: the meeting was also held on site ("both in person and
# online", "sia in presenza che in videoconferenza", "auch online verfolgt").
_HYBRID = cues.compile_cues(
    r"(?<!\w)(?:hybrid\w*|ibrid[oaie]|hibrid[oa]s?|hybryd\w*|υβριδικ\w*|hibrid\w*|"
    r"in[- ]person|in presenza|face[- ]to[- ]face|on[- ]site|in situ|in prasenz|vor ort|"
    r"presencial\w*|en persona|stacjonarn\w*|δια ζωσης|fizic\w*|en presentiel|en personne)(?!\w)"
)
# "can also be followed online", "seguito anche online", "auch online übertragen"
_ALSO_BEFORE = cues.compile_cues(
    r"(?<!\w)(?:also|anche|tambien|auch|rowniez|takze|επισης|de asemenea|ukoll)"
    r"(?:\s+\w+){0,2}\s+$"
)
_SENTENCE_BREAK = cues.compile_cues(r"[.!?;]\s|\n")


# The format named outright in the title or the opening ("Hybrid meeting of the network",
# "riunione in modalità ibrida"): whatever online cue follows is the remote half of it.
_HYBRID_WORD = cues.compile_cues(
    r"(?<!\w)(?:hybrid\w*|ibrid[oaie]|hibrid[oa]s?|hybryd\w*|υβριδικ\w*|hibrid\w*)(?!\w)"
)
_HYBRID_LEAD_CHARS = 300
# A city and the online format joined as the meeting's two places: "met in Lyon and
# online", "si è riunito a Firenze e online", "en Zaragoza y en línea", "online and in Lyon".
_CONJUNCTION = r"(?:and|as well as|e|ed|y|und|sowie|i|oraz|și|και|et|en|ou)"
_VENUE = (
    r"(?<![\p{L}])(?:in|at|a|en|w|we|în|la|στη|στην|στο|στον|à|em|no|na)\s+"
    r"(?-i:\p{Lu})[\p{L}'’-]*(?:[\s-](?-i:\p{Lu})[\p{L}'’-]*)?"
)
_VENUE_THEN_ONLINE = rx.compile(
    rf"{_VENUE}\s*,?\s+{_CONJUNCTION}\s+(?:(?:also|anche|auch|también)\s+)?$", regex.I
)
_ONLINE_THEN_VENUE = rx.compile(rf"\s*,?\s+{_CONJUNCTION}\s+{_VENUE}", regex.I)


def _venue_and_online(text: str, start: int, end: int) -> bool:
    """Whether the online cue at text[start:end] is joined to a city as the other place
    of the meeting ("in Lyon and online"): people met there too."""
    before = text[max(0, start - 60) : start]
    return bool(_VENUE_THEN_ONLINE.search(before) or _ONLINE_THEN_VENUE.match(text, end))


def _hybrid(folded: str, start: int, end: int) -> bool:
    """Whether the sentence of an online cue says people also met on site."""
    if _ALSO_BEFORE.search(folded, max(0, start - 40), start):
        return True
    left = folded.rfind("\n", 0, start) + 1
    for m in _SENTENCE_BREAK.finditer(folded, left, start):
        left = m.end()
    stop = _SENTENCE_BREAK.search(folded, end)
    return bool(_HYBRID.search(folded, left, stop.start() if stop else len(folded)))


# A host receiving the meeting's people ("hosted a delegation", "φιλοξενεί ... δράση",
# "a găzduit vizita") or a room it was held in ("presso la sala consiliare", "en el Palacio
# Consistorial", "στην Αίθουσα"): the text places the meeting. Matched on folded text.
_HOSTED_OR_IN_A_ROOM = cues.compile_cues(
    r"\b(?:hosted|welcomed|received|ha ospitato|ospita(?:to|ra)?|ha accolto|acogio|acoge|"
    r"acogera|recibio|empfing|empfangt|gosci\w*|przyjal\w*|φιλοξεν\w*|υποδεχ\w*|"
    r"gazdui\w*|laqa\w*)(?!\w)[^.!?\n]{0,60}?(?<!\w)"
    r"(?:visits?|delegations?|representatives?|experts?|guests?|participants?|meetings?|events?|"
    r"conferences?|workshops?|seminars?|session|visit[ae]|delegazion\w*|incontr[oi]|riunion\w*|"
    r"convegn\w*|rappresentant\w*|espert\w*|delegacion\w*|encuentro|reunion|jornadas?|"
    r"representantes|expertos|besuch\w*|delegation\w*|treffen|tagung|wizyt\w*|delegacj\w*|"
    r"spotkani\w*|δρασ\w*|συναντησ\w*|εκδηλωσ\w*|επισκεψ\w*|αντιπροσωπ\w*|εκπροσωπ\w*|"
    r"vizit\w*|intalnir\w*|delegati\w*|reprezentant\w*|experti\w*)(?!\w)"
    r"|\b(?:in|at|presso|nella|nel|alla|al|en|w|we|στη|στην|στο|στον|in der|im|"
    r"la)\s+(?:(?:the|la|il|lo|l'|el|der|dem|den|die)\s+)?"
    r"(?:sala|sale|salone|aula|salon|saal|hall|room|chamber|auditorium|sali|αιθουσ\w*|"
    r"palazzo|palacio|rathaus|ratuszu?|δημαρχει\w*|town hall|city hall|municipio|"
    # a body's office: "at the office of the Parliament", "στο Γραφείο του ΕΚ"
    r"offices?|ufficio|uffici|oficinas?|buro|biurze|biroul|γραφει\w*|"
    r"ayuntamiento|sediu\w*|sede)(?!\w)"
)


# A place of any kind (a building, a region, a body's seat) after a locative preposition,
# in a clause about the meeting: the text places the meeting somewhere.
_LOCATIVES = r"in|at|presso|στη|στην|στο|στον|στα|în|im|in der|beim"
# Short locatives that are other words in English ("a Local Authority", "la", "en", "we"):
# read only in a text that is not English.
_LOCATIVES_NOT_ENGLISH = r"a|ad|en|w|we|la"
_PLACE_AFTER_ANY = (
    rf"(?<![\p{{L}}])(?:{_LOCATIVES}|{_LOCATIVES_NOT_ENGLISH})\s+"
    r"(?:(?:the|la|il|lo|l'|el|der|dem|den|die)\s+)?(?-i:\p{Lu})"
)
_PLACE_AFTER_ENGLISH = rf"(?<![\p{{L}}])(?:{_LOCATIVES})\s+(?:(?:the|la|il|lo|l'|el|der|dem|den|die)\s+)?(?-i:\p{{Lu}})"
_MEETING_WORD = (
    _MEETING.pattern
    + r"|(?<![\p{L}])(?:visited|welcomed|received|visitato|visitaron|besuchte\w*|odwiedzi\w*|"
    r"au vizitat|επισκέφθ\w*|επισκέφτ\w*|υποδέχ\w*|συνεδρίασ\w*|in programma|"
    r"riunion\w*|meeting|sesja|sesión|sesiune|presenti|present|presentes|anwesend|obecn\w*|"
    r"παρόντ\w*|prezenți)"
)
# "took place in structures of the municipality": a verb of taking place and a locative.
_TOOK_PLACE_IN = (
    r"(?<![\p{L}])(?:took place|take place|takes place|was held|were held|si è svolt[oa]|"
    r"si sono svolt[ie]|si è tenut[oa]|tuvo lugar|se celebró|fand\w*|odbył\w*|"
    r"πραγματοποιήθηκ\w*|διεξήχθη|a avut loc|s-a desfășurat)\s+(?:\p{L}+\s+){0,2}"
    r"(?:in|at|a|ad|presso|en|w|we|στη|στην|στο|στον|στα|în|im|in der)\s"
    # Romanian "la" (at) only after a Romanian verb: "si è tenuta la riunione" is an article
    r"|(?<![\p{L}])(?:a avut loc|s-a desfășurat)\s+(?:\p{L}+\s+){0,2}la\s"
)


def _placed(place_after: str):
    return rx.compile(
        rf"(?:{_MEETING_WORD})[^.!?\n]{{0,80}}?{place_after}|{place_after}[^.!?\n]{{0,60}}?"
        rf"(?:{_MEETING_WORD})|{_TOOK_PLACE_IN}",
        regex.I,
    )


_PLACED = _placed(_PLACE_AFTER_ANY)
_PLACED_ENGLISH = _placed(_PLACE_AFTER_ENGLISH)
