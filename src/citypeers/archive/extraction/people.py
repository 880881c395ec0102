"""Named people with their role and organisation, and roles named without a person."""

import bisect
import functools
from dataclasses import dataclass

import ahocorasick
import regex

from . import organisations
from . import patterns as rx
from .agents import STATE_RANK
from .common_words import is_common_word, is_word_as_written
from .given_names import is_given_name, is_known_name, is_mans_name, is_womans_name
from .greek_names import ARTICLE_CASES, given_nominative, nominative_name
from .inflection import (
    ENGLISH_PLURAL_HEADS,
    INSTRUMENTAL_ROLE_HEADS,
    PLURAL_ROLE_HEADS,
    base_forms,
    gendered_role,
    nominative_role,
    polish_genitive_name,
    polish_mans_genitive_name,
    polish_nominative_name,
)
from .organisations import known_short_name, names_a_body
from .role_cuts import cut_at_other_people
from .role_forms import CASE_FORMS, POLISH_GENITIVE_HEADS
from .roles_elsewhere import RoleWords, role_said_elsewhere
from .text import (
    AND_ALTERNATIVES,
    AND_LIST,
    SURNAME_PARTICLES,
    fold,
    length_automaton,
    says_word,
)

_TITLE = (
    r"(?:(?i:sig\.ra|sig\.na|sig|dott\.ssa|dott|dr\.ssa|prof\.ssa|prof|dr|"
    r"avv|ing|arch)|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Cr(?=\s\p{Lu})|Sig\.ra|Sig\.na|"
    r"Sig|Dott\.ssa|Dott|Dr\.ssa|Prof\.ssa|Avv|Ing|Arch|Hon|Mme|Sra|Sr|"
    r"Herr|Frau|M(?=\.\s)|Mlle|"
    # the short German forms and the Dutch and Portuguese ones ("Hr. X", "Fr. Y", "mevrouw Z",
    # "Dra. W")
    r"Hr(?=\.)|Fr(?=\.\s)|Dhr|Mevr|(?i:mevrouw|meneer)|Dra(?=\.\s)|"
    # the Austrian degrees said as titles ("Herr Mag. X", "DI Y")
    r"Mag(?=\.\s)|MMag(?=\.\s)|DI(?=\s\p{Lu})|Dipl\.-Ing|"
    # the Italian honorifics of a prefect or a member of parliament ("S.E. X", "On. Y")
    r"S\.E(?=\.\s)|On(?=\.\s\p{Lu})|"
    # the other programme languages: Greek, Romanian, Polish, Spanish, Maltese
    r"κ\.κ|κ(?=\.)|κα|κυρία|κύριος|(?i:domnul|doamna|dl(?=\.)|dna(?=\.))|Dl|Dna|Pan|Pani|Panią|Pana|Panem|Dña|Doña|D(?=\.\s)|"
    r"is-Sur|is-Sinjura)\.?"
)
_NAME_WORD = (
    # (first, so that "McCarty" is not cut to "Mc": the Scottish and Irish patronymics)
    r"(?:Ma?c\p{Lu}[\p{Ll}\p{M}]+(?:['’\-]\p{Lu}?[\p{Ll}\p{M}]+){0,2}|"
    r"\p{Lu}[\p{Ll}\p{M}]+(?:['’\-]\p{Lu}?[\p{Ll}\p{M}]+){0,4}|\p{Lu}\.|"
    r"\p{Lu}['’]\p{Lu}[\p{Ll}]+|"
    # the Spanish short forms of María and others: "Mª Ángeles"
    r"\p{Lu}[ªº])"
)
_PARTICLE = f"(?:{SURNAME_PARTICLES})"
_NAME = (
    rf"(?:{_PARTICLE}[^\S\n]+)*{_NAME_WORD}(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)*{_NAME_WORD}){{0,3}}"
)
# a name said in full: two or three name words, with particles between them ("Anna Berg",
# "Jan van der Berg"); the shape of the names that slots, lists and brackets hold
_FULL_NAME = rf"{_NAME_WORD}(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)*{_NAME_WORD}){{1,2}}"
# a comma, a title and a name: the words before the comma were no one's name
_TITLED_NAME_NEXT = rx.compile(rf"[^\S\n]*,[^\S\n]*{_TITLE}[^\S\n]+\p{{Lu}}")
# (titles may stand one after another: "Prof. Dr. Anna Berg", "dr hab. inż. Jan Smit")
# The letters a title opens with (both cases where it is read case-insensitively, and "ſ"
# and "İ", which fold to "s" and "i"): checked first, they spare trying every title at
# every place.
_TITLE_INITIALS = r"[sSſdDpPaAiIİmMCHFOκ]"
_TITLED = rx.compile(
    rf"(?<![\p{{L}}])(?={_TITLE_INITIALS})(?P<title>{_TITLE})(?:[^\S\n]+(?:{_TITLE}|hab\.|inż\.))*\s+(?P<name>{_NAME})"
)
_UNTITLED_BEFORE_ROLE = rx.compile(
    rf"(?:^|(?<=[\s(:;,*]))(?P<name>{_FULL_NAME})(?=\s*(?:,|;|\.(?:\s|$)|"
    rf"\s[–—-]\s|\s\(|\sis\s(?:the|a|an)\s|\sè\s(?:il|la|l')))"
)

ROLE_HEADS = (
    r"Director|Directors|Deputy|Mayor|Head|Chief|Manager|Coordinator|Co-ordinator|"
    r"Officer|Specialist|Expert|Advis[eo]r|Counsellor|"
    r"Councill?or|Councilwoman|Councilman|Alderman|Minister|Secretary|"
    r"President|Vice-President|Chair|Chairman|Chairwoman|Chairperson|"
    r"Commissioner|Ambassador|Consultant|Researcher|Professor|Lecturer|"
    r"Representative|Member|Official|Assessor|Executive|"
    r"Governor|Prefect|Psychologist|Worker|Mediator|Analyst|Architect|"
    r"Lawyer|Teacher|Founder|Spokesperson|Spokesman|Spokeswoman|Rapporteur|Delegate|"
    r"Speaker|Presenter|Panell?ist|Portavoz|"
    # a representative and an officer in charge, in Spanish and Portuguese ("representante de
    # la Mancomunidad X", "el encargado de Relaciones Externas de Y")
    r"Representante|Encargad[oa]|"
    r"Sindac[oa]|Vicesindac[oa]|Vice-?sindac[oa]|Assessor[ea]|Direttor[ea]|"
    r"Direttrice|Dirigente|Responsabile|Coordinat(?:ore|rice)|"
    r"Presidente|Consiglier[ea]|Funzionari[oa]|Espert[oa]|Referente|Capo|"
    r"Ministr[oa]|Prefett[oa]|Segretari[oa]|Assistente|"
    r"Operat(?:ore|rice)|Mediat(?:ore|rice)|Ricercat(?:ore|rice)|Professor(?:e|"
    r"essa)|Vicedirett(?:ore|rice)|Psicolog[oa]|Avvocat[oa]|"
    # French, Spanish and German titles met in partner cities' delegations
    r"Chargée?|Directeur|Directrice|Adjointe?|Maire|Jef[ea]|Concejal[a]?|Alcalde(?:sa)?|"
    r"Técnic[oa]|Leiter(?:in)?|Bürgermeister(?:in)?|Stadtr[aä]t(?:in)?|Referent(?:in)?|"
    # the rest of the programme languages, with their case endings where the role is met in
    # them before a name ("Viceprimarul municipiului X", "ο Δήμαρχος X", "il-Ministru X")
    r"Fellow|Facilitator|Moderator|Curator|Curat(?:ore|rice)|Rappresentante|Delegat[oa]|"
    r"Vicepresidente|Portavoce|Garante|Primo cittadino|Prima cittadina|Comandante|Questore|Presidenta|Director[a]|"
    r"Coordinador[a]?|Consejer[oa]|Secretari[oa]|Delegad[oa]|Responsable|Expert[oa]|"
    r"Investigador[a]?|Teniente de alcalde|Présidente?|Conseill(?:er|ère)|Déléguée?|"
    r"(?:Ober|Bezirks)?bürgermeister(?:in)?|Direktor(?:in)?|Präsident(?:in)?|"
    r"Vorsitzende[rn]?|(?:Integrations)?[Bb]eauftragte[rn]?|Dezernent(?:in)?|Senator(?:in)?|"
    r"Staatssekretär(?:in)?|Ministerin|Geschäftsführer(?:in)?|Koordinator(?:in)?|"
    r"Sprecher(?:in)?|Abgeordnete[rn]?|Präsidenten|(?:Vice)?primar(?:ul|ului)?|Consilier(?:ul|ului)?|Directorul|"
    r"Directoare(?:a)?|Președinte(?:le|lui)?|Vicepreședinte(?:le|lui)?|Presedinte(?:le|lui)?|"
    r"Vicepresedinte(?:le|lui)?|Vicepreşedinte(?:le|lui)?|Ministrul|Prefectul|Reprezentant(?:ul)?|"
    r"Coordonator(?:ul)?|Secretar(?:ul)?|Șef(?:ul)?|(?:Wice)?burmistrz|(?:Wice)?prezydent|Zastępca|"
    # the Polish offices in the feminine ("wiceprezydentka Łodzi X", "burmistrzyni Y")
    r"(?:Wice)?prezydentka|(?:Wice)?burmistrzyni|"
    r"Dyrektor(?:ka)?|Kierownik|Kierowniczka|Radn[ya]|Przewodnicząc[ya]|Koordynator(?:ka)?|"
    r"Pełnomocnik|Pełnomocniczka|Rzecznik|Rzeczniczka|Starosta|Wójt|Marszałek|Prezes(?:ka)?|Ekspert(?:ka)?|"
    r"(?:Αντι)?[Δδ]ήμαρχο[ςυ]|(?:Αντι)?[Δδ]ημάρχου|(?:Αντι)?[Ππ]ρόεδρο[ςυ]|(?:Αντι)?προέδρου|"
    r"Διευθυντ(?:ής|ή)|Διευθύντρια|(?:Υφ)?[Υυ]πουργό[ςυ]|Γραμματέας|Σύμβουλο[ςυ]|Συμβούλου|"
    r"(?:Αντι)?[Ππ]εριφερειάρχη[ςυ]?|Εκπρόσωπο[ςυ]|Συντονιστ(?:ής|ή)|Συντονίστρια|"
    r"Προϊστάμεν(?:ος|η)|Επικεφαλής|Sindku|Kunsillier|Ministru|Segretarju|Direttur|Kap|"
    r"Kummissarju|Uffiċjal|"
    # a representative, an under-secretary, an ambassador and a US council member, in the
    # programme languages ("Vertreter der Botschaft", "esponente del Consiglio", "Ambasadorul
    # Franței", "Przedstawicielka Urzędu", "City Councilmember")
    r"Vertreter(?:in)?|Esponente|Sottosegretari[oa]|Subsecretari[oa]|Undersecretary|Under-Secretary|"
    r"Ambasciat(?:ore|rice)|Embajador(?:a)?|Botschafter(?:in)?|Ambasador(?:ul|ului|ka)?|Ambassadeur|"
    r"Ambassadrice|Πρέσβης?|Ambaxxatur|Councilmember|Przedstawiciel(?:ka)?|"
    # an inspector, a police commissioner, a specialist and a woman representative ("inspector-
    # șef al IPJ X", "comisar-șef", "Specjalistka ds. X", "reprezentantă a Primăriei X")
    r"Inspector(?:a|ul)?|Ispett(?:ore|rice)|Inspektor(?:in|ka)?|Comisar(?:ul|ă)?|Comisari[oa]|"
    r"Commissari[oa]|Kommissar(?:in)?|Επιθεωρητ(?:ής|ή)|Reprezentant(?:ă|a)|Specialist(?:ă|a|ul)?|"
    r"Specjalist(?:a|ka)|Especialista|"
    # a founder and a project lead ("fondatore di X", "Gründerin der Y", "project lead for Z")
    r"Co-?[Ff]ounder|Co-?fondat(?:ore|rice)|Fondat(?:ore|rice)|Co-?fundador(?:a)?|Fundador(?:a)?|"
    r"(?:Mit)?[Bb]egründer(?:in)?|Gründer(?:in)?|Założyciel(?:ka)?|Fondator(?:ul|oare|oarea)?|"
    r"Ιδρυτ(?:ής|ρια)|Project [Ll]ead|"
    # a member of a parliament or council ("deputatul X", "deputat în Consiliul Local")
    r"Deputat(?:ul|ului|a|ă)?|Deputat[oa]|Diputad[oa]|"
    # plural and case forms that introduce names ("i docenti X e Y", "los concejales de X, Y",
    # "experților internaționali X și Y", "preşedintele" with the older cedilla)
    r"Experts|Vicealcalde(?:sa)?|Concejales|Concejalas|Regidor(?:a|es|as)?|Legislador(?:a)?|"
    r"Arcivescovo|Vescovo|Vicario|Docente|Docenti|Esperti|Professori|Curatrice|Curatrici|"
    r"Preşedinte(?:le|lui)?|Şef(?:ul)?|Expertul|Experții|Experților|Experţii|Experţilor|"
    r"Szef(?:owa|ową)?|Ekspert(?:a|ów|ami)|"
    # the Polish instrumental after "z" ("spotkanie z Anną Nowak, dyrektorką")
    r"Dyrektor(?:em|ką)|Szefem|Zastępcą|Prezydentem|Burmistrzem|Ekspert(?:em|ką)|"
    r"Koordynator(?:em|ką)|Pełnomocnikiem|Pełnomocniczką|Rzecznikiem|Rzeczniczką|"
    # and a woman's role in the genitive ("wykład Anny Nowak, dyrektorki Biura")
    r"Dyrektorki|Kierowniczki|Koordynatorki|Pełnomocniczki|Rzeczniczki|Prezeski|Ekspertki|Kierownikiem|Kierowniczką|Prezesem|"
    # offices and trades common in any report, in each programme language: a chief
    # executive, a member of a parliament, a journalist, a social worker, an adviser, a
    # consul, a county's head, a deputy in the German towns, a Polish voivode
    r"CEO|MP|MEP|Journalist(?:in)?|Giornalista|Periodista|Jurnalist(?:ă|a|ul)?|Dziennikar(?:z|ka)|"
    r"Δημοσιογράφο[ςυ]|Sozialarbeiter(?:in)?|Trabajador(?:a)? social|Assistente sociale|"
    r"Asistent(?:ă|a)? social(?:ă)?|Educat(?:ore|rice)|Educador(?:a)?|Senat(?:ore|rice)|Senador(?:a)?|"
    r"Gerente|Asesor(?:a)?|Comisionad[oa]|Beigeordnete[rn]?|Landr[aä]t(?:in)?|Mitarbeiter(?:in)?|"
    r"Sekretarz|Naczelnik|Naczelniczka|(?:Wice)?wojewoda|Konsul|Consul(?:ul|e)?|Cónsul|Poseł|"
    r"(?:General|Honorar|Vize)konsul(?:in)?|Konsulin|"
    r"Posłanka|Zastępczyni|Consilier(?:a|ă)|Subprefect(?:ul)?|Ministru|Βουλευτ(?:ής|ή)|"
    r"Υπεύθυν(?:ος|η)|Στέλεχος|"
    # trades and offices of a meeting in each programme language: a leader, a volunteer, a
    # trainer, an interpreter, an activist, a moderator, a speaker, a deputy's offices
    r"Leader|Team Leader|Volunteer|Trainer|Interpreter|Activist|Vice-Chair|"
    r"Moderat(?:ore|rice)|Relat(?:ore|rice)|Volontari[oa]|Format(?:ore|rice)|Interprete|"
    r"Attivista|Presidentessa|Mediador(?:a)?|Moderador(?:a)?|Ponente|Voluntari[oa]|"
    r"Subdirector(?:a)?|Moderatorin|Sachbearbeiter(?:in)?|Dolmetscher(?:in)?|"
    r"Voluntar(?:ul)?|Mediator(?:ul|oare|oarea)|Coordonatoare(?:a)?|Președint(?:a|ă)|"
    r"Wolontariusz(?:ka)?|Tłumacz(?:ka)?|Wiceminister|Wicemarszałek|Wicedyrektor(?:ka)?|"
    r"Wiceprezes|Wicestarosta|Doradca|Komendant|Wiceprzewodnicząc[ya]|"
    r"Εμπειρογνώμονας|Διαμεσολαβητ(?:ής|ρια)|Διερμηνέας|Εθελοντ(?:ής|ρια)|Ψυχολόγος|"
    r"Προϊσταμένη|"
    # the professions a speaker is introduced by, in each programme language: an author, a
    # writer, a sociologist, a historian, an anthropologist, an economist, a scientist, a
    # priest, an artist; and a European commissioner in Greek ("ο Επίτροπος Μετανάστευσης")
    r"Author|Writer|Sociologist|Historian|Anthropologist|Economist|Scientist|Academic|Priest|"
    r"Artist|Autor(?:e|in|ka|ul)?|Autrice|Scrittor(?:e|ul)|Scrittrice|Escritor(?:a)?|"
    r"Schriftsteller(?:in)?|Pisar(?:z|ka)|Scriitor(?:ul|oare|oarea)?|Sociolog[oa]|Sociólog[oa]|"
    r"Soziolog(?:e|in)|Socjolog|Sociolog(?:ul|ă)?|Storic[oa]|Historiador(?:a)?|"
    r"Historiker(?:in)?|Historyk|Istoric(?:ul)?|Antropolog[oa]|Antropólog[oa]|"
    r"Anthropolog(?:e|in)|Antropolog(?:ul)?|Economista|Ökonom(?:in)?|Ekonomist(?:a|ka)|"
    r"Economist(?:ul|ă)?|Wissenschaftler(?:in)?|Naukowiec|Cercetător(?:ul)?|Cercetătoare(?:a)?|"
    r"Sacerdote|Parroco|Párroco|Pfarrer(?:in)?|Ksiądz|Preot(?:ul)?|Artista|Künstler(?:in)?|"
    r"Artyst(?:a|ka)|Aktivist(?:in)?|Aktywist(?:a|ka)|Activista|Activist(?:ul|ă)?|"
    r"Profesor(?:a|ka|ul)?|Catedrátic[oa]|Badacz(?:ka)?|"
    r"Επίτροπο[ςυ]?|Επιτρόπου|Κοινωνιολόγο[ςυ]|Ιστορικό[ςυ]|Συγγραφέας?|Οικονομολόγο[ςυ]|"
    r"Καθηγητ(?:ής|ή)|Καθηγήτρια|Ερευνητ(?:ής|ή)|Ερευνήτρια|Ακτιβιστ(?:ής|ή)|Ακτιβίστρια|"
    # a few offices in Dutch and Portuguese, met in partner cities' delegations ("wethouder X",
    # "a vereadora Y", "o diretor Z")
    r"Wethouder|Burgemeester|Schepen|Gemeenteraadslid|Raadslid|Voorzitter|Projectleider|"
    r"Beleidsmedewerker|Vereador(?:a)?|Diretor(?:a)?|Coordenador(?:a)?|Secretári[oa]"
)
# Heads met only right before a name starting with a given name (their phrases elsewhere
# are seldom one person's role): the plurals a list of names follows ("i sindaci X, Y e Z",
# "the mayors of X, A, of Y, B") and the Greek accusative.
_HEADS_BEFORE_NAMES = (
    r"Mayors|Councill?ors|Ministers|Representatives|Coordinators|Researchers|Members|Presenters|"
    r"Speakers|Sindaci|Assessori|"
    r"Consiglieri|Dirigenti|Direttori|Presidenti|Rappresentanti|Ricercatori|Alcaldes|Expertos|"
    r"Directores|Técnicos|Representantes|Primarii|Primarilor|Consilierii|Consilierilor|"
    r"Viceprimari|Viceprimarii|Viceprimarilor|"
    r"Eksperci|Burmistrzowie|Prezydenci|Zastępców|Burmistrzów|Prezydentów|Dyrektorów|"
    r"Przedstawicieli|Koordynatorów|Δήμαρχοι|Δημάρχων|Αντιδήμαρχοι|Εκπρόσωποι|"
    r"Bürgermeisterinnen|Expert(?:en|innen)|Councilmembers|Vertreterinnen|Esponenti|"
    r"Przedstawiciele|"
    # the other plurals of the offices, in Italian, Spanish and German ("i prefetti di X
    # Anna Rossi e di Y Marco Bini", "las directoras Ana Gil y Eva Sanz")
    r"Prefetti|Vicesindaci|Esperti|Coordinatori|Responsabili|Delegati|Funzionari|"
    r"Concejal[ae]s|Alcaldesas|Directoras|Regidor[ae]s|Consejer[oa]s|Delegad[oa]s|"
    r"Coordinador[ae]s|Responsables|Landräte|"
    # the Greek accusative ("τον Δήμαρχο X") and genitive
    r"(?:Αντι)?[Δδ]ήμαρχο|(?:Αντι)?[Ππ]ρόεδρο|Σύμβουλο|(?:Υφ)?[Υυ]πουργό|Εκπρόσωπο|"
    r"Εκπροσώπου|Διευθυντή|Συντονιστή|Προϊσταμένου|"
    # and the other cases and numbers of the Greek offices ("τους δημάρχους X και Y")
    r"(?:Αντι)?[Δδ]ημάρχους|Αντιδημάρχων|(?:Αντι)?[Ππ]ρόεδροι|(?:Αντι)?[Ππ]ροέδρους|Προέδρων|"
    r"Σύμβουλοι|Συμβούλων|Συμβούλους|Υπουργοί|Υπουργών|Υπουργούς|Εκπροσώπων|Εκπροσώπους|"
    r"Αντιπεριφερειάρχη|Γραμματέα|Βουλευτή|Βουλευτές|Βουλευτών|Διευθυντές|Διευθυντών|"
    r"Συντονιστές|Συντονιστών|Δημοσιογράφου|Δημοσιογράφο|"
    + "|".join(word.capitalize() for word in ENGLISH_PLURAL_HEADS)
)


