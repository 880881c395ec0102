"""Place names in inflected forms: the nominative a gazetteer would know.

Reports in Polish, Greek, Romanian and German name cities in their case forms ("w Bytowie",
"z Krakowa", "στη Θεσσαλονίκη", "της Θεσσαλονίκης", "din Timișoarei", "Wiens", "Freiburger
Delegation"). GeoNames holds nominatives only, so a capitalised word that names no place is
tried again with its ending swapped for a nominative one. Endings are matched on folded text
(Greek transliterated by the project's folding), so one table serves both scripts.
"""

# (folded ending, nominative endings to try), longest endings first.
_LATIN_ENDINGS = (
    ("owie", ("ow",)),  # Polish locative: Bytowie -> Bytów
    ("owa", ("ow",)),  # Polish genitive: Krakowa -> Kraków
    ("ului", ("",)),  # Romanian genitive: Clujului -> Cluj
    ("skiem", ("sk",)),
    ("niu", ("n",)),  # Polish locative: Poznaniu -> Poznań
    ("iu", ("",)),
    ("ie", ("a", "")),  # Polish locative: Warszawie -> Warszawa
    ("ei", ("a",)),  # Romanian genitive: Timișoarei -> Timișoara
    ("ers", ("",)),
    ("er", ("",)),  # German adjective: Freiburger -> Freiburg, Wiener -> Wien
    ("em", ("",)),  # Polish instrumental: Krakowem -> Kraków
    ("y", ("a",)),  # Polish genitive: Warszawy -> Warszawa
    ("a", ("",)),  # Polish genitive: Gdańska -> Gdańsk
    ("u", ("",)),  # Polish locative: Gdańsku -> Gdańsk
    ("s", ("",)),  # German genitive: Wiens -> Wien
)
_GREEK_ENDINGS = (
    ("eon", ("eia", "ea", "ia")),  # genitive plural of feminine names: Λεβαδέων -> Λεβάδεια
    ("ou", ("o", "os", "")),  # genitive: Μονάχου -> Μόναχο, Πάφου -> Πάφος
    ("es", ("e", "a")),  # genitive: Θεσσαλονίκης -> Θεσσαλονίκη
    ("as", ("a",)),  # genitive: Λάρισας -> Λάρισα
    ("on", ("os", "o", "a")),
    ("o", ("os",)),  # accusative: Πειραιά / Βόλο -> Βόλος
    ("e", ("es",)),
    ("a", ("as",)),
)
MIN_LENGTH = 5


def base_forms(key: str, *, greek: bool) -> list[str]:
    """Candidate nominatives of a folded word, most likely first (the word itself excluded)."""
    if len(key) < MIN_LENGTH or " " in key:
        return []
    out = []
    for ending, replacements in _GREEK_ENDINGS if greek else _LATIN_ENDINGS:
        if key.endswith(ending):
            stem = key[: -len(ending)]
            if len(stem) >= 3:
                out.extend(stem + r for r in replacements if stem + r != key)
    return out


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
