"""Place names in inflected forms: the nominative a gazetteer would know.

Reports in Polish, Greek, Romanian and German name cities in their case forms ("w Bytowie",
"z Krakowa", "στη Θεσσαλονίκη", "της Θεσσαλονίκης", "din Timișoarei", "Wiens", "Freiburger
Delegation"). GeoNames holds nominatives only, so a capitalised word that names no place is
tried again with its ending swapped for a nominative one. Endings are matched on folded text
(Greek transliterated by the project's folding), so one table serves both scripts.
"""

import re
from collections.abc import Container

from .given_names import is_given_name, is_womans_name
from .role_forms import CASE_FORMS

# (folded ending, nominative endings to try), longest endings first.
_LATIN_ENDINGS = (
    ("owie", ("ow", "owo")),  # Polish locative: Bytowie -> Bytów, Wejherowie -> Wejherowo
    ("owa", ("ow", "owo")),  # Polish genitive: Krakowa -> Kraków, Wejherowa -> Wejherowo
    # Polish names in -iec lose their e in a case: Lublińcu -> Lubliniec, Sosnowca -> Sosnowiec
    ("ncu", ("niec",)),
    ("nca", ("niec",)),
    ("cu", ("iec", "ec")),
    ("ca", ("iec", "ec")),
    # Romanian genitive: Clujului -> Cluj; a name ending in "u" takes "lui": Chișinăului
    ("ului", ("", "u")),
    ("ach", ("e", "y")),  # Polish locative plural: Katowicach -> Katowice, Tychach -> Tychy
    ("skiem", ("sk",)),
    ("rze", ("ra",)),  # Polish locative: Górze -> Góra
    ("dze", ("ga",)),  # Polish locative: Pradze -> Praga
    ("niu", ("n",)),  # Polish locative: Poznaniu -> Poznań
    ("iu", ("",)),
    ("nia", ("n",)),  # Polish genitive: Poznania -> Poznań
    ("ia", ("",)),  # Polish genitive: Wrocławia -> Wrocław
    ("iec", ("ce",)),  # Polish genitive plural with an inserted vowel: Czerniowiec -> Czerniowce
    ("c", ("ce",)),  # Polish genitive plural: Katowic -> Katowice, Kielc -> Kielce
    # Polish feminine names in -ka: genitive Wieliczki -> Wieliczka, Białki -> Białka; dative
    # and locative Wieliczce -> Wieliczka. (Not -gi -> -ga: more often a given name than a
    # town's case form, and it lowered a validation batch.)
    ("ki", ("ka",)),
    ("ce", ("ka",)),
    ("ie", ("a", "")),  # Polish locative: Warszawie -> Warszawa
    ("ei", ("a",)),  # Romanian genitive: Timișoarei -> Timișoara
    ("ers", ("",)),
    ("er", ("",)),  # German adjective: Freiburger -> Freiburg, Wiener -> Wien
    ("em", ("",)),  # Polish instrumental: Krakowem -> Kraków
    ("y", ("a", "")),  # Polish genitive: Warszawy -> Warszawa, Bydgoszczy -> Bydgoszcz
    # Polish genitive: Gdańska -> Gdańsk, Zabrza -> Zabrze, Gniezna -> Gniezno
    ("a", ("", "e", "o")),
    # Polish locative: Gdańsku -> Gdańsk, Zabrzu -> Zabrze, Kłodzku -> Kłodzko
    ("u", ("", "e", "o")),
    ("s", ("",)),  # German genitive: Wiens -> Wien
)
_GREEK_ENDINGS = (
    ("eon", ("eia", "ea", "ia")),  # genitive plural of feminine names: Λεβαδέων -> Λεβάδεια
    # genitive: Μονάχου -> Μόναχο, Πάφου -> Πάφος, Ηρακλείου -> Ηράκλειον (the older
    # neuter the gazetteer keeps)
    ("ou", ("o", "os", "", "on")),
    ("es", ("e", "a")),  # genitive: Θεσσαλονίκης -> Θεσσαλονίκη
    ("as", ("a",)),  # genitive: Λάρισας -> Λάρισα
    ("on", ("os", "o", "a", "es")),  # genitive plural: Βρυξελλών -> Βρυξέλλες
    ("o", ("os",)),  # accusative: Πειραιά / Βόλο -> Βόλος
    ("e", ("es",)),
    ("a", ("as",)),
)
MIN_LENGTH = 5


