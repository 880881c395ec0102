"""Other bodies taking part: names, short names and kinds."""

import functools

import ahocorasick
import regex

from . import agents, body_names, embassies, inflection, initialisms, ministries, visits
from . import patterns as rx
from .given_names import is_given_name
from .project_partners import PARTNER_LIST_REACH, PROJECT_PARTNER_LIST
from .text import AND_ALTERNATIVES, AUTHORITY_NOUN_ALTERNATIVES, fold, says_word, sentence_span

# Well-known bodies that reports often name by acronym alone: (short name, kind, long names).
KNOWN_BODIES = (
    (
        "IOM",
        "international_organization",
        "International Organization for Migration|International Organisation "
        "for Migration|Organizzazione Internazionale per le Migrazioni|OIM|"
        "Organisation internationale pour les migrations|"
        "Organización Internacional para las Migraciones|UN Migration|ONU Migrazioni",
    ),
    (
        "UNHCR",
        "international_organization",
        "United Nations High Commissioner for Refugees|UN Refugee Agency|"
        "United Nations Refugee Agency|"
        "Alto Commissariato delle Nazioni Unite per i Rifugiati|ACNUR|HCR|UNHCR-ACNUR|"
        "Agenzia ONU per i Rifugiati|Haut Commissariat des Nations unies pour les réfugiés|"
        "Alto Comisionado de las Naciones Unidas para los Refugiados",
    ),
    (
        "UNICEF",
        "international_organization",
        "United Nations Children's Fund|Fondo delle Nazioni Unite per l'Infanzia",
    ),
    (
        "OECD",
        "international_organization",
        "Organisation for Economic Co-operation and Development|Organization "
        "for Economic Cooperation and Development|Organisation for Economic Cooperation and "
        "Development|Organization for Economic Co-operation and Development|OCSE|OCDE|Organizzazione per la "
        "cooperazione e lo sviluppo economico|Organisation de coopération et de "
        "développement économiques",
    ),
    (
        "ILO",
        "international_organization",
        "International Labour Organization|International Labour Organisation|OIL|OIT|"
        "Organizzazione Internazionale del Lavoro|Organisation internationale du travail",
    ),
    (
        "WHO",
        "international_organization",
        "World Health Organization|Organizzazione Mondiale della Sanità|OMS",
    ),
    (
        "UNDP",
        "international_organization",
        "United Nations Development Programme|PNUD|Programma delle Nazioni Unite per lo Sviluppo",
    ),
    ("UNESCO", "international_organization", ""),
    (
        "UN-Habitat",
        "international_organization",
        "United Nations Human Settlements Programme|UN Habitat|ONU-Habitat|ONU Habitat",
    ),
    ("UN Women", "international_organization", "ONU Mujeres|ONU Donne"),
    ("UNFPA", "international_organization", "United Nations Population Fund"),
    ("WFP", "international_organization", "World Food Programme"),
    ("UNODC", "international_organization", "United Nations Office on Drugs and Crime"),
    (
        "OSCE",
        "international_organization",
        "Organization for Security and Co-operation in Europe|OSZE|Organizzazione per la "
        "Sicurezza e la Cooperazione in Europa",
    ),
    (
        "ICMPD",
        "international_organization",
        "International Centre for Migration Policy Development",
    ),
    (
        "Council of Europe",
        "international_organization",
        "Consiglio d'Europa|Conseil de l'Europe|Consejo de Europa|Europarat",
    ),
    (
        "PACE",
        "international_organization",
        "Parliamentary Assembly of the Council of Europe",
    ),
    ("Congress of Local and Regional Authorities", "international_organization", ""),
    (
        "IFRC",
        "international_organization",
        "International Federation of Red Cross and Red Crescent Societies",
    ),
    (
        "European Commission",
        "eu_institution",
        "Commissione europea|Commission européenne|Comisión Europea|Europäische Kommission|EC|"
        "EU Commission|Comisia Europeană|Komisja Europejska|Ευρωπαϊκή Επιτροπή",
    ),
    (
        "European Parliament",
        "eu_institution",
        "Parlamento europeo|Parlement européen|Europäisches Parlament",
    ),
    (
        "European Committee of the Regions",
        "eu_institution",
        "Committee of the Regions|CoR|Comitato europeo delle regioni",
    ),
    ("European Economic and Social Committee", "eu_institution", "EESC"),
    (
        "EUAA",
        "eu_institution",
        "European Union Agency for Asylum|EASO|European Asylum Support Office",
    ),
    ("FRA", "eu_institution", "European Union Agency for Fundamental Rights"),
    ("Frontex", "eu_institution", "European Border and Coast Guard Agency"),
    ("Eurocities", "civil_society", "EUROCITIES"),
    ("CEMR", "civil_society", "Council of European Municipalities and Regions"),
    ("ANCI", "national_authority", "Associazione Nazionale Comuni Italiani"),
    ("Caritas", "civil_society", ""),
    ("Red Cross", "civil_society", "Croce Rossa Italiana|Croce Rossa|Cruz Roja"),
    (
        "MSF",
        "civil_society",
        "Médecins Sans Frontières|Medici Senza Frontiere|Doctors Without Borders",
    ),
    ("Save the Children", "civil_society", ""),
    ("Amnesty International", "civil_society", ""),
    ("Oxfam", "civil_society", ""),
    ("ActionAid", "civil_society", ""),
    ("JRS", "civil_society", "Jesuit Refugee Service|Centro Astalli"),
    ("Sant'Egidio", "civil_society", "Comunità di Sant'Egidio|Community of Sant'Egidio"),
    ("NRC", "civil_society", "Norwegian Refugee Council"),
    ("DRC", "civil_society", "Danish Refugee Council"),
    ("IRC", "civil_society", "International Rescue Committee"),
    ("ECRE", "civil_society", "European Council on Refugees and Exiles"),
    ("PICUM", "civil_society", "Platform for International Cooperation on Undocumented Migrants"),
    ("CIR", "civil_society", "Consiglio Italiano per i Rifugiati|Italian Council for Refugees"),
    ("ASGI", "civil_society", "Associazione per gli Studi Giuridici sull'Immigrazione"),
    ("ARCI", "civil_society", ""),
    *(
        # networks of cities and local governments, in and beyond Europe
        (
            "UCLG",
            "other",
            "United Cities and Local Governments|CGLU|"
            "Cités et Gouvernements Locaux Unis|Ciudades y Gobiernos Locales Unidos",
        ),
        ("UCLG-MEWA", "other", "UCLG MEWA|UCLG Middle East and West Asia"),
        ("Strong Cities Network", "other", ""),
        ("MedCities", "other", ""),
        ("Mayors Migration Council", "other", ""),
        ("ICLEI", "other", "Local Governments for Sustainability"),
        ("Energy Cities", "other", ""),
        ("C40", "other", "C40 Cities"),
        ("ECCAR", "other", "European Coalition of Cities Against Racism"),
        ("Cities of Migration", "other", ""),
        ("Cities for Action", "other", ""),
        ("Global Parliament of Mayors", "other", ""),
        ("Welcoming America", "civil_society", ""),
        ("Big City Mayors' Caucus", "other", "Big City Mayors Caucus"),
        (
            "US Conference of Mayors",
            "other",
            "United States Conference of Mayors|U.S. Conference of Mayors",
        ),
        ("National League of Cities", "other", ""),
        ("NALAS", "other", "Network of Associations of Local Authorities of South-East Europe"),
        # national associations of municipalities (their own short names, as reports write them)
        ("ANCI Sicilia", "other", "AnciSicilia"),
        ("Cittalia", "other", ""),
        (
            "Deutscher Städtetag",
            "other",
            "Deutschen Städtetag|Deutschen Städtetages|Deutschen Städtetags",
        ),
        (
            "DStGB",
            "other",
            "Deutscher Städte- und Gemeindebund|"
            "Deutschen Städte- und Gemeindebund|Deutschen Städte- und Gemeindebundes",
        ),
        ("Deutscher Landkreistag", "other", "Deutschen Landkreistag|Deutschen Landkreistages"),
        (
            "Österreichischer Gemeindebund",
            "other",
            "Österreichischen Gemeindebund|"
            "Österreichischen Gemeindebundes|Österreichischen Gemeindebunds",
        ),
        (
            "Österreichischer Städtebund",
            "other",
            "Österreichischen Städtebund|"
            "Österreichischen Städtebundes|Österreichischen Städtebunds",
        ),
        ("FEMP", "other", ""),
        ("VNG", "other", ""),
        ("VVSG", "other", ""),
        ("UVCW", "other", ""),
        ("AMF", "other", "Association des maires de France"),
        ("ANMP", "other", "Associação Nacional de Municípios Portugueses"),
        ("LGA", "other", ""),
        (
            "SALAR",
            "other",
            "Swedish Association of Local Authorities and Regions|Sveriges Kommuner och Regioner",
        ),
        ("ZMP", "other", ""),
        ("ZGWRP", "other", ""),
        # international bodies on migration that reports name by acronym
        (
            # a states' forum, its own short name kept ("GFMD Mayors Mechanism" goes on)
            "GFMD",
            "other",
            "Global Forum on Migration and Development|Global Forum for Migration and Development",
        ),
        ("ICMC", "civil_society", ""),
        (
            "OHCHR",
            "international_organization",
            "Office of the United Nations High Commissioner for Human Rights",
        ),
        (
            "ECRI",
            "international_organization",
            "European Commission against Racism and Intolerance",
        ),
        ("World Bank", "international_organization", "Banca Mondiale|Banco Mundial|Weltbank"),
        ("DG HOME", "eu_institution", "Directorate-General for Migration and Home Affairs"),
        (
            "DG EMPL",
            "eu_institution",
            "Directorate-General for Employment, Social Affairs and Inclusion",
        ),
        ("DG REGIO", "eu_institution", "Directorate-General for Regional and Urban Policy"),
        ("European Migration Network", "eu_institution", ""),
        ("HIAS", "civil_society", ""),
        ("World Vision", "civil_society", ""),
        ("Terre des Hommes", "civil_society", ""),
    ),
)

# Names that normalise to a short name but are not, alone, a body taking part
# ("funded by the European Union" does not make the EU a participant).
NORMALISE_ONLY = (
    (
        "EU",
        "eu_institution",
        "European Union|Unione europea|UE|Union européenne|Unión Europea|Europäische Union|"
        "Unia Europejska|Unii Europejskiej|Uniunea Europeană|Uniunii Europene|"
        "Ευρωπαϊκή Ένωση|Ευρωπαϊκής Ένωσης|Unjoni Ewropea",
    ),
)
# Bodies whose name the contract gives in its English short form whatever the language.
INTERNATIONAL_KINDS = frozenset({"international_organization", "eu_institution"})

