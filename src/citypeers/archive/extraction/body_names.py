"""Well-known international bodies in the programme's languages, with their case forms.

A Polish, Greek or Romanian report names the Council of Europe in the case its sentence
needs ("Rady Europy", "του Συμβουλίου της Ευρώπης", "Consiliului Europei"). Each group
below is one language's name: its nominative first, then the other forms met in text. The
record names such a body by its English short name with the nominative the text uses
("Council of Europe (Rada Europy)"), so a reader of either language knows it, and the
directory files it under the one body.
"""

import functools

from . import patterns as rx
from .gazetteer import script_of
from .text import fold

# (English short name, one group "nominative|other forms" for each name in each language)
LOCAL_NAMES = (
    (
        "Council of Europe",
        "Consiglio d'Europa",
        "Conseil de l'Europe",
        "Consejo de Europa",
        "Europarat|Europarats|Europarates",
        "Rada Europy|Rady Europy|Radzie Europy|Radę Europy|Radą Europy",
        "Συμβούλιο της Ευρώπης|Συμβουλίου της Ευρώπης",
        "Consiliul Europei|Consiliului Europei",
        "Kunsill tal-Ewropa",
    ),
    (
        "Congress of Local and Regional Authorities",
        # named with the body it belongs to, it is still the one body
        "Congress of Local and Regional Authorities of the Council of Europe",
        "Congresso dei Poteri Locali e Regionali del Consiglio d'Europa",
        "Congreso de Poderes Locales y Regionales del Consejo de Europa",
        "Kongress der Gemeinden und Regionen des Europarates|Kongresses der Gemeinden und "
        "Regionen des Europarates",
        "Kongres Władz Lokalnych i Regionalnych Rady Europy|Kongresu Władz Lokalnych i "
        "Regionalnych Rady Europy",
        "Κογκρέσο Τοπικών και Περιφερειακών Αρχών του Συμβουλίου της Ευρώπης|Κογκρέσου Τοπικών "
        "και Περιφερειακών Αρχών του Συμβουλίου της Ευρώπης",
        "Congresul Autorităților Locale și Regionale al Consiliului Europei|Congresului "
        "Autorităților Locale și Regionale al Consiliului Europei",
        "Congresso dei Poteri Locali e Regionali",
        "Congrès des pouvoirs locaux et régionaux",
        "Congreso de Poderes Locales y Regionales",
        "Kongress der Gemeinden und Regionen|Kongresses der Gemeinden und Regionen",
        "Kongres Władz Lokalnych i Regionalnych|Kongresu Władz Lokalnych i Regionalnych",
        "Κογκρέσο Τοπικών και Περιφερειακών Αρχών|Κογκρέσου Τοπικών και Περιφερειακών Αρχών",
        "Congresul Autorităților Locale și Regionale|Congresului Autorităților Locale și "
        "Regionale|Congresul Autorităţilor Locale şi Regionale|Congresului Autorităţilor "
        "Locale şi Regionale",
    ),
    (
        "PACE",
        "Parliamentary Assembly of the Council of Europe",
        "Assemblea Parlamentare del Consiglio d'Europa",
        "Asamblea Parlamentaria del Consejo de Europa",
        "Parlamentarische Versammlung des Europarates|Parlamentarischen Versammlung des "
        "Europarates",
        "Zgromadzenie Parlamentarne Rady Europy|Zgromadzenia Parlamentarnego Rady Europy",
        "Κοινοβουλευτική Συνέλευση του Συμβουλίου της Ευρώπης|Κοινοβουλευτικής Συνέλευσης "
        "του Συμβουλίου της Ευρώπης",
        "Adunarea Parlamentară a Consiliului Europei|Adunării Parlamentare a Consiliului Europei",
    ),
    (
        "European Commission",
        "Commissione europea",
        "Commission européenne",
        "Comisión Europea",
        "Europäische Kommission|Europäischen Kommission",
        "Komisja Europejska|Komisji Europejskiej|Komisję Europejską|Komisją Europejską",
        "Ευρωπαϊκή Επιτροπή|Ευρωπαϊκής Επιτροπής",
        "Comisia Europeană|Comisiei Europene",
        "Kummissjoni Ewropea",
    ),
    (
        "European Parliament",
        "Parlamento europeo",
        "Parlement européen",
        "Europäisches Parlament|Europäischen Parlament|Europäischen Parlaments",
        "Parlament Europejski|Parlamentu Europejskiego|Parlamencie Europejskim",
        "Ευρωπαϊκό Κοινοβούλιο|Ευρωπαϊκού Κοινοβουλίου",
        "Parlamentul European|Parlamentului European",
    ),
    (
        "European Committee of the Regions",
        "Comitato europeo delle regioni",
        "Comité européen des régions",
        "Comité Europeo de las Regiones",
        "Comité de las Regiones",
        "Europäischer Ausschuss der Regionen|Europäischen Ausschuss der Regionen",
        "Ausschuss der Regionen|Ausschusses der Regionen",
        "Europejski Komitet Regionów|Europejskiego Komitetu Regionów",
        "Komitet Regionów|Komitetu Regionów",
        "Ευρωπαϊκή Επιτροπή των Περιφερειών|Ευρωπαϊκής Επιτροπής των Περιφερειών",
        "Επιτροπή των Περιφερειών|Επιτροπής των Περιφερειών",
        "Comitetul European al Regiunilor|Comitetului European al Regiunilor",
    ),
    (
        "IOM",
        "Organizzazione Internazionale per le Migrazioni",
        "Organisation internationale pour les migrations",
        "Organización Internacional para las Migraciones",
        "Internationale Organisation für Migration|Internationalen Organisation für Migration",
        "Międzynarodowa Organizacja ds. Migracji|Międzynarodowej Organizacji ds. Migracji|"
        "Międzynarodową Organizację ds. Migracji",
        "Διεθνής Οργανισμός Μετανάστευσης|Διεθνούς Οργανισμού Μετανάστευσης|"
        "Διεθνή Οργανισμό Μετανάστευσης",
        "ΔΟΜ",
        "Organizația Internațională pentru Migrație|Organizației Internaționale pentru Migrație|"
        "Organizaţia Internaţională pentru Migraţie|Organizaţiei Internaţionale pentru Migraţie",
    ),
    (
        "UNHCR",
        "Agenzia ONU per i Rifugiati",
        "Agencia de la ONU para los Refugiados",
        "UN-Flüchtlingshilfswerk|UNO-Flüchtlingshilfswerk|UNO-Flüchtlingshilfswerks|"
        "UN-Flüchtlingshilfswerks",
        "Wysoki Komisarz Narodów Zjednoczonych ds. Uchodźców|Wysokiego Komisarza Narodów "
        "Zjednoczonych ds. Uchodźców",
        "Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες|Ύπατης Αρμοστείας του ΟΗΕ για τους Πρόσφυγες",
        "Ύπατη Αρμοστεία του ΟΗΕ|Ύπατης Αρμοστείας του ΟΗΕ",
        "Ύπατη Αρμοστεία του Οργανισμού Ηνωμένων Εθνών για τους Πρόσφυγες|"
        "Ύπατης Αρμοστείας του Οργανισμού Ηνωμένων Εθνών για τους Πρόσφυγες",
        "Ύπατη Αρμοστεία του Οργανισμού Ηνωμένων Εθνών|"
        "Ύπατης Αρμοστείας του Οργανισμού Ηνωμένων Εθνών",
        "Ύπατη Αρμοστεία των Ηνωμένων Εθνών για τους Πρόσφυγες|"
        "Ύπατης Αρμοστείας των Ηνωμένων Εθνών για τους Πρόσφυγες",
        "Agencja ONZ ds. Uchodźców|Agencji ONZ ds. Uchodźców",
        "Înaltul Comisariat al Națiunilor Unite pentru Refugiați|Înaltului Comisariat al "
        "Națiunilor Unite pentru Refugiați",
        "Agenția ONU pentru Refugiați|Agenției ONU pentru Refugiați",
    ),
    ("OECD", "ΟΟΣΑ"),
)