def base_forms(key: str, *, greek: bool, min_length: int = MIN_LENGTH) -> list[str]:
    """Candidate nominatives of a folded word, most likely first (the word itself excluded)."""
    if len(key) < min_length or " " in key:
        return []
    out = []
    for ending, replacements in _GREEK_ENDINGS if greek else _LATIN_ENDINGS:
        if key.endswith(ending):
            stem = key[: -len(ending)]
            if len(stem) >= 3:
                out.extend(stem + r for r in replacements if stem + r != key)
    return out


# Polish adjectives in a case, back to the nominative: Nowego, Nowym -> Nowy; Zielonej ->
# Zielona; Wielkopolskiego, Wielkopolskim -> Wielkopolski. Polish city names of two parts
# decline both: "w Zielonej Górze", "z Nowego Sącza", "w Bielsku-Białej", and so do the
# compounds of an adjective and a noun: "z Białegostoku", "w Białymstoku" (Białystok).
_POLISH_ADJECTIVE_ENDINGS = (
    ("iego", "i"),
    ("ego", "y"),
    ("iemu", "i"),
    ("emu", "y"),
    ("iej", "a"),
    ("ej", "a"),
    ("im", "i"),
    ("ym", "y"),
)
_POLISH_STEM = 3


def polish_adjective_forms(key: str) -> list[str]:
    """Nominatives of a folded Polish adjective in a case ("nowego" -> "nowy")."""
    return [
        key[: -len(ending)] + nominative
        for ending, nominative in _POLISH_ADJECTIVE_ENDINGS
        if key.endswith(ending) and len(key) - len(ending) >= _POLISH_STEM
    ][:1]


def _polish_part_forms(key: str) -> list[str]:
    """A declined part of a Polish name in its possible nominatives, itself first."""
    forms = [key, *polish_adjective_forms(key)]
    if len(key) >= 4:  # a noun part is short ("Sącza", "Górze"): `base_forms` wants five
        for ending, replacements in _LATIN_ENDINGS:
            if key.endswith(ending) and len(key) - len(ending) >= 2:
                forms.extend(key[: -len(ending)] + r for r in replacements)
        if key.endswith(("a", "u")):  # a neuter's genitive, locative: Bielska, Bielsku
            forms.append(key[:-1] + "o")
    return list(dict.fromkeys(forms))


def polish_name_forms(key: str, first_words: Container[str] | None = None) -> list[str]:
    """Candidate nominatives of a folded Polish name of two parts in a case ("zielonej
    gorze" -> "zielona gora"), or of one word compounded of an adjective and a noun
    ("bialegostoku" -> "bialystok"); the key itself excluded.

    With `first_words`, a name of two parts gets only the forms whose first word is one of
    them, in the same order: a caller that looks the forms up among names skips the cross
    product of the forms no name starts with (most pairs of capitalised words are no town).
    """
    parts = key.split(" ")
    if len(parts) == 2:
        firsts = _polish_part_forms(parts[0])
        if first_words is not None:
            firsts = [a for a in firsts if a in first_words]
            if not firsts:
                return []
        seconds = _polish_part_forms(parts[1])
        forms = [f"{a} {b}" for a in firsts for b in seconds]
    elif len(parts) == 1:
        forms = []
        for ending, nominative in _POLISH_ADJECTIVE_ENDINGS:
            at = key.find(ending, _POLISH_STEM)
            rest = key[at + len(ending) :] if at > 0 else ""
            if len(rest) >= 3:
                head = key[:at] + nominative
                forms.extend(head + r for r in _polish_part_forms(rest))
    else:
        return []
    return [f for f in dict.fromkeys(forms) if f != key]


# Greek municipalities are often named by their people, in the genitive plural: "Δήμος
# Ιωαννιτών" (of the Ioanninians: Ioannina), "Δήμος Πατρέων" (Patras), "Δήμος Αθηναίων".
_GREEK_DEMONYM_ENDINGS = ("ioton", "iton", "aion", "eon", "inon", "ion")
_DEMONYM_STEM = 4


def greek_demonym_stems(key: str) -> list[str]:
    """Stems of the place a folded Greek demonym's genitive plural names ("ioanniton" ->
    "ioann"); the place's folded name starts with one of them."""
    return [
        key[: -len(ending)]
        for ending in _GREEK_DEMONYM_ENDINGS
        if key.endswith(ending) and len(key) - len(ending) >= _DEMONYM_STEM
    ]


