"""Practices a municipality presented: quoted names, acronyms with expansions, enumerations."""

import regex

from . import patterns as rx
from .text import fold

_NAME_BODY = r"[\p{Lu}\p{N}][^“”«»\"\n]{1,70}?"
_QUOTED = rx.compile(rf"[“«\"](?P<name>{_NAME_BODY})[”»\"](?:\s*\((?P<alt>[^()\n]{{2,80}})\))?")
# The marks that also quote schools, exhibitions or topics: „German or Polish“ (closed by “
# or ”) and ‘single’, where ’ before a letter is an apostrophe ("‘Città dell’Uomo’"). Their
# names count only with a word for a practice next to them (see _PRACTICE_NEXT).
_OTHER_QUOTED = rx.compile(
    rf"(?|„(?P<name>{_NAME_BODY})[“”]|"
    r"‘(?P<name>[\p{Lu}\p{N}](?:[^“”«»\"‘’\n]|’(?=\p{L})){1,70}?)’(?!\p{L}))"
    r"(?:\s*\((?P<alt>[^()\n]{2,80})\))?"
)
# The words for a practice and for the plan or model it follows, in the programme's
# languages: what each names, the languages that write it, its stem and the endings it takes
# after a name's head ("progett" + "o", "i"). Each use below derives its pattern from here.
_PRACTICE_LEXICON = (
    ("project", "en", "project", ("", "s")),
    ("project", "it", "progett", ("o", "i")),
    ("project", "es", "proyect", ("o", "os")),
    ("project", "fr", "projet", ("", "s")),
    ("project", "de", "projekt", ("", "e")),
    ("project", "pl", "projekt", ("", "u", "y", "ów")),
    ("project", "ro", "proiect", ("", "ul", "e")),
    ("programme", "en fr", "programme", ("", "s")),
    ("programme", "en", "program", ("", "s")),
    ("programme", "it", "programm", ("a", "i")),
    ("programme", "es", "program", ("a", "as")),
    ("programme", "de", "programm", ("", "e")),
    ("programme", "pl", "program", ("", "u", "y", "ów")),
    ("programme", "ro", "program", ("", "ul")),
    ("programme", "el", "πρόγραμμα", ("",)),
    ("campaign", "en", "campaign", ("", "s")),
    ("campaign", "it", "campagn", ("a", "e")),
    ("campaign", "es", "campañ", ("a", "as")),
    ("campaign", "de", "kampagne", ("", "n")),
    ("campaign", "pl", "kampani", ("a", "e", "i", "ę")),
    ("campaign", "ro", "campani", ("a", "e")),
    ("initiative", "en de", "initiative", ("", "s")),
    ("initiative", "it", "iniziativ", ("a", "e")),
    ("initiative", "es", "iniciativ", ("a", "as")),
    ("initiative", "pl", "inicjatyw", ("a", "y", "ę")),
    ("initiative", "el", "πρωτοβουλ", ("ία", "ίες")),
    ("policy", "en", "polic", ("y", "ies")),
    ("policy", "it ro", "politic", ("a", "he", "i")),
    ("policy", "es", "polític", ("a", "as")),
    ("policy", "de", "politik", ("",)),
    ("policy", "pl", "polityk", ("a", "i", "ę")),
    ("service", "en", "service", ("", "s")),
    ("service", "it", "servizi", ("o", "")),
    ("centre", "en", "centre", ("", "s")),
    ("centre", "en", "center", ("", "s")),
    ("centre", "de", "-zentrum", ("",)),
    ("scheme", "en", "scheme", ("", "s")),
    ("offer", "de", "angebot", ("", "e")),
    ("action", "el", "δράσ", ("η", "εις")),
    ("plan", "en es de pl ro", "plan", ("", "s")),
    ("plan", "it", "pian", ("o", "i")),
    ("model", "en", "model", ("", "s")),
    ("model", "it", "modell", ("o", "i")),
    ("model", "es", "model", ("o", "os")),
    ("strategy", "en", "strateg", ("y", "ies")),
    ("strategy", "it", "strategi", ("a", "e")),
    ("strategy", "es", "estrategi", ("a", "as")),
    ("strategy", "de ro", "strategie", ("", "n")),
)
# English and French end their words in the forms listed; the other languages inflect them
# further. A stem after "-" closes compounds ("Beratungszentrum").
_LISTED_ENDINGS = frozenset({"en", "fr"})