@functools.cache
def nominatives() -> dict[str, tuple[str, str]]:
    """Folded name in any form -> (English short name, the nominative in its language)."""
    out = {}
    for short, *groups in LOCAL_NAMES:
        for group in groups:
            forms = group.split("|")
            for form in forms:
                out.setdefault(fold(form), (short, forms[0]))
    return out


def as_named(short: str, said: str) -> str:
    """The record's name for a well-known body the text calls `said`: its short name, and
    the text's own name in the nominative when that is another ("IOM (OIM)")."""
    nominative = nominatives().get(fold(said), (short, said))[1]
    if fold(nominative) == fold(said):
        nominative = said  # as the text writes it ("Commissione Europea")
    if f" {fold(short)} " in f" {fold(nominative)} ":
        return nominative  # the short name and more ("... of the Council of Europe")
    return f"{short} ({nominative})"


# A body's head noun in the case a sentence needs, and its nominative (Polish, Romanian,
# Greek and German): "przedstawiciele Fundacji X", "reprezentanții Asociației X", "του
# Υπουργείου X", "des Bundesamts für X". The record names the body in the nominative, as
# the body calls itself. Each group: the nominative, then its other forms; a trailing
# gender letter (f, m, n) says how the adjectives next to the head agree with it.
_HEAD_FORMS = (
    # Polish
    "Unia|Unii|Unią|Unię f",
    "Fundacja|Fundacji|Fundacją|Fundację f",
    "Komisja|Komisji|Komisją|Komisję f",
    "Rada|Rady|Radzie|Radą|Radę f",
    "Federacja|Federacji|Federacją|Federację f",
    "Agencja|Agencji|Agencją|Agencję f",
    "Akademia|Akademii|Akademią|Akademię f",
    "Organizacja|Organizacji|Organizacją|Organizację f",
    "Izba|Izby|Izbie|Izbą|Izbę f",
    "Akcja|Akcji|Akcją|Akcję f",
    "Szkoła|Szkoły|Szkole|Szkołą|Szkołę f",
    "Politechnika|Politechniki|Politechnice|Politechniką|Politechnikę f",
    "Kancelaria|Kancelarii|Kancelarią|Kancelarię f",
    "Urząd|Urzędu|Urzędzie|Urzędem m",
    "Związek|Związku|Związkiem m",
    "Instytut|Instytutu|Instytucie|Instytutem m",
    "Uniwersytet|Uniwersytetu|Uniwersytecie|Uniwersytetem m",
    "Ośrodek|Ośrodka|Ośrodku|Ośrodkiem m",
    "Ruch|Ruchu|Ruchem m",
    "Zespół|Zespołu|Zespole|Zespołem m",
    "Komitet|Komitetu|Komitecie|Komitetem m",
    "Kongres|Kongresu|Kongresie|Kongresem m",
    "Departament|Departamentu|Departamencie|Departamentem m",
    "Wydział|Wydziału|Wydziale|Wydziałem m",
    "Stowarzyszenie|Stowarzyszenia|Stowarzyszeniu|Stowarzyszeniem n",
    "Ministerstwo|Ministerstwa|Ministerstwie|Ministerstwem n",
    "Biuro|Biura|Biurze|Biurem n",
    "Towarzystwo|Towarzystwa|Towarzystwie|Towarzystwem n",
    "Zrzeszenie|Zrzeszenia|Zrzeszeniu|Zrzeszeniem n",
    "Porozumienie|Porozumienia|Porozumieniu|Porozumieniem n",
    # Romanian
    "Direcția|Direcției f",
    "Direcţia|Direcţiei f",
    "Asociația|Asociației f",
    "Asociaţia|Asociaţiei f",
    "Fundația|Fundației f",
    "Fundaţia|Fundaţiei f",
    "Agenția|Agenției f",
    "Agenţia|Agenţiei f",
    "Poliția|Poliției f",
    "Poliţia|Poliţiei f",
    "Organizația|Organizației f",
    "Organizaţia|Organizaţiei f",
    "Federația|Federației f",
    "Federaţia|Federaţiei f",
    "Uniunea|Uniunii f",
    "Universitatea|Universității|Universităţii f",
    "Camera|Camerei f",
    "Prefectura|Prefecturii f",
    "Instituția|Instituției f",
    "Instituţia|Instituţiei f",
    "Garda|Gărzii f",
    "Comisia|Comisiei f",
    "Academia|Academiei f",
    "Liga|Ligii f",
    "Consiliul|Consiliului n",
    "Centrul|Centrului n",
    "Institutul|Institutului n",
    "Ministerul|Ministerului n",
    "Inspectoratul|Inspectoratului n",
    "Departamentul|Departamentului n",
    "Oficiul|Oficiului n",
    "Serviciul|Serviciului n",
    # Greek
    "Υπουργείο|Υπουργείου n",
    "Ίδρυμα|Ιδρύματος n",
    "Ένωση|Ένωσης|Ενώσεως f",
    "Πανεπιστήμιο|Πανεπιστημίου n",
    "Οργανισμός|Οργανισμού|Οργανισμό m",
    "Κέντρο|Κέντρου n",
    "Δίκτυο|Δικτύου n",
    "Συμβούλιο|Συμβουλίου n",
    "Επιτροπή|Επιτροπής f",
    "Συνέλευση|Συνέλευσης f",
    "Αρμοστεία|Αρμοστείας f",
    "Υπηρεσία|Υπηρεσίας f",
    "Ομοσπονδία|Ομοσπονδίας f",
    "Εταιρεία|Εταιρείας f",
    "Οργάνωση|Οργάνωσης f",
    "Ακαδημία|Ακαδημίας f",
    "Γραφείο|Γραφείου n",
    "Ινστιτούτο|Ινστιτούτου n",
    "Σωματείο|Σωματείου n",
)