_KIND_RULES = (
    (
        "eu_institution",
        r"\bEuropean (?:Commission|Parliament|Council\b|Committee|Union Agency|"
        r"Investment Bank|Social Fund)|Council of the (?:EU|European Union)|"
        r"\bEU Agency|Directorate-General|\bDG [A-Z]|Commissione europea|Parlamento "
        r"europeo|Frontex|\bEUAA\b|\bEASO\b",
    ),
    (
        "international_organization",
        r"\bInternational\b|\bInternazional|United Nations|Nazioni Unite|\bUN\b|"
        r"\bWorld\b|\bMondiale\b|Council of Europe|Organi[sz]ation for|Organizzazione",
    ),
    (
        "national_authority",
        r"\bMinistr|\bMinister[io]|Ministère|Ministerium|Ministerstvo|\bGovernment\b|"
        r"\bGoverno\b|Prefe(?:ttura|cture)|Questura|Immigration (?:Office|"
        r"Service|Department)|\bNational\b|\bNazionale\b|\bPolice\b|\bPolizia\b|"
        r"\bEmbassy\b|Ambasciata|Consulate|Consolato|\bState\b|Regierung|Prefectura|Cancelaria|"
        r"Chancellery|Kancelaria|Ufficio (?:territoriale|"
        r"immigrazione)|"
        # the other languages' ministries and federal and state offices
        r"Ministerstw|Ministerul|Υπουργ|Bundes(?:amt|ministerium|regierung|agentur|polizei)|"
        r"Landesamt|Urząd do Spraw|Straż Graniczna|Inspectoratul General|"
        # the other languages' embassies, consulates and police forces (not a town's own)
        r"Botschaft|[Kk]onsulat|Ambasad|Ambassade|Embajada|Embaixada|Consulatul|Consulado|"
        r"Πρεσβεία|Πρεσβείας|Προξενείο|Προξενείου|"
        r"(?<!Δημοτική\s)(?:Polizei|Policj\p{L}*+|Poliți\p{L}*+|Poliţi\p{L}*+|Policía|Polícia|"
        r"Αστυνομί\p{L}*+)"
        r"(?!\s+(?:Local|Municipal|Miejsk|Locală|Locala|Δημοτικ))|"
        r"Carabinieri|Guardia Civil|Gendarmerie",
    ),
    (
        "academia",
        r"Universit|Institut|Istitut|\bCollege\b|School of|\bResearch\b|\bRicerca\b|"
        r"Academy|Accademia|Politecnico|Polytechnic|Observatory|Osservatorio|"
        # the other languages' universities and research institutes
        r"Universidad|Uniwersytet|Πανεπιστήμ|Πανεπιστημ|Πολυτεχνεί|Politechnik|Politehnic|"
        r"Instytut|Ινστιτούτ|Hochschule|Akademi|Academia|Forschung|Ερευνητικ|\bBadań\b",
    ),
    (
        "private_sector",
        r"\bLtd\b|S\.p\.A|S\.r\.l|\bGmbH\b|\bInc\b|\bBank\b|\bBanca\b|\bCompany\b|"
        r"Corporation|Chamber of Commerce|Camera di Commercio|Consulting|Confindustria|"
        r"\bPLC\b",
    ),
    (
        "civil_society",
        r"Association|Associazione|Asociación|Foundation|Fondazione|Fundación|"
        r"Caritas|\bNGOs?\b|\bONG\b|Cooperative|Cooperativa|Network|\bRete\b|"
        r"Forum|Centre|Center|Centro|Trust|Alliance|Federation|Federazione|"
        r"Onlus|Red Cross|Croce Rossa|Council|\bLiga\b|\bLeague\b|Bündnis|"
        # the other languages' foundations, associations and charities
        r"Fundacj|Fundați|Fundaţi|Stowarzysz|Stiftung|Verein\b|Diakonie|Flüchtlingsrat|"
        r"Wohlfahrtsverband|Rotes Kreuz|Akcja Humanitarna|Ίδρυμα|Σωματείο",
    ),
)
_KIND_PATTERNS = tuple((kind, rx.compile(p)) for kind, p in _KIND_RULES)

TOP_HEADS = (
    r"Ministry|Ministero|Ministerio|Ministère|Ministerium|Commission|Commissione|"
    r"Parliament|Parlamento|Organi[sz]ation|"
    r"Organizzazione|University|Università|Universidad|Universitat|Université|"
    r"Universität|Institute|Istituto|Instituto|Institut|"
    r"Foundation|Fondazione|Fundación|Association|Associazione|Asociación|"
    r"Network|Agency|Agenzia|Office|Ufficio|Prefecture|"
    r"Prefettura|Questura|Caritas|Cooperative|Cooperativa|Federation|Federazione|"
    r"Alliance|Observatory|Osservatorio|Chamber|"
    r"Camera|Embassy|Ambasciata|Consulate|Consolato|Committee|Comitato|"
    r"Centre|Center|Centro|Council|Bank|Banca|Trust|Onlus|College|Academy|"
    r"Accademia|Politecnico|"
    # the other languages of the programme
    r"Consorzio|Fundació|Fundacja|Fundația|Stiftung|Verein|Verband|Stowarzyszenie|"
    r"Asociația|Ministerstwo|Ministerul|Uniwersytet|Universitatea|Netzwerk|Observatorio|"
    r"Υπουργείο|Ίδρυμα|Ένωση|Πανεπιστήμιο|Οργανισμός|Κέντρο|Δίκτυο|"
    # public bodies named in the other languages (federal and state offices, police)
    r"Bundesamt|Landesamt|Dirección|Komisja|Urząd|Poliția|Direttorat|Ministeru|"
    r"Assoċjazzjoni|Fondazzjoni|Kunsill|Συμβούλιο|Επιτροπή|"
    # heads in their case forms: a body is often named in the genitive or dative
    # ("przedstawiciele Fundacji", "reprezentanții Poliției", "του Υπουργείου")
    r"Fundacj[iaęą]|Komisj[iaęą]|Stowarzyszeni[ae]|Ministerstw[ao]|Uniwersytetu|Urzędu|"
    r"Związ(?:ek|ku)|Uni[ai]|Rad[ay]|Federacj[iaę]|Instytut(?:u)?|Centrum|"
    r"Fundați(?:a|ei)|Fundaţi(?:a|ei)|Asociați(?:a|ei)|Asociaţi(?:a|ei)|Ministerului|"
    r"Poliți(?:a|ei)|Poliţi(?:a|ei)|Gard(?:a|ei)|Gărzii|Centrul(?:ui)?|Consiliul(?:ui)?|"
    r"Inspectoratul(?:ui)?|Institutul(?:ui)?|Parlamentul(?:ui)?|Universităț(?:ii)|Universităţii|Liceul(?:ui)?|"
    r"Direcți(?:a|ei)|Direcţi(?:a|ei)|Agenți(?:a|ei)|Agenţi(?:a|ei)|"
    # the office of a Romanian prefect, by its legal name ("Instituția Prefectului")
    r"Instituți(?:a|ei)|Instituţi(?:a|ei)|"
    r"Comisión|Consejo|Federación|Confederación|Academia|Oficina|Agencia|Cabildo|"
    r"Comisaría|Servicio|Fundacion|"
    r"Υπουργείου|Ιδρύματος|Ένωσης|Πανεπιστημίου|Οργανισμού|Κέντρου|Δικτύου|Συμβουλίου|"
    r"Επιτροπής|Συνέλευση[ς]?|Αρμοστεία[ς]?|Αρχή[ς]?|Υπηρεσία[ς]?|"
    r"Ministerio|Kommission|Behörde|Agentur|Hochschule|Akademie|Hogeschool|"
    # governments above the town (a region, a district, a prefecture, a chancellery) and
    # leagues and alliances of associations
    r"Regione|Regierung|Bezirksregierung|Landkreis(?:es)?|Landratsamt|Landesvertretung|Prefectura|Cancelaria|"
    r"Chancellery|Kancelaria|Liga|League|Bündnis|"
    r"Service|Board|Commissariato|Consiglio|Secretariat|Authority|Autorità|Departamentul(?:ui)?"
)
_QUALIFIED_HEADS = {
    "centre",
    "center",
    "centro",
    "council",
    "agency",
    "agenzia",
    "office",
    "ufficio",
    "committee",
    "comitato",
    "network",
    "camera",
    "chamber",
    "trust",
}
_QUALIFIERS = rx.compile(
    r"^(?:European|International|National|Regional|Local|State|Federal|"
    r"Catholic|Jesuit|Danish|Norwegian|Italian|Spanish|Greek|"
    r"Polish|Romanian|Maltese|Austrian|German|French|Europe(?:an)?|Europeo|"
    r"Europea|Nazionale|Internazionale|Regionale)\b"
)
# Romance languages put the qualifier after the head ("Ufficio Federale", "Centro Nacional").
_QUALIFIER_AFTER = rx.compile(
    r"^\S+\s+(?:Federale|Nazionale|Regionale|Internazionale|Europeo|Europea|Federal|Nacional|"
    r"Estatal|Regional|Internacional|Fédéral|Nationale?|Régional|Național|Naţional)\b"
)
_CONN = (
    r"(?:of|for|the|and|&|on|de|di|del|della|dello|dell'|dei|degli|delle|"
    r"per|e|y|für|in|al|alla|ai|sul|la|le|du|des|"
    # Italian and Spanish articles and "for" inside a name ("Centro Nazionale per il
    # Sostegno", "Agencia de la ONU para los Refugiados")
    r"il|gli|lo|los|las|el|para|"
    # Polish "ds." (for matters of) and "dla", German "zur"/"zum", Romanian "pentru" and "din"
    r"ds\.|dla|na rzecz|zur|zum|von|pentru|din|"
    # Greek articles of a genitive complement ("Ύπατη Αρμοστεία του ΟΗΕ"), Greek, Polish,
    # Romanian and Maltese "and", and Italian universities' lower-case "degli studi"
    r"του|της|των|και|i|și|şi|u|studi)"
)
_CAP = r"\p{Lu}[\p{L}\p{M}\p{N}'’&\-]*"
_ELIDED_CAP = rx.compile(r"['’\-]\p{Lu}")  # "dell'Ufficio", "tal-Kunsilli"
_SPACE = r"[^\S\n]+"  # a name never runs on past the end of its line (a title, a list item)
_PHRASE = rx.compile(
    rf"{_CAP}(?:(?:{_SPACE}(?:{_CONN}{_SPACE})*|{_SPACE}(?:dell|all|sull|nell|dall|d)['’]|"
    # Maltese articles joined by a hyphen: "Ministeru tal-Ugwaljanza", "Kunsill għall-Arti"
    rf"{_SPACE}(?:tal|tad|tat|taċ|tas|taż|tar|tan|għall|għad|għat|għas|fil|mill|lill)-){_CAP}){{0,10}}"
)
_HEAD = rx.compile(rf"^(?:{TOP_HEADS})s?$")
# Greek, Italian, Spanish, Polish and Romanian often write "ministry" in lower case before
# its capitalised domain ("του υπουργείου Μετανάστευσης", "ministero dell'Interno").
_LOWER_MINISTRY = rx.compile(
    r"(?<![\p{L}])(?:υπουργεί(?:ο|ου)|ministero|ministerio|ministerstw[oa]|ministerul(?:ui)?)"
    rf"(?=(?:\s+(?:{_CONN}\s+)*|\s+(?:dell|d)['’])\p{{Lu}})"
)
# German writes a body's head noun as the tail of a compound ("Jugendwerk", "Landesverband",
# "Bürgerstiftung", "Ausländeramt"), declined after an article ("im Regionalen Umweltzentrum").
_GERMAN_COMPOUND_HEAD = rx.compile(
    r"^\p{Lu}\p{Ll}{2,}(?:verband|verbände|stiftung|verein|zentrum|zentren|werk|heim|amt|ämter|"
    r"institut|wohlfahrt|hilfe|agentur|behörde|kommission|ministerium|gesellschaft|"
    r"hochschule|universität|bund|netzwerk|beirat)(?:e|es|s|en|n)?$"
)