def _lexicon_rows(meanings: frozenset[str]) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """The lexicon's rows for `meanings`, their stems without the compound mark."""
    return [
        (meaning, languages, stem.lstrip("-"), endings)
        for meaning, languages, stem, endings in _PRACTICE_LEXICON
        if meaning in meanings
    ]


def _word_forms(meanings: frozenset[str]) -> list[str]:
    """Every listed form of the words that name one of `meanings`, longest first."""
    forms = {
        stem + ending for _m, _l, stem, endings in _lexicon_rows(meanings) for ending in endings
    }
    return sorted(forms, key=lambda form: (-len(form), form))


def _base_forms(meanings: frozenset[str]) -> list[str]:
    """The first form of each word that names one of `meanings` ("progetto", "plan")."""
    forms = {stem + endings[0] for _m, _l, stem, endings in _lexicon_rows(meanings)}
    return sorted(forms, key=lambda form: (-len(form), form))


def _any_form(meanings: frozenset[str]) -> str:
    """A pattern of the words that name one of `meanings`, in any of their forms."""
    parts = set()
    for meaning, languages, stem, endings in _PRACTICE_LEXICON:
        if meaning not in meanings:
            continue
        if stem.startswith("-"):
            parts.add(r"\w*" + stem[1:] + r"\w*")
        elif set(languages.split()) <= _LISTED_ENDINGS:
            parts.add(stem + "(?:" + "|".join(sorted(endings, key=len, reverse=True)) + ")")
        else:
            parts.add(stem + r"\w*")
    return "(?:" + "|".join(sorted(parts)) + ")"


# A word for a practice: "das Projekt „X“", "‘X’, the city's policy", "„X“ – ein Angebot
# der Stadt", "program „X”".
_PRACTICE_WORD = _any_form(
    frozenset(
        "project programme campaign initiative policy service centre scheme offer action".split()
    )
)
_PRACTICE_BEFORE = rx.compile(rf"(?<![\p{{L}}]){_PRACTICE_WORD}(?:\s+pn\.)?\s*$", regex.I)
_PRACTICE_AFTER = rx.compile(
    rf"^\s*[,–—\-(:]\s*(?:\p{{L}}+[\s’']+){{0,4}}?{_PRACTICE_WORD}(?![\p{{L}}])", regex.I
)


def _practice_next(s_text: str, m) -> bool:
    """Whether a word for a practice stands just before the quoted name or in apposition
    after it ("das Projekt „Brückenbau“", "‘Open Doors’, the city's welcome programme")."""
    return bool(
        _PRACTICE_BEFORE.search(s_text[: m.start()]) or _PRACTICE_AFTER.search(s_text[m.end() :])
    )