def _spelled_out(pattern: str) -> list[str]:
    """Every word `pattern` matches, for the plain syntax of ROLE_HEADS: letters, sets of
    letters ("[oa]"), groups of alternatives ("(?:ore|rice)") and "?" after any of them."""

    def sequence(i: int) -> tuple[list[str], int]:
        out, options = [""], []
        while i < len(pattern) and pattern[i] not in "|)":
            if pattern.startswith("(?:", i):
                choice, i = alternatives(i + 3)
                i += 1  # the ")"
            elif pattern[i] == "[":
                end = pattern.index("]", i)
                choice, i = list(pattern[i + 1 : end]), end + 1
            else:
                choice, i = [pattern[i]], i + 1
            if i < len(pattern) and pattern[i] == "?":
                choice, i = ["", *choice], i + 1
            out = [a + b for a in out for b in choice]
        options.extend(out)
        return options, i

    def alternatives(i: int) -> tuple[list[str], int]:
        words, i = sequence(i)
        while i < len(pattern) and pattern[i] == "|":
            more, i = sequence(i + 1)
            words += more
        return words, i

    return alternatives(0)[0]


# Heads said only before a name (plurals, "the mayors A and B"), and the Polish instrumental
# forms ("dyrektorką Wydziału Spraw" names no one): never a role head on their own.
_HEADS_ALONE = frozenset(word.lower() for word in _spelled_out(ROLE_HEADS))
# the Romanian and Polish offices in their other cases ("prefectului", "prezydenta"), but for
# a form that is another language's head as it stands (Italian and Spanish "ministra")
_OBLIQUE_HEADS = frozenset(CASE_FORMS) - _HEADS_ALONE
_HEADS_BEFORE_NAMES_ONLY = (
    (frozenset(word.lower() for word in _spelled_out(_HEADS_BEFORE_NAMES)) - _HEADS_ALONE)
    | INSTRUMENTAL_ROLE_HEADS
    | _OBLIQUE_HEADS
)
# The role heads as one prefix tree, in the cases a text writes them: the pattern below is
# tried at every place of a report, where a case-insensitive alternation costs one step per head.
_HEAD_WORDS = frozenset(
    form
    for word in [*_spelled_out(ROLE_HEADS), *_spelled_out(_HEADS_BEFORE_NAMES), *_OBLIQUE_HEADS]
    for form in (word, word[:1].lower() + word[1:], word[:1].upper() + word[1:], word.lower())
)
_HEAD_FORMS = rx.alternation(_HEAD_WORDS)


@functools.cache
def _head_automaton() -> ahocorasick.Automaton:
    return length_automaton(_HEAD_WORDS)


# German writes a role's field into its head: "Sozialstadträtin", "Migrationsdezernent",
# "Integrationsbeauftragte". These heads may end a capitalised compound.
_COMPOUND_TAILS = frozenset(
    "bürgermeister bürgermeisterin beauftragte beauftragter dezernent dezernentin stadtrat "
    "stadträtin referent referentin leiter leiterin direktor direktorin koordinator "
    "koordinatorin sprecher sprecherin präsident präsidentin vorsitzende vorsitzender "
    "geschäftsführer geschäftsführerin senator senatorin abgeordnete abgeordneter "
    "abgeordneten beauftragten vorsitzenden präsidenten".split()
)
_COMPOUND_PREFIX = rf"\p{{Lu}}\p{{Ll}}+?(?={rx.alternation(_COMPOUND_TAILS)}(?![\p{{L}}]))"


# a role head on its own or ending a German compound ("Familienreferent")
# Offices in the plural, said after a list of names ("A and B, integration officers of X"),
# not the plural of a mere part ("representatives of Denmark, Germany and ..."). The
# role `nominative_role` makes singular.
_OFFICES_AFTER_NAMES = "|".join(
    [*ENGLISH_PLURAL_HEADS, "mayors", "councill?ors", "ministers", "coordinators", "directors",
     "experts", "researchers", "sindaci", "assessori", "consiglieri", "dirigenti",
     "burmistrzowie", "primarii", "viceprimarii"]
)  # fmt: skip
_ROLE_HEAD = rx.compile(rf"\b(?:{_COMPOUND_PREFIX})?(?:{ROLE_HEADS})\b", regex.I)
_PLURAL_OFFICE = rx.compile(rf"\b(?:{_OFFICES_AFTER_NAMES})\b", regex.I)


@functools.lru_cache(maxsize=20_000)
def is_role_head_word(word: str) -> bool:
    """Whether the word is a role head on its own (`_ROLE_HEAD.fullmatch`), kept by word:
    a name's words recur from report to report, and the pattern tries every head of every
    language (some 40 µs a word)."""
    return _ROLE_HEAD.fullmatch(word) is not None


@functools.lru_cache(maxsize=4096)
def says_role_head(phrase: str) -> bool:
    """Whether the phrase holds a role head (`_ROLE_HEAD.search`), kept by phrase: a role is
    asked about again and again, in a report and from report to report, and the pattern
    tries every head of every language at every word (some 20 µs a role)."""
    return _ROLE_HEAD.search(phrase) is not None


# the role words `roles_elsewhere` reads a role said away from the name with
_ROLE_WORDS = RoleWords(
    role_start=rx.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?:(?!(?:of|the|for|di|de|del|la|le|a|an)\s)(?-i:\p{{Ll}})"
        rf"[\p{{L}}\p{{M}}\-]{{0,30}}\s+){{0,2}}(?:{_COMPOUND_PREFIX})?(?:{ROLE_HEADS})(?![\p{{L}}])",
        regex.I,
    ),
    head_end=rx.compile(
        rf"(?<![\p{{L}}])(?P<head>(?:{_COMPOUND_PREFIX})?(?:{ROLE_HEADS}))[^\S\n]+$", regex.I
    ),
    title_end=rx.compile(rf"(?<![\p{{L}}])(?:{_TITLE})[^\S\n]*$"),
    title_at=rx.compile(rf"(?:{_TITLE})[^\S\n]+"),
)


_ANY_HEAD = rx.compile(rf"(?<![\p{{L}}])(?:{_HEAD_FORMS})(?![\p{{L}}])")


_LONGEST_COMPOUND = 48  # letters before a compound's head ("Integrationsbeauftragte")


def _head_starts(text: str) -> list[int]:
    """Where a role head starts in `text`, in order: the only places a role-then-name can; a
    German compound ending on a head starts at its first letter."""
    starts = set()
    for end, length in _head_automaton().iter(text):
        start = end - length + 1
        if start and text[start - 1].isalpha():
            if text[start : end + 1] not in _COMPOUND_TAILS:
                continue  # inside a word, and no compound's head
            floor = max(0, start - _LONGEST_COMPOUND)
            while start > floor and text[start - 1].isalpha():
                start -= 1
            if start == floor and start and text[start - 1].isalpha():
                continue  # no compound is that long: a run of letters, not a word
        starts.add(start)
    return sorted(starts)


def _first_match(pattern: rx.Pattern, text: str, starts: list[int], position: int):
    """`pattern.search(text, position)` for a pattern that matches only at `starts`: tried
    there alone, instead of at every place of the text."""
    for start in starts[bisect.bisect_left(starts, position) :]:
        found = pattern.match(text, start)
        if found:
            return found
    return None