@functools.lru_cache(maxsize=50_000)
def _is_head(word: str) -> bool:
    """Whether `word` is a body's head noun ("Ministry", "Agenzia"); asked of every word of
    every phrase, so kept per word."""
    return bool(
        _HEAD.match(word)
        or _GERMAN_COMPOUND_HEAD.match(word)
        or ((sub := _SUB_HEAD.match(word)) and _HEAD.match(sub.group("head").capitalize()))
    )


# a body's part named with a prefix before its head ("Sub-Committee", "Sub-committee")
_SUB_HEAD = rx.compile(r"^(?i:sub)-(?P<head>\p{L}+)$")


def names_a_body(name: str) -> bool:
    """Whether a word of `name` is a body's head noun: "Paulus Akademie" is no person."""
    return any(_is_head(word) for word in name.split())


# the words that join a field's parts ("Igualdad y Políticas Inclusivas", "Arbeit und Soziales")
_FIELD_LINKS = frozenset("and or of for the y e i și şi und et en de del di della και".split())


# The offices that hold a portfolio, not a body: what follows their "of" is a field of the
# town's work ("concejala de Bienestar Social", "técnico de Cooperación", "assessore alle
# Politiche Sociali", "Councillor for Social Inclusion").
_PORTFOLIO_OFFICE = rx.compile(
    r"(?<![\p{L}])(?i:concejal(?:a|es|as)?|assessor[ea]|assessori|councill?ors?|consiglier[ea]|"
    r"deputy mayor|vice[- ]?mayor|teniente de alcalde|vicealcalde(?:sa)?|stadtr[aä]t(?:in)?|"
    r"dezernent(?:in)?|beigeordnete[rn]?|radn[ya]|wethouder|schepen|vereador(?:a)?|"
    r"consilier(?:ul|a|ă)?|αντιδήμαρχος|técnic[oa]s?|tecnic[oa]|funzionari[oa]|"
    r"vicesindac[oa]|viceprimar(?:ul)?|delegad[oa]s?)(?![\p{L}])"
)


def a_portfolio(office: str, name: str) -> bool:
    """Whether `name`, said after `office`, is the field that office holds and no body."""
    return bool(_PORTFOLIO_OFFICE.search(office)) and names_a_field(name)


def names_a_field(name: str) -> bool:
    """Whether `name` could be a field of work, not a body: everyday words only and no
    body's head noun ("Bienestar Social", "Cooperación Internacional"); bodies too are
    named so ("Migration Work"), hence `a_portfolio`, which asks what office it follows."""
    from .common_words import is_common_word, is_word_as_written  # noqa: PLC0415

    words = [w for w in name.split() if fold(w) not in _FIELD_LINKS]
    return (
        len(words) >= 2
        and not name.isupper()
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and not names_a_body(name)
        and all(is_common_word(w) or is_word_as_written(w) for w in words)
    )


_MUNICIPAL_BEFORE = rx.compile(
    r"(?:municipal|city's|city’s|comunale|municipale|the city|of the municipality)\s*$",
    regex.I | regex.REVERSE,
)
# "City of Marseille", "Comune di Torino": the municipality itself, not another body.
_MUNICIPAL_NAME = rx.compile(
    rf"^(?:{AUTHORITY_NOUN_ALTERNATIVES}|Primări\p{{L}}*|Bezirksamt|Stadtverwaltung|Rathaus|"
    # the same nouns in the plural, before a list of towns ("i Comuni di A, B e C")
    r"Comuni|Municipalities|Ayuntamientos|Municipios|Städte|Gemeinden|Gmin|"
    r"Miast|Δήμοι|Δήμων|Municipiile|Municipiilor|Orașele|Oraşele|Comunele|"
    # a town's nouns in the other cases ("z Miastem X", "Municipalitatea X")
    r"Miast(?:o|a|u|em)|Municipalit\p{L}*)\b"
)
_MUNICIPAL_IN = rx.compile(
    r"\b(?:City Council|Town Council|Borough Council|Shire Council|District Council|Municipal|"
    r"Municipality|City Hall|"
    r"Comune|Municipio|Ayuntamiento|"
    # the city's own council and offices in the other languages
    r"Miasta|Miejsk\p{L}*|Gminy|Consiliul(?:ui)? [Ll]ocal|Municipiului|Orașului|Oraşului|Stadt|"
    r"Δημοτικ\p{L}*|Δήμου)\b"
)


# A town's office named before the town's own noun in the genitive ("the Welcome Office of
# the City of X", "Direcția ... a Municipiului X", "Wydział ... Urzędu Miasta X"): the town.
_MUNICIPAL_AFTER = rx.compile(
    r"[^\S\n]+(?:(?:of the|of|a|al|del|della|dello|dell['’]|de la|del|de|des|du|der|του|της)"
    rf"[^\S\n]*)?(?:(?:{AUTHORITY_NOUN_ALTERNATIVES})(?:[^\S\n]+(?:of|di|de))?[^\S\n]+\p{{Lu}}|"
    r"(?:Municipiului|Ora[șş]ului|Prim[ăa]riei|Comunei|Urz[ęe]du Miasta|Urz[ęe]du Gminy|Miasta|"
    r"Gminy|Δήμου|City Council|Town Council)\b)"
)


def is_municipal(name: str) -> bool:
    """Whether `name` names a town's administration or one of its offices ("Comune di Bra",
    "Stadt Aue", "Municipal Department of Y"), not a body of its own."""
    return bool(_MUNICIPAL_NAME.match(name) or _MUNICIPAL_IN.search(name))


@functools.cache
def _known_index() -> dict[str, tuple[str, str]]:
    """Folded name or short name of a well-known body -> (short name, kind)."""
    index = {}
    for short, kind, longs in KNOWN_BODIES + NORMALISE_ONLY:
        for name in (short, *_with_eu_forms(longs.split("|"))):
            if name:
                index.setdefault(fold(name), (short, kind))
    for form, (short, _nominative) in body_names.nominatives().items():
        index.setdefault(form, index[fold(short)])
    return index


def _with_eu_forms(names: list[str]) -> list[str]:
    """The names, and each "European Union X" also as "EU X" ("EU Agency for Fundamental
    Rights"), the short form reports write as often."""
    return names + [
        "EU " + name.removeprefix("European Union ")
        for name in names
        if name.startswith("European Union ")
    ]


def _known(name: str) -> tuple[str, str] | None:
    """(short name, kind) of a well-known body, also as the record names it ("IOM (OIM)")."""
    index = _known_index()
    found = index.get(fold(name))
    if found is None and name.endswith(")") and " (" in name:
        found = index.get(fold(name.split(" (", 1)[0]))
    return found


@functools.cache
def _normalise_only() -> frozenset[str]:
    return frozenset(
        fold(name) for short, _k, longs in NORMALISE_ONLY for name in (short, *longs.split("|"))
    )


@functools.cache
def _known_names() -> frozenset[str]:
    """Every well-known body's name or short name, as written (acronyms of 3+ letters)."""
    names = {
        name
        for short, _kind, longs in KNOWN_BODIES
        for name in (short, *_with_eu_forms(longs.split("|")))
        if name and not (name.isupper() and len(name) <= 2)
    }
    names |= {
        form for _short, *groups in body_names.LOCAL_NAMES for g in groups for form in g.split("|")
    }
    # long names also in sentence and title case ("Commissione Europea"); short names only
    # as written ("WHO", never "who"); literal alternatives keep the search fast
    names |= {form for n in list(names) if " " in n for form in _case_forms(n)}
    # Italian and Spanish papers write long acronyms as words ("l'Anci", "la Acnur"); four
    # letters or more, so no common word ("Who") is taken for one
    names |= {n.title() for n in list(names) if n.isupper() and len(n) >= _WORD_ACRONYM}
    return frozenset(names)


_WORD_ACRONYM = 4


# Reports write an apostrophe straight, curled or as a backtick ("Consiglio d’Europa",
# "l`Anci"), and a long name's later words in either case ("Comitato europeo delle Regioni").
_APOSTROPHE = "['’`]"


def _straight_apostrophes(text: str) -> str:
    """`text` with its curled apostrophes and backticks straight; `str.replace`, which on a
    report's text is faster than `translate` (a look-up of every character)."""
    return text.replace("’", "'").replace("`", "'")


def _as_written(name: str) -> str:
    """A pattern for `name` with any apostrophe; a long name's words after the first in
    any case (its first letter as written: "save the children" is no body)."""
    name = _straight_apostrophes(name)
    escaped = regex.escape(name).replace("\\'", "'").replace("'", _APOSTROPHE)
    if " " not in name:
        return escaped
    return rf"(?={regex.escape(name[0])})(?i:{escaped})"


