"""The kind of meeting a report tells, from cue words in the programme's languages.

Names of a format ("study visit", "wizyta studyjna", "Arbeitsgruppe", "Jornada de
Trabajo") and weaker hints ("visited", "exchange", "round table") vote for their kind, the
title and the opening sentences weighing most; many authorities taking part add a vote for
a consultation. The weights are few and generic, so that they hold on reports never read.
All cues are matched once, in one pattern, on the folded text (see `cues.plain`).
"""

from . import cues

# A host receiving visiting mayors (folded text): "received the mayors of", "recibió a los
# alcaldes", "ha ricevuto i sindaci", "empfing die Bürgermeister", "υποδέχθηκε τους
# δημάρχους": a study visit, and the host is where they met (see `attendance`).
RECEIVES_MAYORS = (
    r"(?:received|welcomed|recibio|recibe|ha ricevuto|ha accolto|empfing|empfangt|"
    r"przyjal\w*|goscil\w*|υποδεχ\w*|a primit)"
    # not received by a mayor: "the event was welcomed by the mayor"
    r"(?!\s+(?:by|da|dal|dalla|por|von|vom|przez|απο|de catre)\b)(?:\s+[^\s.!?;]+){0,4}?\s+"
    r"(?:the |a |an |los |las |la |el |i |gli |le |die |den |τους |τον |την |pe )?"
    r"(?:mayors?|alcaldes?|alcaldesa|sindac[oai]|burgermeister\w*|burmistrz\w*|"
    r"δημαρχ\w*|primari[ia]?)"
)

