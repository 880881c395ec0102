"""Greek names in the case their article or role puts them in, and their nominative.

Greek writes an article before a person's name ("η Μαρία Ιωάννου", "ο Νίκος Βλάχος") and
declines both words after a genitive or accusative ("του Νίκου Βλάχου", "τον Νίκο Βλάχο",
"της Μαρίας Ιωάννου"). The record keeps the nominative, as a reader would look the person up.
"""

import re

from .given_names import is_given_name, is_womans_name

# the articles before a name, with the case and gender they give it
ARTICLE_CASES = {
    "ο": ("nominative", "m"),
    "η": ("nominative", "f"),
    "του": ("genitive", "m"),
    "της": ("genitive", "f"),
    "τον": ("accusative", "m"),
    "την": ("accusative", "f"),
    "τη": ("accusative", "f"),
    "οι": ("nominative", None),
    "των": ("genitive", None),
    "τους": ("accusative", "m"),
    "τις": ("accusative", "f"),
}
# a man's given name or surname: genitive and accusative endings -> nominative
_MASCULINE = {
    "genitive": (("ου", "ος"), ("ού", "ός"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς")),
    "accusative": (("ο", "ος"), ("ό", "ός"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς")),
}
# a woman's given name in the genitive ("Μαρίας", "Ελένης"); her surname does not change
_FEMININE_GENITIVE = (("ας", "α"), ("άς", "ά"), ("ης", "η"), ("ής", "ή"))
# surnames that keep one form in every case: the old genitives of a father's name
# ("Γεωργίου", "Νικολάου", "Χριστοδούλου")
_INVARIANT_SURNAME = re.compile(r"(?:ίου|άου|έου|δούλου|ίνου|ιού)$")
# "Παπαδοπούλου": the genitive of a surname in "-όπουλος" moves its accent
_OPOULOS_GENITIVE = "οπούλου"
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _swap(word: str, endings) -> str:
    for ending, nominative in endings:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + nominative
    return word


def given_nominative(word: str, case: str = "any") -> str | None:
    """The nominative of a Greek given name written in `case` ("Νίκου" -> "Νίκος", "Μαρίας"
    -> "Μαρία"), or None when the word is no given name in it; a nominative is itself."""
    if not _GREEK.match(word):
        return None
    if is_given_name(word) and case in ("nominative", "any"):
        return word
    cases = ("genitive", "accusative") if case in ("any", "nominative") else (case,)
    for one in cases:
        forms = [_swap(word, _MASCULINE[one])]
        if one == "genitive":
            forms.append(_swap(word, _FEMININE_GENITIVE))
        for form in forms:
            if form != word and is_given_name(form):
                return form
    return word if is_given_name(word) else None


def nominative_name(name: str, case: str, gender: str | None) -> str:
    """A Greek `name` said in `case` in the nominative: a man's given name and surname
    take their nominative endings (an invariant surname stays), a woman's given name alone
    ("της Μαρίας Ιωάννου" -> "Μαρία Ιωάννου"). The gender is the article's, else the given
    name's."""
    words = name.split()
    if case == "nominative" or not words or not _GREEK.match(words[0]):
        return name
    first = given_nominative(words[0], case)
    if first is None:
        if gender != "m":
            return name
        first = _swap(words[0], _MASCULINE[case])  # a man's name the dictionary lacks
    if gender is None:
        gender = "f" if is_womans_name(first) or first.endswith(("α", "η", "ά", "ή")) else "m"
    if gender == "f" or (first == words[0] and is_womans_name(first)):
        # a woman's accusative is her nominative; her genitive changes the given name only
        return " ".join([first if case == "genitive" else words[0], *words[1:]])
    out = [first]
    for word in words[1:]:
        if _INVARIANT_SURNAME.search(word) or not _GREEK.match(word):
            out.append(word)
        elif case == "genitive" and word.endswith(_OPOULOS_GENITIVE):
            out.append(word[: -len(_OPOULOS_GENITIVE)] + "όπουλος")
        else:
            out.append(_swap(word, _MASCULINE[case]))
    return " ".join(out)