# "il sindaco di Fusignano Nicola Pasi", "Mayor Anna Smith", "die Bürgermeisterin des Bezirks
# X Anna Berg", "Viceprimarul municipiului Constanța, domnul Ion Popa", "ο Δήμαρχος Μ. Καρράς",
# "il-Ministru Anna Borg": a role (its head in any programme language, then a few words of
# its complement), a comma or a title perhaps, then the name, then punctuation or a
# lower-case word (the verb). Which words are the role's is decided in `_role_then_name`.
_ROLE_THEN_NAME = rx.compile(
    rf"\b(?P<role>(?:{_COMPOUND_PREFIX})?{_HEAD_FORMS}(?![\p{{L}}])(?:[^\S\n]+(?:ds\.|[\p{{L}}\p{{M}}][\p{{L}}\p{{M}}'’\-]*)){{0,6}}?)"
    rf"(?P<sep>[^\S\n]*,)?[^\S\n]+(?:(?P<title>{_TITLE})[^\S\n]+)?"
    rf"(?P<name>(?!{_HEAD_FORMS}(?![\p{{L}}]))(?:\p{{Lu}}\.[^\S\n]?{_NAME_WORD}|{_NAME_WORD}(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)*"
    rf"(?!{_HEAD_FORMS}(?![\p{{L}}])){_NAME_WORD}){{1,2}}))"
    # (a lower-case word after the name is its verb, not a particle of a place going on; the
    # line's end closes it: "Grußworte – Generalkonsulin der Ukraine Olena Kovalenko")
    rf"(?=\s*(?:[,;.:)»”\"…]|$)|[^\S\n]*\n|\s+(?!(?:{_PARTICLE}\s+)+\p{{Lu}})(?!{_TITLE}\s)\p{{Ll}}|"
    # (or a dash closing the words said inside a quotation: "«Ora – dice il sindaco di X
    # Anna Rossi – si apre»"; not a list's dash before the next item's role: "Deputy Mayor,
    # Jan Smit – Head of X")
    rf"\s+[«„“(]|(?(sep)(?!)|[^\S\n]+[–—][^\S\n]+[\p{{Ll}}«„“]))"
)
# a role's complement never ends on these: the name after them belongs to the phrase
_ROLE_LINKS = frozenset(
    fold(w)
    for w in "of for the on and to at in di del della dello dell' dei degli delle al alla alle ai "
    "per de la las los el des der die das dem den für zur zum vom του της των τον την και "
    "dla do w z ds. pentru al ale din tal ta' fi".split()
)
_PHRASE_GOES_ON = rx.compile(r"[^\S\n]+(?:for|of|di|del|della|de|des|der|für)[^\S\n]+\p{Lu}")
# words that show the "role" ran on into a clause ("the mayor welcomed", "il sindaco ha")
_CLAUSE_WORDS = frozenset(
    fold(w)
    for w in "is are was were has have had will would said says met welcomed thanked and with who which "
    "that ha hanno è era sono aveva che con ed y con que es fue ha han hat ist war sind und mit "
    "dass και με που ότι și cu care că że oraz i jest był była u li ma et".split()
)
_AND = rf"(?:{AND_ALTERNATIVES})"
_AND_NAME_AFTER = rx.compile(
    rf"[^\S\n]+{_AND}[^\S\n]+(?:{_TITLE}[^\S\n]+)?(?P<name>{_FULL_NAME})(?=\s*(?:[,;.:)…]|$)|\s+\p{{Ll}})"
)
_AND_NAME_BEFORE = rx.compile(
    rf"(?:^|(?<=[\s(:;,]))(?P<name>{_FULL_NAME})"
    rf"[^\S\n]+{_AND}[^\S\n]+$"
)
# the item before those: "Anna Berg, Jan Smit and Ola Nord, teachers at X"
_COMMA_NAME_BEFORE = rx.compile(rf"(?:^|(?<=[\s(:;]))(?P<name>{_FULL_NAME}),[^\S\n]+$")
_AND_WORDS = frozenset(fold(w) for w in AND_LIST)
# the words that open a person's body after their name ("Anna Berg from X", "vom Y", "dal Z")
_BODY_WORD_BEFORE = rx.compile(
    r"(?<![\p{L}])(?:from|of|at|vom|von|der|aus|beim|dal|dalla|del|della|dell['’]|de|din|z|ze|"
    r"από)[^\S\n]+$"
)
# the next person of a list after a plural role: ", Anna Berg", " and Jan Smit", "; Leganés,
# Ana Gil", ", and of Linz, Karl Moser"; a bracket after the name (a party, a body) is passed
_LIST_NAME_AFTER = rx.compile(
    rf"(?:[^\S\n]*\([^()\n]{{1,80}}\)|[^\S\n]+['‘\"“«][^'’\"”»\n]{{1,30}}['’\"”»]|[^\S\n]+(?:of|from|de|di|da|aus|din|z|από)[^\S\n]+\p{{Lu}}[\p{{L}}'’\-]+)?"
    rf"(?:[^\S\n]*[,;](?:[^\S\n]+{_AND})?|[^\S\n]+{_AND})[^\S\n]+"
    rf"(?:(?:of|de|di|da|din|z|του|της|των)[^\S\n]+)?(?:(?P<place>(?:\p{{Lu}}[^\S\n]+)?{_NAME_WORD}(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)?{_NAME_WORD}){{0,2}}),[^\S\n]+)?"
    rf"(?:{_TITLE}[^\S\n]+)?(?P<name>{_FULL_NAME})"
    rf"(?=\s*(?:[,;.:)…(]|$)|\s+\p{{Ll}}|[^\S\n]+['‘\"“«])"
)
_LEADING_ROLE_WORDS = rx.compile(
    r"(?:(?<![\p{L}])(?!(?i:the|a|an|il|la|lo|le|el|der|die|das|ο|η)\s)\p{Lu}[\p{L}]+\s){1,3}$|"
    r"(?<![\p{L}])(?i:vice|co|deputy)-$"
)
# the words that open a sentence by saying whose words or view follow ("Laut Bürgermeister X",
# "Według zastępcy prezydenta X", "Potrivit viceprimarului X", "According to Mayor X"): a
# capitalised preposition, no word of the role after it nor of a body's name
_OPENING_PREPOSITIONS = frozenset(
    "according laut gemäß gemäss zufolge seitens nach według wedlug wg zdaniem dzięki dzieki dla "
    "przez potrivit conform după dupa pentru datorită datorita según segun secondo "
    "durante during tras by with for mit für bei".split()
)
# an article opening a sentence in capitals ("Ο Επίτροπος X, Name"): no word of a role
_SENTENCE_ARTICLES = frozenset(
    fold(w) for w in "the a an il lo la le el los las der die das ein eine ο η οι το".split()
)
# a possessive or demonstrative opening a sentence: no word of a role
_DETERMINER = rx.compile(
    r"(?i:our|my|their|his|her|its|this|these|that|those|nostr[oaie]|nuestr[oa]s?|unser[e]?|"
    r"nasz[aey]?|nostru|noștri|μας)\s"
)
# a capitalised word after a small word (an article, a preposition) or a mark opens a phrase
_SMALL_WORD_BEFORE = rx.compile(r"(?:(?:^|[^\p{L}])\p{Ll}{1,5}|[^\p{L}\s])[^\S\n]*$")
# a rank written capitalised before a head in lower case ("City Council Vice president X"):
# the capitalised words before it belong to the role too
_RANK_BEFORE = rx.compile(r"(?<![\p{L}])(?:Vice|Deputy|Assistant|Senior|Chief|Vize|Co)\s$")
# "the expert Anna Berg of MigrationWork": the body named right after the name
_BODY_AFTER_NAME = rx.compile(
    r"\s+(?:of|from|at|di|della|del|dell['’]|de|von|vom|der|des|z|από|της|του)\s+(?:the\s+)?"
    r"(?P<body>\p{Lu}[\p{L}\p{N}&'’\-]*(?:\s+(?:(?:of|for|the|and|di|de|per)\s+)?\p{Lu}[\p{L}\-]*){0,5})"
)
# the same after a comma, and with the other languages' "from the" ("von der", "de la",
# "din partea")
_BODY_SAID_AFTER = rx.compile(
    r"[^\S\n]*,?[^\S\n]+(?:of|from|at|di|della|del|dell['’]|dal|dalla|de|de\s+la|von|von\s+der|vom|"
    r"der|des|din(?:\s+partea)?|z|ze|από|της|του)[^\S\n]+(?:the\s+)?"
    r"(?P<body>\p{Lu}[\p{L}\p{N}&'’\-]*(?:\s+(?:(?:of|for|the|and|di|de|per)\s+)?\p{Lu}[\p{L}\-]*){0,5})"
)
# the links before the body a role is held in, in the programme's languages: English and
# French "of/at/from/within", Italian "di/del/della/presso", German "des/der/vom/von der/bei",
# Spanish "de/del/de la", Romanian "din/de la/al", Greek genitive articles and "από", Polish
# "z/w", Maltese "ta'/tal-"
_ROLE_BODY_LINK = rx.compile(
    r"(?<![\p{L}])(?:(?:of|at|from|within|with)(?:\s+the)?|di|del|della|dello|dei|degli|delle|"
    r"dell['’]|presso(?:\s+(?:il|la|lo|l['’]))?|des|der|vom|von(?:\s+(?:der|dem|den))?|beim|"
    r"bei(?:\s+(?:der|dem|den))?|de(?:\s+(?:la|los|las|l['’]))?|du|din(?:\s+partea)?|"
    r"της|του|των|από(?:\s+(?:τη|την|το|τον))?|z|ze|ta['’]|tal-|tad-|tat-)[^\S\n]*(?=\p{Lu})"
)
# a unit of a body or of a town ("Head of Unit X", "Department of Social Protection",
# "Bürgermeisterin des Bezirks X"): the body is the one the unit belongs to
_UNIT_NOUN = rx.compile(
    r"(?<![\p{L}])(?:Unit|Units|Department|Dipartimento|Departamento|Departament\p{L}*|Abteilung|"
    r"Division|División|Divisione|Section|Sezione|Sección|Office|Ufficio|Oficina|Bureau|Büro|Referat|Biuro|"
    r"Mission|Missione|Misión|Misiunea|Misji|Αποστολή\p{L}*|"
    r"Wydział\p{L}*|Direcți\p{L}*|Direcţi\p{L}*|Serviciul\p{L}*|Τμήμα\p{L}*|Διεύθυνση\p{L}*|"
    r"District|Districts|Distretto|Distrito|Bezirk\p{L}*|Dzielnic\p{L}*|Sector\p{L}*|"
    r"Circoscrizione|Quartiere|Municipiul|Rathaus\p{L}*)(?![\p{L}])"
)
# roles whose complement is a field, not a body ("concejal de Empleo", "ministro degli
# Interni", "Commissioner for Home Affairs", "Stadträtin für Soziales")
# a secretary of state ("secretaria de Estado", "Secretary of State", "segretario di Stato")
# holds a field, as a minister does
_PORTFOLIO_HEAD = rx.compile(
    r"(?i:(?:secretar\p{L}*|segretari\p{L}*)[^\S\n]+(?:de|of|di)[^\S\n]+(?:estado|state|stato)|"
    r"councill?or|councilwoman|councilman|minister|ministr\p{L}*|commissioner|assessor\p{L}*|"
    r"consiglier\p{L}*|concejal\p{L}*|consejer\p{L}*|regidor\p{L}*|stadtr[aä]t\p{L}*|"
    r"dezernent\p{L}*|senator\p{L}*|radn\p{L}*|consilier\p{L}*|σύμβουλο\p{L}*|"
    r"υπουργ\p{L}*|αντιδήμαρχο\p{L}*|kunsillier|ministru|"
    # an officer in charge of a field ("encargado de Relaciones Externas de X")
    r"encargad[oa]s?)[^\S\n]*$"
)
# a role of two offices ("deputy mayor of X and chair of Y", "sindaco di X, presidente di Y")
_ROLE_PARTS = rx.compile(
    rf"\s*[,;]\s*|\s+(?:{AND_ALTERNATIVES})\s+(?=\p{{Ll}}|(?i:{ROLE_HEADS})(?![\p{{L}}]))"
)
# an elided article and the capitalised word it joins ("d’Europa", "dell'Interno")
_ELIDED_WORD = rx.compile(r"[^\S\n]+(?:d|dell|dall|l)['’]\p{Lu}\S*")
# a compound whose tail is a role ("Staatsministerin", "Landesdirektor"): a person, no body
_ROLE_TAIL = rx.compile(rf"(?i:{ROLE_HEADS})$")
# "z Anną Nowak dyrektorką Wydziału X": a Polish role in the instrumental, no comma needed
_INSTRUMENTAL_ROLE_AFTER = rx.compile(
    rf"[^\S\n]*,?[^\S\n]+(?P<role>{rx.alternation(INSTRUMENTAL_ROLE_HEADS)}(?![\p{{L}}])[^,;.:()\n]{{0,120}})"
)
# another office said after a comma or "and" goes on a person's role ("sindaco di X,
# presidente Anci Y e delegato Z", "President, and Mayor of X")
_OFFICE = rf"(?i:{ROLE_HEADS})(?![\p{{L}}])"
# A role in lower case right after a name, with no comma: "saranno Anna Rossi sindaca di X,
# Marco Bini assessore regionale e ...", "Jan Nowak dyrektor Biura X"; it runs to the next
# comma, or to "and" before the next name.
_BARE_ROLE_AFTER = rx.compile(
    rf"[^\S\n]+(?P<role>(?=\p{{Ll}})(?i:{ROLE_HEADS})(?![\p{{L}}])[^,;.:()\n]{{0,120}}?)"
    rf"(?=[^\S\n]*(?:[,;.:()\n]|$)|[^\S\n]+(?:{AND_ALTERNATIVES})[^\S\n]+\p{{Lu}})"
)
# the end of a name that starts on a given name, right before a role said of it ("Anna
# Rossi sindaca di X, Marco Bini": the role is Anna Rossi's, not Marco Bini's)
_GIVEN_NAME_BEFORE_ROLE = rx.compile(
    rf"(?:^|(?<=[\s(:;,]))(?P<given>\p{{Lu}}\p{{Ll}}+)(?:[^\S\n]+{_NAME_WORD}){{1,2}}[^\S\n]+$"
)
# a name and its comma, right before a role ("Anna Berg, Head of Unit X")
_NAME_THEN_COMMA = rx.compile(rf"(?:^|(?<=[\s(]))(?P<name>{_FULL_NAME}),\s*$")
_COMMA_AFTER = rx.compile(r"[^\S\n]*,[^\S\n]")
_SENTENCE_OPENS = rx.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# "Anna Berg, who heads the integration office": the verb says the role
_HEAD_OF_VERB = {
    "heads": "Head of",
    "leads": "Head of",
    "runs": "Head of",
    "chairs": "Chair of",
    "directs": "Director of",
    "coordinates": "Coordinator of",
    "manages": "Manager of",
}
_WHO_HEADS = rx.compile(
    rf"[^\S\n]*,[^\S\n]+who[^\S\n]+(?P<verb>{'|'.join(_HEAD_OF_VERB)})[^\S\n]+"
    r"(?P<unit>[^,;.()\n]{3,120})"
)
_ONE_WORD_BODY = rx.compile(r"^(?:\p{Lu}{2,}[\p{Lu}\p{N}\-]*|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)$")
# a line that is one name ("Ivana d'Alessandro"), then the next line (looked at, not taken:
# it may be the next name)
_NAME_OVER_ROLE = rx.compile(
    rf"(?m)^[^\S\n]*(?P<name>{_NAME_WORD}(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)*(?:{_NAME_WORD}|"
    rf"d['’]\p{{Lu}}\p{{Ll}}+)){{1,3}})[^\S\n]*\n(?=[^\S\n]*(?P<role>[^\n]{{3,200}})$)"
)
_NAMES_IN_BRACKETS = rx.compile(
    r"(?<![\p{L}])(?P<head>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)\s\((?P<body>[^()\n]{5,200})\)"
)
_BRACKET_ITEM = rx.compile(
    rf"^\s*(?:and\s+|e\s+|y\s+|und\s+)?(?P<name>{_FULL_NAME})"
    r"(?:\s+\p{Lu}{2,}[\p{Lu}\-]*)?\s*$"
)
# verbs that say a person spoke, read after the name ("Anna Berg said", _SPEECH_VERB) and
# between a quotation and the name ("”, said Anna Berg", _SAID_AFTER_QUOTE)
_SAID = (
    r"said|says|stated|stressed|noted|explained|added|concluded|underlined|highlighted|"
    r"emphasi[sz]ed|pointed out|recalled|remarked|argued|declared|commented|"
    r"ha[^\S\n]+(?:detto|dichiarato|sottolineato|spiegato|ricordato|aggiunto|evidenziato|"
    r"affermato|osservato|ribadito|concluso)|dice|spiega|sottolinea|aggiunge|"
    r"dijo|ha[^\S\n]+(?:dicho|afirmado)|señaló|explicó|destacó|subrayó|afirmó|añadió|indicó|"
    r"expresó|apuntó|recordó|manifestó|declaró|"
    r"sagte|betonte|erklärte|ergänzte|unterstrich|berichtete|"
    r"powiedział[a]?|podkreślił[a]?|zaznaczył[a]?|wyjaśnił[a]?|stwierdził[a]?|dodał[a]?|"
    r"a[^\S\n]+(?:declarat|spus|subliniat|explicat|precizat|afirmat|arătat)|"
    r"δήλωσε|τόνισε|ανέφερε|εξήγησε|υπογράμμισε|σημείωσε|είπε|επεσήμανε|"
    r"qal|qalet|spjega|saħaq|saħqet|żied|żiedet"
)
# the letters a verb of saying opens with: checked first, they spare trying every verb after
# every space
_SAID_INITIALS = "".join(sorted({verb[0] for verb in rx.alternatives(_SAID)}))
_SPEECH_VERB = rx.compile(rf"(?:,\s*|\s+)(?=[{_SAID_INITIALS}])(?:{_SAID})(?![\p{{L}}])")
# the name just before a verb of saying, not itself the end of a longer capitalised phrase
_NAME_BEFORE = rx.compile(
    rf"(?:^|(?<=[\s(:;,.]))(?<!\p{{Lu}}[\p{{L}}\-]*[^\S\n])(?P<name>{_FULL_NAME})$"
)
_ROLE_START = rx.compile(
    rf"^(?:(?:the|a|an|il|la|lo|l'|former|newly appointed|ex)\s+)*+"
    rf"(?:[\p{{L}}&'’-]+\.?\s+){{0,4}}?(?:{ROLE_HEADS}|{_OFFICES_AFTER_NAMES})\b",
    regex.I,
)
# Two or three capitalised words that no capitalised word touches: a proper name on its own,
# not the end of "Premio Carlo Magno" nor the start of "Jean Monnet Chair".
_NAME_RUN = rx.compile(
    rf"(?<![\p{{L}}\p{{N}}.'’\-])(?<!\p{{Lu}}[\p{{L}}\-]*[^\S\n])"
    rf"(?P<name>{_FULL_NAME})"
    r"(?![\p{L}\-])(?![^\S\n]+\p{Lu})"
)
# a street, square, school, prize or building named after someone: "via Carlo Alberto"
_NOT_A_PERSON_BEFORE = rx.compile(
    r"(?<![\p{L}])(?i:via|viale|piazza|piazzale|corso|largo|calle|avenida|plaza|paseo|rue|avenue|"
    r"place|street|strada|str\.|ulica|ul\.|aleja|al\.|bulevardul|bd\.|odos|οδός|οδού|platz|"
    r"straße|strasse|allee|istituto|liceo|scuola|school|college|fondazione|fundación|fundacja|"
    r"fundația|stiftung|premio|prize|award|ospedale|hospital|spital|szpital|centro|centre|center|"
    r"sala|aula|teatro|theatre|theater|stadio|stadium|parco|park|chiesa|church|iglesia|"
    r"san|santa|sant['’]|saint|st\.|"
    # an article: "la Santa Sede", "the Urban Agenda", "die Maria Hilf"
    r"the|il|lo|la|le|gli|el|los|las|der|die|das|des|dem|den|ο|η|το|του|της|l['’])\s*$"
)