# International bodies (folded text): a visit or a meeting of theirs is no peer's.
_INTERNATIONAL_BODY = (
    r"(?:unhcr|acnur|iom|oim|onu|onz|unicef|oecd|osce|"
    r"united nations|nazioni unite|naciones unidas|natiunilor unite|vereinten nationen|"
    r"narodow zjednoczonych|ηνωμενων εθνων|inaltului comisariat|high commissioner|"
    r"alto (?:comisionado|commissariato)|european commission|commissione europea|"
    r"comision europea|comisiei europene|europaischen kommission|komisji europejskiej|"
    r"ευρωπαικης επιτροπης|council of europe|consiglio d'europa|consejo de europa|"
    r"europarat\w*|rady europy|συμβουλιου της ευρωπης|consiliului europei)"
)

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
        r"zjar\w* ta' studju|delegazzjoni\w*|" + RECEIVES_MAYORS
    ),
    "peer_exchange": (
        r"bilateral (?:exchange|meeting)s?|twinning|staff exchange|communit(?:y|ies) of practice|"
        r"incontr[oi] bilateral[ei]|gemellaggi\w*|"
        r"(?:reunion|encuentro)(?:es)? bilateral(?:es)?|hermanamiento|"
        r"bilaterale[sn]? (?:treffen|austausch)|"
        r"spotkani\w* bilateraln\w*|wymian\w* partnersk\w*|"
        r"αδελφοποιησ\w*|διμερ\w* συναντησ\w*|"
        r"infratir\w*|"
        r"gemellagg\w*"
    ),
    # learning among peers: an exchange between two or a few, a network's gathering among many
    # (see `_among`)
    "peer_learning": (
        r"peer[\s-]*to[\s-]*peer|peer[\s-]+(?:exchange|learning|review)s?|"
        r"scambi?[oa]?(?:\s+[\w-]+){0,2}\s+tra pari|tra pari|scambio peer|entre pares|"
        r"kollegiale[nr]? (?:austausch|beratung)|schimb\w* intre egali"
    ),
    "consultation": (
        r"consultations?|working groups?|work group|general assembl(?:y|ies)|annual meeting|"
        r"(?<!press )(?<!video)(?<!video-)(?<!tele)conferences?|forums?|summits?|congress|"
        r"symposium|kick[- ]?off|launch (?:meeting|event|conference)|"
        r"transnational (?:partner |project )?(?:meetings?|events?|activit(?:y|ies)|actions?|"
        # a transnational project's workshop gathers its partners, as an international one
        r"workshops?|seminars?)|"
        r"partners?(?:hip)? meetings?|(?:project |partners? )?coordination meetings?|"
        # a project's partners meeting halfway or together, in every programme language
        r"interim (?:partners? |project )?meetings?|spotkani\w* partner\w*|partnertreffen|"
        r"projekttreffen|intalnir\w* (?:a |dintre )?partener\w*|συναντησ\w* (?:των )?εταιρ\w*|"
        r"incontr[oi] (?:dei|tra i|fra i) partner|"
        r"international (?:seminars?|workshops?|meetings?|gatherings?)|"
        r"(?:meeting|incontr[oi]) internazional[ei]|(?:encuentro|reunion)(?:es)? internacional(?:es)?|"
        r"internationale[sn]? treffen|διεθν\w* συναντησ\w*|(?:intalnir|reuniun)\w* international\w*|"
        r"consortium meetings?|network meetings?|plenary|policy lab|steering committee meeting|"
        r"consultazion[ei]|consulta regionale|gruppo di lavoro|gruppi di lavoro|"
        r"assemblea (?:generale|annuale|plenaria)|(?<!video)conferenz[ae]|convegn[oi]|vertice|"
        r"congresso|riunione (?:transnazionale|di partenariato|dei partner|plenaria)|"
        r"(?:incontro|evento|workshop|seminario|laboratorio) transnazionale|(?:meeting|riunione|incontro) di coordinamento|"
        r"seminario internazionale|simposio|assemble[ae]|assemblear[ei]|"
        r"consulta(?:s)? |grupos? de trabajo|asamblea (?:general|anual|plenaria)|"
        r"(?<!video)conferencias?|congreso|foros?|cumbre|jornadas? (?:de trabajo|tecnicas?)|"
        r"(?:reunion|encuentro|evento|actividad|taller|seminario) transnacional|reunion de (?:socios|lanzamiento|"
        r"coordinacion)|seminario internacional|asambleas?|"
        r"arbeitsgruppe\w*|arbeitskreis\w*|(?:general|mitglieder|jahres|voll)versammlung\w*|"
        r"konferenz\w*|fachtagung\w*|tagung|kongress\w*|gipfel\w*|auftakt\w*|netzwerktreffen|"
        r"koordinierungstreffen|internationale\w* (?:seminar|workshop)\w*|symposi\w*|"
        r"grup\w* robocz\w*|zgromadzeni\w* (?:ogoln|czlonk)\w*|walne zgromadzeni\w*|"
        r"konferencj\w*|kongres\w*|szczyt\w*|posiedzeni\w*|sympozj\w*|"
        r"spotkani\w* (?:koordynacyjn|miedzynarodow|ponadnarodow)\w*|"
        r"(?:seminari|warsztat)\w* (?:miedzynarodow|ponadnarodow)\w*|"
        # "συνέδριο" is a conference, "συνεδρίαση" only a sitting
        r"ομαδ\w* εργασιας|γενικ\w* συνελευσ\w*|συνεδρι(?:ο|ου|α|ων)|φορουμ|συνοδ\w* κορυφης|"
        r"ημεριδ\w*|διασκεψ\w*|συμποσι\w*|διακρατικ\w* (?:δρασ|συναντησ|εκδηλωσ|εργαστηρι|σεμιναρι)\w*|"
        r"διεθν\w* (?:σεμιναρι|εργαστηρι)\w*|"
        r"grup\w* de lucru|adunar\w* general\w*|conferint\w*|congres\w*|reuniun\w* transnational\w*|"
        r"forum(?:ul|ului)|"
        r"(?:eveniment|activitat|atelier|seminar)\w* transnational\w*|seminar\w* international\w*|simpozion\w*|"
        r"konferenz[ai]|grupp ta' hidma|laqgh\w* generali|"
        # a committee's sitting: its members, many bodies, deliberate ("the committee met")
        r"committee (?:meeting|sitting|session)s?|(?:meeting|sitting|session)s? of the "
        r"(?:[\w-]+ ){0,5}?committee|"
        r"(?:reunion|sesion)(?:es)? de la comision(?! europea)|"
        r"(?:riunione|seduta|sessione) della commissione(?! europea)|"
        r"sitzung des \w*ausschusses|ausschusssitzung\w*|"
        r"συνεδριασ\w* (?:της )?(?:\w+ )?επιτροπης|"
        r"(?:sedint|reuniun)\w* (?:a )?comisiei(?! europene)"
    ),
    "webinar": r"webinar\w*|web[- ]?seminar\w*|seminario web|online[- ]seminar\w*|webinarium",
    "training": (
        r"training (?:session|course|day|workshop|programme)s?|capacity[- ]building (?:session|"
        r"course|training)s?|(?:giornata|sessione|corso|percorso) di formazione|sessione formativa|"
        r"curso de formacion|sesion(?:es)? formativas?|jornadas? formativas?|"
        # a seminar held to train: "seminario formativo", "training seminar"
        r"seminari[oi] formativ[oi]|seminarios? de formacion|training seminars?|"
        r"seminar\w* de formare|seminari\w* szkoleniow\w*|"
        r"schulung\w*|fortbildung\w*|weiterbildung\w*|szkoleni\w*|"
        r"(?:προγραμμα|σεμιναρι\w*) (?:καταρτισης|καταρτισεως)|επιμορφωσ\w*|"
        # a seminar or a day held to train: "εκπαιδευτικό σεμινάριο", "session de formation",
        # "ação de formação"
        r"εκπαιδευτικ\w* (?:σεμιναρι|προγραμμα|ημεριδ|εργαστηρι)\w*|"
        r"(?:session|journee|stage|module)s? de formation|"
        r"(?:acao|acoes|sessao|sessoes|curso) de formacao|"
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
        # a city's local support group (URBACT's ULG, ICC's LSG), an expert's assessment
        # visit, a hearing before a parliamentary body
        r"local support groups?|urbact local groups?|ulgs?|lsgs?|"
        r"gruppo (?:di supporto|di sostegno) locale|grupo (?:local de apoyo|de apoyo local)|"
        r"lokale\w* (?:unterstutzungs|aktions)gruppe\w*|lokaln\w* grup\w* wsparcia|"
        r"τοπικ\w* ομαδ\w* υποστηριξης|grup\w* (?:local de sprijin|de sprijin local)|"
        # ... or its team: "Local Support Team", "Echipa Locală de Sprijin"
        r"local support teams?|squadr\w* (?:di supporto|di sostegno) local\w*|"
        r"equipos? (?:local(?:es)? de apoyo|de apoyo local)|lokale\w* unterstutzungsteam\w*|"
        r"lokaln\w* zesp\w* wsparcia|echip\w* (?:local\w* de sprijin|de sprijin local)|"
        # ... or a sitting of its council of migrants, a body of the town's own ("sitting of the
        # Migrant Integration Council", "Sitzung des Integrationsbeirats", "seduta della Consulta
        # per l'immigrazione", "συνεδρίαση του Συμβουλίου Ένταξης Μεταναστών", "posiedzenie Rady
        # Cudzoziemców", "ședința Consiliului Consultativ al Migranților"); not the council
        # named as a kind of body ("structures such as migrant councils")
        r"(?:sittings?|sessions?|meetings?|sitzung\w*|sedut\w*|riunion\w*|sesion\w*|reunion\w*|"
        r"posiedzeni\w*|sedint\w*|συνεδριασ\w*)(?:\s+[^\s.!?;]+){0,4}?\s+(?:"
        r"(?:migrants?'?|immigrants?'?|integration) (?:integration |advisory )?council|"
        r"(?:integrations|auslander|migrations|migranten)beirat\w*|integrationsrat\w*|"
        r"consulta (?:comunale |cittadina )?(?:per l'|dell')?(?:immigrazione|integrazione)|"
        r"consulta (?:comunale |cittadina )?(?:dei|degli|per i|per gli) (?:migranti|stranieri|"
        r"immigrati)|consejo (?:municipal |local )?(?:de |para la )(?:inmigracion|integracion|"
        r"migraciones)|συμβουλι\w* ενταξης μεταναστων|"
        r"rad\w* (?:ds\. )?(?:migrantow|imigrantow|cudzoziemcow)|"
        r"consili\w* consultativ\w* al (?:migrantilor|strainilor|imigrantilor))|"
        r"expert(?:s'|'s)? (?:visit|mission|assessment)s?|assessment visits?|"
        r"visit[ae] (?:di |degli |dei )?espert[io]|visitas? de (?:los )?expertos|"
        r"expertenbesuch\w*|wizyt\w* eksperck\w*|wizyt\w* ekspertow|"
        r"επισκεψ\w* (?:των )?(?:εμπειρογνωμον|ειδικ)\w*|vizit\w* (?:a )?expertilor|"
        r"zjar\w* tal-esperti|"
        # an international body's visit or delegation to a city, not a peer's: "the visit of
        # the UNHCR representative", "o delegație a Înaltului Comisariat", "la visita dell'OIM"
        r"(?:visit\w*|vizit\w*|besuch\w*|wizyt\w*|επισκεψ\w*|delegati\w*|delegation\w*|"
        r"delegazion\w*|delegacion\w*|delegacj\w*|αντιπροσωπει\w*)"
        r"(?:\s+(?:of|the|a|al|ai|del|della|dell'|de|la|des|der|von|του|της|των|"
        r"representatives?|rappresentant\w*|representantes?|reprezentant\w*|vertreter\w*|"
        r"przedstawiciel\w*|εκπροσωπ\w*|head|heads|chief|capo|jefe|sefului|leiter\w*)){0,3}"
        r"\s+(?:dell')?" + _INTERNATIONAL_BODY + r"(?!\w)|"
        r"parliamentary (?:assembly|committee)|hearings? before|commission(?:e)? parlamentare|"
        # a parliament's committee hearing witnesses: "an evidence session", "oral evidence"
        r"evidence sessions?|oral evidence|"
        r"audizion[ei]|comision parlamentaria|anhorung\w*|parlamentarische\w* versammlung|"
        r"komisj\w* sejmow\w*|κοινοβουλευτικ\w* (?:συνελευσ|επιτροπ)\w*|"
        r"comisi\w* parlamentar\w*|kumitat parlamentari"
    ),
}