@functools.cache
def _known_pattern() -> rx.Pattern:
    """Any well-known body's name, the longest at its place, between non-letters."""
    names = sorted(_known_names(), key=len, reverse=True)
    alternatives = "|".join(_as_written(n) for n in names)
    return rx.compile(rf"(?<![\p{{L}}\-])(?:{alternatives})(?![\p{{L}}\-])")


@functools.lru_cache(maxsize=256)
def _known_pattern_opening(char: str) -> rx.Pattern:
    """`_known_pattern` with only the names that open with `char`, for a match at a place
    that does: every name opens with its first letter as written (`_as_written`), so the
    others cannot match there. Tried at one place, the whole alternation took a quarter of
    a millisecond, name after name."""
    names = sorted(_known_names(), key=len, reverse=True)
    if any(n[:1] in "'’`" for n in names):  # an apostrophe opens as any apostrophe
        return _known_pattern()
    alternatives = "|".join(_as_written(n) for n in names if n[:1] == char) or "(?!)"
    return rx.compile(rf"(?<![\p{{L}}\-])(?:{alternatives})(?![\p{{L}}\-])")


@functools.cache
def _known_automata() -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
    """Every name as written, and the long names in lower case."""
    exact, lower = ahocorasick.Automaton(), ahocorasick.Automaton()
    for name in _known_names():
        plain = _straight_apostrophes(name)
        exact.add_word(plain, plain)
        if " " in name:
            lower.add_word(plain.lower(), plain)
    exact.make_automaton()
    lower.make_automaton()
    return exact, lower


def _name_goes_on(char: str) -> bool:
    return char.isalpha() or char == "-"