# The words that say the name after them is a person's, whatever the name ("chaired by",
# "nella persona di", "representado por", "Moderation von", "w osobie", "în persoana"), or,
# right after a quotation or a comma, a verb of saying ("“...,” said X", "–, dijo X").
_PERSON_CUE = (
    r"(?i:(?:chaired|moderated|presented|represented|curated|facilitated|introduced)[^\S\n]+by|"
    r"in[^\S\n]+the[^\S\n]+person[^\S\n]+of|"
    r"(?:rappresentat|moderat|curat|presiedut|presentat|introdott)[oaie][^\S\n]+da|"
    r"nella[^\S\n]+persona[^\S\n]+d(?:i|el|ella)|"
    r"(?:representad|moderad|presidid|presentad)[oa]s?[^\S\n]+por|"
    r"en[^\S\n]+la[^\S\n]+persona[^\S\n]+de|"
    r"(?:Moderation|Vorsitz)[^\S\n]+von|moderiert[^\S\n]+von|vertreten[^\S\n]+durch|"
    r"in[^\S\n]+Person[^\S\n]+von|"
    r"w[^\S\n]+osobie|(?:moderowan|reprezentowan)[yaeo][^\S\n]+przez|"
    r"[îi]n[^\S\n]+persoana(?:[^\S\n]+(?:lui|doamnei|domnului))?|"
    r"(?:moderat|reprezentat|prezentat)[ăae]?[^\S\n]+de)"
)
_SAID_AFTER_QUOTE = (
    # (the closing quotation marks of English, Italian, German: ” » “ ’ "; German "so")
    r"(?:[”\"»’“][^\S\n]*,?[^\S\n]*so|(?:[”\"»’“][^\S\n]*,?|,)[^\S\n]*"
    rf"(?:{_SAID}))"
)
_SLOT_NAME = (
    rf"(?P<name>{_FULL_NAME})"
    r"(?![\p{L}\-])(?![^\S\n]+\p{Lu})"
)
# (two patterns, read as their alternation: the cue words' own is prefiltered by them, so
# it reads only a text that holds one; the verbs of saying open with a quotation mark or a
# comma, never with a cue's letter, so the two never start at one place)
_CUE_THEN_NAME = rx.compile(rf"(?<![\p{{L}}]){_PERSON_CUE}[^\S\n]+{_SLOT_NAME}")
_SAID_THEN_NAME = rx.compile(rf"{_SAID_AFTER_QUOTE}[^\S\n]+{_SLOT_NAME}")


def _cue_then_name(text: str):
    """The matches of `(?:cue|said) name` in `text`, left to right, as its `finditer` yields
    them: the one starting first, then the next from where it ends."""
    cued, said = _CUE_THEN_NAME.search(text), _SAID_THEN_NAME.search(text)
    while cued is not None or said is not None:
        m = cued if said is None or (cued is not None and cued.start() < said.start()) else said
        yield m
        if cued is not None and cued.start() < m.end():
            cued = _CUE_THEN_NAME.search(text, m.end())
        if said is not None and said.start() < m.end():
            said = _SAID_THEN_NAME.search(text, m.end())


# a surname alone after a verb of saying ("..., ha dicho Berg"; "Berg said")
_CUE_THEN_SURNAME = rx.compile(
    rf"(?:{_SAID_AFTER_QUOTE})[^\S\n]+(?P<surname>\p{{Lu}}\p{{Ll}}{{2,}})(?![\p{{L}}\-])"
    r"(?![^\S\n]+\p{Lu})"
)
# after the name: its town in brackets, the body it stands for or comes from, a verb of
# presenting, or a colon and a quotation
_TOWN_IN_BRACKETS = rx.compile(
    r"[^\S\n]*\((?P<town>\p{Lu}[\p{L}\-]+(?:[^\S\n]+\p{Lu}[\p{L}\-]+)?)\)"
)
_PERSON_AFTER = rx.compile(
    r"[^\S\n]*,[^\S\n]*(?i:in[^\S\n]+rappresentanza[^\S\n]+d|representing[^\S\n]|"
    r"en[^\S\n]+representación[^\S\n]+d|in[^\S\n]+Vertretung[^\S\n]|w[^\S\n]+imieniu[^\S\n]|"
    r"în[^\S\n]+numele[^\S\n]|on[^\S\n]+behalf[^\S\n]+of[^\S\n])"
    # or a verb of presenting, of which a person is the doer ("X and Y present the plan")
    r"|[^\S\n]+(?:present|presents|presented|presentano|presenta|presentó|presentaron|"
    r"präsentierte|präsentierten|przedstawił[a]?|przedstawili|a[^\S\n]+prezentat)(?![\p{L}])"
    # a colon and a quotation: what the person said ("X Y: “We learned ...”")
    r"|[^\S\n]*:[^\S\n]*[“\"«„]"
    # the body the person comes from, in German ("X Y vom Bezirksamt", "von der Stiftung")
    r"|[^\S\n]+(?:vom|von[^\S\n]+der|von[^\S\n]+den)[^\S\n]+[\p{Lu}'‘„]"
)

_STOP_NAME_WORDS = {
    "the",
    "in",
    "at",
    "on",
    "this",
    "that",
    "these",
    "among",
    "both",
    "finally",
    "then",
    "moreover",
    "also",
    "after",
    "before",
    "during",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "municipality",
    "city",
    "comune",
    "mayor",
    "european",
    "union",
    "commission",
    "ministry",
    "department",
    "office",
    "centre",
    "center",
    "service",
    "services",
    "unit",
    "social",
    "director",
    "head",
    "deputy",
    "project",
    "programme",
    "meeting",
    "consultation",
    "exchange",
    "download",
    "concluded",
    "concluso",
    "online",
    "from",
    "for",
    "with",
    "and",
    "by",
    "da",
    "per",
    "il",
    "la",
    "le",
    "gli",
    "dei",
}
# a municipality, a district or a body in the other programme languages (folded as looked up)
_STOP_NAME_WORDS |= {
    fold(w)
    for w in (
        "δήμος",
        "δήμου",
        "δήμο",
        "δήμων",
        "περιφέρεια",
        "περιφέρειας",
        "municipiul",
        "municipiului",
        "primăria",
        "primăriei",
        "consiliul",
        "gmina",
        "gminy",
        "miasto",
        "miasta",
        "urząd",
        "stadt",
        "gemeinde",
        "bezirk",
        "bezirks",
        "landkreis",
        "ayuntamiento",
        "città",
        "kunsill",
        "ministeru",
        "ministerio",
        "ministero",
        "direction",
        "dirección",
        "direzione",
        "directorate",
        "direktion",
        "abteilung",
        "dipartimento",
        "departamento",
        "departament",
        "ufficio",
        "oficina",
        "servizio",
        "servicio",
        "bureau",
        "secretaría",
        "settore",
        "área",
        "area",
        "division",
        "división",
        "agency",
        "agenzia",
        "agencia",
        "association",
        "associazione",
        "asociación",
        "foundation",
        "fondazione",
        "fundación",
        "institute",
        "istituto",
        "instituto",
        "university",
        "università",
        "universidad",
        "council",
        "consiglio",
        "consejo",
        "committee",
        "comitato",
        "comité",
        "network",
        "rete",
        "red",
        "programme",
        "program",
        "programma",
        "programa",
    )
}
_SPLIT_ORG = rx.compile(
    r"\s+dell['’](?=\p{Lu})|\s+(?:within|at|in|of|for|from|presso|del|"
    r"della|dello|dell'|dei|degli|di)\s+(?:the\s+)?(?=\p{Lu})|\s+(?:within|"
    r"at|presso)\s+(?:the\s+)?",
)


_OPENING, _CLOSING = "([{", ")]}"


def closed_brackets(phrase: str) -> str:
    """``phrase`` with its brackets paired: a closing one nobody opened goes (it belonged to
    the text around), and one left open is closed ("Head of Unit (MA 17" gets its ")")."""
    out, stack = [], []
    for char in phrase:
        if char in _OPENING:
            stack.append(_CLOSING[_OPENING.index(char)])
        elif char in _CLOSING:
            if not stack or stack[-1] != char:
                continue
            stack.pop()
        out.append(char)
    return "".join(out).rstrip() + "".join(reversed(stack))


def _inside(phrase: str) -> str:
    """``phrase`` up to the first closing bracket it never opened (the end of an aside
    opened before it); brackets opened inside it are kept whole."""
    depth = 0
    for index, char in enumerate(phrase):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return phrase[:index]
            depth -= 1
    return phrase


@dataclass(slots=True)
class Person:
    name: str
    role: str | None
    organization: str | None
    start: int
    end: int
    # the role as the text writes it, before `nominative_role`: what theme cues must skip
    said_role: str | None = None
    # the body the role is held in, read from the role's words alone (not by the body
    # finders): the person's organisation, not on its own a body that took part
    role_body: str | None = None
    # the role is a plural one said of a whole list ("the councillors A and B"): one said
    # of this person alone elsewhere is theirs rather
    shared: bool = False


def _opens_with_known_body(words: list[str]) -> bool:
    """Whether a well-known body's name of two or three words opens these capitalised words
    ("Cruz Roja Española", "Save the Children Italia"): a body, not a person, though its first
    word may be a given name."""
    return any(known_short_name(" ".join(words[:size])) for size in (2, 3) if size <= len(words))


def _clean_name(name: str) -> str:
    words = name.split()
    while words and (fold(words[-1]) in _STOP_NAME_WORDS or is_role_head_word(words[-1])):
        words.pop()
    return " ".join(words)


def _without_leading_tail(name: str) -> str:
    """A name of three words or more whose first word is no given name but whose second is
    one keeps from the given name on: the first word ends the role's place or body ("il
    Sindaco di Gorla Minore Vittorio Landoni", "ο δήμαρχος Αθηναίων Γιώργος Καμίνης")."""
    words = name.split()
    if (
        len(words) >= 3
        and words[0][:1].isupper()
        and len(words[0]) > 2
        and not words[0].endswith((".", "ª", "º"))  # "Dr.", "Mª Luisa"
        and not is_given_name(words[0])
        and is_given_name(words[1])
    ):
        return " ".join(words[1:])
    return name


def _plausible_name(name: str, text: str) -> bool:
    words = [w for w in name.split() if w[0].isupper()]
    if not words:
        return False
    for word in words:
        key = fold(word)
        if key in _STOP_NAME_WORDS or is_role_head_word(word) or word.lower() in _OBLIQUE_HEADS:
            return False  # an office, also in a case form ("Instituţia Prefectului")
    return True


def _lowercase_elsewhere(word: str, text: str) -> bool:
    """Whether the word also stands in lower case in the text, between non-letters."""
    return says_word(text, word.lower())


# a given name, then a surname in capitals, as programmes write it ("Lena HART-BERG")
_CAPITALS_SURNAME = rx.compile(
    r"(?<![\p{L}])(?P<given>\p{Lu}\p{Ll}+)[^\S\n]+"
    r"(?P<surname>\p{Lu}{2,}(?:['’\-]\p{Lu}+)*)(?![\p{L}'’\-])"
)


_LINE_OPENS = rx.compile(r"(?:^|\n)[^\S\n]*(?:[-*•·–]|\d{1,2}[.)])?[^\S\n]*$")
_ITEM_GOES_ON = rx.compile(r"[^\S\n]*(?:[,(–—:]|-[^\S\n])")


def _surnames_in_title_case(text: str) -> str:
    """The text with a surname written in capitals after a given name in title case
    ("Lena HART" -> "Lena Hart"), so the name patterns read it; every offset stays."""

    def title(m) -> str:
        surname = m.group("surname")
        said = rx.sub(r"(?<=\p{Lu})\p{Lu}+", lambda w: w.group().lower(), surname)
        listed = _LINE_OPENS.search(text, max(0, m.start() - 12), m.start()) and (
            _ITEM_GOES_ON.match(text, m.end())
        )  # "Lena HART, Officer" opening a programme's line
        if len(said) != len(surname) or not (listed or is_given_name(m.group("given"))):
            return m.group()
        return m.group()[: m.start("surname") - m.start()] + said

    return _CAPITALS_SURNAME.sub(title, text)


# a given name, then a surname's particles written capitalised ("Ana De León", "Lena Van
# Den Berg", "Maria Di Pietro"), then the surname
_CAPITALISED_PARTICLES = rx.compile(
    r"(?<![\p{L}])(?P<given>\p{Lu}\p{Ll}+)[^\S\n]+"
    r"(?P<particles>(?:(?:De|Di|Da|Del|Della|Van|Von|Der|Den|Du|Dos|Das|La|Le)[^\S\n]+){1,2})"
    r"(?=\p{Lu}\p{Ll})"
)


def _particles_in_lower_case(text: str) -> tuple[str, dict[str, str]]:
    """The text with a surname's particles in lower case after a given name ("Ana De León"
    -> "Ana de León"), as the name patterns read them (a capitalised "De" is also a word the
    text writes in lower case elsewhere); and each lowered phrase with its spelling, to give
    the names found back as written. Every offset stays."""
    spelled: dict[str, str] = {}

    def lowered(m) -> str:
        if not is_given_name(m.group("given")):
            return m.group()
        said = m.group("given") + m.group()[len(m.group("given")) :].lower()
        spelled[said.strip()] = m.group().strip()
        return said

    return _CAPITALISED_PARTICLES.sub(lowered, text), spelled


def _as_written(name: str, spelled: dict[str, str]) -> str:
    """The name with the particles `_particles_in_lower_case` lowered as the text spells them."""
    for said, written in spelled.items():
        name = name.replace(said, written)
    return name


# "z Janem Nowakiem Prezesem Fundacji X oraz Anną Wiśniewską Dyrektorem ...": after "z",
# "ze" or the list's "oraz"/"i", a name in the instrumental and an office in it, capitalised.
_POLISH_MET_WITH = rx.compile(
    r"(?<![\p{L}])(?:z|ze|oraz|i)[^\S\n]+(?P<name>\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}\p{Ll}+"
    r"(?:-\p{Lu}\p{Ll}+)?)(?:[^\S\n]+|[^\S\n]*,[^\S\n]*)(?P<role>(?i:Z-cą|Zastępc[ąa]|Prezes(?:em)?|"
    r"Dyrektor(?:em)?|Wice\p{Ll}+|(?:nad)?Prezydent(?:em)?|(?:nad)?Burmistrz(?:em)?|"
    r"Przewodnicząc\p{Ll}+|Wojewod[ąa]|Marszałk(?:iem)?|Starost[ąa]|Konsul(?:em)?|"
    r"Kierownik(?:iem)?|Koordynator(?:em)?|Pełnomocnik(?:iem)?|Doradc[ąa]|Członki?(?:em)?|"
    r"Radn[ąy]m?|Deputowan\p{Ll}+|Posł(?:em|anką)|Senator(?:em)?)"
    r"(?:[^\S\n]+(?:\p{Lu}[\p{L}\-]*|ds\.|do|i|w|we|na|z)){0,12})"
)