# Hints of a format, weaker than its name.
_HINTS = {
    "study_visit": (
        r"visit(?:s|ed|ing)?|visitat[oaie]|visitar(?:on|a)?|besuch\w*|wizyt\w*|odwiedzi\w*|"
        r"επισκεφ\w*|επισκεψ\w*|vizit\w*|zjar\w*"
    ),
    "peer_exchange": (
        # Romanian "schimb" is an exchange, "schimbare" (schimbări, a schimba) a change
        r"exchang\w*|scambi\w*|intercambi\w*|austausch\w*|wymian\w*|ανταλλα\w*|"
        r"schimb(?:ul|ului|uri|urile|urilor)?|"
        r"skambj\w*"
    ),
    "consultation": (
        # Spanish "jornada": a day of talks among many ("I Jornada de ciudades de acogida")
        r"jornadas?(?! laboral)|"
        r"round[- ]tables?|tavol[ae] rotond[ae]|mesas? redondas?|runde[nr]? tisch\w*|"
        r"okragl\w* stol\w*|στρογγυλ\w* τραπεζ\w*|mes\w* rotund\w*|mejda tonda"
    ),
    "workshop": r"laboratori[oe]",
}


_CUE = cues.CueTable(
    {f"named_{kind}": pattern for kind, pattern in _NAMED.items()}
    | {f"hint_{kind}": pattern for kind, pattern in _HINTS.items()},
    after=r"(?![\w])",
)