# Role heads that reports write in a case or a number the record does not keep: a plural
# shared by the names after it ("i docenti X e Y", "experților internaționali X și Y"), the
# Polish instrumental ("z Anną Nowak, dyrektorką"), the Greek genitive and accusative ("του
# αντιπροέδρου X", "τον Δήμαρχο X"). Each maps to its nominative singular and, where the
# language has one, the feminine form for a woman's name.
_ROLE_LEMMAS: dict[str, tuple[str, str | None]] = {
    # English
    "mayors": ("mayor", None),
    "experts": ("expert", None),
    "councillors": ("councillor", None),
    "councilors": ("councilor", None),
    "ministers": ("minister", None),
    "representatives": ("representative", None),
    "coordinators": ("coordinator", None),
    "researchers": ("researcher", None),
    "directors": ("director", None),
    "members": ("member", None),
    "presenters": ("presenter", None),
    "speakers": ("speaker", None),
    # Italian
    "sindaci": ("sindaco", "sindaca"),
    "assessori": ("assessore", "assessora"),
    "consiglieri": ("consigliere", "consigliera"),
    "esperti": ("esperto", "esperta"),
    "docenti": ("docente", None),
    "dirigenti": ("dirigente", None),
    "direttori": ("direttore", "direttrice"),
    "presidenti": ("presidente", None),
    "rappresentanti": ("rappresentante", None),
    "curatrici": ("curatrice", None),
    "ricercatori": ("ricercatore", "ricercatrice"),
    "prefetti": ("prefetto", None),
    "vicesindaci": ("vicesindaco", "vicesindaca"),
    "coordinatori": ("coordinatore", "coordinatrice"),
    "responsabili": ("responsabile", None),
    "delegati": ("delegato", "delegata"),
    "funzionari": ("funzionario", "funzionaria"),
    # Spanish
    "alcaldes": ("alcalde", "alcaldesa"),
    "concejales": ("concejal", "concejala"),
    "concejalas": ("concejala", None),
    "regidores": ("regidor", "regidora"),
    "regidoras": ("regidora", None),
    "expertos": ("experto", "experta"),
    "directores": ("director", "directora"),
    "técnicos": ("técnico", "técnica"),
    "representantes": ("representante", None),
    "alcaldesas": ("alcaldesa", None),
    "directoras": ("directora", None),
    "consejeros": ("consejero", "consejera"),
    "consejeras": ("consejera", None),
    "delegados": ("delegado", "delegada"),
    "delegadas": ("delegada", None),
    "coordinadores": ("coordinador", "coordinadora"),
    "coordinadoras": ("coordinadora", None),
    "responsables": ("responsable", None),
    # Romanian (definite and genitive plural)
    "primarii": ("primar", None),
    "primarilor": ("primar", None),
    "experții": ("expert", None),
    "experților": ("expert", None),
    "experţii": ("expert", None),
    "experţilor": ("expert", None),
    "consilierii": ("consilier", None),
    "consilierilor": ("consilier", None),
    "viceprimari": ("viceprimar", None),
    "viceprimarii": ("viceprimar", None),
    "viceprimarilor": ("viceprimar", None),
    # Polish (plural and instrumental)
    "eksperci": ("ekspert", "ekspertka"),
    "ekspertów": ("ekspert", "ekspertka"),
    "burmistrzowie": ("burmistrz", None),
    # the genitive plural after a number or a noun ("dwóch Zastępców Mera", "wizyta
    # Przedstawicieli Urzędu")
    "zastępców": ("zastępca", None),
    "burmistrzów": ("burmistrz", None),
    "prezydentów": ("prezydent", None),
    "dyrektorów": ("dyrektor", "dyrektorka"),
    "przedstawicieli": ("przedstawiciel", "przedstawicielka"),
    "przedstawiciele": ("przedstawiciel", "przedstawicielka"),
    "koordynatorów": ("koordynator", "koordynatorka"),
    "prezydenci": ("prezydent", None),
    "dyrektorką": ("dyrektorka", None),
    "dyrektorem": ("dyrektor", None),
    "szefową": ("szefowa", None),
    "szefem": ("szef", None),
    "zastępcą": ("zastępca", None),
    "prezydentem": ("prezydent", None),
    "burmistrzem": ("burmistrz", None),
    "ekspertem": ("ekspert", None),
    "ekspertką": ("ekspertka", None),
    "koordynatorem": ("koordynator", None),
    "koordynatorką": ("koordynatorka", None),
    "pełnomocnikiem": ("pełnomocnik", None),
    "pełnomocniczką": ("pełnomocniczka", None),
    "rzecznikiem": ("rzecznik", None),
    "rzeczniczką": ("rzeczniczka", None),
    "dyrektorki": ("dyrektorka", None),
    "kierowniczki": ("kierowniczka", None),
    "koordynatorki": ("koordynatorka", None),
    "pełnomocniczki": ("pełnomocniczka", None),
    "rzeczniczki": ("rzeczniczka", None),
    "prezeski": ("prezeska", None),
    "ekspertki": ("ekspertka", None),
    "kierownikiem": ("kierownik", None),
    "kierowniczką": ("kierowniczka", None),
    "prezesem": ("prezes", None),
    "z-cą": ("z-ca", None),
    "doradcą": ("doradca", None),
    "deputowanym": ("deputowany", "deputowana"),
    "deputowaną": ("deputowana", None),
    "wicewojewodą": ("wicewojewoda", None),
    "wojewodą": ("wojewoda", None),
    "starostą": ("starosta", None),
    "marszałkiem": ("marszałek", None),
    "konsulem": ("konsul", None),
    "posłem": ("poseł", None),
    "posłanką": ("posłanka", None),
    # Greek (genitive, accusative, plural)
    "δημάρχου": ("δήμαρχος", None),
    "δήμαρχο": ("δήμαρχος", None),
    "δήμαρχοι": ("δήμαρχος", None),
    "δημάρχων": ("δήμαρχος", None),
    "αντιδημάρχου": ("αντιδήμαρχος", None),
    "αντιδήμαρχο": ("αντιδήμαρχος", None),
    "αντιδήμαρχοι": ("αντιδήμαρχος", None),
    "προέδρου": ("πρόεδρος", None),
    "πρόεδρο": ("πρόεδρος", None),
    "αντιπροέδρου": ("αντιπρόεδρος", None),
    "αντιπρόεδρο": ("αντιπρόεδρος", None),
    "συμβούλου": ("σύμβουλος", None),
    "σύμβουλο": ("σύμβουλος", None),
    "υπουργού": ("υπουργός", None),
    "υπουργό": ("υπουργός", None),
    "υφυπουργού": ("υφυπουργός", None),
    "υφυπουργό": ("υφυπουργός", None),
    "εκπροσώπου": ("εκπρόσωπος", None),
    "εκπρόσωπο": ("εκπρόσωπος", None),
    "εκπρόσωποι": ("εκπρόσωπος", None),
    "περιφερειάρχη": ("περιφερειάρχης", None),
    "διευθυντή": ("διευθυντής", "διευθύντρια"),
    "συντονιστή": ("συντονιστής", "συντονίστρια"),
    "προϊσταμένου": ("προϊστάμενος", None),
    # the other cases and numbers of the same offices ("με τους δημάρχους X και Y", "του
    # βουλευτή X", "τον γραμματέα X", "των εκπροσώπων X και Y")
    "δημάρχους": ("δήμαρχος", None),
    "αντιδημάρχων": ("αντιδήμαρχος", None),
    "αντιδημάρχους": ("αντιδήμαρχος", None),
    "πρόεδροι": ("πρόεδρος", None),
    "προέδρων": ("πρόεδρος", None),
    "προέδρους": ("πρόεδρος", None),
    "αντιπρόεδροι": ("αντιπρόεδρος", None),
    "αντιπροέδρους": ("αντιπρόεδρος", None),
    "σύμβουλοι": ("σύμβουλος", None),
    "συμβούλων": ("σύμβουλος", None),
    "συμβούλους": ("σύμβουλος", None),
    "υπουργοί": ("υπουργός", None),
    "υπουργών": ("υπουργός", None),
    "υπουργούς": ("υπουργός", None),
    "εκπροσώπων": ("εκπρόσωπος", None),
    "εκπροσώπους": ("εκπρόσωπος", None),
    "αντιπεριφερειάρχη": ("αντιπεριφερειάρχης", None),
    "γραμματέα": ("γραμματέας", None),
    "βουλευτή": ("βουλευτής", "βουλευτής"),
    "βουλευτές": ("βουλευτής", None),
    "βουλευτών": ("βουλευτής", None),
    "διευθυντές": ("διευθυντής", None),
    "διευθυντών": ("διευθυντής", None),
    "συντονιστές": ("συντονιστής", None),
    "συντονιστών": ("συντονιστής", None),
    "δημοσιογράφου": ("δημοσιογράφος", None),
    "δημοσιογράφο": ("δημοσιογράφος", None),
    # German (plural)
    "bürgermeisterinnen": ("bürgermeisterin", None),
    "expertinnen": ("expertin", None),
    "experten": ("experte", "expertin"),
    "landräte": ("landrat", "landrätin"),
}
# English offices whose plural may name a list ("the integration officers A and B"): the
# plural is regular ("deputy" -> "deputies").
ENGLISH_PLURAL_HEADS = tuple(
    (word[:-1] + "ies" if word.endswith("y") else word + "s")
    for word in (
        "officer worker manager adviser advisor official specialist consultant delegate "
        "mediator analyst teacher lawyer founder commissioner deputy governor prefect "
        "facilitator moderator curator psychologist architect journalist counsellor counselor "
        "lecturer professor panellist panelist rapporteur inspector ambassador"
    ).split()
)
_ROLE_LEMMAS.update(
    {plural: (plural[:-3] + "y" if plural.endswith("ies") else plural[:-1], None)
     for plural in ENGLISH_PLURAL_HEADS}
)  # fmt: skip
# plural heads: one of them may name a whole list of people
PLURAL_ROLE_HEADS = frozenset(
    word
    for word in _ROLE_LEMMAS
    if not word.endswith(("ą", "em", "ου", "ο", "ή", "η", "ού", "ό", "α"))
)
# the Polish instrumental of a role, said right after a name with no comma ("z Anną Nowak
# dyrektorką Wydziału")
INSTRUMENTAL_ROLE_HEADS = frozenset(w for w in _ROLE_LEMMAS if w.endswith(("ą", "em")))
# a Romanian plural adjective after the head: "experților internaționali" -> "internațional"
_ROMANIAN_PLURAL_HEADS = frozenset(w for w in _ROLE_LEMMAS if w.endswith(("ii", "ilor")))