class PeopleFinder:
    """Finds people in one report; `resolve_org` maps an affiliation to an organisation."""

    def __init__(self, text: str, *, resolve_org, municipality_in, list_blocks, gaz_name=None):
        self.text, self._spelled = _particles_in_lower_case(_surnames_in_title_case(text))
        self.gaz_name = gaz_name or (lambda phrase: False)
        self.resolve_org = resolve_org
        self.municipality_in = municipality_in
        self.list_blocks = list_blocks  # [(start, end, organisation)]
        self.people: list[Person] = []
        # which characters a person found covers, and where people end: look-ups in the
        # text instead of scans of every person found, so a long list stays linear
        self._covered = bytearray(len(text) + 1)
        self._ends = bytearray(len(text) + 1)
        self._runs = None

    def find(self) -> list[Person]:
        self._from_lists()
        self._from_bullets()
        self._name_over_role()
        self._bracketed_names()
        self._titled()
        self._untitled()
        self._role_then_name()
        self._speakers()
        self._in_person_slots()
        self._given_named()
        self._polish_met_with()
        self._list_neighbours()
        self._lists_after_place_roles()
        self._under_headings()
        for person in self.people:
            person.name = _without_leading_tail(person.name)
        people = _dedupe(self.people)
        named = [p.name for p in people if any(is_given_name(w) for w in p.name.split())]
        people = [p for p in people if not self._names_no_one(p, named)]
        _roles_after_other_people(people)
        cut_at_other_people(people)
        self._roles_said_elsewhere(people)
        for person in people:
            if person.organization is None:
                person.organization = self._town_opening(person.role)
            if person.organization is None:
                person.role_body = self._body_of_role(person.role) or self._body_after(person)
            person.name = polish_nominative_name(self._without_opening_verb(person))
            person.name = _as_written(person.name, self._spelled)
            person.said_role = person.role
            if person.role:
                person.role = nominative_role(person.role, feminine=is_womans_name(person.name))
        return people

    def _roles_said_elsewhere(self, people: list[Person]) -> None:
        """A person found without a role takes one said away from the name (after "as", by
        a verb whose doer holds it, in an office's title, in the next sentence)."""
        for person in people:
            if person.role is not None:
                continue
            person.role = role_said_elsewhere(
                self.text,
                person,
                words=_ROLE_WORDS,
                feminine=is_womans_name(person.name),
                alone_in_sentence=lambda a, b, one=person: (
                    not any(
                        other is not one
                        and (a <= other.start < b or other.name.split()[-1] in self.text[a:b])
                        for other in people
                    )
                ),
            )

    def _names_no_one(self, person: Person, named: list[str]) -> bool:
        """Whether a name with no given name in it is rather a body's or a place's ("Public
        Health", "Italia y China", "Agenzija Zghazagh"): a head noun, only words that are
        places or stand in lower case elsewhere in the text, or a "role" that names someone
        else ("Central District, Ann Smith, the Deputy Mayor": Ann Smith is the person)."""
        name = person.name
        words = [w for w in name.split() if w[:1].isupper()]
        if not words or any(is_given_name(w) for w in words):
            return False
        role = person.role or ""
        if any(other in role for other in named):
            return True
        return (
            names_a_body(name)
            or known_short_name(words[0]) is not None  # a known body's branch ("Anci Veneto")
            or all(self.gaz_name(w) or _lowercase_elsewhere(w, self.text) for w in words)
            or self._listed_with_a_body(person)
        )

    def _listed_with_a_body(self, person: Person) -> bool:
        """Whether a name no given name anywhere opens, with its part in brackets, is the
        next item of a list after a known body with its own ("Nordnet (lead partner) and
        Casa Aperta (training)"): a body too."""
        if any(is_known_name(w) for w in person.name.split()) or not _BRACKET_AFTER.match(
            self.text, person.end
        ):
            return False
        before = _BODY_BEFORE_IN_LIST.search(self.text, max(0, person.start - 90), person.start)
        return bool(before) and self.resolve_org(before.group("body"), strict=True) is not None

    def _town_opening(self, role: str | None) -> str | None:
        """The town whose administration opens a role of several parts ("Ayuntamiento de X,
        Servicio de Y", "Stadt X, Amt für Z"): the person's; the rest is its own unit."""
        first, comma, _rest = (role or "").partition(", ")
        if comma and organisations.is_municipal(first):
            return self.municipality_in(first)
        return None

    def _body_of_role(self, role: str | None) -> str | None:
        """The body a role is held in, named after the role's preposition or genitive
        article ("secretary general of X", "docente dell'X", "Leiterin des X", "director de
        X", "Εκπρόσωπος της X"): not a place, a town's administration nor a role."""
        if not role:
            return None
        for part in _ROLE_PARTS.split(role):
            if part[:1].isupper() and not (says_role_head(part) or _ANY_HEAD.search(part)):
                # "CEO, Harbour Tenants Trust": the part after the office is the body whole
                body = self._body_named(part)
                if body:
                    return body
                continue
            skip_to = 0
            for link in _ROLE_BODY_LINK.finditer(part):
                if link.start() < skip_to or _PORTFOLIO_HEAD.search(part, 0, link.start()):
                    continue  # inside a unit's name; a councillor's or minister's field
                phrase = _name_phrase(part[link.end() :])
                if STATE_RANK.match(phrase):
                    continue  # "secretario de Estado de X": the office's rank, then its field
                if _UNIT_NOUN.search(phrase):
                    skip_to = link.end() + len(phrase)  # "Department of Social Protection"
                    continue
                body = self._body_named(phrase)
                if body:
                    return body
        return None

    def _body_after(self, person: Person) -> str | None:
        """ "Lena Berg von der Stiftung X", "Ana Gil, de la Fundación X": the body named right
        after the name."""
        after = _BODY_SAID_AFTER.match(self.text, person.end)
        return self._body_named(after.group("body")) if after else None

    def _body_named(self, phrase: str) -> str | None:
        """The body's name at the start of `phrase`, if it is one."""
        phrase = phrase.strip()
        name = _name_phrase(phrase)
        while elided := _ELIDED_WORD.match(phrase, len(name)):
            name = phrase[: elided.end()]  # "del Consiglio d’Europa"
        name = name.strip(" ,.;:()")
        name = closed_brackets(rx.sub(r"\s*\((?:\p{Ll}[^()]*\)?)?$", "", name))
        if (
            len(name) < 2
            or not name[:1].isupper()
            or _ROLE_TAIL.search(name.split()[0])
            or self.gaz_name(name)
            or self.municipality_in(name) == name
            or _MUNICIPAL_TAIL.match(name)
            or organisations.is_municipal(name)
        ):
            return None
        body = self.resolve_org(name)
        if body and self.municipality_in(name) == body:
            return None
        if body:
            return body
        first = name.split()[0]
        if first.isupper() and " " in name:
            return first  # "the APC Local Development Forum": a forum of the APC
        if self.municipality_in(first):
            return None  # "the Wrocław Social Centre": a unit of the town
        words = [w for w in name.split() if w[:1].isupper() and not w.isupper()]
        if (
            _UNIT_NOUN.search(name)
            or (" " not in name and not name.isupper())
            or (words and all(_lowercase_elsewhere(w, self.text) for w in words))
        ):
            return None  # a unit or a field of the person's employer ("Director of Finance")
        return name

    def _without_opening_verb(self, person: Person) -> str:
        """The name without the sentence's capitalised first word ("Intervino Lucía Ortega,
        concejala"): a word that is no given name, before one that is."""
        words = person.name.split()
        if (
            len(words) >= 3
            and is_known_name(words[1])
            and not is_known_name(words[0])
            and _SENTENCE_OPENS.search(self.text, max(0, person.start - 3), person.start)
        ):
            return " ".join(words[1:])
        return person.name

    def _given_named(self) -> None:
        """A name standing alone whose first word is a common given name: "Ada Colau",
        "Jan Niessen". Its role, if any, is said right after or before it. A surname already
        found is the same person written otherwise ("Alex" and "Alexander Borg")."""
        surnames = {person.name.split()[-1] for person in self.people}
        for m in self._name_runs():
            for start, end in self._name_spans(m.group("name"), m.start("name")):
                name = self.text[start:end]
                words = name.split()
                article = rx.match(r"\p{Greek}", name) and _GREEK_ARTICLE_BEFORE.search(
                    self.text, max(0, start - 6), start
                )
                case, gender = ARTICLE_CASES[article.group(1)] if article else ("nominative", None)
                if (
                    not (is_given_name(words[0]) or (article and given_nominative(words[0], case)))
                    or _two_given_names(words)
                    or names_a_body(name)
                    or _opens_with_known_body(words)
                    or words[-1] in surnames
                    or (
                        not article
                        and _NOT_A_PERSON_BEFORE.search(self.text, max(0, start - 30), start)
                    )
                    or not self._free_name(name, start, end)
                ):
                    continue
                role, org = self._role_after(end)
                if role is None or not says_role_head(role):
                    role, org = self._role_before(start)
                if article:
                    name = nominative_name(name, case, gender)  # "του Νίκου Βλάχου"
                self._add(Person(name, role, org, start, end))
                surnames.add(words[-1])
                break

    def _polish_met_with(self) -> None:
        """Polish names the people a delegation met in the instrumental, each with an
        office right after and no comma: "spotkanie z Janem Nowakiem Prezesem Fundacji X
        oraz Anną Wiśniewską Dyrektorem Biura Y". The name must open on a given name."""
        for m in _POLISH_MET_WITH.finditer(self.text):
            start, end = m.span("name")
            name = polish_nominative_name(m.group("name"))
            if not is_given_name(name.split()[0]) or self._taken(start, end):
                continue
            role = m.group("role").strip()
            self._add(Person(name, role, None, start, end))

    def _list_neighbours(self) -> None:
        """The other names of a list one of whose names is a person found: "Anna Berg, Ngozi
        Ade and Omar Said from X", "Omar Said and Anna Berg presented": each item two or three
        capitalised words whose first is a given name anywhere in the world, however rare,
        and free (no place, no body, no word the text writes in lower case)."""
        queue = list(self.people)
        while queue:
            person = queue.pop()
            after = _NEXT_IN_LIST.match(self.text, person.end)
            before = _PREVIOUS_IN_LIST.search(self.text, max(0, person.start - 90), person.start)
            for item in (after, before):
                if item is None:
                    continue
                name = item.group("name")
                start, end = item.span("name")
                words = name.split()
                if (
                    not (is_known_name(words[0]) or given_nominative(words[0]))
                    or names_a_body(name)
                    or _NOT_A_PERSON_BEFORE.search(self.text, max(0, start - 30), start)
                    or not self._free_name(name, start, end)
                ):
                    continue
                role, org = self._role_after(end)
                if role is None or not says_role_head(role):
                    role, org = None, None
                found = Person(name, role, org, start, end)
                self._add(found)
                queue.append(found)

    def _name_spans(self, name: str, start: int) -> list[tuple[int, int]]:
        """Where a run of capitalised words may hold a name: the whole run, then the words
        before a particle that rather opens the name's body or town ("Anna Berg del Comune",
        "Ana Gil de la Fundación"), then the run without a sentence's opening verb
        ("Asistieron Laura Gil")."""
        words = name.split()
        spans = [(start, start + len(name))]
        cut = next((n for n, w in enumerate(words) if n >= 2 and rx.fullmatch(_PARTICLE, w)), None)
        if cut is not None:
            spans.append((start, start + len(" ".join(words[:cut]))))
        spans.extend(_after_a_noun_and_particle(words, start))
        if (
            len(words) == 3
            and not is_given_name(words[0])
            and is_given_name(words[1])
            and _SENTENCE_OPENS.search(self.text, max(0, start - 3), start)
        ):
            spans.append((start + len(words[0]) + 1, start + len(name)))
        return spans

    def _speakers(self) -> None:
        """A name then a verb of saying, in any programme language: "Daniel de Torres
        explicó", "Anna Berg, said", "Alex Borg qal"; the role, if any, is said before."""
        for m in _SPEECH_VERB.finditer(self.text):
            head = _NAME_BEFORE.search(self.text, max(0, m.start() - 80), m.start())
            if not head:
                continue
            name = head.group("name")
            start, end = head.start("name"), head.end("name")
            if not self._free_name(name, start, end):
                continue
            role, org = self._role_before(start)
            self._add(Person(name, role, org, start, end))

    def _in_person_slots(self) -> None:
        """A name where the sentence itself says a person stands, whatever its given name
        (one from any country, or none the dictionary knows): after "chaired by", "nella
        persona di", "Moderation von" and the like, after a quotation and a verb of saying,
        or before its town in brackets or the body it represents. A name of everyday words
        only ("Working Group", "Urban Agenda") is none."""
        for m in _cue_then_name(self.text):
            self._slot_person(m.group("name"), *m.span("name"))
        for m in self._name_runs():
            name, (start, end) = m.group("name"), m.span("name")
            if _TOWN_IN_BRACKETS.match(self.text, end):
                town = _TOWN_IN_BRACKETS.match(self.text, end).group("town")
                if not self.municipality_in(town):  # a town, not a country ("Malta")
                    continue
            elif not (
                _PERSON_AFTER.match(self.text, end) or _BARE_ROLE_AFTER.match(self.text, end)
            ):
                continue
            if _NOT_A_PERSON_BEFORE.search(self.text, max(0, start - 30), start):
                continue
            self._slot_person(name, start, end)
        for m in _CUE_THEN_SURNAME.finditer(self.text):
            self._named_in_full(m.group("surname"), m.start("surname"))

    def _name_runs(self) -> list:
        """The text's runs of two or three capitalised words (`_NAME_RUN`), read once."""
        if self._runs is None:
            self._runs = list(_NAME_RUN.finditer(self.text))
        return self._runs

    def _slot_person(self, name: str, start: int, end: int) -> bool:
        words = name.split()
        capitalised = [w for w in words if w[:1].isupper()]
        if (
            len(capitalised) < 2
            or not self._free_name(name, start, end)
            or names_a_body(name)
            or self.municipality_in(name)
            or rx.match(r"\p{Greek}", name)  # a Greek name's case is read with its article
            or all(is_common_word(w) for w in capitalised)  # "Young Horizons", "Urban Agenda"
            or (
                not is_known_name(words[0])
                and (
                    any(self._place_word(w) for w in capitalised)
                    or is_common_word(words[0])  # "Working Party"
                    or len(capitalised) < len(words)  # "Angeregt von Impulsvorträgen"
                )
            )
        ):
            return False
        role, org = self._role_after(end)
        if role is None or not says_role_head(role):
            role, org = self._role_before(start)
        self._add(Person(name, role, org, start, end))
        after = _AND_NAME_AFTER.match(self.text, end)
        before = _AND_NAME_BEFORE.search(self.text, max(0, start - 60), start)
        for partner in (after, before):
            if partner and self._usable_partner(partner):
                self._slot_person(partner.group("name"), *partner.span("name"))
        return True

    def _named_in_full(self, surname: str, said_at: int) -> None:
        """A surname said alone after a verb of saying is a person's: the name it ends,
        written in full before ("Ana Gil ... , dijo Gil"), is one."""
        position = self.text.rfind(" " + surname, 0, said_at)
        while position > 0:
            stop = position + 1 + len(surname)
            run = _NAME_BEFORE.search(self.text, max(0, stop - 60), stop)
            if (
                run
                and run.end() == stop
                and not rx.match(r"[\p{L}\-]", self.text[stop : stop + 1])
                and self._slot_person(run.group("name"), *run.span("name"))
            ):
                return
            position = self.text.rfind(" " + surname, 0, position)

    def _role_then_name(self) -> None:
        """A role, then the name: "guidata dal consigliere comunale Florian Huber", "Mayor
        Anna Smith", "Bürgermeisterin des Bezirks Mitte Anna Berg", "ο Δήμαρχος Μ. Καρράς"."""
        position, starts = 0, _head_starts(self.text)
        while m := _first_match(_ROLE_THEN_NAME, self.text, starts, position):
            position = m.start() + 1  # a match refused below may hide a role inside it
            role_words = m.group("role").split()
            if _in_a_bodys_name(self.text, m.start(), role_words[0]):
                continue  # "Instituţia Prefectului", "Kancelaria Prezydenta": a body's name
            if any(
                (fold(w) in _CLAUSE_WORDS and not (fold(w) in _AND_WORDS and nxt[:1].isupper()))
                or (w.islower() and len(w) > 4 and w.endswith("ed"))
                for w, nxt in zip(role_words[1:], [*role_words[2:], ""], strict=False)
            ):
                continue  # "the mayor welcomed X"; "for Health and Social Affairs X" is a role
            if not m.group("title") and _TITLED_NAME_NEXT.match(self.text, m.end("name")):
                continue  # "Șeful Cancelariei Prefectului, dl. Mihai Ionescu": the role goes on
            if m.group("sep") and self._said_after_a_name(m.start()):
                continue  # "Anna Berg, Leiterin des Amts, Jan Smit vom Y": Anna Berg's role
            if m.group("role")[:1].islower() and self._given_name_before(m.start("role")):
                continue  # "Anna Rossi sindaca di X, Marco Bini": Anna Rossi's role
            name_words = m.group("name").split()
            start = m.start("name")
            if (
                len(name_words) == 3
                and (
                    len(role_words) > 1
                    or self._place_word(name_words[0])
                    or _GREEK_GENITIVE_WORD.fullmatch(name_words[0])
                )
                and not (m.group("sep") or m.group("title"))
                and not (
                    # two given names open a name of three words ("el director del DIF Juan
                    # Carlos Ruiz", "la sindaca di X Anna Maria Rossi"), unless the first is a
                    # place after a preposition ("il sindaco di Marino Anna Rossi")
                    is_given_name(name_words[0])
                    and is_given_name(name_words[1])
                    and not (
                        fold(role_words[-1]) in _ROLE_LINKS and self._place_word(name_words[0])
                    )
                )
            ):
                # "il sindaco di Fusignano Nicola Pasi": the word before the name closes the role
                start += len(name_words[0]) + 1
                role_words.append(name_words.pop(0))
                if (
                    rx.fullmatch(_PARTICLE, name_words[0])
                    or any(_lowercase_elsewhere(w, self.text) for w in name_words)
                    or _PHRASE_GOES_ON.match(self.text, m.end("name"))
                ):
                    continue  # "del Comune di Torino", "the Lisbon Municipal Plan for X"
            name = " ".join(name_words)
            end = start + len(name)
            if any(_GREEK_PLURAL_GENITIVE.fullmatch(w) for w in name_words):
                continue  # "Επικεφαλής Κλάδου Ευρωπαϊκών Ταμείων": a unit, no name
            if (
                _GREEK_ARTICLE_AFTER.match(self.text, end)
                and rx.match(r"\p{Greek}", name)
                and not any(given_nominative(w) or is_known_name(w) for w in name_words)
            ):
                continue  # "αντιδήμαρχος Κοινωνικής Πολιτικής του Δήμου X": the office's field
            if (
                self._said_after_a_name(m.start())
                and not any(given_nominative(w) or is_known_name(w) for w in name_words)
                and all(is_common_word(w) or is_word_as_written(w) for w in name_words)
            ):
                # "ο κ. X, Αντιδήμαρχος Κοινωνικής Πολιτικής, και", "X, reprezentanta
                # Organizației Internaționale pentru Migrație": X's office and its complement
                continue
            if not self._role_closes(role_words, m, name_words[0]) or (
                len(role_words) == 1 and any(_lowercase_elsewhere(w, self.text) for w in name_words)
            ):
                continue  # "Director of Social Services": the "name" goes on the role's phrase
            if any(w.lower() in _HEADS_BEFORE_NAMES_ONLY for w in role_words[:2]) and not (
                m.group("title")
                or is_known_name(name_words[0])  # "our presenters Amara Ade and ..."
                or given_nominative(name_words[0])  # "τον δήμαρχο Γιώργο X"
                or is_given_name(polish_genitive_name(" ".join(name_words)).split()[0])
                or is_given_name(polish_nominative_name(" ".join(name_words)).split()[0])
            ):
                continue  # "i consiglieri presso la Sala Verde": no person's name follows
            taken = self._taken(start, end)
            known = self._roleless_at(start, end) if taken else None
            plural = any(w.lower() in PLURAL_ROLE_HEADS for w in role_words[:2])
            if (
                (taken and known is None and not plural)
                or not _plausible_name(name, self.text)
                or self.gaz_name(name)
                or self.resolve_org(name, strict=True)
                or _opens_with_known_body(name_words)
            ):
                continue
            role_start = m.start("role")
            head = role_words[0]

            def in_nominative(said: str, head=head, role_start=role_start) -> str:
                return self._greek_name_after_role(said, head, role_start)

            said_name = name
            name = in_nominative(name)
            if role_words[0].lower() in POLISH_GENITIVE_HEADS:
                name = polish_genitive_name(name)  # "wizyta prezydenta X Anny Nowak"
            before = self.text[max(0, role_start - 40) : role_start]
            lead = _LEADING_ROLE_WORDS.search(before)  # "Open Society Fellow", "Vice-Mayor"
            # (an office in a case form in lower case, "Wizyta wiceprezydenta X": the words
            # before it govern it, none of them is the role's)
            oblique = role_words[0] in CASE_FORMS
            if (
                lead
                and not oblique
                and (
                    role_words[0][:1].isupper()
                    or _RANK_BEFORE.search(lead.group())
                    or (
                        not plural
                        and _SMALL_WORD_BEFORE.search(before, 0, len(before) - len(lead.group()))
                        and not _DETERMINER.match(lead.group())
                    )
                )
            ):
                # "a speech by the Road Safety minister X"; not "dziękował wójtowi Olchowca
                # burmistrz X": a capitalised word after a noun closes that noun's phrase
                role_start -= len(_after_opening_preposition(lead.group()))
            role = (self.text[role_start : m.start("role")] + " ".join(role_words)).strip()
            role, org = self._split_role(role)
            if not plural:
                role = self._with_apposition(role, end)
            if org and not self.municipality_in(org):
                # a unit named in a role said before the name is seldom a body taking part
                org = None
            if org is None:
                after = _BODY_AFTER_NAME.match(self.text, end)
                if after:
                    org = self.resolve_org(after.group("body")) or (
                        after.group("body") if _ONE_WORD_BODY.match(after.group("body")) else None
                    )
            if known is not None:
                # "the mayor of X Mr Anna Berg": the titled name was found without its role
                known.role, known.organization = role, known.organization or org
                if known.name == said_name:
                    # "τον αντιδήμαρχο κ. Νίκο Παππά": the titled name in the role's case
                    known.name = name
            elif not taken:
                self._add(Person(name, role, org, start, end, shared=plural))
            position = end
            if plural:
                # a name found already with a role of its own still opens the list
                position = self._listed_after(role, org, end, in_nominative=in_nominative)
                continue
            if known is not None:
                continue
            partner = _AND_NAME_AFTER.match(self.text, end)
            if partner and self._usable_partner(partner):
                # "the experts Anna Berg and Jan Smit": a plural role names both
                partner_name = in_nominative(partner.group("name"))
                self._add(Person(partner_name, role, org, *partner.span("name"), shared=True))
                position = partner.end("name")

    def _greek_name_after_role(self, name: str, head: str, role_start: int) -> str:
        """A Greek name after a role in the genitive or accusative in the nominative ("του
        αντιδημάρχου Νικόλαου Παππά", "τον Δήμαρχο Νίκο Ράπτη", "τους δημάρχους Κώστα X"):
        the case of the role's article, else of its head."""
        if not rx.match(r"\p{Greek}", name):
            return name
        article = _GREEK_ARTICLE_BEFORE.search(self.text, max(0, role_start - 6), role_start)
        if article:
            case, gender = ARTICLE_CASES[article.group(1)]
        else:
            case = (
                "genitive"
                if head.endswith(("ου", "ού", "ων", "ών"))
                else "accusative"
                if head.endswith(("ο", "ό", "ους", "ούς"))
                else "nominative"
            )
            gender = "m" if case != "nominative" else None
        return nominative_name(name, case, gender)

    def _with_apposition(self, role: str, end: int) -> str:
        """A role said before the name and another said after it, between commas ("Director
        X, former head of the Y housing office, said"): both are the person's, the fuller alone
        when it says all the words of the other."""
        if not _COMMA_AFTER.match(self.text, end):
            return role
        after, _org = self._role_after(end)
        if not after or not says_role_head(after):
            return role
        said, more = set(fold(role).split()), set(fold(after).split())
        if said <= more:
            return after
        return role if more <= said else f"{role}, {after}"

    def _under_headings(self) -> None:
        """A list heading ("Moderators:", "Relatori:", "Vorbitori:") gives its role to the
        names listed after it, on its line or on the lines under it up to a blank line: a
        name found without a role takes it, a name not found yet is added with it."""
        for heading in _LIST_HEADING.finditer(self.text):
            masculine, feminine = _HEADING_ROLES[heading.group("head").lower()]
            group = "body" if heading.group("body") is not None else "block"
            offset = heading.start(group)
            for item in _HEADING_ITEM.finditer(heading.group(group)):
                one = _HEADING_NAME.match(item.group())
                if not one:
                    continue
                name = one.group("name")
                start = offset + item.start() + one.start("name")
                end = start + len(name)
                role = feminine if feminine and is_womans_name(name) else masculine
                if self._taken(start, end):
                    if known := self._roleless_at(start, end) or self._body_for_role_at(start, end):
                        # "Chair: Anna Berg, Eurocities", "Rapporteur: Jan Smit (X)": the
                        # words after the name are the body they are of
                        after = known.role or self._role_after(known.end)[0]
                        body = self._body_named(after) if after else None
                        if body and not says_role_head(after):
                            known.organization = body
                        known.role = role
                    continue
                if (
                    not _plausible_name(name, self.text)
                    or self.gaz_name(name)
                    or self.resolve_org(name, strict=True)
                ):
                    continue
                self._add(Person(name, role, None, start, end))

    def _lists_after_place_roles(self) -> None:
        """A role of a place said once for a list of places and people ("la alcaldesa de
        Madrid, A; de Cádiz, B; Badalona, C"): each listed person has it with their own place."""
        for person in list(self.people):
            if person.role and self._place_word(person.role.split()[-1].strip(",;.")):
                self._listed_after(person.role, person.organization, person.end, places_only=True)

    def _listed_after(
        self, role: str, org: str | None, end: int, *, places_only: bool = False, in_nominative=None
    ) -> int:
        """The people listed after the first one a plural role names ("i sindaci A, B e C",
        "the mayors of Graz, A, of Linz, B", "los concejales de Empleo, A, y Cultura, B"),
        each with the role (its place or field swapped for the one said before the name);
        where the list ends. With `places_only`, the role is one person's and only items
        of a place and a name go on its list, each in the person's own gender."""
        words = role.split(" ")
        if places_only:  # "alcaldesa de Barcelona y la de Madrid": the first role alone
            words = words[: next((n for n, w in enumerate(words) if fold(w) in _AND_WORDS), None)]
        *head, last = words
        links = [n for n, word in enumerate(head) if n and fold(word) in _ROLE_LINKS]
        while item := _LIST_NAME_AFTER.match(self.text, end):
            start, stop = item.span("name")
            name, place = item.group("name"), item.group("place")
            known = self._roleless_at(start, stop) if self._taken(start, stop) else None
            of_place = bool(place and head and self._place_word(last) and self._place_word(place))
            if (places_only and not of_place) or (
                known is None
                and not (
                    (
                        of_place
                        or is_known_name(name.split()[0])
                        or given_nominative(name.split()[0])
                    )
                    and self._usable_partner(item)
                )
            ):
                break
            own_role, own_org = role, org
            if of_place:
                own_role, own_org = " ".join([*head, place]), self.municipality_in(place)
            elif place and links and not self._place_word(last):
                own_role = " ".join([*head[: links[-1] + 1], place])  # the field after "de"
            elif place:
                break
            if places_only and (
                is_womans_name(name) or is_mans_name(name) or is_given_name(name.split()[0])
            ):
                own_role = gendered_role(own_role, feminine=is_womans_name(name))
            if known is not None:
                known.role, known.organization = own_role, known.organization or own_org
            else:
                if in_nominative:
                    name = in_nominative(name)  # "τους δημάρχους X και Νίκο Βλάχο"
                self._add(Person(name, own_role, own_org, start, stop, shared=not places_only))
            end = stop
        return end

    def _after_a_role(self, start: int) -> bool:
        """Whether the name at `start` follows a role and a comma in a list that starts with
        a role ("ministrul X, Ion Pop, secretarul de stat, Ana Gil"), where the role after a
        name is the next name's."""
        before = self.text[max(0, start - 120) : start].rstrip()
        if not before.endswith(","):
            return False
        item = rx.split(r"[,.;:\n]", before[:-1])[-1]
        if item.endswith(")"):
            return False  # "Ann Lee (Mayor of X), Tom Wood": the bracket is the name's before
        return says_role_head(item) and self._list_starts_with_a_role(start)

    def _given_name_before(self, position: int) -> bool:
        """Whether a name that opens on a given name ends right before `position`, with no
        comma between: a role said there in lower case is said of that name."""
        m = _GIVEN_NAME_BEFORE_ROLE.search(self.text, max(0, position - 80), position)
        return bool(m) and is_given_name(m.group("given"))

    def _said_after_a_name(self, position: int) -> bool:
        """Whether a person found ends right before `position`, but for one comma or dash,
        in a list that starts with a name: what starts there is said of them (an
        apposition), not of the name after it ("Anna Berg – Director, Caritas Europa")."""
        at = position
        while at > 0 and self.text[at - 1] in " ,–—-":
            at -= 1
        marks = sum(self.text[at:position].count(mark) for mark in ",–—-")
        if not (at < position and marks == 1 and self._ends[at]):
            return False
        return not self._list_starts_with_a_role(at)

    def _list_starts_with_a_role(self, position: int) -> bool:
        """Whether the comma list `position` is in opens on a role that no found name ends
        ("sunt prezenți ministrul X, Ion Pop, ..."), not on a name ("au participat Ioana
        Rusu, șeful X, ...")."""
        base = max(0, position - 400)
        clause = self.text[base:position]
        opening = max(clause.rfind(c) for c in ".;:\n") + 1
        first = clause.find(",", opening)
        if first < 0:
            return False
        item = clause[opening:first].rstrip()
        return says_role_head(item) and not self._ends[base + opening + len(item)]

    def _place_word(self, word: str) -> bool:
        """Whether a word names a place, in the nominative or a case form ("Gdańska")."""
        greek = bool(rx.match(r"\p{Greek}", word))
        return self.gaz_name(word) or any(
            self.gaz_name(form) for form in base_forms(fold(word), greek=greek)
        )

    def _roleless_at(self, start: int, end: int) -> "Person | None":
        """The person found without a role whose name spans `start`-`end`, if any."""
        return next(
            (p for p in self.people if p.role is None and p.start <= start and end <= p.end),
            None,
        )

    def _body_for_role_at(self, start: int, end: int) -> "Person | None":
        """The person found whose name spans `start`-`end` with a body's name for a role
        ("Anna Berg, Eurocities"), if any: a list heading gives the role."""
        return next(
            (
                p
                for p in self.people
                if p.role
                and p.start <= start
                and end <= p.end
                and not says_role_head(p.role)
                and self.resolve_org(p.role)
            ),
            None,
        )

    def _usable_partner(self, m) -> bool:
        """Whether the name joined by "and" to a person found is a person's too: not one
        said right after "from", "vom", "dal" (the body of the person before it)."""
        start = m.start("name")
        return not _BODY_WORD_BEFORE.search(self.text, max(0, start - 12), start) and (
            self._free_name(m.group("name"), *m.span("name"))
        )

    def _free_name(self, name: str, start: int, end: int) -> bool:
        """Whether capitalised words at `start`-`end` may be a person's name with no role to
        vouch for them: not found already, no stop word, none of them a plain word elsewhere
        in the text, and neither a place nor a body."""
        return not (
            self._taken(start, end)
            or not _plausible_name(name, self.text)
            or any(_lowercase_elsewhere(w, self.text) for w in name.split() if w[:1].isupper())
            or self.gaz_name(name)
            or self.resolve_org(name, strict=True)
            or self.resolve_org(name)
        )

    def _role_closes(self, role_words: list[str], m, first_name: str) -> bool:
        """Whether the role ends before the name: not on a preposition or article, and not on
        a capitalised word (of a unit's name going on) unless it names a place or an acronym,
        or the name starts with a given name ("Commissioner for Home Affairs Ylva Berg")."""
        last = role_words[-1]
        if len(role_words) > 1 and fold(last) in _ROLE_LINKS:
            return False
        elided = rx.search(r"['’](\p{Lu}.*)$", last)
        last = elided.group(1) if elided else last  # "dell'Ufficio"
        if len(role_words) == 1 or m.group("sep") or m.group("title") or not last[:1].isupper():
            return True
        if is_role_head_word(last):
            return True  # "Deputy Mayor Anna Berg": the role's own head, not a unit's name
        if is_given_name(first_name):
            return True
        if last.isupper() and len(last) > 1:
            return True  # "ο πρόεδρος της Επιτροπής της ΚΕΔΕ Α. Χρυσάφης"
        if rx.match(r"\p{Greek}", last) and last.endswith(_GREEK_GENITIVES):
            return True  # "ο αντιδήμαρχος Κοινωνικής Πολιτικής Γ. Ραπτής": a genitive complement
        return any(self._place_word(part) for part in last.split("-"))

    def _listed_name(self, match) -> str | None:
        """The person's name in a list item, if it is one: a bare single word needs a title."""
        name = _clean_name(match.group("name"))
        if not name or not _plausible_name(name, self.text):
            return None
        if not match.group("title") and len(name.split()) < 2:
            return None
        return name

    def _add(self, person: Person) -> None:
        self.people.append(person)
        self._covered[person.start : person.end] = b"\x01" * (person.end - person.start)
        self._ends[person.end] = 1

    def _taken(self, start: int, end: int) -> bool:
        return self._covered.find(1, start, end) >= 0

    def _from_lists(self) -> None:
        for start, end, org in self.list_blocks:
            block = self.text[start:end]
            for item in rx.finditer(r"[^;\n•]+", block):
                raw = item.group()
                m = rx.match(
                    rf"\s*(?:[-*•·]\s*)?(?:(?P<title>{_TITLE})\s+)?(?P<name>{_NAME})\s*(?:,|"
                    rf"[–—-]|\(|:)\s*(?P<role>[^;\n]*)",
                    raw,
                )
                if not m:
                    continue
                name = self._listed_name(m)
                if not name:
                    continue
                role = m.group("role")
                role = _inside(role)  # "Name (role), ..." and "Name, role (MA 17)" alike
                role = closed_brackets(role.strip(" .;,")).strip(" .;,")
                self._add(Person(name, role or None, org, start + item.start(), start + item.end()))

    def _name_over_role(self) -> None:
        """A speakers' list with the name on a line of its own and the role on the next:
        "Anna Berg" then "Head of the Migration Office, City of Graz"."""
        for m in _NAME_OVER_ROLE.finditer(self.text):
            name, role = m.group("name"), m.group("role").strip(" ,.;")
            start, end = m.span("name")
            if not _ROLE_START.match(role) or not self._free_name(name, start, end):
                continue
            role, org = self._split_role(role)
            self._add(Person(name, role, org, start, end))

    def _bracketed_names(self) -> None:
        """Names in brackets after their city or body: "Utrecht (Anna Berg, Jan de Vries)"."""
        for m in _NAMES_IN_BRACKETS.finditer(self.text):
            org = self.municipality_in(m.group("head")) or self.resolve_org(
                m.group("head"), strict=True
            )
            if not org:
                continue
            offset = m.start("body")
            for item in rx.finditer(r"[^,;]+", m.group("body")):
                one = _BRACKET_ITEM.match(item.group())
                if not one:
                    continue
                name = one.group("name")
                start = offset + item.start() + one.start("name")
                if (
                    self._taken(start, start + len(name))
                    or not _plausible_name(name, self.text)
                    or self.gaz_name(name)
                    or self.resolve_org(name, strict=True)
                ):
                    continue
                self._add(Person(name, None, org, start, start + len(name)))

    def _from_bullets(self) -> None:
        """Bullet lines: "- Ana García (Valencia City Council) - Head of the Migration Unit"."""
        for line in rx.finditer(r"(?m)^[ \t]*[-*•·–][ \t]+(?P<item>[^\n]+)$", self.text):
            if self._taken(line.start(), line.end()):
                continue
            m = rx.match(
                rf"(?:(?P<title>{_TITLE})\s+)?(?P<name>{_NAME})\s*(?:\((?P<aff>[^()]+)\))?\s*(?:[,:–—]|"
                rf"\s-\s)\s*(?P<role>.+)$",
                line.group("item"),
            )
            if not m:
                continue
            name = self._listed_name(m)
            if not name:
                continue
            role, org = self._split_role(m.group("role").strip(" .;"))
            if m.group("aff"):
                org = self.resolve_org(m.group("aff").strip()) or m.group("aff").strip()
            self._add(Person(name, role, org, line.start(), line.end()))

    def _titled(self) -> None:
        for m in _TITLED.finditer(self.text):
            if self._taken(m.start(), m.end()):
                continue
            name = _clean_name(m.group("name"))
            if not name or not _plausible_name(name, self.text):
                continue
            end = m.start("name") + len(name)
            role, org = self._role_after(end)
            if role is None:
                role, org = self._role_before(m.start())
            if m.group("title") == "Pana":
                name = polish_mans_genitive_name(name)
            self._add(Person(name, role, org, m.start(), end))

    def _untitled(self) -> None:
        for m in _UNTITLED_BEFORE_ROLE.finditer(self.text):
            if self._taken(m.start(), m.end()):
                continue
            name = m.group("name")
            words = name.split()
            if not _plausible_name(name, self.text) or any(
                _lowercase_elsewhere(w, self.text) for w in words
            ):
                continue
            if self.resolve_org(name, strict=True):
                continue
            role, org = (None, None) if self._after_a_role(m.start()) else self._role_after(m.end())
            # an office in the plural names the list this name ends ("A and B, officers of X")
            plural = bool(role and not says_role_head(role) and _PLURAL_OFFICE.search(role))
            if not plural and (role is None or not says_role_head(role)):
                before_role, before_org = self._role_before(m.start())
                if before_role is None:
                    continue
                role, org = before_role, before_org
            partner = _AND_NAME_BEFORE.search(self.text, max(0, m.start() - 60), m.start())
            if plural and not (partner and self._usable_partner(partner)):
                continue
            self._add(Person(name, role, org, m.start(), m.end()))
            # "Anna Berg and Jan Smit, teachers at X": the role said after both names, and
            # after each of a longer list whose names are people's ("A, B and C, teachers")
            while partner and self._usable_partner(partner):
                self._add(Person(partner.group("name"), role, org, *partner.span("name")))
                at = partner.start("name")
                partner = _COMMA_NAME_BEFORE.search(self.text, max(0, at - 60), at)
                if partner and not is_known_name(partner.group("name").split()[0]):
                    break

    def _role_after(self, end: int) -> tuple[str | None, str | None]:
        rest = self.text[end : end + 300]
        m = _INSTRUMENTAL_ROLE_AFTER.match(rest) or _BARE_ROLE_AFTER.match(rest)
        if m:
            return self._split_role(m.group("role").strip())
        m = _WHO_HEADS.match(rest)
        if m:
            role = f"{_HEAD_OF_VERB[m.group('verb').lower()]} {m.group('unit').strip()}"
            return self._split_role(role)
        m = rx.match(r"\s*[–—-]\s*(?P<role>[^–—\n]{3,200}?)\s*(?:[–—]|\s-\s|[.;\n]|$)", rest)
        if not m:
            m = rx.match(r"\s*\((?P<role>(?:[^()\n]|\([^()\n]{1,40}\)){3,150})\)", rest)
        if not m:
            m = rx.match(
                r"\s+(?:is|was|è|era)\s+(?:the|a|an|il|la|l')\s*(?P<role>[^.;\n]{3,200})", rest
            ) or rx.match(  # "Lena Hart, who is the head of X, said": to the clause's end
                r",\s+(?:who|che)\s+(?:is|was|è|era)\s+(?:the|a|an|il|la|l')\s*"
                r"(?P<role>[^,.;\n]{3,200})",
                rest,
            )
        if not m:
            m = rx.match(
                r",\s+(?P<role>(?!(?:and|who|which|e|che|said|stressed|y|und|și|şi|i|και|et|oraz|u|"
                # "and also" opens the next item, no apposition ("X, a także dyrektor Y")
                r"a\s+także|as\s+well\s+as|along\s+with|together\s+with|sowie|así\s+como|"
                r"nonché|insieme\s+a|precum|alături|καθώς|μαζί|wraz|also|anche|también|auch)"
                r"\b)[^;\n]{3,200}?)(?=,\s+(?:who|"
                # (not the full stop of a rank's or title's short form: "stv. Vorsitzende")
                r"which|che|said|stressed|explained|presented)\b|[;\n]|"
                # the next person's title ("Officer at X, Prof. Anna Berg from Y")
                rf",\s+(?={_TITLE}[^\S\n]+\p{{Lu}})|"
                r"(?<![^\p{L}](?i:stv|stellv|dep))\.(?:\s|"
                r"$)|$|"
                # "and" after a comma ends the role, unless another office follows ("UCLG
                # President, and Mayor of X")
                rf",\s+(?:and|e)\b(?!\s+{_OFFICE})|"
                # a relative clause ends the role ("docenti di X che tratteranno")
                r"\s(?:who|which|che|que|care|που)\s|"
                # so does a quotation the person is said to speak ("According to Ann Berg,
                # Director at X “We will...”", "Ana Gil, directora de Y: «Hay que...»"): a
                # sentence, four lower-case words before it closes, not a body's name in
                # quotation marks ("presidente dell'associazione «Casa Aperta»")
                r":?\s+[“\"«„](?=(?:[^”\"»“\n]*?[^\S\n]\p{Ll}+){4})|"
                # an apposition ends where a clause starts: a comma, then a lower-case word
                # that is not an article or preposition of a name going on ("Head of Unit X,
                # recognised that", "Rappresentante per l'Italia, la Santa Sede, ha detto")
                r",\s+(?!(?:the|of|for|la|il|lo|le|l['’]|el|los|las|der|die|das|des|του|της|των|"
                rf"di|de|del|della|dei|per|para|für|pour)\s*\p{{Lu}}|{_OFFICE})\p{{Ll}}|"
                # or where the next person of a list starts: ", Anna Berg, Deputy Mayor", "e a
                # Anna Berg, sottosegretario" (the "a", "to" of the verb both names follow)
                rf"(?:,|\s(?:{AND_ALTERNATIVES}))\s+(?:(?:a|ad|to|an|al|à)\s+)?"
                rf"{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{1,2}}"
                r"(?:,\s|\s+(?:vom|von|aus|from|dal|dalla|z|ze|din|από)\s))",
                rest,
            )
            if m and not (_ROLE_START.match(m.group("role")) or m.group("role")[:1].isupper()):
                m = None
            if m and _names_the_next_person(m.group("role"), self.gaz_name):
                return None, None  # "il sindaco X, il vicesindaco Y e l'assessore Z": Y's role
        if not m:
            m = rx.match(
                r"(?:\s+(?:from|of|at|with|representing|dal|dalla|del|della|per)\s+|"
                r"\s+dell['’]\s*)(?:the\s+)?(?P<role>\p{Lu}[^,;.\n]{2,120}?)(?=\s+(?:who|"
                r"which|closed|opened|presented|said|stressed|explained|illustrated|"
                r"gave|chaired|moderated|welcomed|and)\b|[,;.\n])",
                rest,
            )
            if m:
                role = _name_phrase(m.group("role").strip())
                org = self.resolve_org(rx.sub(r"\s*\([^()]*\)\s*$", "", role)) or role
                return role, org
            return None, None
        role = closed_brackets(m.group("role").strip(" ,.;"))
        role, org = self._split_role(role)
        return role, org

    def _role_before(self, start: int) -> tuple[str | None, str | None]:
        left = self.text[max(0, start - 300) : start]
        boundary = max(left.rfind(". "), left.rfind("\n"), left.rfind(";"), left.rfind(":"))
        last_end = self._ends.rfind(1, max(0, start - 299), start + 1)  # the nearest person
        if last_end >= 0:
            boundary = max(boundary, len(left) - (start - last_end))
        segment = left[boundary + 1 :]
        m = rx.search(r",\s*$", segment)
        if not m:
            return None, None
        segment = segment[: m.start()]
        head = _ROLE_HEAD.search(segment)
        if not head or self._said_after_a_name(start - m.end() + head.start()):
            return None, None
        if _inside(segment[head.start() :]) != segment[head.start() :]:
            # "A (Vice Mayor, X), B": the role closes an aside of the name before it
            return None, None
        begin = head.start()
        owner = _NAME_THEN_COMMA.search(segment, 0, begin)
        if owner and not _ROLE_HEAD.search(segment, 0, owner.start()):
            # "Anna Berg, Head of Unit X, Jan Smit of Y": the role is said of the name before it
            self._apposition_owner(owner, segment[begin:], start - m.end())
            return None, None
        words_before = segment[:begin].split()
        while (
            words_before
            and words_before[-1][:1].isupper()
            and fold(words_before[-1]) not in _STOP_NAME_WORDS
            and fold(words_before[-1]) not in _SENTENCE_ARTICLES
        ):
            begin -= len(words_before[-1]) + 1
            words_before.pop()
        role = segment[max(begin, 0) :].strip(" ,")
        return self._split_role(role)

    def _apposition_owner(self, owner, role: str, offset: int) -> None:
        """The person a role said right after their name belongs to, found while looking for
        a role before another name; `offset` is where the text `owner` searched starts."""
        name = owner.group("name")
        start, end = offset + owner.start("name"), offset + owner.end("name")
        if (
            self._taken(start, end)
            or not _plausible_name(name, self.text)
            or self.gaz_name(name)
            or self.resolve_org(name, strict=True)
        ):
            return
        role, org = self._split_role(role.strip(" ,"))
        self._add(Person(name, role, org, start, end))

    def _split_role(self, role: str) -> tuple[str, str | None]:
        """Split "Director of X within the Ministry of Y" into the role and the organisation.

        The organisation is the body named after the role's preposition ("responsabile dell'Alto
        Commissariato X", "Head of Unit at the Municipality of X"); the role keeps the body as
        the text says it (a reader, and the gold, name the post with its body).
        """
        resolved = None
        first, comma, rest = role.partition(", ")
        if comma and _MUNICIPAL_TAIL.match(first) and (city := self.municipality_in(first)):
            return rest, city  # "(Cork City Council, Community Development)"
        head, comma, last = role.rpartition(", ")
        if comma and head and _TITLE_CASE.match(last) and (org := self.resolve_org(last)):
            role = head
            resolved = org
            if self.resolve_org(head, strict=True) is None:
                return role, org
        for m in _SPLIT_ORG.finditer(role):
            tail = role[m.end() :].strip(" ,")
            org = self.resolve_org(tail)
            if not org:
                continue
            resolved = resolved or org
            city = self.municipality_in(tail) == org
            if (
                (city and self.gaz_name(tail))  # "Mayor of Lecce"
                or fold(tail) == fold(org)
                or (city and _MUNICIPAL_TAIL.match(tail))
            ):
                return role, org  # the body after the preposition stays in the role as said
        return role, resolved or self.resolve_org(role, strict=True)


