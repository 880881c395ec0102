"""The case forms of offices in Romanian and Polish, made from their base forms.

A role before a name is often said in the genitive, dative or instrumental ("în prezența
prefectului județului, X", "wizyta prezydenta Gdańska X", "spotkanie z burmistrzem X"). The
forms are regular enough to be made from a short list of offices instead of being listed one by
one; each maps to the nominative the record keeps.
"""

# Romanian offices: a man's base form (consonant-final unless said otherwise) -> the definite
# nominative ("primarul") and genitive ("primarului"); a woman's base form -> her definite
# nominative ("consiliera") and genitive ("consilierei").
_ROMANIAN_MEN = (
    "primar viceprimar prefect subprefect consilier director secretar reprezentant coordonator "
    "expert inspector specialist deputat senator ambasador consul mediator jurnalist șef "
    "comisar manager administrator adjunct"
).split()
_ROMANIAN_MEN_E = "președinte vicepreședinte".split()  # "președintele", "președintelui"
_ROMANIAN_MEN_U = "ministru".split()  # "ministrul", "ministrului"
_ROMANIAN_WOMEN_A = (
    "consilieră reprezentantă secretară președintă vicepreședintă expertă șefă".split()
)
_ROMANIAN_WOMEN_E = "directoare coordonatoare ambasadoare inspectoare".split()


_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
_PLAIN = str.maketrans("șțşţăâîȘȚŞŢĂÂÎ", "sttsaaiSTSTAAI")


def _romanian_forms() -> dict[str, str]:
    forms: dict[str, str] = {}

    def add(form: str, nominative: str) -> None:
        # as texts write it: comma-below, cedilla, or no diacritics at all
        for table in (None, _CEDILLA, _PLAIN):
            spelled = form.translate(table) if table else form
            forms.setdefault(spelled, nominative.translate(table) if table else nominative)

    for man in _ROMANIAN_MEN:
        add(man + "ului", man + "ul")
    for man in _ROMANIAN_MEN_E:
        add(man + "lui", man + "le")
    for man in _ROMANIAN_MEN_U:
        add(man + "lui", man + "l")
    for woman in _ROMANIAN_WOMEN_A:
        add(woman[:-1] + "ei", woman[:-1] + "a")
    for woman in _ROMANIAN_WOMEN_E:
        add(woman + "i", woman + "a")
    return forms


# Polish offices by declension: nouns ending on a consonant (the "e" some drop before an
# ending is left out of the stem: "marszałek" -> "marszałk-"), nouns in "-a", adjectives
# ("radny", "przewodniczący") and women's nouns in "-ka".
_POLISH_CONSONANT = {
    "prezydent": "prezydent",
    "wiceprezydent": "wiceprezydent",
    "burmistrz": "burmistrz",
    "wiceburmistrz": "wiceburmistrz",
    "wójt": "wójt",
    "dyrektor": "dyrektor",
    "wicedyrektor": "wicedyrektor",
    "kierownik": "kierownik",
    "pełnomocnik": "pełnomocnik",
    "koordynator": "koordynator",
    "przedstawiciel": "przedstawiciel",
    "sekretarz": "sekretarz",
    "konsul": "konsul",
    "ambasador": "ambasador",
    "prezes": "prezes",
    "wiceprezes": "wiceprezes",
    "rzecznik": "rzecznik",
    "naczelnik": "naczelnik",
    "ekspert": "ekspert",
    "inspektor": "inspektor",
    "komendant": "komendant",
    "mediator": "mediator",
    "moderator": "moderator",
    "ministr": "minister",
    "wiceministr": "wiceminister",
    "marszałk": "marszałek",
    "wicemarszałk": "wicemarszałek",
}
_POLISH_A = "starosta wicestarosta wojewoda wicewojewoda zastępca doradca".split()
_POLISH_ADJECTIVE = "radny przewodniczący wiceprzewodniczący".split()
_POLISH_WOMEN_KA = (
    "dyrektorka koordynatorka przedstawicielka pełnomocniczka rzeczniczka kierowniczka "
    "prezeska ekspertka wicedyrektorka moderatorka"
).split()


def _polish_forms() -> tuple[dict[str, str], frozenset[str]]:
    """The genitive and instrumental forms -> the nominative, and the genitive forms among
    them (a name after one is in the genitive too). The dative is left out: it is said to
    someone ("przekazał prezydentowi X burmistrz Y"), seldom before their name."""
    forms: dict[str, str] = {}
    genitive: set[str] = set()
    for stem, base in _POLISH_CONSONANT.items():
        velar = stem.endswith(("k", "g"))
        forms[stem + "a"] = base
        genitive.add(stem + "a")
        forms[stem + ("iem" if velar else "em")] = base
    for noun in _POLISH_A:
        stem = noun[:-1]
        gen = stem + "y"  # "starosty", "zastępcy"
        forms[gen] = noun
        genitive.add(gen)
        forms[stem + "ą"] = noun
    for adjective in _POLISH_ADJECTIVE:
        stem = adjective[:-1]
        feminine = stem + "a"
        for ending in ("ego", "ym"):
            forms[stem + ending] = adjective
        for ending in ("ej", "ą"):
            forms[stem + ending] = feminine
        genitive.update({stem + "ego", stem + "ej"})
    for woman in _POLISH_WOMEN_KA:
        stem = woman[:-2]
        forms[stem + "ki"] = woman
        forms[stem + "ką"] = woman
        genitive.add(stem + "ki")
    return forms, frozenset(genitive)


# forms that are another programme language's office as they stand: Italian and Spanish
# "ministra" is a woman minister, no Polish genitive
_OTHER_LANGUAGES = frozenset({"ministra"})
ROMANIAN_CASE_FORMS = _romanian_forms()
_POLISH, _POLISH_GENITIVE = _polish_forms()
POLISH_CASE_FORMS = {form: base for form, base in _POLISH.items() if form not in _OTHER_LANGUAGES}
POLISH_GENITIVE_HEADS = _POLISH_GENITIVE - _OTHER_LANGUAGES
# every oblique form of an office -> its nominative
CASE_FORMS: dict[str, str] = {**ROMANIAN_CASE_FORMS, **POLISH_CASE_FORMS}