# German writes a gathering as the head of a compound ("Städtepartnerschaftskonferenz",
# "Jahrestagung"): these heads vote as the word itself when they close a longer word, but
# not a press conference, a video call or an adjournment ("Vertagung"). A narrower part
# ("Projektworkshop") and a body ("Stadtverordnetenversammlung", a council) do not.
_COMPOUND_HEAD = cues.compile_cues(
    r"(?<=[^\W\d_]{3})(?<!video)(?<!tele)(?<!telefon)(?<!presse)(?<!pressen)(?<!ver)"
    r"(?P<named_consultation>konferenz|tagung|kongress|gipfel)"
)

# The formats of kind `other`, looked for in the lead alone.
_OTHER_FORMAT = cues.compile_cues(r"\b(?:" + _NAMED["other"] + r")(?!\w)")
# Where a report says what its meeting was: the title and the opening sentences.
_LEAD_CHARS = 700

# A town meeting the representatives of an international body or of an association, in the
# lead, with no third authority: "a working meeting with representatives of the UN Refugee
# Agency (UNHCR)", "întâlnire cu reprezentantul Asociației ...", "incontro con i
# rappresentanti dell'associazione": not a meeting among authorities, kind other.
_MEETS_A_BODY = cues.compile_cues(
    r"\b(?:meeting|met|intalnir\w*|intalnit|incontr\w*|riunione|reunion|treffen|getroffen|"
    r"spotkani\w*|spotkal\w*|συναντηση|συναντηθηκ\w*)\s+(?:[^\s.!?;]+\s+){0,2}?"
    r"(?:with|cu|con|mit|z|με)\s+(?:the |i |gli |il |los |las |el |la |die |den |τον |την |τους )?"
    r"(?:representatives?|reprezentant\w*|rappresentant\w*|representantes?|vertreter\w*|"
    r"przedstawiciel\w*|εκπροσωπ\w*)\s+(?:[^\s.!?;]+\s+){0,5}?\(?(?:dell')?(?:"
    + _INTERNATIONAL_BODY
    + r"|asociati\w*|associations?|associazion\w*|asociacion\w*|verein\w*|"
    r"stowarzysze\w*|fundacj\w*|foundations?|fondazion\w*|fundacion\w*|fundati\w*|"
    r"stiftung\w*|ngos?|ong|συλλογ\w*|σωματει\w*)(?!\w)"
)
_FEW_AUTHORITIES = 2