def _lowered(text: str) -> str:
    """`text` in lower case, letter for letter (a letter whose lower case is longer stays)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def known_names_in(text: str):
    """(offset, name as the text writes it) of the well-known bodies named in `text`, left
    to right: what `_known_pattern().finditer` finds, from one pass of an automaton of all
    the names."""
    plain = _straight_apostrophes(text)
    exact, lower = _known_automata()
    at: dict[int, set[int]] = {}
    for end, name in exact.iter(plain):
        at.setdefault(end - len(name) + 1, set()).add(len(name))
    for end, name in lower.iter(_lowered(plain)):
        start = end - len(name) + 1
        if plain[start] == name[0]:
            at.setdefault(start, set()).add(len(name))
    position = 0
    for start in sorted(at):
        if start < position or (start and _name_goes_on(text[start - 1])):
            continue
        for size in sorted(at[start], reverse=True):
            stop = start + size
            if stop == len(text) or not _name_goes_on(text[stop]):
                yield start, text[start:stop]
                position = stop
                break


_LOWER_WORDS = frozenset(
    "of for the and on in to de di del della dello dei degli delle per e le la les du des da "
    "y et i pour para las los".split()
)


def _case_forms(name: str) -> set[str]:
    words = name.split(" ")
    sentence = " ".join([words[0], *(w if w.isupper() else w.lower() for w in words[1:])])
    title = " ".join(
        [words[0], *(w if w.lower() in _LOWER_WORDS else w[:1].upper() + w[1:] for w in words[1:])]
    )
    return {sentence, title}


def known_body_at(text: str, position: int) -> str | None:
    """The English short name of an international body whose name starts at `position`."""
    m = _known_pattern_opening(text[position : position + 1]).match(text, position)
    if m:
        return international_short(m.group())
    for short, _kind, longs in NORMALISE_ONLY:
        for name in (short, *longs.split("|")):
            for form in {name, *(_case_forms(name) if " " in name else ())}:
                if text.startswith(form, position):
                    return short
    return None


def international_short(name: str) -> str | None:
    """ "OIM", "ACNUR", "Commissione europea" -> "IOM", "UNHCR", "European Commission"."""
    known = _known(name)
    return known[0] if known and known[1] in INTERNATIONAL_KINDS else None


def classify_organisation(name: str) -> str:
    known = _known(name)
    if known:
        return known[1]
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(name):
            return kind
    return "other"


# Up to three capitalised words after an acronym: the region or country of its branch.
_BRANCH_PLACE = rx.compile(
    r"[^\S\n]+(?P<place>\p{Lu}[\p{L}\p{M}'’\-]+(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’\-]+){0,2})"
)


@functools.cache
def _region_names() -> frozenset[str]:
    """Folded names of countries (CLDR, in the programme's languages) and of their ISO 3166-2
    subdivisions (regions, provinces, Länder), as a body's branch names them."""
    import pycountry  # noqa: PLC0415 (read once, when a report first names a known body)

    from .gazetteer import load_gazetteer  # noqa: PLC0415

    names = {fold(division.name) for division in pycountry.subdivisions}
    return frozenset(names | set(load_gazetteer().country_nouns))


def region_name(name: str) -> bool:
    """Whether `name` is a country's or a region's name."""
    return fold(name) in _region_names()


def _branch_at(text: str, start: int, name: str, short: str, kind: str) -> str | None:
    """ "ANCI Piemonte", "Anci Veneto": a national body known by its acronym, followed by a
    region's or a country's name, is its branch there. International bodies keep their
    short name whatever office speaks for them ("UNHCR Polska" is UNHCR)."""
    if kind in INTERNATIONAL_KINDS or not short.isupper() or fold(name) != fold(short):
        return None
    m = _BRANCH_PLACE.match(text, start + len(name))
    if not m:
        return None
    words = m.group("place").split()
    for size in range(len(words), 0, -1):
        if fold(" ".join(words[:size])) in _region_names():
            return f"{name} {' '.join(words[:size])}"
    return None


def branch_of(name: str) -> str | None:
    """The short name of the body whose branch `name` is ("Anci Veneto" -> "ANCI")."""
    head, _, rest = name.partition(" ")
    known = _known(head) if rest else None
    if known and _branch_at(name, 0, head, *known) == name:
        return known[0]
    return None


def _known_body(name: str) -> bool:
    """Whether `name` names one of KNOWN_BODIES (not merely the EU, which funds)."""
    return fold(name) not in _normalise_only() and _known(name) is not None


@functools.cache
def known_forms(short: str) -> frozenset[str]:
    """Every name of the well-known body whose short name is `short`, as the list writes it."""
    return frozenset(
        name
        for body_short, _kind, longs in KNOWN_BODIES + NORMALISE_ONLY
        if body_short == short
        for name in (body_short, *longs.split("|"))
        if name
    )


def known_short_name(name: str) -> str | None:
    known = _known(name)
    return known[0] if known else None


# Romance languages write an adjective of the body's level or country in lower case
# between its head noun and the rest of its name ("Consiglio portoghese per i Rifugiati",
# "Consiliul raional Ungheni", "Direcția provincială X"): the name runs on over it.
_LOWER_BRIDGE = rx.compile(
    rf"{_SPACE}(?P<low>\p{{Ll}}[\p{{Ll}}\p{{M}}]{{2,}}(?:ese|ana|ano|ale|al|ală|ean|eană|ico|ica|"
    rf"ivo|iva|ar|ară)){_SPACE}(?:{_CONN}{_SPACE})*(?=\p{{Lu}})"
)


def _phrases(text: str):
    """(offset, phrase) of the Title-Case phrases, run on over a lower-case adjective after
    a head noun."""
    for m in _PHRASE.finditer(text):
        phrase, end = m.group(), m.end()
        bridge = _LOWER_BRIDGE.match(text, end)
        if bridge and _is_head(phrase.split()[-1].strip(".,")):
            rest = _PHRASE.match(text, bridge.end())
            if rest:
                phrase, end = text[m.start() : rest.end()], rest.end()
        yield from _run_together(m.start(), phrase)


# A list whose line breaks the page lost runs its names together ("Unia Metropolii
# PolskichZwiązek Miast Polskich"): a body's name starts again where a capital follows a
# lower-case letter inside a word and begins a head noun, once a head was said before.
_INNER_CAPITAL = rx.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")


def _run_together(start: int, phrase: str):
    cut = 0
    for m in _INNER_CAPITAL.finditer(phrase):
        right = phrase[m.start() :].split()[0].strip(".,")
        left = phrase[cut : m.start()]
        if _is_head(right) and any(_is_head(w.strip(".,")) for w in left.split()):
            yield start + cut, left
            cut = m.start()
    yield start + cut, phrase[cut:]


@functools.lru_cache(maxsize=8192)
def organisation_phrases(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, name) of every Title-Case phrase headed by a body noun."""
    out = []
    for start, phrase in _phrases(text):
        for offset, part in _conjoined_parts(phrase, start):
            found = _body_name(text, part, offset)
            if found:
                out.append(found)
    for m in _LOWER_MINISTRY.finditer(text):
        rest = _PHRASE.search(text, m.end())
        if rest:
            phrase = text[m.start() : rest.end()]
            found = _body_name(text, phrase[0].upper() + phrase[1:], m.start())
            if found:
                out.append(found)
    return tuple(out)


def _conjoined_parts(phrase: str, offset: int) -> list[tuple[int, str]]:
    """ "Prefettura di Bologna e Caritas Italiana" is two bodies; "Ministry for European
    Affairs and Equality" is one: split where the part after "and" has a head of its own."""
    return [(offset + start, part) for start, part in _conjoined_split(phrase)]


_CONJOINED = rx.compile(rf"\s(?:{AND_ALTERNATIVES}|&)\s")


@functools.lru_cache(maxsize=8192)
def _conjoined_split(phrase: str) -> tuple[tuple[int, str], ...]:
    """`_conjoined_parts` at offset 0, kept per phrase (titles and bodies recur)."""
    parts, start = [], 0
    for m in _CONJOINED.finditer(phrase):
        right = phrase[m.end() :].split()
        left_words = phrase[start : m.start()].split()
        ends_in_head = len(left_words) > 1 and _is_head(left_words[-1].strip(".,"))
        if right and (
            ends_in_head or _is_head(right[0]) or _own_head_ahead(right) or _a_body_opens(right)
        ):
            left = phrase[start : m.start()]
            if any(_is_head(w.strip(".,")) for w in left.split()):
                parts.append((start, left))
                start = m.end()
    parts.append((start, phrase[start:]))
    return tuple(parts)


# The words that make what follows the complement of the word before ("of the", "del",
# "de la", "der", "din", "του"): a head after them is the owner's, not a new body's.
_GENITIVE_LINKS = frozenset(
    "of del della dello dell' dell’ dei degli delle de des du der di din al ale του της των".split()
)
_ARTICLES = frozenset("the la el il le los las lo".split())


def _a_body_opens(words: list[str]) -> bool:
    """Whether the words after "and" open on a body's kind ("the NGO X") or a well-known
    body's name ("the Red Cross"): a second body, not the first one's field."""
    if words[0] in _ARTICLES and len(words) > 1:
        words = words[1:]
    return words[0] in _KIND_WORDS or any(
        _known(" ".join(words[:size])) is not None for size in (1, 2, 3) if size <= len(words)
    )


def _own_head_ahead(words: list[str]) -> bool:
    """Whether the words after "and" have a head noun of their own within three words, not
    one that the words before govern ("and Cities of the Federation of X", "e Sociale del
    Parlamento X": the same body's name goes on; "and the Velden Refugee Agency": another)."""
    for i, word in enumerate(words[1:4], start=1):
        if _is_head(word):
            before = [w for w in words[:i] if w.lower() not in _ARTICLES]
            return not (before and before[-1].lower() in _GENITIVE_LINKS)
    return False


@functools.lru_cache(maxsize=4096)
def _is_role_title(word: str) -> bool:
    """Whether `word` is a person's role title ("Presidente", "Director")."""
    from .people import ROLE_HEADS  # noqa: PLC0415 (people reads this module's names)

    return bool(rx.compiled(rf"^(?:{ROLE_HEADS})$", regex.I).match(word))


_INITIAL = rx.compile(r"^\p{Lu}\.?$")
_ROMANIAN_GENITIVE = rx.compile(r"\p{Ll}(?:ului|iei|ției|ţiei)$")
_PLACE_TAIL = rx.compile(r"\s+(?:in|a)\s+\p{Lu}[\p{L}'’-]+$")


# Greek joins "to"/"in" with the article and writes it with a capital at a title's or a
# sentence's start ("Στο Δίκτυο Πόλεων ...", "Στην Ένωση ..."), and writes a case form of the
# article there ("Του Ιδρύματος ..."): no part of the body's name.
_GREEK_ARTICLE_BEFORE = rx.compile(
    r"^(?:Στο|Στη|Στην|Στον|Στα|Στους|Στις|Του|Της|Την|Τον|Τη|Τα|Οι|Των)\s"
)


def _body_name(text: str, phrase: str, phrase_offset: int) -> tuple[int, str] | None:
    """(offset, name) of the body a phrase names, unless the words around it make it a
    municipality's ("Comune di X Ufficio ...")."""
    read = _phrase_body(phrase)
    if read is None:
        return None
    start, name, association = read
    offset = phrase_offset + start
    municipal = _MUNICIPAL_BEFORE.search(text[max(0, offset - 30) : offset]) or (
        text[offset : offset + len(name)] == name
        and _MUNICIPAL_AFTER.match(text, offset + len(name))
    )
    if municipal and not association:
        return None
    return offset, name


@functools.lru_cache(maxsize=8192)
def _phrase_body(phrase: str) -> tuple[int, str, bool] | None:
    """Where in the phrase the body's name starts, the name, and whether its head is an
    association's (which a municipality's words do not make the town's); None for no
    body. Kept per phrase: titles and bodies recur, and this reading is the phrase's own."""
    owner, *owned = rx.split(r"['’]s\b", phrase)
    if not (owned and any(_is_head(w.strip(".,")) for w in owned[0].split())) or any(
        _is_head(w.strip(".,")) for w in owner.split()
    ):
        phrase = owner  # "the Institute's Director": the body; "Mariestad's Cultural
        # Alliance": a body named after its town keeps the town
    words = phrase.split()
    head_idx = next((i for i, w in enumerate(words) if _is_head(w.strip(".,"))), None)
    if head_idx is None:
        return None
    start = head_idx
    # a Romanian head in the genitive is the complement of the word before it ("Scopul
    # Consiliului X", the aim of the X Council): adjectives come after the head there
    genitive = _ROMANIAN_GENITIVE.search(words[head_idx].strip(".,"))
    while (
        start > 0
        and not genitive
        and words[start - 1][0].isupper()
        and not _is_role_title(words[start - 1])
    ):
        start -= 1  # "Presidente Fondazione X": the role said before the body is no part of it
    name_words = words[start:]
    while name_words and not (
        (name_words[-1][0].isupper() and not _INITIAL.match(name_words[-1]))
        or _ELIDED_CAP.search(name_words[-1])
    ):
        name_words.pop()  # lower-case tails, and a person's initial ("... της ΚΕΔΕ Α. Χρυσάφης")
    name = " ".join(name_words).strip(" .,;:–-")
    name = _PLACE_TAIL.sub("", name)  # "European Commission in Vilnius": the body, not the place
    if _MUNICIPAL_NAME.match(name):
        return None
    if name.startswith(
        ("The ", "Il ", "La ", "L'", "Το ", "Tο ", "Η ", "Ο ", "Der ", "Die ", "Das ")
    ) or _GREEK_ARTICLE_BEFORE.match(name):
        name = name.split(" ", 1)[1] if " " in name else name
    head = words[head_idx].strip(".,").lower().rstrip("s")
    offset = len(" ".join(words[:start])) + (1 if start else 0)
    unqualified = (
        head in _QUALIFIED_HEADS
        and not _QUALIFIERS.match(name)
        and not _QUALIFIER_AFTER.match(name)
        and not (len(name.split()) > 1 and name.split()[0].isupper())
        and not _INTERNATIONAL_TAIL.match(name)
        and not (head in _SELF_NAMED_HEADS and _named_after_itself(name))
    )
    association = bool(_ASSOCIATION_HEAD.match(words[head_idx].strip(".,")))
    if (
        unqualified
        or (_MUNICIPAL_IN.search(name) and not association)
        or (len(name.split()) < 2 and not name.isupper())
    ):
        return None
    return offset, name, association


# heads that a body named by a proper noun of its own carries ("Velmora Refugee Network");
# a council or an office so named is a town's ("Darebin Council")
_SELF_NAMED_HEADS = frozenset(
    {"centre", "center", "centro", "agency", "agenzia", "network", "trust"}
)


@functools.lru_cache(maxsize=4096)
def _named_after_itself(name: str) -> bool:
    """Whether a body's name opens on a proper noun of its own, no word of any language and
    no place ("Velmora Refugee Network", "Tarsko Development Agency"): named so, a centre,
    an agency or a network is a body, not a town's office or a project's team."""
    words = name.split()
    return len(words) > 1 and own_proper_noun(words[0])


@functools.lru_cache(maxsize=4096)
def own_proper_noun(word: str) -> bool:
    """Whether `word` is a capitalised word of no language, no given name and no place: the
    proper noun a body is named by ("Velmora")."""
    from .common_words import is_common_word  # noqa: PLC0415
    from .gazetteer import load_gazetteer  # noqa: PLC0415

    if (
        not rx.match(r"^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)*$", word)
        or len(word) < 4
        or _is_head(word)
    ):
        return False
    if is_common_word(word) or is_given_name(word) or fold(word) in _region_names():
        return False
    return not load_gazetteer().candidates(word)


# An association of towns is a body of its own ("Municipal Association of X", "Związek Miast
# Y", "Ένωση Δήμων Z"), not a town's office.
_ASSOCIATION_HEAD = rx.compile(
    r"^(?:Association|Associazione|Asociación|Associació|Asociația|Asociaţia|Asociației|"
    r"Federation|Federazione|Federación|Federacj\p{L}*|League|Lega|Liga|Union|Unione|Unión|"
    r"Uni[ai]|Alliance|Verband|Bund|Związ\p{L}*|Ένωση|Ένωσης|Network|Rete|Red|Netzwerk)s?$"
)


_INTERNATIONAL_TAIL = rx.compile(
    rf"(?:{TOP_HEADS})\s+(?:of|for)\s+(?:the\s+)?(?:European|International|Regions)"
)


def acronym_bodies(acronyms: dict[str, str]) -> list[tuple[str, str]]:
    """(acronym, long name) of defined acronyms that name a body, not a programme or practice."""
    out = []
    for long, acr in acronyms.items():
        if known_short_name(long) or rx.search(rf"\b(?:{TOP_HEADS})s?\b", long):
            out.append((known_short_name(long) or acr, long))
    return out


def find_organisations(
    text: str,
    *,
    acronyms: dict[str, str],
    municipality_names: set[str],
    extra: list[str],
    people: frozenset[str] = frozenset(),
) -> list[dict]:
    """Bodies other than the participating municipalities, with their kind, first mention first."""
    found: list[tuple[int, str]] = []
    long_to_short: dict[str, str] = {}
    acronyms = {
        **initialisms.definitions(text),
        **initialisms.clipped_definitions(text),
        **acronyms,
    }
    stated = {fold(long): acr for long, acr in acronyms.items()}
    # a town's office named with its acronym ("Social Services Directorate of the Municipality
    # of X (SSDX)") is the town, by either name
    municipal = {acr for long, acr in acronyms.items() if is_municipal(long)}
    for short, long in acronym_bodies(acronyms):
        if acronyms.get(long) in municipal:
            continue
        name = international_short(long) or acronyms.get(long, short)
        long_to_short[fold(long)] = name
        found.append((text.find(long), long))  # said by its short name, of the long name's kind
    seen_known: set[str] = set()
    known_starts: dict[str, list[int]] = {}  # short name -> where the text names the body
    said: dict[str, list[str]] = {}  # short name -> how the text names the body
    known_spans: list[tuple[int, int]] = []
    for start, name in known_names_in(text):
        if _names_another_thing(text, start, name):
            continue
        short, kind = _known_index()[fold(name)]
        branch = _branch_at(text, start, name, short, kind)
        if branch:  # "Anci Veneto": the body's regional branch, a body of its own
            found.append((start, branch))
            continue
        if kind not in INTERNATIONAL_KINDS and _LONGER_NAME_AFTER.match(text, start + len(name)):
            continue  # "UCLG Africa", "ICMC Europe": a body of a longer name, read as a phrase
        known_starts.setdefault(short, []).append(start)
        known_spans.append((start, start + len(name)))
        said.setdefault(short, []).append(name)
        if name in seen_known:
            continue
        seen_known.add(name)
        if kind in INTERNATIONAL_KINDS:
            long_to_short[fold(name)] = short
            found.append((start, short))
            continue
        stated_acronym = name in acronyms.values() or (name.isupper() and len(name) <= 8)
        if stated_acronym:
            as_stated = name
        elif name.upper() == short:  # "Anci": the acronym written as a word
            as_stated = short
        elif fold(name) in stated:
            as_stated = stated[fold(name)]
        else:  # as written, unless the text also uses the short name
            as_stated = short if short in text else name
        long_to_short[fold(name)] = as_stated
        found.append((start, as_stated))
    acronym_set = set(acronyms.values())
    found.extend(
        (offset, name)
        for offset, name in organisation_phrases(text)
        if fold(name) not in _normalise_only()
        and not _cut_before_acronym(text, offset, name, acronym_set)
        and not _inside(offset, offset + len(name), known_spans)
        and not _governs_known(offset, name, known_spans)
    )
    found.extend(
        (offset, name)
        for offset, name in agents.named_bodies(text, people=people)
        if not _is_head(name) and not is_municipal(name) and fold(name) not in _normalise_only()
    )
    speakers_bodies = agents.bodies_after_people(text, people) + [
        (offset, name)
        for offset, name in agents.bodies_of_people(text, people)
        if not _opens_with_given_name(name)
    ]
    found.extend(
        (offset, name)
        for offset, name in [*speakers_bodies, *agents.bodies_listed(text)]
        if not _is_role_title(name.split()[0]) and not is_municipal(name)
    )
    # a body a speaker comes from, or that the record gives a person, took part, though its
    # name ends on a project's word ("Ann Lee, Fair Asylum Initiative")
    spoken_for = {name for _offset, name in speakers_bodies} | set(extra)
    found.extend(initialisms.acronym_bodies(text, frozenset(acronyms.items()), _known_names()))
    found.extend(embassies.embassies(text))
    found.extend(  # "the X Centre and the Y Office" visited: two bodies
        (visited_at + start, name)
        for visited_at, visited in visits.visited_bodies(text)
        for start, name in _conjoined_split(visited)
        if not is_municipal(name)
        and not _is_role_title(name.split()[0])
        and not _opens_with_given_name(name)
        and known_short_name(name) is None
    )
    spans = [(offset, offset + len(name)) for offset, name in found if offset >= 0]
    spelled = {fold(_initials(name)) for _offset, name in found}
    found.extend(
        (offset, name)
        for offset, name in agents.bodies_beside(text, spans, people)
        if not any(_is_role_title(word) for word in name.split())
        and not _opens_with_given_name(name)
        and not is_municipal(name)
        and known_short_name(name) is None
        and fold(name) not in spelled  # "KEDE" beside the long name whose initials it is
        and not _only_funds(text, [offset])
    )
    for name in extra:
        found.append((text.find(name) if name in text else len(text), name))
    found = [
        (offset, name)
        for offset, name in found
        if name not in municipal and name not in _KIND_WORDS
    ]
    if people:
        found = [(offset, _without_person(name, people)) for offset, name in found]
        found = [(offset, name) for offset, name in found if name]
    found = [(offset, _without_named_person(name)) for offset, name in found]
    found = [(offset, name) for offset, name in found if not _PEOPLE_GROUP.match(name)]
    found = [_body_of_unit(offset, name) for offset, name in found if name]
    merged = _merge(found, long_to_short, municipality_names, set(acronyms.values()))
    long_names = {acr: long for long, acr in acronyms.items()}
    merged = [
        org
        for org in merged
        if not _only_funds(text, known_starts.get(org["name"], ()))
        and not _only_owns(text, known_starts.get(org["name"], ()), known_spans)
        and (
            known_short_name(org["name"]) is not None  # "United Nations Development Programme"
            or not initialisms.names_a_project(long_names.get(org["name"], org["name"]))
            or org["name"] in spoken_for
        )
        and (org["name"] in spoken_for or not _only_in_partner_list(text, org["name"]))
    ]
    return _without_forms_of_known(
        [
            org | {"name": _as_said(org["name"], said[org["name"]][0], acronyms)}
            if org["kind"] in INTERNATIONAL_KINDS
            and org["name"] not in said.get(org["name"], [org["name"]])
            else org
            for org in _with_long_names(merged, acronyms, text)
        ]
    )


def _without_forms_of_known(orgs: list[dict]) -> list[dict]:
    """Without a phrase that is a well-known body's name in the text's language, said in
    another case or shortened ("Ύπατης Αρμοστείας" beside "UNHCR (Ύπατη Αρμοστεία του
    ΟΗΕ)", "Organizației Internaționale" beside "IOM (Organizația Internațională pentru
    Migrație)"): the same body, listed once."""
    local_stems = [
        _stems(org["name"][:-1].split(" (", 1)[1])
        for org in orgs
        if org["kind"] in INTERNATIONAL_KINDS and org["name"].endswith(")") and " (" in org["name"]
    ]

    def a_form(org: dict) -> bool:
        if known_short_name(org["name"]) is not None or "(" in org["name"]:
            return False
        stems = _stems(org["name"])
        first = fold(org["name"].split()[0])[:_STEM]
        return len(stems) > 1 and any(stems <= local and first in local for local in local_stems)

    present = {
        known[0]
        for org in orgs
        if (known := _known(org["name"])) and known[1] in INTERNATIONAL_KINDS
    }
    return [org for org in orgs if not a_form(org) and _office_of(org["name"]) not in present]


def _office_of(name: str) -> str | None:
    """The short name of the international body whose country or regional office `name` is
    ("OIM Italia", "ACNUR España", "UNHCR Polska"): the body itself, said by its office."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        known = _known(" ".join(words[:size]))
        if known and known[1] in INTERNATIONAL_KINDS and region_name(" ".join(words[size:])):
            return known[0]
    return None


# What kind of body it is, not its name ("la ONG greca X", "an NGO, Y"): listed alone, no body.
_KIND_WORDS = frozenset("NGO NGOs ONG ONGs ONLUS Onlus ΜΚΟ CSO CSOs NPO".split())
_GREEK_LETTER = rx.compile(r"\p{Greek}")


def _opens_with_given_name(name: str) -> bool:
    """Whether `name` opens on a given name, also in a case form ("Pawła", "Αλέξανδρου"):
    a person's name, not a body's."""
    first = name.split()[0]
    greek = bool(_GREEK_LETTER.match(first))
    return is_given_name(first) or any(
        is_given_name(form) for form in inflection.base_forms(fold(first), greek=greek)
    )


def _governs_known(offset: int, name: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the phrase `name` (at `offset`) ends on a well-known body's name that holds
    its head noun: the words before are what the body has or does, in the genitive before
    it ("Programu Miast Rady Europy", the Council of Europe's programme; "Sociale del
    Parlamento Europeo"), not a body of their own."""
    stop = offset + len(name)
    at = offset
    for word in name.split(" "):
        if _is_head(word.strip(".,")):
            return any(a <= at < b and a > offset and abs(b - stop) <= 1 for a, b in spans)
        at += len(word) + 1
    return False


def _inside(start: int, stop: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, stop) is a part of one of `spans`, shorter than it: a piece of a
    well-known body's name ("... Regionalnych Rady Europy" in the Congress's name)."""
    return any(a <= start and stop <= b and stop - start < b - a for a, b in spans)


# A prize named after a body ("Premio Unesco per la pace", "the UNESCO Prize", "UNICEF-Preis")
# says nothing of the body taking part.
_PRIZE_BEFORE = rx.compile(
    r"(?i:prize|award|premio|premi|prix|preis|premiul|premiului|nagrod\p{L}*|βραβείο|βραβείου)"
    r"(?:\s+(?:of the|of|del|della|dell['’]|de la|de|des|du|der|al|ale|της|του))?\s*$"
)
_PRIZE_AFTER = rx.compile(r"(?:\s+|-)(?i:prize|award|preis|prix)(?![\p{L}])")
# A media advisory's labels ("WHAT: ...", "WHO: Eleven mayors", "WHERE: ..."): "WHO:" there
# asks who takes part; it is no body.
_ADVISORY_LABEL = rx.compile(r"(?<![\p{L}])(?:WHAT|WHEN|WHERE)\s*:")


# A capitalised word on the same line right after a well-known body's name: the name goes
# on ("UCLG Africa", "ICMC Europe", "UCLG World Secretariat").
_LONGER_NAME_AFTER = rx.compile(r"[^\S\n]+\p{Lu}\p{Ll}")


def _names_another_thing(text: str, start: int, name: str) -> bool:
    """Whether a well-known body's name, said at `start`, is part of a prize's name or an
    advisory's label."""
    stop = start + len(name)
    if name.isupper() and text[stop : stop + 1] == ":" and _ADVISORY_LABEL.search(text):
        return True
    return bool(
        _PRIZE_BEFORE.search(text[max(0, start - 30) : start]) or _PRIZE_AFTER.match(text, stop)
    )