@functools.cache
def _head_forms() -> dict[str, tuple[str, str]]:
    """A head noun's oblique form -> (its nominative, its gender)."""
    out = {}
    for group in _HEAD_FORMS:
        forms, gender = group.rsplit(" ", 1)
        nominative, *others = forms.split("|")
        for form in others:
            out[form] = (nominative, gender)
    return out


# (gender, oblique ending, nominative ending) of adjectives next to a head, longest first.
_POLISH_ADJECTIVES = (
    ("f", "kiej", "ka"),  # Polskiej -> Polska
    ("f", "giej", "ga"),
    ("f", "iej", "ia"),
    ("f", "ej", "a"),
    ("f", "ą", "a"),
    ("m", "kiego", "ki"),
    ("m", "giego", "gi"),
    ("m", "iego", "i"),
    ("m", "ego", "y"),
    ("m", "kim", "ki"),
    ("m", "ym", "y"),
    ("n", "kiego", "kie"),
    ("n", "giego", "gie"),
    ("n", "iego", "ie"),
    ("n", "ego", "e"),
    ("n", "ym", "e"),
)
_ROMANIAN_ADJECTIVES = (("f", "e", "ă"),)
_GREEK_ADJECTIVES = (
    ("m", "ούς", "ής"),
    ("n", "ούς", "ές"),
    ("f", "ούς", "ής"),
    ("m", "ού", "ός"),
    ("n", "ού", "ό"),
    ("f", "ής", "ή"),
    ("f", "ης", "η"),
    ("f", "ας", "α"),
    ("m", "ό", "ός"),
)