# A funding programme is where the money came from, not a practice a city presented
# ("funded under the Europe for Citizens programme", "finanziato dal programma ...").
_FUNDED = (
    r"\b(?:funded|funding|financed|financing|co-?financed|co-?funded|(?:co)?finanziat\w*|"
    r"finanziament\w*|(?:co)?financiad\w*|financiaci[oó]n|gefördert\w*|förderung|"
    r"(?:do)?finansowan\w*|finanța\w*|finanta\w*|χρηματοδοτ\w*|iffinanzja\w*)[^.;:\n]{0,60}$"
)
_FUNDING_CONTEXT = rx.compile(_FUNDED, regex.I)
# "under the motto “...”", "με θέμα «...»", "sul tema “...”": the title of the event or of a
# session, not a practice.
_TITLE_CONTEXT = rx.compile(
    r"\b(?:theme|topic|title|titled|entitled|motto|slogan|θέμα|τίτλο|tema|titolo|intitolat\w*|"
    r"titulad[oa]|lema|thema|titel|motto|hasłem|temat\w*|titlul|intitulat\w*|suġġett|"
    # a talk's title: "the talk “...”", "la relazione “...”", "der Vortrag „...“"
    r"talk|speech|keynote|lecture|relazione|intervento|ponencia|vortrag\w*|wykład\w*|"
    r"prelegere\w*|ομιλία|εισήγηση|"
    # a body's name: "the foundation “...”", "l'associazione “...”"
    r"foundation|fundation|fondazione|fundaci[oó]n|stiftung|fundacj\w*|funda[țt]i\w*|"
    r"association|associazione|asociaci[oó]n|verein\w*|stowarzyszeni\w*|asocia[țt]i\w*|"
    r"charity|cooperativa|cooperative|onlus|ngo|ong)\W{0,3}$",
    regex.I,
)
# "came as “bridge builders”", "als «Labor für ...»", "come “laboratorio”": quoted words after
# "as" say what someone is like, a figure of speech; "known as “X”" still names a thing.
_LIKENED = rx.compile(
    r"(?<!\b(?:known|called|named|bekannt|genannt|noti|noto|nota|note|detto|detta|chiamat\w|"
    r"conocid\w|llamad\w|denominad\w|znan\w|nazywan\w|cunoscut\w|numit\w|γνωστ\w+)\s)"
    r"\b(?:as|als|come|como|jako|ca|ως|σαν)\s*$",
    regex.I,
)
# A declaration or charter the towns signed is a text, not a service or project they run.
_DECLARATION = rx.compile(
    r"(?<![\p{L}])(?:declarations?|dichiarazion[ei]|declaraci[oó]n|erklärung|deklaracj\p{L}*|"
    r"declarați\p{L}*|declarati\p{L}*|διακήρυξ\p{L}*|manifesto|manifest|charter|charta)"
    r"(?![\p{L}])",
    regex.I,
)
# "a member of the programme “Open Towns”", "członkiem Programu „...”", "Mitglied im Netzwerk
# „...“": the network or programme a town belongs to is the frame, not a practice it runs.
_FRAME_CONTEXT = rx.compile(
    r"\b(?:members?|membership|membr[oi]|miembros?|mitglied\w*|membr[ui]\w*|członk\w*|"
    r"μέλ\w*)\b[^.;,\n]{0,50}$|"
    # so is the initiative a meeting was held within: "within the initiative “X”", "im
    # Rahmen des Programms „X“", "nell'ambito del progetto “X”", "w ramach programu „X”"
    r"\b(?:within|in the framework of|as part of|im rahmen|nell[’']ambito|nel quadro|"
    r"en el marco|w ramach|în cadrul|in cadrul|στο πλαίσιο)\b[^.;,:\n]{0,40}$",
    regex.I,
)
_EU_PROGRAMMES = rx.compile(
    r"^(?:europ\w*\s+(?:for|per|para|für|pour|dla|pentru|για|de|dei|des)\b|erasmus|horizon|interreg|urbact|"
    r"amif|asylum,? migration and integration fund|european social fund|urban innovat\w* actions|"
    r"eu4\w+|creative europe|cerv\b|"
    # the same funds under their names in the programme's languages
    r"fami\b|fondo (?:de )?asilo|fundusz azylu|fondul (?:pentru )?azil|ταμε[ιί]\w* ασ[υύ]λου|"
    r"asyl-?,? migrations- und integrationsfonds|(?:esf|fse|erdf|fesr|feder)\b|"
    r"fondo sociale europeo|fondo social europeo|europejski fundusz społeczny|"
    r"europäische\w* sozialfonds|fondul social european)",
    regex.I,
)
_ACRONYM = rx.compile(
    r"\b(?P<acr>\p{Lu}[\p{Lu}\p{N}&\-]{2,11})\s*\((?P<long>\p{Lu}[^()\n]{3,120})\)"
)
_TRIGGER = rx.compile(
    r"(?:\b(?:mentioned|presented|illustrated|outlined|described|introduced|"
    r"showcased|shared|highlighted|such as|including|"
    r"include|includes|hanno presentato|ha presentato|illustrato|illustrata|"
    r"presentato|presentata|descritto|tra cui|come ad esempio|quali)\b|"
    r":)\s*",
    regex.I,
)
_HEADS = rx.compile(
    r"\b(?:services?|centres?|centers?|desks?|helpdesks?|programmes?|programs?|"
    r"projects?|courses?|training|grants?|ambassadors|"
    r"networks?|platforms?|apps?|initiatives?|campaigns?|schemes?|hubs?|plans?|strateg(?:y|ies)|"
    r"pian[oi]|strategi[ae]|"
    r"houses?|cafés?|shelters?|schools?|labs?|laborator(?:y|ies)|points?|"
    r"mediators|counsell?ing|mentoring|academ(?:y|ies)|festivals?|observator(?:y|"
    r"ies)|servizi[oa]?|centr[oi]|sportell[oi]|progett[oi]|"
    r"cors[oi]|programm[ai]|ret[ei]|piattaform[ae]|iniziativ[ae]|campagn[ae]|"
    r"cas[ae]|laboratori[o]?|scuol[ae]|punt[oi]|mediatori|"
    r"ambasciatori|borse|contributi|osservatorio|accademia)\b",
    regex.I,
)
_VAGUE = rx.compile(
    r"\b(?:many|main|various|several|numerous|different|differentiated|propri|proprie|proprio|"
    r"propria|suoi|sue|"
    r"other|all|most|own|respective|molti|principali|diversi|vari|numerosi|"
    r"altri|tutti)\b",
    regex.I,
)
_LEAD = rx.compile(
    r"^(?:(?:as well as|and|e|also|anche|finally|then|the|a|an|its|their|"
    r"il|lo|la|i|gli|le|l'|un|una|uno|(?-i:municipal|comunale|new|nuovo|nuova)|"
    r"appointment of|involvement of|creation of|establishment of|launch "
    r"of|setting up of|l'istituzione del(?:la)?|la creazione del(?:la)?)\s+)+",
    regex.I,
)
_ARTICLE_START = rx.compile(
    r"^\s*(?:and\s+|e\s+|as well as\s+)?(?:the|a|an|its|their|il|lo|la|"
    r"i|gli|le|l'|un|una|uno)\b",
    regex.I,
)
_BODY_WORDS = rx.compile(
    r"\b(?:University|Università|Ministry|Ministero|Commission|Organi[sz]ation|"
    r"Institute|Istituto|"
    # a national centre or agency is the state's body, not a town's practice
    r"National|Nazionale|Nacional|Nationale[ns]?|Narodow\p{L}*|Național\p{L}*|Εθνικ\p{L}*)\b"
)