def _as_said(short: str, said: str, acronyms: dict[str, str]) -> str:
    """A well-known body as the record names it (`body_names.as_named`), with the short
    name the text gives its long name in its own language ("Organización Internacional para
    las Migraciones (OIM)": "IOM (Organización Internacional para las Migraciones, OIM)")."""
    name = body_names.as_named(short, said)
    local = acronyms.get(said)
    if local is None:  # the long name said first in another case ("... Para Las Migraciones")
        folded = fold(said)
        local = next((acr for long, acr in acronyms.items() if fold(long) == folded), None)
    if local and local != short and name.endswith(")") and local not in name:
        return f"{name[:-1]}, {local})"
    return name


def _partner_list_spans(text: str) -> list[tuple[int, int]]:
    """Where the text lists a project's applicant and partners: from the words that say so
    to the end of their sentence."""
    return [
        (m.start(), sentence_span(text, m.start(), m.end(), PARTNER_LIST_REACH)[1])
        for m in PROJECT_PARTNER_LIST.finditer(text)
    ]


def _only_in_partner_list(text: str, name: str) -> bool:
    """Whether every mention of the body (by its name or, for "Long (ACR)", either form) is
    in a list of a project's partners: the body is named as one, not said to take part."""
    spans = _partner_list_spans(text)
    if not spans:
        return False
    forms = [name]
    if name.endswith(")") and " (" in name:
        forms = list(name[:-1].split(" (", 1))
    found = [span for form in forms for span in rx.literal_spans(text, form)]
    return (
        bool(found)
        and all(any(a <= s < b for a, b in spans) for s, _e in found)
        and not any(_LEADS.match(text, e) for _s, e in found)
    )


# The partner said to lead the project, right after its name ("X (lead partner), Y",
# "X (capofila)", "X ως συντονιστής εταίρος"): the project's organiser, which runs its
# meetings.
_LEADS = rx.compile(
    r"[^,;\n]{0,20}?(?<![\p{L}])(?i:lead\s+partner|lead|coordinator|capofila|coordinatore|"
    r"coordinador|Leadpartner|Koordinator|lider(?:\s+de)?\s+proiect|lider\s+projektu|"
    r"συντονιστής)(?![\p{L}])"
)