# The weights of the scored decision, chosen by leave-one-batch-out over the development
# reports (see `event_kind`): a hint counts a fifth of a name; a cue in a title line counts
# five times, one in the next 600 characters three times, and every cue fades with its
# distance from the start; a narrow format (a workshop, a training) is often a part of a
# wider meeting, so it counts less, but a webinar is a meeting of its own; three or more
# authorities add to a consultation, and a workshop of three or more or a webinar of five or
# more is one (the contract's consultation: many authorities, in panels or workshops). bench/_fit_kind.py compares
# these rules, their weights re-chosen per batch left out, with a conditional logit over
# the same cues: the logit does worse on the batches it did not see.
_HINT_WEIGHT = 0.2
_TITLE_WEIGHT = 5.0
_TITLE_MAX_CHARS = 200
_OPENING_WEIGHT = 3.0
_OPENING_CHARS = 600
_FADE_CHARS = 1000
_NARROW = frozenset({"workshop", "training"})
_NARROW_WEIGHT = 0.6
_MANY_AUTHORITIES_WEIGHT = 0.3
# A workshop of three or more authorities, as any meeting of three or more, is their
# consultation; a webinar of five or more is their network's (a network's "technical table"
# held as a webinar among its towns), fewer join one held for them by another body.
_SESSIONS = {"workshop": 3, "webinar": 5}
_SESSION_OF_MANY = 5


def event_kind(text: str, *, authorities: int = 0) -> str | None:
    """The kind of the meeting; `authorities` is how many municipalities are said to take part.

    A format of kind `other` (a local support group, an expert visit, a parliamentary
    hearing) named in the lead is that meeting's own format, even after a wider one (the
    network "working group" it belongs to); so is a town's meeting with the representatives
    of an international body or an association, among two authorities at most. Otherwise
    every cue not about another meeting
    votes for its kind, weighted by its tier and where it stands (`_cue_weight`); an exchange
    or a workshop among three or more authorities, or a webinar or a peer-learning event among
    five or more, votes for a consultation, and an exchange only hinted at with fewer than two
    does not vote. None when nothing in the text tells it (the record then takes the commonest
    kind).
    """
    folded = cues.plain(text)
    for m in _OTHER_FORMAT.finditer(folded, 0, _LEAD_CHARS):
        if not _about_another_meeting(folded, m.start()):
            return "other"
    if authorities <= _FEW_AUTHORITIES:
        for m in _MEETS_A_BODY.finditer(folded, 0, _LEAD_CHARS):
            if not _about_another_meeting(folded, m.start()):
                return "other"
    title_end = folded.find("\n") % (len(folded) + 1)
    if title_end > _TITLE_MAX_CHARS:
        title_end = 0  # a first paragraph, not a title
    votes: dict[str, float] = {}
    for start, group in _cues(folded):
        if _about_another_meeting(folded, start):
            continue
        tier, kind = group.split("_", 1)
        if kind == "study_visit" and _delegation_online(folded, start):
            continue
        kind = _among(tier, kind, authorities)
        if kind is None:
            continue
        votes[kind] = votes.get(kind, 0.0) + _cue_weight(tier, kind, start, title_end)
    if authorities >= 3:
        votes["consultation"] = votes.get("consultation", 0.0) + _MANY_AUTHORITIES_WEIGHT
    if not votes:
        return None
    return max(votes, key=lambda kind: (votes[kind], kind == "consultation"))