# German offices declined as adjectives or weak nouns, said after an article in the dative,
# genitive or accusative ("mit dem Bundestagsabgeordneten X", "der Integrationsbeauftragten
# Y", "durch den Präsidenten Z"), alone or as a compound's tail: their nominatives, a man's
# and a woman's
_GERMAN_OBLIQUE_TAILS = {
    "abgeordneten": ("abgeordneter", "abgeordnete"),
    "beauftragten": ("beauftragter", "beauftragte"),
    "vorsitzenden": ("vorsitzender", "vorsitzende"),
    "präsidenten": ("präsident", None),
}


def _german_nominative(word: str) -> tuple[str, str | None] | None:
    """The lemma pair of a German office in an oblique case, compounds with their prefix
    ("Bundestagsabgeordneten" -> "Bundestagsabgeordneter", "Bundestagsabgeordnete")."""
    lowered = word.lower()
    for tail, (man, woman) in _GERMAN_OBLIQUE_TAILS.items():
        if lowered.endswith(tail):
            prefix = word[: -len(tail)]  # as written: "DFB-", "Bundestags"
            return prefix + man, (prefix + woman if woman else None)
    return None


def nominative_role(role: str, *, feminine: bool) -> str:
    """`role` with its head word (one of its first two words) in the nominative singular the
    record keeps, the feminine form for a woman where the language has one; a Romanian plural
    adjective right after the head is made singular too. Other words are kept as written."""
    words = role.split(" ")
    for index, word in enumerate(words[:2]):
        lemma = _ROLE_LEMMAS.get(word.lower())
        if lemma is None and index == 0 and word.lower() in CASE_FORMS:
            # "prefectului X" -> "prefectul X"; not a complement ("zastępca prezydenta")
            lemma = (CASE_FORMS[word.lower()], None)
        if lemma is None:
            lemma = _german_nominative(word)
        if lemma is None:
            continue
        base = lemma[1] if feminine and lemma[1] else lemma[0]
        words[index] = base[:1].upper() + base[1:] if word[:1].isupper() else base
        after = words[index + 1] if index + 1 < len(words) else ""
        if (
            word.lower() in _ROMANIAN_PLURAL_HEADS
            and after.islower()
            and after.endswith("i")
            and len(after) > 3  # an adjective, not "și" or "ai"
        ):
            # "europeni" -> "european", "internaționali" -> "internațional"
            words[index + 1] = after[:-3] + "ean" if after.endswith("eni") else after[:-1]
        return " ".join(words)
    return role