# A body's committee, team or department, named with the body ("Comisión de Integración de
# la FEMP", "Working Group on Housing of the European Network of Cities", "Επιτροπή
# Μεταναστευτικού της ΚΕΔΕ"): the body is what took part.
_UNIT_OF_BODY = rx.compile(
    r"^(?:Committee|Commission|Working Group|Task Force|Team|Unit|Secretariat|Department|"
    r"Division|Section|Commissione|Comitato|Gruppo di lavoro|Segreteria|Dipartimento|"
    r"Comisión|Comité|Grupo de trabajo|Secretaría|Departamento|Ausschuss|Kommission|"
    r"Arbeitsgruppe|Arbeitskreis|Abteilung|Komisja|Komisji|Komitet|Comisia|Comisiei|"
    r"Comitetul|Departamentul|Επιτροπή|Επιτροπής|Τμήμα|Γραμματεία|Kumitat|Kummissjoni)\b"
    r".*?\s(?:of the|of|de la|del|de los|de las|della|dello|dell['’]|degli|delle|dei|der|des|"
    r"al|a|ale|της|του|των|tal-|tat-|tad-)\s*(?P<body>\p{Lu}.+)$"
)


# Polish names a unit's body in the genitive with no preposition, and what the unit deals
# with after "ds." ("Zespół Unii Metropolii X ds. Migracji", "Zespół UMP ds. Y").
_POLISH_UNIT_OF_BODY = rx.compile(
    r"^(?:Stały\s+|Stałego\s+)?(?:Zesp[oó]\p{L}*|Komisj\p{L}+|Wydzia\p{L}+|Biur\p{L}+|"
    r"Sekretariat\p{L}*|Departament\p{L}*|Referat\p{L}*|Komitet\p{L}*)\s+"
    r"(?P<body>\p{Lu}[^\s.]*(?:\s+\p{Lu}[^\s.]*)*)(?:\s+(?:ds\.|do\s+spraw)\s.*)?$"
)


def _body_of_unit(offset: int, name: str) -> tuple[int, str]:
    """(offset, name) of the body whose unit `name` is, or of `name` itself."""
    m = _UNIT_OF_BODY.match(name) or _POLISH_UNIT_OF_BODY.match(name)
    if m:
        body = m.group("body")
        acronym = rx.match(r"^\p{Lu}[\p{Lu}\p{N}&\-]+$", body)
        if acronym or _known(body) or any(_is_head(w) for w in body.split()):
            return offset + m.start("body"), body
    return offset, name


def _without_person(name: str, people: frozenset[str]) -> str:
    """ "Fundacja Zustricz i Piotr Kwapisiewicz": the body, without the person named
    with it (a name phrase runs on over "and" when a capitalised name follows)."""
    for m in _CONJOINED.finditer(name):
        if name[m.end() :] in people:
            return name[: m.start()]
    for person in people:
        if " " in person and name.endswith(" " + person):
            # "(the mayor of) X Anna Rossi": the person after a place in the genitive, no body
            rest = name[: -len(person)].strip(" ,–-")
            if len(rest.split()) > 1 or rest.isupper():
                return rest
            return name if _is_head(rest) else ""  # "Fundacja Anna X": named after her
    return name


# A group of people, named by the word for it and then where they come from ("Valdoran
# Delegation", "Mitarbeitende des Amtes X", "Members of the X Board", "delegazione di X"):
# people, not a body; the body they come from is found by its own name.
_PEOPLE_GROUP = rx.compile(
    r"^(?:\p{L}+\s+)?(?i:delegation|delegations|delegates|delegazione|delegación|delegação|"
    r"Delegation|Delegierte\p{L}*|delegacja|delegacji|delegația|delegației|αντιπροσωπεία|"
    r"αντιπροσωπείας|staff|members|representatives|Mitarbeitende\p{L}*|Mitarbeiter\p{L}*|"
    r"Mitglieder\p{L}*|Vertreter\p{L}*)(?![\p{L}])"
)


def _without_named_person(name: str) -> str:
    """A name phrase that runs on over a person's given name and surname ("Velden Aid
    Network Anna Berg", "Health Oscar Lind"): the body without the person, or no body when
    what is left has no head noun ("Health", the department the person heads). A person
    whose surname ends on a German compound's head ("Ola Lindheim") is no body either."""
    words = name.split()
    if len(words) == 2 and is_given_name(words[0]):
        compound_only = _GERMAN_COMPOUND_HEAD.match(words[1]) and not _HEAD.match(words[1])
        return "" if compound_only else name
    if len(words) < 3 or not is_given_name(words[-2]) or not words[-1][:1].isupper():
        return name
    if _is_head(words[-1]) or _is_head(words[-2]):
        return name  # "... Anna Stiftung": named after her
    rest = " ".join(words[:-2]).strip(" ,–-")
    if len(rest.split()) == 1 and _is_head(rest):
        return name  # "Fondazione Anna Berg": named after her
    return rest if names_a_body(rest) or rest.isupper() else ""


# A body named only as the source of the money ("co-funded by the ... of the European
# Commission", "approvato dalla Commissione europea") did not take part in the meeting.
_RUNS_THE_WORK = (
    r"(?i:(?<![\p{L}])(?:led|co-led|organi[sz]ed|co-organi[sz]ed|coordinated|implemented|"
    r"hosted|run)[^\S\n]+by(?![\p{L}]))"
)
_FUNDING_BEFORE = rx.compile(
    r"(?i:funded|financed|sponsored|approved|funding|finanziat|approvat|financiad|"
    r"subvencionad|gefördert|finanziert|finanțat|finanţat|finansowan|χρηματοδοτ|"
    r"iffinanzjat|ffinanzjat)"
    # the clause runs on to the body, unless a verb of running the work comes between ("the
    # EU-funded project, led by X": X leads it)
    rf"(?:(?!{_RUNS_THE_WORK})[^.;:\n])*$"
)
_FUNDING_WINDOW = 90


def _only_funds(text: str, starts) -> bool:
    """Whether every mention of a well-known body (at `starts`) is in a clause about funding."""
    return bool(starts) and all(
        _FUNDING_BEFORE.search(text[max(0, start - _FUNDING_WINDOW) : start]) for start in starts
    )


# A programme, a study, a plan or an initiative of a well-known body ("the X programme of
# the Council of Europe", "uno studio del Consiglio d'Europa", "inicjatywa Rady Europy"): the
# thing is what the report names, not the body taking part.
_THING_OF = rx.compile(
    r"(?<![\p{L}])(?i:programmes?|programs?|programm[ae]|programas?|programu|Programms?|"
    r"πρόγραμμα|προγράμματος|studies|study|studio|estudio|Studie|studium|studiu|μελέτη|"
    r"reports?|rapporto|informe|Berichts?|raport\p{L}*|initiatives?|iniziativa|iniciativa|"
    r"Initiative|inicjatyw\p{L}*|inițiativ\p{L}*|iniţiativ\p{L}*|πρωτοβουλί\p{L}*|"
    r"plan|planu|piano|strateg\p{L}*|campaign|campagna|campaña|Kampagne|kampani\p{L}*|"
    r"guidelines|linee guida|Leitlinien|wytyczn\p{L}*)"
    # the body in the genitive, after a preposition or without one ("inicjatywa Rady Europy");
    # a programme run "by" a body is the body's work
    r"[^\S\n]+(?:(?i:of the|of|del|della|dello|dell['’]|dei|de la|del|de los|de|des|du|der|al|ale|"
    r"a|του|της|των)[^\S\n]*)?$|"
    # a thing in the genitive, its complement, then the body ("Planu działania Rady Europy")
    r"(?<![\p{L}])(?i:planu|programu|raportu|projektu|planului|programului|raportului|"
    r"proiectului|σχεδίου|προγράμματος)[^\S\n]+\p{Ll}+[^\S\n]+$"
)
_OWNED_WINDOW = 60
_AND_BETWEEN = rx.compile(rf"^[^\S\n]*(?:,|{AND_ALTERNATIVES}|&)[^\S\n]+(?:the[^\S\n]+)?$")


def _only_owns(text: str, starts, spans: list[tuple[int, int]]) -> bool:
    """Whether every mention of a well-known body (at `starts`) names it as the owner of a
    programme, a study, a plan or an initiative (or after "and" beside such an owner)."""

    def owned(start: int) -> bool:
        if _THING_OF.search(text[max(0, start - _OWNED_WINDOW) : start]):
            return True
        return any(
            b <= start and _AND_BETWEEN.match(text[b:start]) and owned(a)
            for a, b in spans
            if a < start
        )

    return bool(starts) and all(owned(start) for start in starts)