# "and the group discussed vocational training": a clause, not a named item
_CLAUSE_VERB = rx.compile(
    r"\b(?:is|are|was|were|has|have|had|discussed|presented|explained|showed|described|agreed|"
    r"noted|stressed|highlighted|compared|focused|è|sono|era|ha|hanno|discusso|discussa|"
    r"illustrato|presentato|spiegato)\b",
    regex.I,
)


def _cap(name: str) -> str:
    name = name.strip(" .,;:–-")
    return name[:1].upper() + name[1:]


def _spells(acronym: str, long: str) -> bool:
    """Whether the bracket after an acronym can be its long name: one of its words starts
    with the acronym's first letter. "DYPALL (Portugal)" gives the country it is from."""
    first = fold(acronym[:1])
    return any(fold(word[:1]) == first for word in _WORD.findall(long))


def _is_acronym(value: str) -> bool:
    return bool(rx.fullmatch(r"\p{Lu}[\p{Lu}\p{N}&\-]{1,11}", value.strip()))


# Words a name leaves in lower case in the languages of the network's reports.
_MINOR_WORDS = frozenset(
    "a an and at by for from in of on or the to with "
    "al alla alle allo con da dal dalla dei del della delle dello di e gli il in la le lo "
    "nei nel nella per su tra "
    "à au aux de des du en et l la le les pour sur un une "
    "con de del el en las los para por y "
    "am an auf aus bei das der des die für im in mit und von vom zu zum zur".split()
)
_WORD = rx.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


