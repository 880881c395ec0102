"""The status a report states for its meeting, in the programme's languages.

`cancelled` and `concluded` only when the text says so (a label line such as "Concluded /
Concluso", or a sentence: "was cancelled", "si è conclusa", "ha concluido"); `planned`
when a label says so or the opening of the report announces the meeting in the future
tense ("will take place", "si terrà", "se celebrará", "wird ... reisen", "odbędzie się",
"θα πραγματοποιηθεί", "va avea loc"). A report told in the past tense has no status.
Cues are matched on the folded text (`cues.plain`).
"""

from . import cues
from . import patterns as rx
from .dates import weekday_names

_LABELS = {
    "cancelled": (
        r"cancell?ed|annullat[oa]|cancellat[oa]|called off|cancelad[oa]|suspendid[oa]|"
        r"abgesagt|odwolan[aey]?|ακυρωθηκε|ακυρωνεται|anulat[aă]?|ikkancellat[a]?|annulee?"
    ),
    "concluded": (
        r"concluded|conclus[oa]|completed|past event|evento concluso|terminat[oa]|closed|"
        r"finalizad[oa]|concluid[oa]|abgeschlossen|beendet|zakonczon[aey]?|"
        r"ολοκληρωθηκε|ολοκληρωμεν[οη]|incheiat[aă]?|finalizat[aă]?|konkluz[a]?|terminee?"
    ),
    "planned": (
        r"planned|upcoming|scheduled|in programma|programmat[oa]|prossim[oa]|forthcoming|"
        r"open for registration|iscrizioni aperte|proximamente|programad[oa]|demnachst|"
        r"geplant|zaplanowan[aey]?|wkrotce|προσεχως|προγραμματισμεν[οη]|planificat[aă]?|"
        r"in curand|gej|ippjanat[a]?|a venir"
    ),
}
_LABEL_LINE = cues.compile_cues(
    r"^(?:[^\n]{0,40}?\s[–—|/-]\s*|\s*(?:status|stato|estado|stan|κατασταση|stare)?\s*[:\-]?\s*)"
    r"(?:"
    + "|".join(f"(?P<{status}>{pattern})" for status, pattern in _LABELS.items())
    + r")\s*(?:[/|]\s*[\w ]+)?\s*$",
)