# A delegation's noun, and a format held at a distance said in its sentence: "with a large
# delegation of councillors, I joined the prefect's videoconference": no one travelled.
_DELEGATION_WORD = cues.compile_cues(
    r"(?:delegation|delegazion|delegacion|delegacj|delegati|αντιπροσωπει)"
)
_AT_A_DISTANCE = cues.compile_cues(
    r"(?:video-?\s?conferen|videokonferen|wideokonferencj|videoconferint|tele-?conferen|"
    r"telekonferen|τηλεδιασκεψ|on-?line|zoom|webex|διαδικτυακ)"
)
_SENTENCE_STOP = cues.compile_cues(r"[.!?\n]")


def _delegation_online(folded: str, start: int) -> bool:
    """Whether the cue at `start` is a delegation's noun in a sentence naming an online format."""
    if not _DELEGATION_WORD.match(folded, start):
        return False
    left = max(folded.rfind(c, max(0, start - 300), start) for c in ".!?\n") + 1
    stop = _SENTENCE_STOP.search(folded, start, start + 300)
    return bool(_AT_A_DISTANCE.search(folded, left, stop.start() if stop else start + 300))


def _cues(folded: str):
    """(where the word starts, `tier_kind`) of every cue in `folded` text, German compounds
    closed by a format's name among them (once: "Fachtagung" is a cue of its own)."""
    found = {m.start(): m.lastgroup for m in _CUE.finditer(folded)}
    for m in _COMPOUND_HEAD.finditer(folded):
        start = m.start()
        while start and folded[start - 1].isalnum():
            start -= 1
        found.setdefault(start, m.lastgroup)
    return sorted(found.items())


def _among(tier: str, kind: str, authorities: int) -> str | None:
    """The kind a cue of `kind` votes for among so many authorities: an exchange hinted at
    or a workshop among three or more, or a webinar or learning among peers among five or
    more, is a consultation (learning among fewer is their exchange); an exchange hinted at
    with fewer than two is no exchange between authorities (None: no vote)."""
    if kind == "peer_exchange" and tier == "hint":
        return "consultation" if authorities >= 3 else kind if authorities == 2 else None
    if kind == "peer_learning":
        return "consultation" if authorities >= _SESSION_OF_MANY else "peer_exchange"
    if kind in _SESSIONS and authorities >= _SESSIONS[kind]:
        return "consultation"
    return kind


def _cue_weight(tier: str, kind: str, start: int, title_end: int) -> float:
    weight = 1.0 if tier == "named" else _HINT_WEIGHT
    if start < title_end:
        weight *= _TITLE_WEIGHT
    elif start < title_end + _OPENING_CHARS:
        weight *= _OPENING_WEIGHT
    if kind in _NARROW:
        weight *= _NARROW_WEIGHT
    return weight / (1 + start / _FADE_CHARS)


def names_a_format(phrase: str) -> bool:
    """Whether `phrase` (a sentence, not folded) names a meeting's format or hints at one."""
    return next(_CUE.finditer(cues.plain_uncached(phrase)), None) is not None


def _about_another_meeting(folded: str, start: int) -> bool:
    return cues.names_another_meeting(folded, start)