# A list heading and the role it gives the names under it (the feminine where the language
# has one): "Speakers:", "Moderatore:", "Ponentes:", "Referentinnen:", "Vorbitori:",
# "Prelegenci:", "Ομιλητές:", "Kelliema:".
_HEADING_ROLES = {
    word: pair
    for words, pair in (
        ("speaker speakers", ("speaker", None)),
        ("presenter presenters", ("presenter", None)),
        ("moderator moderators", ("moderator", None)),
        ("panellist panellists panelist panelists", ("panellist", None)),
        ("facilitator facilitators", ("facilitator", None)),
        ("chair chairs chairperson co-chair co-chairs", ("chair", None)),
        ("rapporteur rapporteurs", ("rapporteur", None)),
        ("host hosts", ("host", None)),
        ("keynote keynotes", ("keynote speaker", None)),
        ("relatore relatori relatrice relatrici", ("relatore", "relatrice")),
        ("moderatore moderatori moderatrice moderatrici", ("moderatore", "moderatrice")),
        ("ponente ponentes", ("ponente", None)),
        ("moderador moderadora moderadores moderadoras", ("moderador", "moderadora")),
        ("referent referentin referenten referentinnen", ("Referent", "Referentin")),
        ("redner rednerin rednerinnen", ("Redner", "Rednerin")),
        ("vorbitor vorbitori vorbitoare", ("vorbitor", "vorbitoare")),
        ("prelegent prelegentka prelegenci", ("prelegent", "prelegentka")),
        ("moderatorka moderatorzy", ("moderator", "moderatorka")),
        ("moderatorin moderatorinnen", ("Moderatorin", "Moderatorin")),
        ("ομιλητής ομιλητές ομιλήτρια", ("ομιλητής", "ομιλήτρια")),
        ("συντονιστής συντονιστές συντονίστρια", ("συντονιστής", "συντονίστρια")),
        ("kelliem kelliema", ("kelliem", None)),
    )
    for word in words.split()
}
_HEADING_FORMS = rx.alternation(
    {form for w in _HEADING_ROLES for form in (w, w[:1].upper() + w[1:], w.upper())}
)
# the heading, then its names on its own line, or on the lines under it up to a blank line or
# the next heading
_LIST_HEADING = rx.compile(
    rf"(?m)^[^\S\n]*(?:[-*•·][^\S\n]*)?(?P<head>{_HEADING_FORMS})[^\S\n]*:[^\S\n]*"
    r"(?:(?P<body>\S[^\n]*)|\n(?P<block>[^\n]*\S[^\n]*"
    r"(?:\n(?![^\S\n]*(?:[-*•·][^\S\n]*)?\p{L}+[^\S\n]*:)[^\n]*\S[^\n]*)*))"
)
# the items of a heading's list: split at commas, semicolons, line ends and "and"
_HEADING_ITEM = rx.compile(rf"(?:(?!\s{_AND}\s)[^,;\n])+")
_HEADING_NAME = rx.compile(
    rf"^[^\S\n]*(?:[-*•·–][^\S\n]*)?(?:{_AND}[^\S\n]+)?(?:{_TITLE}[^\S\n]+)?"
    rf"(?P<name>{_FULL_NAME})"
    r"[^\S\n]*(?:\.?[^\S\n]*$|[(–—:]|-[^\S\n])"
)