def _is_name(phrase: str) -> bool:
    """Whether a bracketed phrase is another name (its words capitalised, as names are)
    rather than a description in running text ("a welcome programme for newcomers")."""
    words = [w for w in _WORD.findall(phrase) if w.lower() not in _MINOR_WORDS]
    if not words or phrase.split()[0].lower() in {"a", "an", "un", "una", "uno", "une"}:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised * 3 >= len(words) * 2


def _is_quotation(phrase: str) -> bool:
    """Whether quoted words are someone's words or a title in running text ("we cannot turn
    them away", "prevention of radicalisation through local policies") rather than a name:
    three or more words, most of them in lower case, and no word for a service or project."""
    words = [w for w in _WORD.findall(phrase) if w.lower() not in _MINOR_WORDS]
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return len(words) >= 3 and capitalised * 2 < len(words) and not _HEADS.search(phrase)


# A plan, programme or model named with one of the towns, unquoted: "el II Plan de Valdoro
# Ciudad Abierta", "il modello Sai Valdoro", "the Valdoro buddy programme". The head
# first, then capitalised words (with their small joining words), or the town's words, up to
# two in lower case, then the head.
_HEAD_WORD_FORMS = _base_forms(frozenset("plan programme model strategy project".split()))
_HEAD_WORDS = "|".join(_HEAD_WORD_FORMS)
_HEAD_FIRST = rx.compile(
    rf"(?<![\p{{L}}\-])(?:(?:[IVX]{{1,4}}|\d{{1,2}}[º°ª.]?)\s+)?(?i:{_HEAD_WORDS})"
    r"(?:\s+(?:de|di|del|della|for|of|von|für|dla|pentru))?"
    r"(?P<tail>(?:\s+(?:\p{Lu}[\p{L}\-]*|de|di|del|della|la|el|y|e|und|and|for|of)){1,6})"
)
_TOWN_FIRST = rx.compile(
    r"(?<![\p{L}\-])(?:the|The)\s(?P<tail>\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2})"
    rf"(?P<between>(?:\s\p{{Ll}}+){{0,2}})\s(?:{_HEAD_WORDS})(?![\p{{L}}])"
)
# Read from the end (REVERSE): a forward search tries every start in a run of such words
# and is quadratic in the run's length.
_TRAILING_MINOR = rx.compile(
    r"(?:\s+(?:de|di|del|della|la|el|y|e|und|and|for|of))+$", regex.REVERSE
)


def _town_named(s_text: str, s_start: int, towns: frozenset[str], add, seen: set[str]) -> None:
    """Plans and programmes whose name holds one of the meeting's towns (see _HEAD_FIRST):
    after a head in lower case, with another capitalised word ("il modello Sai Valdoro", not
    "the model of Valdoro"); never a longer or shorter form of a practice already found."""
    for pattern in (_HEAD_FIRST, _TOWN_FIRST):
        for m in pattern.finditer(s_text):
            if any(w in _MINOR_WORDS for w in (m.groupdict().get("between") or "").split()):
                continue  # "the Valdoro and the model": a clause, not a name
            name = _TRAILING_MINOR.sub("", m.group().strip())
            if pattern is _TOWN_FIRST:
                name = name[4:]  # the article
            words = fold(_TRAILING_MINOR.sub("", m.group("tail").strip())).split()
            town = _town_words(words, towns)
            if not town or len(name.split()) < 2:
                continue
            others = [w for w in m.group("tail").split() if w[:1].isupper() and fold(w) not in town]
            # a capital opening the sentence is no sign of a name ("Project Valdoro.")
            capital = name[:1].isupper() and bool(s_text[: m.start()].strip())
            if pattern is _HEAD_FIRST and not capital and not others:
                continue
            key = fold(name)
            if any(key in known or known in key for known in seen):
                continue
            add(name, s_start + m.start(), [])