# a singular head's two genders ("alcalde", "alcaldesa"), from the plural heads' lemmas
_GENDERED_HEADS = {form: pair for pair in _ROLE_LEMMAS.values() if pair[1] for form in pair if form}


def gendered_role(role: str, *, feminine: bool) -> str:
    """`role` said of someone else ("alcaldesa de Madrid, A; de Cádiz, B") with its head in
    the gender of the person it is now given to."""
    head, space, rest = role.partition(" ")
    pair = _GENDERED_HEADS.get(head.lower())
    if pair is None:
        return role
    base = pair[1] if feminine else pair[0]
    return (base[:1].upper() + base[1:] if head[:1].isupper() else base) + space + rest


def polish_nominative_name(name: str) -> str:
    """A woman's name in the Polish instrumental ("z Anną Zielińską") in the nominative: no
    Polish name ends in "ą" in the nominative, so the ending is safe to swap; nor does a
    given name end in "ę" (the accusative, "Olgę"), nor a surname in "-skiej" (the genitive). A man's name in
    the instrumental ("z Mariuszem Banachem", "z Janem Kowalskim", "z Bogusławem Szpytmą":
    a man's surname in "-a") too, when its first word without the ending is a given name and
    with it is none."""
    said = name.split()
    words = [w[:-1] + "a" if len(w) > 2 and w.endswith("ą") else w for w in said]
    if len(words) > 1 and words[0].endswith("ę") and is_given_name(words[0][:-1] + "a"):
        words[0] = words[0][:-1] + "a"  # the accusative: "Panią Olgę Nowak"
    if len(words) > 1 and words[-1].endswith(("skiej", "ckiej", "dzkiej")):
        # a woman's genitive ("wykład Anny Kowalskiej"): no name ends so in the nominative
        words[-1] = words[-1][:-3] + "a"
        if words[0].endswith(("y", "i")) and is_given_name(words[0][:-1] + "a"):
            words[0] = words[0][:-1] + "a"
    first = words[0] if len(words) > 1 else ""
    if (
        first.endswith("em")
        and not is_given_name(first)
        and is_given_name(first[:-2])
        and all(w.endswith(("em", "im", "ym", "ą")) for w in said[1:])
    ):
        words = [_MASCULINE_INSTRUMENTAL.sub("", w) for w in words]
    return " ".join(words)