def _language_of(word: str) -> str:
    """The language of a head noun of `_HEAD_FORMS` (each written in one script)."""
    if script_of(word) == "greek":
        return "el"
    if any(c in "șşțţăâî" for c in word.lower()) or word.endswith(("ului", "ei", "ii")):
        return "ro"
    return "pl"


def _adjective(word: str, gender: str, language: str) -> str | None:
    """The nominative of an adjective agreeing with a head of `gender`, or None."""
    if not word[:1].isupper() or word.isupper():
        return None
    table = {"el": _GREEK_ADJECTIVES, "ro": _ROMANIAN_ADJECTIVES}.get(language, _POLISH_ADJECTIVES)
    if language == "pl" and not word.lower().endswith(("ej", "ą", "ego", "ym", "im")):
        return None
    if language == "ro" and not word.lower().endswith(("ale", "ane", "ine", "ice", "ene")):
        return None
    for g, ending, nominative in table:
        if g == gender and word.endswith(ending):
            return word[: -len(ending)] + nominative
    return None


# German heads in the genitive, said after "des": the compound's last part tells the
# gender and takes -s or -es ("des Bundesamts", "des Deutschen Städtetages", "des
# Flüchtlingsrats"); a feminine head does not change ("der Stiftung").
_GERMAN_GENITIVE_HEAD = rx.compile(
    r"^(?P<head>(?:\p{Lu}\p{Ll}*?)??(?P<last>(?i:amt|tag|bund|rat|verein|verband|dienst|senat|"
    r"ministerium|institut|netzwerk|werk|kreuz|zentrum|büro|forum|komitee|gremium|"
    r"stiftung|agentur|kommission|organisation|vereinigung|gemeinschaft|initiative|"
    r"konferenz|caritas|diakonie)))(?P<ending>e?s)?$"
)
_GERMAN_GENDERS = {
    **dict.fromkeys(
        "amt ministerium institut netzwerk werk kreuz zentrum büro forum komitee gremium".split(),
        "n",
    ),
    **dict.fromkeys("tag bund rat verein verband dienst senat".split(), "m"),
}
_ENGLISH_WORDS = frozenset({"of", "for", "and", "the", "on", "in"})
# A German adjective in the genitive ("Deutschen") in the nominative without an article.
_GERMAN_ADJECTIVE_ENDINGS = {"m": "er", "n": "es", "f": "e"}