# A head for a practice in lower case, then a name in capitals: "the projects Casa Verde and
# Porta Aperta", "del programa Vecinas", "il progetto Casa Comune", "the campaign Open Doors".
# The head is read in lower case only: German capitalises every noun, so its heads give no
# sign and never match.
_LOWER_HEAD = rx.compile(
    r"(?<![\p{L}\-])"
    + rx.alternation(_word_forms(frozenset("project programme campaign initiative".split())))
    + r"\s+(?P<names>\p{Lu}[\p{L}\p{N}’'\-]*(?:\s+(?:(?:des|de|del|della|la|le|of|for|per|di|"
    r"y|e|and|et)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}’'\-]*){0,4})"
)
# A programme named for the cities in it is their network, the frame and not a practice
# ("the programme Open Cities", "il progetto Città Amiche", "Towns4Peace").
_CITIES_WORD = rx.compile(
    r"(?:cities|city|towns|città|ciudades|städte|miast\p{L}*|orașe|oraşe|villes|"
    r"municipalities|comuni|municipios|gemeinden|πόλε\p{L}*)(?![\p{L}])",
    regex.I,
)
# "the head of the projects X", "responsabile dei progetti X", "coordinador del programa X":
# a person's office names the project, which no one is said to present.
_OFFICE_BEFORE = rx.compile(
    r"\b(?:head|manager|coordinator|director|leader|responsabile|coordinat(?:ore|rice)|"
    r"direttore|direttrice|responsable|coordinador[a]?|director[a]?|kierownik\w*|"
    r"koordynator\w*|coordonator\w*|directo[r]\w*|manager\w*)\s+(?:\p{Ll}+\s+){0,2}$",
    regex.I,
)
# "el programa Europa de los ciudadanos": the name goes on in lower case, and its capitalised
# start alone is no name.
_GOES_ON_LOWER = rx.compile(r"\s+(?:de|of|di|del|della|des|du|for|per|für|dla|pentru)\s+\p{Ll}")
_AND = rx.compile(r"\s+(?:and|y|e|et|i|și)\s+")


# A town's practice is presented, told or shown: "the presentation of the projects X",
# "habló del programa X", "ha illustrato il progetto X", "przedstawiła program X".
_TELLS = rx.compile(
    r"(?<![\p{L}])(?:present\p{L}*|illustr\p{L}*|explain\p{L}*|describ\p{L}*|descri\p{L}*|"
    r"spoke|talked|showcas\p{L}*|showed|introduc\p{L}*|habl[óoa]\p{L}*|expus\p{L}*|expuso|"
    r"parlat\p{L}*|spiegat\p{L}*|vorgestellt|vorstell\p{L}*|stellte\p{L}*|präsentiert\p{L}*|"
    r"przedstawi\p{L}*|prezent\p{L}*|omówi\p{L}*|opowiedzia\p{L}*|παρουσ\p{L}*)(?![\p{L}])",
    regex.I,
)
# A code name, in capitals or with a figure ("MIND", "Meet 2In", "Towns4Peace"), is most often
# the funded project the meeting belongs to, not a town's own practice.
_CODE_NAME = rx.compile(r"^[\p{Lu}\p{N}\-]+$|\p{N}")