_SENTENCE_START_BEFORE = rx.compile(r"(?:\n|[.!?][^\S\n]+)[^\S\n]*$")
_CAPITALISED_WORD_BEFORE = rx.compile(r"(?<![\p{L}])\p{Lu}[\p{L}\-]*[^\S\n]+$")


def _in_a_bodys_name(text: str, start: int, head: str) -> bool:
    """Whether an office in a case form (a genitive, a dative) follows a capitalised word:
    the word governs it, in a body's name ("Instituţia Prefectului", "Biuro Prezydenta
    Miasta"), and no role opens there."""
    if head.lower() not in _OBLIQUE_HEADS:
        return False
    word = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 40), start)
    if not word or word.group().split()[0].lower() in _OPENING_PREPOSITIONS:
        return False
    # "Wizyta wiceprezydenta X Y": a sentence's first word, capitalised as such, before an
    # office in lower case is no body's name ("Biuro Prezydenta Miasta" writes both high)
    return not (
        head[:1].islower()
        and (
            word.start() == 0
            or _SENTENCE_START_BEFORE.search(text, max(0, word.start() - 4), word.start())
        )
    )


def _after_opening_preposition(lead: str) -> str:
    """The capitalised words before a role from after the last preposition among them: "Laut
    Bürgermeister X" holds the role "Bürgermeister"."""
    for word in reversed(lead.split()):
        if word.lower() in _OPENING_PREPOSITIONS:
            return lead[lead.rindex(word) + len(word) :].lstrip()
    return lead