def _with_long_names(orgs: list[dict], acronyms: dict[str, str], text: str = "") -> list[dict]:
    """ "Long Name (ACR)" for a body the text names by both: readers know either form, and
    a record that kept only one would lose the other (well-known bodies keep their short
    name)."""
    both = {}
    for long, acr in acronyms.items():
        if not known_short_name(long) and not known_short_name(acr):
            both[fold(long)] = both[fold(acr)] = f"{long} ({acr})"
    orgs = _with_initials(orgs, text)
    named = {}
    for org in orgs:
        name = both.get(fold(org["name"]), org["name"])
        named.setdefault(fold(name), {"name": name, "kind": org["kind"]})
    stems = {key: _stems(org["name"]) for key, org in named.items()}
    order = {key: i for i, key in enumerate(named)}
    return [
        org
        for key, org in named.items()
        if " " not in key
        or not any(
            f" {key} " in f" {other} "
            # a case form of the same name, said shorter ("Centrului Regional X")
            or (len(stems[key]) > 1 and stems[key] < stems[other] and key[:_STEM] == other[:_STEM])
            # the same name in another case, said later ("Inspectoratului General ...")
            or (
                len(stems[key]) > 1
                and stems[key] == stems[other]
                and len(key.split()) == len(other.split())
                and order[other] < order[key]
            )
            for other in named
            if other != key
        )
    ]


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words ("Federación Española de Municipios
    y Provincias": "FEMP")."""
    return "".join(w[0] for w in rx.findall(r"[\p{L}\p{N}]+", name) if w[0].isupper())


def _with_initials(orgs: list[dict], text: str = "") -> list[dict]:
    """An acronym listed beside the long name whose capitalised words it spells, when the
    text says the two apart ("la Federación Española de Municipios y Provincias ... la
    FEMP"), is one body: "Long Name (ACR)" where the first of the two stood."""
    longs = {}
    for org in orgs:
        name = org["name"]
        if len(name.split()) > 1 and "(" not in name:
            longs.setdefault(_initials(name).upper(), org)
    merged: dict[int, dict] = {}  # id of the long name's record -> the joint record
    dropped = set()
    for org in orgs:
        acr = org["name"]
        long = longs.get(acr) if acr.isupper() and len(acr) >= 3 and acr.isalpha() else None
        if long is not None and id(long) not in merged:
            kind = long["kind"] if long["kind"] != "other" else org["kind"]
            merged[id(long)] = {"name": f"{long['name']} ({acr})", "kind": kind}
            dropped.add(id(org))
    out = []
    for org in orgs:
        if id(org) in dropped:
            continue
        org = merged.get(id(org), org)
        long = _spelled_out(text, org["name"])
        if long:
            org = org | {"name": f"{long} ({org['name']})"}
        acr = _initials(org["name"])
        if (
            len(acr) >= _WORD_ACRONYM - 1
            and " " in org["name"]
            and "(" not in org["name"]
            and acr.isalpha()
            and says_word(text, acr)
        ):
            # the text also calls the body by the initials of its name, without saying so
            # ("Unia Metropolii X ... Zespół UMX"): a reader knows it by either
            org = org | {"name": f"{org['name']} ({acr})"}
        out.append(org)
    return out


def _spelled_out(text: str, acr: str) -> str | None:
    """The name whose capitalised words an acronym listed alone spells, when the text says
    it without defining the acronym ("a visit to the Harbour Welcome Point ... the HWP
    team"): one body, known by either."""
    if not (acr.isupper() and acr.isalpha() and len(acr) >= _WORD_ACRONYM - 1):
        return None
    if _known(acr) is not None:
        return None
    return _names_by_initials(text).get(acr)


@functools.lru_cache(maxsize=4)
def _names_by_initials(text: str) -> dict[str, str]:
    """Initials -> the first Title-Case name of two words or more that they spell (a
    phrase or its tail from a capitalised word), not a project's."""
    out: dict[str, str] = {}
    for _start, phrase in _phrases(text):
        words = phrase.strip(" .,;:–-").split()
        for i in range(len(words) - 1):
            if not words[i][:1].isupper():
                continue
            name = " ".join(words[i:])
            key = _initials(name).upper()
            if len(key) == sum(w[:1].isupper() for w in words[i:]) and not (
                initialisms.names_a_project(name)
            ):
                out.setdefault(key, name)
    return out


_STEM = 5  # letters that a word keeps through its case endings ("Centrul", "Centrului")


def _stems(name: str) -> frozenset[str]:
    """The beginnings of a name's capitalised words: the same in every case form."""
    return frozenset(fold(w)[:_STEM] for w in name.split() if w[:1].isupper())


def _known_after_acronym(name: str) -> str | None:
    """ "UN International Organization for Migration", "EU European Asylum Support Office":
    a well-known body's long name after the acronym of the family it belongs to."""
    first, _, rest = name.partition(" ")
    if first.isupper() and len(first) <= _WORD_ACRONYM and " " in rest:
        return known_short_name(rest)
    return None


# "la Agencia de la ONU para los refugiados (ACNUR)": the phrase stops at the lower-case
# words of a long name whose short name follows in brackets; the body is the short name's.
_LOWER_TAIL_TO_ACRONYM = rx.compile(
    r"[^\S\n]+\p{Ll}[\p{Ll}\p{M}'’\s]{0,60}?\((?P<acr>[\p{Lu}\p{N}&\-]{2,12})\)"
)


def _cut_before_acronym(text: str, offset: int, name: str, acronyms: set[str]) -> bool:
    """Whether `name`, said at `offset`, is the start of a long name cut at its lower-case
    words, before the short name of a body the text or the list knows."""
    if offset < 0 or text[offset : offset + len(name)] != name:
        return False
    m = _LOWER_TAIL_TO_ACRONYM.match(text, offset + len(name))
    return bool(m) and (m.group("acr") in acronyms or _known(m.group("acr")) is not None)


# A town's name and then its own noun ("Velmora City", "St Albury Council"): the town's
# administration. A county's council is the county's, a body.
_TOWN_NOUN_AFTER = rx.compile(
    r"^(?P<town>.+?)(?<!\b(?:County|Region|Province|District))[^\S\n]+"
    r"(?:City|Town|City Council|Town Council|Borough Council|Council|Municipality)$"
)


def _town_of(name: str) -> str | None:
    """The folded town of "Velmora City" or "Velmora Council" (None for any other name)."""
    m = _TOWN_NOUN_AFTER.match(name)
    return fold(m.group("town")) if m else None


_TOWN_LIST = rx.compile(rf"[^\S\n]*,[^\S\n]*|[^\S\n]+(?:{AND_ALTERNATIVES}|&)[^\S\n]+")


def _towns_only(name: str, municipality_names) -> bool:
    """Whether `name` is a town of the record ("Velmora", "Velmora City"), or a list of them
    ("Velmora and Dunholt")."""
    parts = _TOWN_LIST.split(name)
    return all(
        fold(part) in municipality_names or _town_of(part) in municipality_names for part in parts
    )


def _merge(found, long_to_short, municipality_names, acronym_set) -> list[dict]:
    shorts = {fold(s) for s in long_to_short.values()} | {fold(a) for a in acronym_set}
    out: dict[str, dict] = {}
    spelled_out: set[str] = set()  # long names said by their short name instead
    for _pos, name in sorted(found, key=lambda x: (x[0] < 0, x[0])):
        said = name
        short = (
            international_short(name)
            or (
                name
                if name in acronym_set
                else long_to_short.get(fold(name)) or known_short_name(name)
            )
            or _known_after_acronym(name)
        )
        if short:
            if fold(short) != fold(name):
                spelled_out.add(fold(name))
            name = short
        elif any(f" {fold(name)} " in f" {long} " for long in spelled_out):
            continue  # a part of a long name listed by its short name ("... del Racismo")
        first = name.split()[0]
        if (
            fold(first) in shorts
            and first.isupper()
            and fold(first) != fold(name)
            and not branch_of(name)
        ):
            continue  # a unit of a body already listed ("IOM Coordination Office")
        if _towns_only(name, municipality_names) and not _known_body(name):
            continue  # a town's name; a well-known body's name is no town ("Anci")
        if rx.match(r"(?:DG|Directorate-General)\b", name):
            continue
        key = fold(name)
        if (
            key
            and key not in out
            and not any(key in k and len(key) < len(k) and key not in shorts for k in out)
        ):
            out = {
                k: v
                for k, v in out.items()
                if not (k in key and k not in shorts and len(k) < len(key))
            }
            kind = classify_organisation(branch_of(name) or name)
            out[key] = {
                "name": name,
                "kind": classify_organisation(said) if kind == "other" else kind,
            }
    return [
        v
        for k, v in out.items()
        if v["name"].isupper() or not any(f" {k} " in f" {other} " and k != other for other in out)
    ]


# The head of the state's office in a province, county or region, then its place: the
# prefect of an Italian province ("il prefetto di Como"), of a Romanian county ("prefectul
# județului Arad"), the governor of a Greek region ("περιφερειάρχης Κρήτης"), in English
# ("the Prefect of Como"). The office itself is a body taking part.
# a place of one word, or of two when no name follows ("Reggio Emilia,"; not "Como Anna")
_PLACE = r"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+(?=\s*(?:[,.;:)]|$)|\s+\p{Ll}))?"
_TERRITORIAL_HEAD = rx.compile(
    r"(?<![\p{L}])(?:"
    rf"(?i:prefett[oa])\s+di\s+(?P<it>{_PLACE})|"
    r"(?i:prefect(?:ul|ului)?)\s+(?:al\s+)?(?P<ro_unit>(?i:jude[țţt]ului|municipiului))\s+"
    rf"(?P<ro>{_PLACE})|"
    rf"(?i:prefect)\s+of\s+(?:the\s+)?(?P<en>{_PLACE})|"
    r"(?:[Αα]ντι)?[Ππ]εριφερειάρχ(?:ης|η|ου)\s+"
    r"(?P<el>(?:(?i:βορείου|νοτίου|δυτικής|ανατολικής|κεντρικής|στερεάς|ιονίων)\s+)?\p{Greek}+)"
    r")(?![\p{L}])"
)


def office_of_role(role: str | None) -> str | None:
    """The territorial office a role heads, named as reports name it ("Prefettura di Como",
    "Prefectura județului Arad", "Prefecture of Como", "Περιφέρεια Κρήτης"): a prefect or
    regional governor taking part brings the office, which the text seldom names itself;
    so does a minister their ministry (`ministries.ministry_of_role`)."""
    m = _TERRITORIAL_HEAD.search(role or "")
    if m is None:
        return ministries.ministry_of_role(role)
    if m.group("it"):
        return f"Prefettura di {m.group('it')}"
    if m.group("ro"):
        return f"Prefectura {m.group('ro_unit').lower()} {m.group('ro')}"
    if m.group("en"):
        return f"Prefecture of {m.group('en')}"
    words = m.group("el").split()
    return "Περιφέρεια " + " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


# A Romanian prefect's office as a report names it itself: by its legal name ("Instituția
# Prefectului", "sediul Instituției Prefectului") or as "Prefectura" and the county's name
# without the word for county ("Prefectura Velden").
_ROMANIAN_PREFECT_OFFICE = rx.compile(
    r"(?<![\p{L}])Institu(?:ți|ţi|ti)(?:a|ei)[^\S\n]+Prefectului(?![\p{L}])"
)


def office_said_otherwise(text: str, office: str | None) -> bool:
    """Whether the text names the territorial office that `office_of_role` gives in another
    form of its own ("Prefectura Velden" or "Instituția Prefectului" for "Prefectura
    județului Velden"): one body, which the text's own words already name."""
    m = rx.match(
        r"^Prefectura\s+(?:județului|judeţului|municipiului)\s+(?P<place>.+)$", office or ""
    )
    if m is None:
        return False
    place = regex.escape(m.group("place"))
    said_short = rx.one_off(rf"(?<![\p{{L}}])Prefectura\s+{place}").search(text)
    return bool(said_short or _ROMANIAN_PREFECT_OFFICE.search(text))


# Compiled at import, as the module-level patterns are: a report's time is its own reading.
_known_pattern()