def _german_nominative(words: list[str]) -> list[str] | None:
    """The words of a German body's name in the nominative, or None for no German head."""
    if _ENGLISH_WORDS.intersection(w.lower() for w in words):
        return None  # "Institutes of Health", "Forums for Cities": English plurals
    head = next((i for i, w in enumerate(words[:3]) if _GERMAN_GENITIVE_HEAD.match(w)), None)
    if head is None:
        return None
    m = _GERMAN_GENITIVE_HEAD.match(words[head])
    gender = _GERMAN_GENDERS.get(m.group("last").lower(), "f")
    if gender == "f" and m.group("ending"):
        return None  # a feminine head takes no -s: not a genitive
    out = list(words)
    out[head] = m.group("head")  # less the genitive's -s or -es
    for i in range(head):  # "Deutschen Roten Kreuzes" -> "Deutsches Rotes Kreuz"
        word = words[i]
        if not (word[:1].isupper() and word.endswith("en") and len(word) > 4):
            return None
        out[i] = word[:-2] + _GERMAN_ADJECTIVE_ENDINGS[gender]
    return out


def nominative_body(name: str) -> str:
    """A body's name with its head noun, and the adjectives beside it, in the nominative
    ("Unii Metropolii X" -> "Unia Metropolii X", "Direcţiei Generale de Y" -> "Direcţia
    Generală de Y", "Ευρωπαϊκού Δικτύου Z" -> "Ευρωπαϊκό Δίκτυο Z"). The rest of the name
    is a complement in its own case and stays as written."""
    words = name.split(" ")
    forms = _head_forms()
    head = next((i for i, w in enumerate(words[:3]) if w in forms), None)
    if head is None:
        german = _german_nominative(words)
        return " ".join(german) if german else name
    nominative, gender = forms[words[head]]
    language = _language_of(words[head])
    out = list(words)
    out[head] = nominative
    for i in range(head - 1, -1, -1):  # adjectives before the head ("Krajowej Rady")
        adjective = _adjective(words[i], gender, language)
        if adjective is None:
            return name  # something else before the head: not the body's own name
        out[i] = adjective
    after = head + 1  # and after it ("Direcţiei Generale", "Komisji Europejskiej")
    while after < len(words) and _adjective(words[after], gender, language) is not None:
        after += 1
    # a Polish adjective before another capitalised noun agrees with that noun
    # ("Stowarzyszenia Polskiego Ruchu ...")
    if language != "pl" or after == len(words) or not words[after][:1].isupper():
        for i in range(head + 1, after):
            out[i] = _adjective(words[i], gender, language)
    return " ".join(out)
