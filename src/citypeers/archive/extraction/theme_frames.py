"""Words that say how a meeting was set up, not what it dealt with, left out of its themes.

A report tells who took part ("with the participation of the mayors", "la sua
partecipazione al convegno"), with whom it was organised ("in cooperation with",
"σε συνεργασία με"), in what frame and with whose money ("in the framework of",
"cofinanziato dal fondo", "gefördert durch"), and in what format ("peer learning", a
"community of practice", a "συνάντηση εργασίας", an "incontro di lavoro") and who hosted
it ("el Ayuntamiento acoge la reunión", "με τη φιλοξενία του Δήμου", "an evening
reception"). Those phrases hold theme words (participation, cooperation, funding, learning,
community, work, reception) in another sense than the theme's, so they are blanked before
the theme cues are read. The "international community" and a Spanish region ("Comunidad
de Madrid") name no community life either, nor do "cities belonging to the network" a
sense of belonging. Patterns are written in lower case without accents and matched on `cues.plain`
text, so the blanked spans are the same in the original.
"""

import functools

import ahocorasick

from . import cues
from .text import length_automaton

# Nouns of a meeting or of what it belongs to, per language (the end of an attendance frame).
_MEETING_EN = (
    r"(?:meeting|event|conference|forum|workshop|seminar|session|visit|webinar|assembly|"
    r"summit|symposium|round ?table|panel|project|programme|program|network|initiative)s?\b"
)
_MEETING_IT = (
    r"(?:incontr|event|convegn|giornat|seminar|riunion|tavol|conferenz|visit|progett|lavori|"
    r"iniziativ|workshop|assemble|forum|meeting|session|webinar|rete\b)\w*"
)
_MEETING_ES = (
    r"(?:encuentro|jornada|reunion|foro|evento|conferencia|seminario|cumbre|visita|proyecto|"
    r"red|sesion|taller|asamblea|congreso|programa|iniciativa|webinar|mesa)(?:s|es)?\b"
)
_MEETING_EL = (
    r"(?:συναντησ|εκδηλωσ|διακρατικ|συνεδρι|ημεριδ|προγραμμα|δικτυ|εργαστηρι|σεμιναρι|"
    r"φορουμ|επισκεψ|δρασ|συσκεψ)\w*"
)
_MEETING_PL = (
    r"(?:spotkani|konferencj|wizyt|projek|forum|seminari|warsztat|posiedzeni|obrad|"
    r"wydarzeni|siec|program)\w*"
)
_MEETING_RO = (
    r"(?:intalnir|reuniun|forum|conferint|eveniment|proiect|seminar|atelier|sedint|vizit|"
    r"program|retea|retel|dezbater)\w*"
)
# At most two words (an article, an adjective, an ordinal) before the meeting's noun.
_FEW = r"(?:[\w'-]+ ){0,2}?"

