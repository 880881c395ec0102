"""The kind of meeting a report tells, from cue words in the programme's languages.

Names of a format ("study visit", "wizyta studyjna", "Arbeitsgruppe", "Jornada de
Trabajo") decide first: the earliest one in the text wins, the title coming first. Without
one, hints ("visited", "exchange", "round table") decide, and the number of authorities
taking part settles the rest: two exchange as peers, many consult.
All cues are matched once, in one pattern, on the folded text (see `cues.plain`).
"""

from . import cues

# Names of a meeting's format, per kind: lower case, without accents.
_NAMED = {
    "study_visit": (
        r"study[- ](?:visit|tour|trip)s?|(?:mentoring|exchange|learning|peer|city[- ]to[- ]city|"
        r"working|technical|field|site|official|return|reciprocal|twinning|benchmarking)"
        r" visits?|delegations?|"
        r"visit[ae] (?:di )?studio|viaggi? (?:di )?studio|visit[ae] (?:tecnic[ahe]|istituzional[ei])|"
        r"in visita|delegazion[ei]|"
        r"visitas? (?:de estudio|tecnicas?|institucional(?:es)?)|viajes? de estudio|"
        r"delegacion(?:es)?|"
        r"studien(?:reise|besuch|fahrt)\w*|(?:arbeits|informations|fach)besuch\w*|hospitation|"
        r"wizyt\w* studyjn\w*|wyjazd\w* studyjn\w*|delegacj\w*|"
        r"(?:εκπαιδευτικ|μελετητικ|θεσμικ)\w* επισκεψ\w*|επισκεψ\w* (?:μελετης|εργασιας)|"
        r"αντιπροσωπει\w*|"
        r"vizit\w* (?:de studiu|de lucru|de documentare)|delegati\w*|"
        r"zjar\w* ta' studju|delegazzjoni\w*"
    ),
    "peer_exchange": (
        r"peer[\s-]*to[\s-]*peer|peer[\s-]+(?:exchange|learning|review)s?|"
        r"bilateral (?:exchange|meeting)s?|twinning|staff exchange|communit(?:y|ies) of practice|"
        r"scambi?[oa]?(?:\s+[\w-]+){0,2}\s+tra pari|tra pari|scambio peer|"
        r"incontr[oi] bilateral[ei]|gemellaggi\w*|"
        r"entre pares|(?:reunion|encuentro)(?:es)? bilateral(?:es)?|hermanamiento|"
        r"kollegiale[nr]? (?:austausch|beratung)|bilaterale[sn]? (?:treffen|austausch)|"
        r"spotkani\w* bilateraln\w*|wymian\w* partnersk\w*|"
        r"αδελφοποιησ\w*|διμερ\w* συναντησ\w*|"
        r"infratir\w*|schimb\w* intre egali|"
        r"gemellagg\w*"
    ),
    "consultation": (
        r"consultations?|working groups?|work group|general assembl(?:y|ies)|annual meeting|"
        r"(?<!press )(?<!video)(?<!video-)(?<!tele)conferences?|forums?|summits?|congress|"
        r"symposium|kick[- ]?off|launch (?:meeting|event|conference)|"
        r"transnational (?:partner |project )?meetings?|partners?(?:hip)? meetings?|"
        r"consortium meetings?|network meetings?|plenary|policy lab|steering committee meeting|"
        r"consultazion[ei]|consulta regionale|gruppo di lavoro|gruppi di lavoro|"
        r"assemblea (?:generale|annuale|plenaria)|(?<!video)conferenz[ae]|convegn[oi]|vertice|"
        r"congresso|riunione (?:transnazionale|di partenariato|dei partner|plenaria)|"
        r"incontro transnazionale|"
        r"consulta(?:s)? |grupos? de trabajo|asamblea (?:general|anual|plenaria)|"
        r"(?<!video)conferencias?|congreso|foro|cumbre|jornadas? (?:de trabajo|tecnicas?)|"
        r"(?:reunion|encuentro) transnacional|reunion de (?:socios|lanzamiento)|"
        r"arbeitsgruppe\w*|arbeitskreis\w*|(?:general|mitglieder|jahres|voll)versammlung\w*|"
        r"konferenz\w*|fachtagung\w*|tagung|kongress\w*|gipfel\w*|auftakt\w*|netzwerktreffen|"
        r"grup\w* robocz\w*|zgromadzeni\w* (?:ogoln|czlonk)\w*|walne zgromadzeni\w*|"
        r"konferencj\w*|kongres\w*|szczyt\w*|posiedzeni\w*|"
        r"ομαδ\w* εργασιας|γενικ\w* συνελευσ\w*|συνεδρι\w*|φορουμ|συνοδ\w* κορυφης|ημεριδ\w*|"
        r"διασκεψ\w*|"
        r"grup\w* de lucru|adunar\w* general\w*|conferint\w*|congres\w*|reuniun\w* transnational\w*|"
        r"konferenz[ai]|grupp ta' hidma|laqgh\w* generali"
    ),
    "webinar": r"webinar\w*|web[- ]?seminar\w*|seminario web|online[- ]seminar\w*|webinarium",
    "training": (
        r"training (?:session|course|day|workshop|programme)s?|capacity[- ]building (?:session|"
        r"course|training)s?|(?:giornata|sessione|corso|percorso) di formazione|sessione formativa|"
        r"curso de formacion|sesion(?:es)? formativas?|jornadas? formativas?|"
        r"schulung\w*|fortbildung\w*|weiterbildung\w*|szkoleni\w*|"
        r"(?:προγραμμα|σεμιναρι\w*) (?:καταρτισης|καταρτισεως)|επιμορφωσ\w*|"
        r"curs\w* de formare|sesiun\w* de instruire|instruir\w*|tahrig|"
        # "Training for social workers", "this training on ...": the title names a course
        r"(?<=^|\n|\ba |\bthis |\bthe )training (?:for|on|in|about)|"
        r"(?<=^|\n|\buna |\bla |\bquesta )formazione (?:per|su|sul|sulla|sui|rivolta|dedicata)"
    ),
    "workshop": (
        r"workshops?|seminars?|seminari[oi]|tavolo di lavoro|taller(?:es)?|seminarios?|"
        r"werkstatt\w*|warsztat\w*|seminari\w*|εργαστηρι\w*|σεμιναρι\w*|ateli\w* de lucru"
    ),
    "other": (
        r"local support groups?|expert(?:s'|'s)? (?:visit|mission|assessment)s?|assessment visits?|"
        r"parliamentary (?:assembly|committee)|commission(?:e)? parlamentare|"
        r"comision parlamentaria|visita de expertos|expertenbesuch|wizyt\w* eksperck\w*|"
        r"κοινοβουλευτικ\w* (?:συνελευσ|επιτροπ)\w*|vizit\w* (?:a )?expertilor"
    ),
}