def _head_named(s_text: str, s_start: int, towns: frozenset[str], add, seen: set[str]) -> None:
    """Practices named in capitals just after a lower-case head ("the projects Casa Verde and
    Porta Aperta") in a sentence that says they are presented: each name, when it is not a
    town's alone, nor a code name, nor a longer or shorter form of a practice already found."""
    if not _TELLS.search(s_text):
        return
    for m in _LOWER_HEAD.finditer(s_text):
        start = m.start("names")
        before = s_text[: m.start()]
        if (
            _FRAME_CONTEXT.search(before)
            or _FUNDING_CONTEXT.search(before)
            or _OFFICE_BEFORE.search(before)
            or _GOES_ON_LOWER.match(s_text, m.end())
        ):
            continue
        for name in _AND.split(m.group("names")):
            key = fold(name)
            if key in towns or any(key in known or known in key for known in seen if known):
                continue
            if _BODY_WORDS.search(name) or _CITIES_WORD.search(name) or _CODE_NAME.search(name):
                continue
            add(name, s_start + start, [])


def _town_words(words: list[str], towns: frozenset[str]) -> set[str]:
    """The words of the longest run of `words` that is one of `towns` (none: empty)."""
    runs = [words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
    named = [run for run in runs if " ".join(run) in towns]
    return set(max(named, key=len)) if named else set()


# A sentence runs to a stop followed by a space or the end: a stop inside a word or a date
# ("u.a.", "01.10.2012") does not end it, nor cut off the words before it, nor does the stop
# closing a run of initials ("the project A.B. Europe").
_INITIALS_STOP = r"(?<=(?<![\p{L}.])\p{Lu}\.(?:\p{Lu}\.)*\p{Lu})\."
_SENTENCE = rx.compile(rf"(?:[^.!?\n]|{_INITIALS_STOP}|[.!?](?!\s|$))+(?:[.!?](?=\s|$)|$)")
# A line without a stop, not the last, holds no sentence (nothing ends it), but the pattern
# fails there from every start, each time reading to the line's end: a long title or list
# took a tenth of the extraction. No sentence reads beyond its own line (and the line break
# before and after it), so blanking such lines leaves every sentence where it was.
_LINE_WITHOUT_STOP = rx.compile(r"(?m)^[^.!?\n]+\n(?!\Z)")


def sentences(text: str):
    """The matches of `_SENTENCE` in `text`, left to right."""
    return _SENTENCE.finditer(_LINE_WITHOUT_STOP.sub(lambda m: "\n" * len(m.group()), text))


# "carried out in this city", "en esta ciudad", "in dieser Stadt": the sentence is about the
# town the meeting is held in, though it names none ("our city" may be a guest's own).
_THIS_CITY = rx.compile(
    r"\bthis (?:city|town|municipality)\b|\besta (?:ciudad|localidad)\b|"
    r"\bquesta (?:città|cittadina)|\bdieser Stadt\b|\btym mieście\b|\bacest ora[șş]|"
    r"\bαυτή την πόλη\b",
    regex.I,
)


def find_practices(
    text: str,
    *,
    subject_at,
    exclude: set[str],
    towns: frozenset[str] = frozenset(),
    host: str | None = None,
) -> list[dict]:
    """Named practices with the municipality presenting them.

    `exclude` holds folded names of bodies and projects, which are not practices; `towns`
    the folded names of the meeting's towns, which name some of theirs; `host` the town the
    meeting is held in, which "this city" names.
    """
    found: list[dict] = []
    seen: set[str] = set()

    def add(name: str, position: int, aliases: list[str], description: str = "") -> None:
        key = fold(name)
        if not key or key in seen or key in exclude or len(key) < 3 or _EU_PROGRAMMES.search(name):
            return
        if _DECLARATION.search(name):
            return
        if name.count("(") != name.count(")"):
            return  # a piece of a bracketed phrase, cut by a sentence end inside it
        municipality = subject_at(position)
        # every name is added while its sentence, `s_text` of the loop below, is being read
        if municipality is None and host and _THIS_CITY.search(s_text):
            municipality = host
        if municipality is None:
            return
        seen.add(key)
        item = {
            "name": _cap(name),
            "municipality": municipality,
            "aliases": [_cap(a) for a in aliases if a],
        }
        if description:
            item["description"] = _cap(description)
        found.append(item)

    for sentence in sentences(text):
        s_text, s_start = sentence.group(), sentence.start()
        quoted = list(_QUOTED.finditer(s_text)) + [
            m for m in _OTHER_QUOTED.finditer(s_text) if _practice_next(s_text, m)
        ]
        for m in quoted:
            name, alt = m.group("name").strip(), (m.group("alt") or "").strip()
            if len(name.split()) > 8 or name.endswith((".", "!", "?")):
                continue
            before = s_text[: m.start()]
            if (
                _FUNDING_CONTEXT.search(before)
                or _TITLE_CONTEXT.search(before)
                or _LIKENED.search(before)
                or _FRAME_CONTEXT.search(before)
            ):
                continue
            if alt and not _is_acronym(alt) and len(alt.split()) <= 8 and _is_name(alt):
                add(alt, s_start + m.start(), [name])  # “Families Without Borders” (Famiglie…)
            elif _is_quotation(name):
                continue
            elif alt and not _is_acronym(alt):
                add(name, s_start + m.start(), [], description=alt)  # “Start Wien” (a welcome…)
            else:
                add(name, s_start + m.start(), [alt] if alt else [])
        for m in _ACRONYM.finditer(s_text):
            long = m.group("long")
            if not _HEADS.search(s_text) or _BODY_WORDS.search(long):
                continue
            if not _spells(m.group("acr"), long):
                continue
            add(m.group("acr"), s_start + m.start(), [m.group("long")])
        _enumeration(s_text, s_start, add)
        if towns and any(h in s_text.lower() for h in _HEAD_WORD_FORMS):  # a cheap look first
            _town_named(s_text, s_start, towns, add, seen)
        _head_named(s_text, s_start, towns, add, seen)
    return found


def _enumeration(s_text: str, s_start: int, add) -> None:
    trigger = None
    for m in _TRIGGER.finditer(s_text):
        trigger = m
        break
    if trigger is None:
        return
    tail = s_text[trigger.end() :]
    offset = s_start + trigger.end()
    protected = rx.sub(r"\([^()]*\)", lambda p: "\x00" * len(p.group()), tail)
    # the items between separators ("X, Y and Z"); a separator word is never part of an item
    cuts = [0]
    for sep in rx.finditer(r",|;|\band\b|\be\b", protected):
        cuts += [sep.start(), sep.end()]
    cuts.append(len(protected))
    spans = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2) if cuts[k] < cuts[k + 1]]
    for index, (a, b) in enumerate(spans):
        raw = tail[a:b]
        if any(q in raw for q in '“”«»"'):
            continue
        if rx.match(r"^\s*(?:a|an|un|una|uno)\s", raw, regex.I):
            continue
        raw_clean = rx.sub(r"\s*\([^()]*\)", "", raw).strip(" .")
        if not raw_clean or (index > 0 and not _ARTICLE_START.match(raw)):
            continue
        name = _LEAD.sub("", raw_clean).strip()
        if (
            not name
            or len(name.split()) > 7
            or _VAGUE.search(name)
            or not _HEADS.search(name)
            or _BODY_WORDS.search(name)
            or _CLAUSE_VERB.search(name)
        ):
            continue
        if (
            rx.match(
                r"^(?:services?|servizi|projects?|progetti|initiatives?|iniziative)\b",
                name,
                regex.I,
            )
            and len(name.split()) == 1
        ):
            continue
        if not rx.search(r"\p{Lu}", raw_clean):
            continue  # "initiation of joint projects": what was done, not a thing's name
        acr = rx.search(r"\b(\p{Lu}[\p{Lu}\p{N}]{2,11})\b", name)
        add(acr.group(1) if acr else name, offset + a, [])