_ATTENDANCE = (
    r"with the (?:active |kind |full )?participation of|"
    rf"participation (?:in|at) (?:the |this |that |a |an |our |their |its )?{_FEW}{_MEETING_EN}|"
    r"con la (?:\w+ )?partecipazione (?:di|del|della|dello|dei|degli|delle|dell')|"
    rf"partecipazione (?:a|al|alla|allo|ai|agli|alle|all') ?{_FEW}{_MEETING_IT}|"
    r"con la (?:\w+ )?participacion de|"
    r"participacion (?:en|de) (?:el|la|los|las|este|esta|estos|estas|dicho|dicha|un|una|su|sus) "
    rf"{_FEW}{_MEETING_ES}|"
    r"(?:unter|mit) (?:der )?beteiligung|"
    r"με (?:τη|την) (?:\w+ )?συμμετοχη|"
    r"συμμετοχ\w* (?:(?:του|της|των|τους) (?:[\w'-]+ ){1,3}?)?(?:στη|στην|στο|στον|στα|στις|"
    rf"στους|σε) {_FEW}{_MEETING_EL}|"
    rf"z udzialem|uczestnictw\w* w {_FEW}{_MEETING_PL}|"
    rf"cu participarea|participarea (?:\w+ ){{0,3}}?(?:la|in) {_FEW}{_MEETING_RO}"
)
_PARTNERS = (
    r"in (?:close )?(?:cooperation|collaboration|partnership|coordination) with|"
    r"in (?:stretta )?(?:collaborazione|cooperazione|partenariato|sinergia|coordinamento) con|"
    r"en (?:estrecha )?(?:colaboracion|cooperacion|coordinacion) con|"
    r"in (?:enger |guter )?(?:zusammenarbeit|kooperation|abstimmung) mit|"
    r"σε (?:στενη )?συνεργασια με|"
    r"we wspolpracy z|przy wspolpracy|"
    r"in (?:colaborare|cooperare|parteneriat) cu|"
    r"(?:with)?in the frame(?:work)? of"
)
_FUNDING = (
    r"(?:co-?)?(?:funded|financed|sponsored) (?:by|through|under|from|with)"
    r"(?: the)?(?: funds?| funding| financing)?|"
    r"with (?:the )?(?:financial )?(?:support|funding|funds|financing) (?:of|from)|"
    r"(?:co)?finanziat[oaie] (?:da|dal|dalla|dai|dagli|dalle|dall'|con|mediante|attraverso|"
    r"grazie)(?: (?:i |il |la |le |gli )?(?:fondi|risorse|finanziamento))?|"
    r"con (?:il )?(?:co)?finanziamento d\w*|con (?:i )?fondi d\w*|"
    r"(?:co)?financiad[oa]s? (?:por|con|mediante)(?: (?:el |los |la )?(?:fondos?|financiacion))?|"
    r"con (?:la )?(?:co)?financiacion de\w*|con fondos de\w*|"
    r"(?:gefordert|finanziert|kofinanziert) (?:durch|von|aus|vom)(?: (?:den |dem |der )?mitteln)?|"
    r"mit (?:der )?(?:finanziellen )?unterstutzung (?:von|des|der|durch)|(?:mit|aus) mitteln|"
    r"(?:συγ)?χρηματοδοτ\w* (?:απο|μεσω)|"
    r"με (?:τη|την) (?:οικονομικη )?(?:υποστηριξη|στηριξη|χρηματοδοτηση) (?:του|της|των)|"
    r"(?:wspol|do)?finansowan\w* (?:z|ze|przez)(?: (?:srodkow|funduszu|funduszy))?|ze srodkow|"
    r"(?:co)?finantat\w* (?:de|din|prin)(?: fonduri\w*)?|"
    r"cu (?:sprijinul|finantarea|finantare)(?: financiar\w*)?|din fonduri\w*"
)
_FORMATS = (
    r"peer[- ](?:to[- ]peer[- ])?learning|mutual learning|"
    r"learning (?:exchange|visit|session|event|journey|platform|network|lab|programme|program)s?\b|"
    r"communit(?:y|ies) of practice|comunita di pratica|comunidad(?:es)? de practica|"
    r"wspolnot\w* praktyk\w*|comunitat\w* de practica|κοινοτητ\w* πρακτικης|"
    r"aprendizaje (?:entre pares|mutuo|entre ciudades|entre iguales)|"
    r"apprendimento (?:tra pari|reciproco)|"
    r"(?:gruppo|gruppi|tavolo|tavoli|giornata|giornate|sessione|sessioni|incontro|incontri|"
    r"riunione|riunioni|visita|visite|viaggio|pranzo|cena|seduta|mattinata) di lavoro|"
    r"(?:ομαδ|συναντησ|επισκεψ|ταξιδ|γευμα|συνεδριασ|συσκεψ)\w* εργασιας|"
    # a verb's or a noun's other sense: "cities belonging to the network", "die Beschäftigung
    # mit dem Thema" (dealing with it, not employment)
    r"(?<!sense of )belonging to|beschaftigung mit"
)
_BODIES = (
    r"international community|comunita (?:internazionale|montana|europea)|"
    r"comunidad(?:es)? (?:de madrid|autonoma\w*|valenciana|foral|internacional)|"
    r"internationale\w* gemeinschaft|διεθν\w* κοινοτητ\w*|spolecznos\w* miedzynarodow\w*|"
    r"comunitat\w* international\w*"
)
# Who hosted the meeting, a verb's other sense ("El Ayuntamiento acoge la reunión", "il
# comune accoglierà il convegno", "με τη φιλοξενία του Δήμου"), and a reception that is a
# social event ("an evening reception at the town hall").
_EVENT_ES = (
    r"(?:encuentro|jornada|reunion|foro|evento|conferencia|seminario|cumbre|sesion|taller|"
    r"asamblea|congreso|mesa)(?:s|es)?\b"
)
_EVENT_IT = (
    r"(?:incontr|event|convegn|giornat|seminar|riunion|conferenz|workshop|assemble|forum|"
    r"meeting)\w*"
)
_HOSTING = (
    r"(?:acoge|acogen|acogio|acogieron|acogera|acogeran|acogia|acogido|acoger) "
    rf"(?:[\w-]+ ){{0,3}}?{_EVENT_ES}|"
    r"(?:accoglie|accolgono|accogliera|accoglieranno|accolto|accolta|accogliere) "
    rf"(?:[\w'-]+ ){{0,3}}?{_EVENT_IT}|"
    r"(?:με )?(?:τη|την) φιλοξενια (?:του|της|των)|"
    r"(?:evening|welcome|official|civic|gala|festive|lunch) reception|"
    r"reception (?:hosted|given|offered|held) by|reception (?:at|in) (?:the )?(?:town|city) hall"
)
_FRAMES = cues.compile_cues(
    rf"\b(?:{_ATTENDANCE}|{_PARTNERS}|{_FUNDING}|{_FORMATS}|{_BODIES}|{_HOSTING})(?!\w)"
)
# Every phrase above holds one of these words (folded): the pattern runs only around them,
# from at most `_BEFORE` characters before one to `_AFTER` after it.
_ANCHORS = (
    "particip", "partecip", "συμμετοχ", "udzial", "uczestnictw", "beteiligung",
    "cooperation", "collaboration", "partnership", "coordination", "collaborazione",
    "cooperazione", "partenariato", "sinergia", "coordinamento", "colaboracion", "cooperacion",
    "coordinacion", "zusammenarbeit", "kooperation", "abstimmung", "συνεργασια", "wspolpracy",
    "colaborare", "cooperare", "parteneriat", "frame",
    "funded", "financed", "sponsored", "support", "funding", "funds", "financing", "finanziat",
    "finanziamento", "fondi", "financiad", "financiacion", "fondos", "gefordert", "finanziert",
    "unterstutzung", "mitteln", "χρηματοδοτ", "υποστηριξη", "στηριξη", "finansowan", "srodkow",
    "finantat", "sprijinul", "finantar", "fonduri",
    "learning", "communit", "comunita", "comunidad", "wspolnot", "comunitat", "κοινοτητ",
    "aprendizaje", "apprendimento", "di lavoro", "εργασιας", "gemeinschaft", "spolecznos",
    "belonging", "beschaftigung", "acog", "accog", "accol", "φιλοξενια", "reception",
)  # fmt: skip
_BEFORE, _AFTER = 40, 120


@functools.cache
def _anchor_automaton() -> ahocorasick.Automaton:
    return length_automaton(_ANCHORS)


def without_frames(text: str) -> str:
    """`text` with its phrases of attendance, partnership, funding and format blanked
    (spaces of the same length: every position stays where it was)."""
    folded = cues.plain(text)
    pieces, last = [], 0
    for end, length in _anchor_automaton().iter(folded):
        start = end + 1 - length
        if start < last:
            continue  # inside a phrase already blanked
        lo, hi = max(last, start - _BEFORE), min(len(folded), end + 1 + _AFTER)
        for m in _FRAMES.finditer(folded, lo, hi):
            if m.end() > start:  # a phrase holding this word, not one further on
                pieces += [text[last : m.start()], " " * (m.end() - m.start())]
                last = m.end()
                break
    return "".join(pieces) + text[last:] if pieces else text


_anchor_automaton()  # built at import, as the theme cues' index is