_CANCELLED = (
    r"(?:has been|was|is|have been|were|e stat[oa]|sono stat[ie]|ha sido|han sido|fue|"
    r"wurde|wird|ist|zostal[ao]?|zostaly|a fost|au fost|giet|gie)\s+"
    r"(?:unfortunately\s+|purtroppo\s+|lamentablemente\s+|leider\s+|niestety\s+|"
    r"din pacate\s+)?"
    r"(?:cancell?ed|called off|annullat[oaie]|cancellat[oaie]|cancelad[oa]s?|suspendid[oa]s?|"
    r"abgesagt|odwolan[aey]?|anulat[aăe]?|ikkancellat[a]?)|"
    r"(?:ακυρωθηκε|ακυρωθηκαν|faellt aus|fallt aus|se cancela|se suspende)|"
    r"(?:a|ont) ete (?:malheureusement )?annule(?:e|s|es)?|(?:est|sont) annule(?:e|s|es)?"
)
_CONCLUDED = (
    r"si e conclus[oa]|si sono conclus[ie]|was concluded|has concluded|came to an end|"
    r"ended successfully|ha concluido|ha finalizado|concluyo|finalizo|se clausuro|"
    r"ging zu ende|endete|wurde abgeschlossen|zakonczyl[aoy]? sie|"
    r"ολοκληρωθηκε|ολοκληρωθηκαν|εληξε|s-a incheiat|s-a finalizat|s-au incheiat|"
    r"ntemmet|ikkonkludiet|s['’](?:est|sont) (?:acheve|termine|conclu|cloture)\w*|"
    # the meeting is behind us: "Konferencja ... – za nami", "is over", "ist vorbei"
    r"(?:juz |jest )?za nami|(?:is|are) (?:now )?over|(?:ist|sind) (?:nun )?vorbei|"
    # the meeting as subject, its end dated: "the convening concluded today", "ended yesterday"
    r"(?:concluded|ended|closed|wrapped up) (?:today|yesterday|this (?:morning|afternoon|evening|week))|"
    r"si e (?:chius|conclus)[oa] (?:oggi|ieri)|concluyo (?:hoy|ayer)|"
    r"(?:endete|ging) (?:heute|gestern)"
)
_PLANNED = (
    r"will (?:take place|be held|host|run|meet|gather|bring together|visit|travel|welcome|"
    r"be organi[sz]ed|hold|be hosted|convene|come together|get together|assemble)|"
    r"is scheduled|are invited to register|registration is open|"
    # "are set to meet", "is due to hold", "are going to gather" (not a bare "is to": "the aim
    # is to meet the needs of ...")
    r"(?:is|are) (?:set|due|going) to (?:meet|hold|host|gather|convene|visit|come together|"
    r"take part|attend|welcome)|"
    # (Italian and Spanish in the third person, singular or plural: "si terranno", "se
    # reunirán")
    r"(?:si terra|si svolgera|ospitera|si riunira|si incontrera|si ritrovera|si confrontera|"
    r"se celebrara|se desarrollara|acogera|reunira|visitara|se encontrara)(?:nno|n)?|"
    r"avra(?:nno)? luogo|si daranno appuntamento|sara ospitat[oa]|saranno ospitat[ie]|"
    r"tendran? lugar|se llevaran? a cabo|se daran? cita|"
    # (a date's full stop may stand between: "werden sich am 5. Mai in Graz treffen")
    r"(?:wird|werden)\s(?:(?:[^.!?\n]|(?<=\d)\.){0,80}?\s)?(?:stattfinden|reisen|besuchen|"
    r"kommen|tagen|empfangen|treffen|teilnehmen|zusammenkommen|zusammentreffen|versammeln|"
    r"beraten|diskutieren)|"
    # German tells a coming meeting in the present with its date: "treffen sich am 5. Mai",
    # "kommen am 5. Mai in Graz zusammen"
    r"(?:trifft|treffen) sich (?:am|vom|von) \d{1,2}\.|"
    r"(?:kommt|kommen) (?:am|vom|von) \d{1,2}\.[^!?\n]{0,80}?\szusammen|"
    r"odbedzie sie|odbeda sie|zostanie zorganizowan[ay]|spotkaja sie|spotka sie|"
    r"zbierze sie|zbiora sie|przyjedzie|przyjada|odwiedzi|odwiedza|"
    r"θα πραγματοποιηθ\w*|θα διεξαχθ\w*|θα γινει|θα φιλοξενησ\w*|θα επισκεφθ\w*|"
    r"θα συναντηθ\w*|"
    r"va avea loc|vor avea loc|se va desfasura|se vor desfasura|va gazdui|vor vizita|"
    r"se (?:va|vor) (?:intalni|reuni|aduna)|"
    r"va fi organizat[aă]?|"
    r"aura lieu|auront lieu|se tiendra|se tiendront|se deroulera|se derouleront|accueillera|"
    r"sera organise\w*|"
    r"se ssir|se jsiru|se tilqa'|"
    # taking part or discussing, in the future: "will attend", "parteciperanno", "participaran"
    r"will (?:attend|participate|take part|discuss|present|address|focus)|"
    r"parteciper(?:a|anno)|saranno present[ie]|saranno pres[ei] in esame|discuteranno|"
    r"in programma (?:a|il|per|presso|dal|da)|"
    r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
    r"novembre|dicembre) prossim[oi]|"
    r"participaran|abordara|analizara|debatira|"
    r"wezm(?:ie|a) udzial|beda uczestniczyc|vor participa|va participa|vor discuta|"
    r"θα συμμετασχ\w*|θα συζητ\w*|se jiehdu sehem|"
    # an invitation to come: "join us", "vi invitiamo", "zapraszamy", "σας προσκαλούμε"
    r"(?:join us|we invite you|you are invited|save the date|vi invitiamo|siete invitati|"
    r"os invitamos|les invitamos|estan invitados(?! \d)|"
    r"zapraszamy|va invitam|sunteti invitati|"
    # a host inviting, in the present: "the council is inviting residents to join", "die
    # Städte laden am 3. Mai ... ein", "zapraszają na", "invita a partecipare"
    r"(?:is|are) inviting|invites\s(?:[^.!?\n]{0,80}?\s)?to (?:join|attend|take part)|"
    r"(?:ladt|laden)\s(?:(?:[^.!?\n]|(?<=\d)\.){0,160}?\s)?ein|zaprasza(?:ja)?\s(?:na|do udzialu)|"
    r"invita(?:no|n)?\s(?:[^.!?\n]{0,60}?\s)?(?:a partecipare|a participar|sa participe)|"
    r"προσκαλ(?:ει|ουν)\s(?:[^.!?\n]{0,60}?\s)?να συμμετασχ\w*|"
    r"σας προσκαλ\w*|προσκαλειστε|nistiednukom)(?!\W+(?:\w+\W+){0,2}?(?:lektur|galeri|obejrz|"
    r"zapozna|social|facebook|twitter|instagram|linkedin|newsletter|website|sito|pagina)\w*)|"
    # on the programme, as a guest: German news tells a coming visit in the present
    r"(?:steht|stehen)\s(?:[^.!?\n]{0,60}?\s)?auf dem programm|auf dem programm (?:steht|stehen)|"
    r"(?:ist|sind)\s(?:[^.!?\n]{0,60}?\s)?zu gast(?!\w)(?! gewesen)|"
    r"zu gast (?:ist|sind)|"
    # the Greek future particle before a verb in the third person (not "θα πρέπει", "θα
    # ήθελα": should, would; nor a quoted "we will")
    r"θα (?!πρεπει|ηθελ|μπορουσ|ηταν|ειχ)\w{2,}(?:ει|ουν)|"
    # the meeting will open: "prenderanno il via", "dará comienzo", "will kick off"
    r"will (?:start|begin|open|kick off)|prender(?:a|anno) il via|avra inizio|si aprira|"
    r"dara comienzo|wird (?:beginnen|eroffnet)|rozpocznie sie|"
    r"θα ξεκινησ\w*|va incepe|se va deschide|"
    # an invitation to register: "register here", "iscriviti", "inscripciones abiertas"
    r"register (?:here|now|online|by|for (?:the|this)|at)|registration (?:is|are) (?:now )?open|"
    r"registrations? (?:closes?|deadline)|(?:please )?sign up (?:here|now|for)|"
    r"iscriviti|iscrizioni (?:sono )?aperte|(?:per|e possibile) iscriversi|"
    r"iscrizion[ei] (?:entro|obbligatori[ae]|gratuit[ae]|qui)|"
    r"inscribete|inscripciones (?:abiertas|hasta|gratuitas)|abiertas las inscripciones|"
    r"(?:para|puede[ns]?) inscribirse|inscripcion (?:gratuita|previa|obligatoria)|"
    r"(?:jetzt|hier|bitte) anmelden|anmeldung (?:unter|bis|ist|erforderlich|hier|erbeten)|"
    r"anmeldungen (?:bis|unter)|melden sie sich|"
    r"zapisy (?:trwaja|do|przyjmujemy)|rejestracja (?:trwa|do|jest otwarta)|"
    r"zarejestruj sie|zapisz sie|"
    r"εγγραφες (?:εως|μεχρι|εδω)|κανετε εγγραφη|δηλωστε συμμετοχη|"
    r"inscrieri(?:le)? (?:sunt deschise|pana|deschise)|inscrie-te|va puteti inscrie|"
    # a meeting said to be expected: "is expected to take place", "αναμένεται να
    # πραγματοποιηθεί", "soll im Mai stattfinden", "ma się odbyć", "urmează să aibă loc"
    r"(?:is|are) expected to (?:take place|be held|meet|gather|start|open|convene)|"
    r"αναμενεται να (?:πραγματοποι|διεξαχθ|διεξαγ|γινει|συνεδριασ|συνεδριαζ)\w*|"
    r"se espera que (?:se celebre|tenga lugar|se reuna)|"
    r"(?:soll|sollen)\s(?:[^.!?\n]{0,80}?\s)?stattfinden|"
    r"(?:ma|maja) (?:sie odbyc|odbyc sie)|urmeaza sa (?:aiba loc|se desfasoare|se reuneasca)|"
    # a meeting said to be foreseen: "is planned", "è prevista", "está prevista", "ist geplant"
    r"(?:is|are) (?:planned|foreseen|due to (?:take place|be held))|"
    r"(?:e|sono) previst[oaie] (?:un|una|il|la|lo|l'|le|i|gli|per|a|in|nel|nella)|"
    r"(?:esta|estan) previst[oa]s? (?:una?|la|el|los|las|para|en)|se preve (?:una?|la|el)|"
    r"(?:ist|sind)\s(?:[^.!?\n]{0,60}?\s)?(?:geplant|vorgesehen)|"
    r"(?:jest|sa) (?:planowan|przewidzian)\w*|"
    r"προγραμματιζεται|προγραμματιζονται|"
    r"(?:este|sunt) (?:planificat|prevazut|programat)\w*|"
    # German tells a coming meeting in the present, with its date: "findet vom 3. bis 5. Mai
    # in Bonn statt", "findet am 3. Mai statt"
    r"(?:findet|finden)\s(?:vom|am|von|zwischen)\s\d{1,2}\.[^!?\n]{0,80}?\sstatt|"
    # the meeting or its speakers as the subject of "will": "the panel will discuss"
    r"(?:panel|panelists|panellists|speakers|meeting|conference|session|forum|workshop|"
    r"event|seminar|debate|discussion|roundtable|round table)s? will (?!not\b|also be\b)\w+|"
    # tomorrow, then the day: "tomorrow, Friday", "morgen, Freitag", "domani, venerdì"
    r"(?:tomorrow|domani|morgen|manana|jutro|αυριο|maine),?\s+(?:"
    + "|".join(weekday_names())
    + r")"
)
_SENTENCE = cues.CueTable(
    {"cancelled": _CANCELLED, "concluded": _CONCLUDED, "planned": _PLANNED}, after=r"(?!\w)"
)
# "The first day was concluded with ...": the end of a part of the meeting, not of it.
_PART = cues.compile_cues(
    r"(?:day|session|morning|afternoon|evening|giornata|sessione|mattinata|jornada|sesion|"
    r"dia|manana|tarde|tag|sitzung|dzien|sesja|ημερα|συνεδρια|ziua|sesiunea|jum)\b[^.\n]{0,25}$"
)
# A title that opens with the word: "Concluso il progetto ...", "Concluded: ..."
_CONCLUDED_TITLE = cues.compile_cues(
    r"\s*(?:concluded|conclus[oa]|concluid[oa]|finalizad[oa]|abgeschlossen|zakonczon[aey]?|"
    r"ολοκληρωθηκε|incheiat[aă]?|ikkonkluda)\b"
)
# A verb in the future tense of Italian or Spanish, by its accented ending, in lower case
# ("vedrà", "parteciperanno", "participará", "abrirán"): the opening announces the meeting.
# Only the meeting's own future: its noun as the subject ("L'incontro ... vedrà la presenza"),
# or taking part ("participará en un seminario"); not its end ("si concluderà domani": it runs).
_ROMANCE_FUTURE = rx.compile(
    r"(?i:\b(?:incontro|convegno|seminario|riunione|conferenza|tavola rotonda|evento|"
    r"iniziativa|giornata|assemblea|workshop|webinar|encuentro|reunión|jornadas?|"
    r"conferencia|foro|taller|mesa redonda|evento|acto)\b)"
    # not the future of a clause with its own named subject ("at the meeting she said that
    # Lyon will ...")
    r"(?:(?!\b(?:que|che)\s+\p{Lu})(?:[^.!?\n]|\.(?!\s))){0,120}?"
    r"(?<![\p{L}])(?!(?:conclude|termine|finalizar|concluir|clausurar)\p{L}*)"
    r"\p{Ll}{2,}(?:rà|ranno|rá|rán)(?![\p{L}])"
    r"|(?<![\p{L}])(?:particip|partecip|interv|asist|acud)\p{Ll}*(?:rà|ranno|rá|rán)(?![\p{L}])"
    # what will be talked about: "se ne parlerà", "si discuterà di", "se debatirá"
    r"|(?<![\p{L}])(?:si|se)\s(?:ne\s)?(?:parle|discute|confronte|debati|discuti|hablar|"
    r"analizar|abordar)(?:rà|ranno|á|án)(?![\p{L}])"
)
# A title that opens with "tomorrow": "Domani a Rimini il convegno ...", "Tomorrow: ..."
_TOMORROW_TITLE = cues.compile_cues(r"\s*(?:tomorrow|domani|jutro|αυριο)\b")
# A title that opens as an invitation: "Invitation: ...", "Einladung zum ...", "Invito al ..."
_INVITATION_TITLE = cues.compile_cues(
    r"\s*(?:invitation|einladung|invito|invitacion|zaproszenie|προσκληση|invitatie|stedina)\b"
)
# An English headline's infinitive tells the future: "Council to Host Refugee Forum"
_TITLE_TO_COME = cues.compile_cues(
    r"[^\n]{0,80}?\bto (?:host|hold|welcome|visit|meet|convene|launch|open|gather)\b"
)
# Where a report announces its meeting: the title and the opening sentences.
_LEAD_CHARS = 700


def event_status(text: str) -> str | None:
    """Only a status the text states (a label line or an explicit sentence)."""
    folded = cues.plain(text)
    lines = [line for line in folded.splitlines() if line.strip()][:12]
    labels = {m.lastgroup for line in lines if (m := _LABEL_LINE.search(line))}
    if lines and _CONCLUDED_TITLE.match(lines[0]):
        labels.add("concluded")
    if lines and any(
        p.match(lines[0]) for p in (_TOMORROW_TITLE, _TITLE_TO_COME, _INVITATION_TITLE)
    ):
        labels.add("planned")
    said = set()
    for m in _SENTENCE.finditer(folded):
        status = m.lastgroup
        if status == "planned" and m.start() > _LEAD_CHARS:
            continue
        if status == "concluded" and _PART.search(folded, max(0, m.start() - 40), m.start()):
            continue
        said.add(status)
    if not said and _ROMANCE_FUTURE.search(text, 0, _LEAD_CHARS):
        said.add("planned")
    for found in (labels, said):
        for status in ("cancelled", "concluded", "planned"):
            if status in found:
                return status
    return None