def _names_the_next_person(phrase: str, is_place) -> bool:
    """Whether a phrase after a name is rather the next person's role and name, as in a
    role-first list ("Mayor A, Deputy Mayor B and Councillor C", "il sindaco A, il
    vicesindaco B"): a role head, then a name starting with a given name, or with the last
    word of the role's place before it ("il Sindaco di Gorla Minore Vittorio Landoni"). A
    town whose name starts like a given name ("representative of the Town Hall of Alba
    Iulia") ends the role instead."""
    for m in _ROLE_THEN_NAME.finditer(phrase):
        if _in_a_bodys_name(phrase, m.start(), m.group("role").split()[0]):
            continue
        name = _without_leading_tail(m.group("name"))
        if is_given_name(name.split()[0]) and not is_place(name):
            return True
    return False


def _roles_after_other_people(people: list[Person]) -> None:
    """A role that runs back over another person ("the mayor Ana Pop and the head of the
    social directorate, Ion Rus"; "Mayor A signed it with his counterpart, the mayor of X, B")
    keeps only the role said after them: from the first office after a comma, an "and" or an
    article that follows the other person's name."""
    for person in people:
        if not person.role:
            continue
        role = person.role
        ends = []
        for other in people:
            if other.name == person.name or len(other.name.split()) < 2:
                continue
            at = role.find(other.name)
            while at >= 0:
                before = role[at - 1 : at]
                if not (before and (before.isalnum() or before == "_")):
                    ends.append(at + len(other.name))
                at = role.find(other.name, at + 1)
        if not ends:
            continue
        rest = role[max(ends) :]
        opening = _HEAD_AFTER_BREAK.search(rest)
        if opening:
            person.role = rest[opening.end() :].strip(" ,")


# an office opening a phrase: after a comma or an "and", perhaps with an article
_HEAD_AFTER_BREAK = rx.compile(
    rf"(?:^|,|[^\S\n](?:{AND_ALTERNATIVES}))[^\S\n]+(?:(?:the|il|la|lo|l['’]|el|der|die|das|dem|"
    rf"den|des|ο|η|τον|την|του|της)[^\S\n]+)?(?=(?:{_COMPOUND_PREFIX})?(?i:{ROLE_HEADS})(?![\p{{L}}]))"
)


_AND_AFTER_NAME = rx.compile(rf",?\s+{_AND}\s+")


# a body's name runs on over capitalised words and the small words that join them
_NAME_PHRASE = rx.compile(
    r"^\p{Lu}\S*(?:\s+(?:(?:of|for|the|and|on|di|del|della|dello|degli|dei|delle|de|la|le|los|"
    r"las|el|y|e|i|für|der|die|das|und|des|du|d['’]|van|von|pentru|al|ai|ale|na|w|z|ze|do|dla|"
    r"του|της|των|και)\s+)*"
    r"[\p{Lu}\d(]\S*)*"
)


def _name_phrase(phrase: str) -> str:
    """The body named at the start of `phrase`, without the clause that follows it
    ("Rotterdam responded" -> "Rotterdam")."""
    m = _NAME_PHRASE.match(phrase)
    return m.group().strip() if m else phrase


_TITLE_CASE = rx.compile(
    r"^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|and|di|del|della|de|la)\s+)*\p{Lu}[\p{L}'’-]*)*$"
)
_MUNICIPAL_TAIL = rx.compile(
    r"^(?:(?:the\s+)?(?:municipality|city|town|comune|città|municipio|"
    r"ayuntamiento)\s+(?:of|di|de)\s+\S.*|"
    r"(?:the\s+)?\S+(?:\s\S+){0,2}\s(?:City Council|City Hall|Municipality|Town Council|Council))$",
    regex.I,
)


# the next or the previous name of a list of names: ", Ngozi Ade", " and Omar Said", "Omar
# Said (Leeds), "; a bracket after the name (a town, a body) is passed
_NEXT_IN_LIST = rx.compile(
    rf"(?:[^\S\n]*\([^()\n]{{1,60}}\))?(?:[^\S\n]*,(?:[^\S\n]+{_AND})?|[^\S\n]+{_AND})[^\S\n]+"
    rf"(?P<name>{_FULL_NAME})(?=[^\S\n]*(?:[,;.:)(]|$)|[^\S\n]+\p{{Ll}})"
)
_PREVIOUS_IN_LIST = rx.compile(
    rf"(?:^|(?<=[\s(:;,]))(?<!\p{{Lu}}[\p{{L}}\-]*[^\S\n])(?P<name>{_FULL_NAME})"
    rf"(?:[^\S\n]*\([^()\n]{{1,60}}\))?(?:[^\S\n]*,(?:[^\S\n]+{_AND})?|[^\S\n]+{_AND})[^\S\n]+$"
)
# a body's name before the next item of a list: "Nordnet (lead partner) and "
_BODY_BEFORE_IN_LIST = rx.compile(
    rf"(?:^|(?<=[\s(:;,]))(?P<body>\p{{Lu}}[\p{{L}}\p{{N}}&\-]*(?:[^\S\n]+\p{{Lu}}[\p{{L}}\p{{N}}&\-]*){{0,4}})"
    rf"[^\S\n]*\([^()\n]{{1,60}}\)(?:[^\S\n]*,(?:[^\S\n]+{_AND})?|[^\S\n]+{_AND})[^\S\n]+$"
)
_BRACKET_AFTER = rx.compile(r"[^\S\n]*\(")
# a Greek article right before a Greek name ("η Μαρία Ιωάννου", "του Νίκου Βλάχου")
_GREEK_ARTICLE_BEFORE = rx.compile(rf"(?<![\p{{L}}])({'|'.join(ARTICLE_CASES)})[^\S\n]+$")
# the genitive endings of a role's complement ("Κοινωνικής Πολιτικής", "Δήμου", "Λάρισας")
_GREEK_GENITIVES = ("ής", "ης", "ου", "ού", "ών", "ων", "ας", "άς")
# a Greek word no given name is: a genitive ("Δήμαρχος Αθηναίων Κ. Μπάκος", "της Λάρισας")
_GREEK_GENITIVE_WORD = rx.compile(r"\p{Greek}+(?:ων|ών|ου|ού)")
_GREEK_PLURAL_GENITIVE = rx.compile(r"\p{Greek}+(?:ων|ών)")
# a genitive article right after capitalised words: they go on a phrase ("... του Δήμου X")
_GREEK_ARTICLE_AFTER = rx.compile(r"[^\S\n]+(?:του|της|των)[^\S\n]")


def _two_given_names(words: list[str]) -> bool:
    """Whether two words are a double given name with no surname ("Anna Maria", "Maria
    Elena"), not a given name and a surname that is a given name too ("Peter Novak",
    "Elena Romano", "Gustavo Vera"): the second name is no man's, nor is the first. Surnames
    that are given names are most often men's names."""
    return (
        len(words) == 2
        and is_given_name(words[1])
        and not is_mans_name(words[1])
        and not is_mans_name(words[0])
    )


def _after_a_noun_and_particle(words: list[str], start: int) -> list[tuple[int, int]]:
    """The name after a capitalised noun and a particle that is a preposition there
    ("Veranstaltung von Julia Hahn", "Grußwort von Anna Berg"): where its given name opens,
    when the run's first word is no given name and two or three words follow the particle."""
    if len(words) < 4 or is_given_name(words[0]):
        return []
    for n, word in enumerate(words[1:-2], start=1):
        if rx.fullmatch(_PARTICLE, word) and is_given_name(words[n + 1]):
            offset = len(" ".join(words[: n + 1])) + 1
            return [(start + offset, start + len(" ".join(words)))]
    return []


def _dedupe(people: list[Person]) -> list[Person]:
    out: dict[str, Person] = {}
    for p in sorted(people, key=lambda x: x.start):
        key = fold(p.name)
        same = next(
            (
                k
                for k in out
                if k == key
                or k.endswith(" " + key)
                or key.endswith(" " + k)
                # "Ms Saiz" after "Emilia Saiz Carrancedo": a surname of two
                or (" " not in key and f" {key} " in f" {k} ")
            ),
            None,
        )
        if same is None:
            out[key] = p
        else:
            kept = out[same]
            if len(key) > len(same):
                kept.name = p.name
            if kept.shared and p.role and not p.shared:
                kept.role, kept.shared = p.role, False  # said of this person alone
            else:
                kept.role = _fuller_role(kept.role, p.role)
            kept.organization = kept.organization or p.organization
    return list(out.values())


def _fuller_role(said_first: str | None, said_later: str | None) -> str | None:
    """The role to keep for someone named twice: the first, unless the later one says all of
    its words and more ("Prefectul X" in a title, then "prefectul județului Cluj, X"; "Mayor
    X", then "X, Mayor of Y"): the fuller form is the one a reader would give."""
    if not said_first or not said_later:
        return said_first or said_later
    first, later = set(fold(said_first).split()), set(fold(said_later).split())
    return said_later if first < later else said_first


_LIST_HEAD = rx.compile(
    r"(?:^|\n|(?<=[.!?])[ \t]+)\s*(?:(?:from|for|da|per|delegation of|"
    r"delegazione di|participants from|partecipanti da)\s+(?:the\s+|il\s+|"
    r"la\s+)?)?"
    r"(?P<head>[\p{Lu}][^:\n]{1,60}?)(?:\s+delegation|\s+delegazione)?\s*:\s*(?P<body>[^\n]*(?:\n\s*[-*•·][^\n]*)*)",
    regex.I,
)


def list_blocks(text: str, resolve_org) -> list[tuple[int, int, str | None]]:
    """Participant lists: "From Venice: Mr A, role; Ms B, role." or a heading with bullets."""
    out = []
    for m in _LIST_HEAD.finditer(text):
        org = resolve_org(m.group("head"), strict=True)
        if not org:
            continue
        body = m.group("body")
        if not rx.search(rf"{_TITLE}\s+\p{{Lu}}|{_NAME_WORD}\s+{_NAME_WORD}\s*[,–-]", body):
            continue
        out.append((m.start("body"), m.end("body"), org))
    return out


_UNNAMED = rx.compile(
    rf"(?:the|a|an|il|la|l'|its|their)\s+(?P<role>(?:(?:newly appointed|"
    rf"municipal|former)\s+)?(?:(?!(?:of|the|for|and|di|del|della|participation|"
    rf"partecipazione)\b)[\p{{L}}&-]+\s+){{0,4}}?(?:{ROLE_HEADS})(?:\s+(?:of|"
    rf"for|on|di|del|della|per)\s+(?:the\s+)?[\p{{L}}&,\s-]{{3,80}}?)?)(?=\s*(?:[,.;]|"
    rf"\band\b|\balongside\b|\bwho\b|\bof the (?:Greek|Spanish|Italian|"
    rf"Polish|Romanian)))",
    regex.I,
)


# "The Deputy Mayor of Plovdiv closed the session": a title-case role of a city, then a verb.
_ROLE_OF_CITY = rx.compile(
    r"(?<![\p{L}])(?:[Tt]he|[Ii]l|[Ll]a|[Ll]['’])\s*(?P<role>\p{Lu}[\p{L}-]*(?:\s+(?:for|of the|of|"
    r"and|per|alle?|ai|di|del|della|\p{Lu}[\p{L}-]*))*?)\s+(?:of|di|del Comune di|of the City of)\s+"
    r"(?P<city>\p{Lu}[\p{L}'’-]+)(?=\s+(?!and\b|e\b)\p{Ll})"
)


_REPRESENTED = rx.compile(
    r"represented by|participation of|represented|partecipazione|rappresentat", regex.I
)


def unnamed_roles(text: str, people: list[Person], subject_at) -> list[dict]:
    """Roles stated without a name ("the Deputy Mayor for ..."), with the municipality meant."""
    out = []
    for m in _ROLE_OF_CITY.finditer(text):
        role = m.group("role")
        if not says_role_head(role) or any(
            p.start - 5 < m.start() < p.end + 5 or m.start() <= p.start < m.end() for p in people
        ):
            continue
        org = subject_at(m.start("city"), m.start("city"), m.end("city"))
        if org:
            out.append({"role": role, "organization": org})
    for sentence in rx.finditer(r"[^.\n]+", text):
        if not _REPRESENTED.search(sentence.group()):
            continue
        for m in _UNNAMED.finditer(sentence.group()):
            pos = sentence.start() + m.start()
            if any(p.start - 200 < pos < p.end + 5 for p in people):
                continue
            role = m.group("role").strip(" ,")
            org = subject_at(pos, sentence.start(), sentence.end())
            if says_role_head(role):
                out.append({"role": role[:1].upper() + role[1:], "organization": org})
    return out