def polish_mans_genitive_name(name: str) -> str:
    """A man's name after "Pana" (the genitive or accusative, "Pana Jana Kowalskiego") in the
    nominative: a surname's adjectival "-ego" goes ("Kowalski", "Czarny"), and the "-a" a
    name ending on a consonant takes ("Jana" -> "Jan")."""
    words = []
    for word in name.split():
        if word.endswith(("kiego", "giego")):
            word = word[:-3]
        elif word.endswith("ego") and len(word) > 5:
            word = word[:-3] + "y"
        elif word.endswith("a") and len(word) > 3 and word[-2] not in "aeiouyąęó":
            word = word[:-1]
        words.append(word)
    return " ".join(words)


def polish_genitive_name(name: str) -> str:
    """A name after an office in the genitive ("wizyta prezydenta X Anny Nowak", "zastępcy
    burmistrza Jana Kowalskiego") in the nominative: a woman's given name ("Anny", "Marii")
    and adjectival surname ("-skiej", "-owej"), a man's name as after "Pana" ("Jana", also a
    Czech woman's name, is Jan's genitive here)."""
    words = name.split()
    first = words[0] if words else ""
    if not first:
        return name
    man = polish_mans_genitive_name(first)
    if man != first and is_given_name(man) and not is_womans_name(man):
        return polish_mans_genitive_name(name)  # "Jana Kowalskiego" -> "Jan Kowalski"
    woman = first[:-2] + "ia" if first.endswith("ii") else first[:-1] + "a"
    if first.endswith(("y", "i")) and is_given_name(woman):
        rest = [
            w[:-3] + "a" if w.endswith(("skiej", "ckiej", "dzkiej", "owej")) else w
            for w in words[1:]
        ]
        return " ".join([woman, *rest])
    return name


# "-iem" after the stem's k or g ("Żukiem"), "-em" ("Banachem", "Janem"), and the "-m" of an
# adjective's form ("Kowalskim", "Czarnym")
_MASCULINE_INSTRUMENTAL = re.compile(r"(?<=[kg])iem$|em$|(?<=[iy])m$")