# Hints of a format, weaker than its name.
_HINTS = {
    "study_visit": (
        r"visit(?:s|ed|ing)?|visitat[oaie]|visitar(?:on|a)?|besuch\w*|wizyt\w*|odwiedzi\w*|"
        r"επισκεφ\w*|επισκεψ\w*|vizit\w*|zjar\w*"
    ),
    "peer_exchange": (
        r"exchang\w*|scambi\w*|intercambi\w*|austausch\w*|wymian\w*|ανταλλα\w*|schimb\w*|"
        r"skambj\w*"
    ),
    "consultation": (
        r"round[- ]tables?|tavol[ae] rotond[ae]|mesas? redondas?|runde[nr]? tisch\w*|"
        r"okragl\w* stol\w*|στρογγυλ\w* τραπεζ\w*|mes\w* rotund\w*|mejda tonda"
    ),
    "workshop": r"laboratori[oe]",
}

# "following the Forum", "the next study visit": a cue naming another meeting.
_OTHER_MEETING = cues.compile_cues(
    r"(?:following|after|before|next|previous|upcoming|last year's|prossim\w*|precedent\w*|"
    r"successiv\w*|dopo|siguiente|anterior|proxim\w*|tras|nach|vor|nachst\w*|kommend\w*|"
    r"nastepn\w*|poprzedn\w*|po|przed|επομεν\w*|προηγουμεν\w*|μετα|urmato\w*|dupa|"
    r"precedent\w*|li jmiss)\W+(?:(?:the|il|la|lo|l'|el|los|las|der|die|das|dem|den|"
    r"του|της|το|τη|την|o|a)\W+)?(?:[\w'-]+\W+){0,3}$"
)


def _alternation(table: dict[str, str], tier: str) -> str:
    return "|".join(f"(?P<{tier}_{kind}>{pattern})" for kind, pattern in table.items())


_CUE = cues.compile_cues(
    r"\b(?:"  # before a cue, which opens with a letter: `(?<!\w)`, scanned faster
    + _alternation(_NAMED, "named")
    + "|"
    + _alternation(_HINTS, "hint")
    + r")(?![\w])"
)


def event_kind(text: str, *, authorities: int = 0) -> str | None:
    """The kind of the meeting; `authorities` is how many municipalities are said to take part.

    None when nothing in the text tells it.
    """
    folded = cues.plain(text)
    hint = None
    for m in _CUE.finditer(folded):
        if _OTHER_MEETING.search(folded, max(0, m.start() - 60), m.start()):
            continue
        tier, kind = m.lastgroup.split("_", 1)
        if tier == "named":
            return kind
        hint = hint or kind
    if hint == "peer_exchange" and authorities >= 5:
        return "consultation"
    if hint:
        return hint
    if authorities >= 3:
        return "consultation"
    if authorities == 2:
        return "peer_exchange"
    return None
