"""Well-known international bodies in the programme's languages, with their case forms.

A Polish, Greek or Romanian report names the Council of Europe in the case its sentence
needs ("Rady Europy", "του Συμβουλίου της Ευρώπης", "Consiliului Europei"). Each group
below is one language's name: its nominative first, then the other forms met in text. The
record names such a body by its English short name with the nominative the text uses
("Council of Europe (Rada Europy)"), so a reader of either language knows it, and the
directory files it under the one body.
"""

import functools

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
