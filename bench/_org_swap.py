"""Organisations when the bodies are others: a metamorphic check of how far finding bodies
leans on the names the extractor was developed with (figures, not tests).

    python bench/_org_swap.py [--seeds 3] [--show] [BATCH ...]   # default: the study batches

In every report, each gold body that is not a well-known one (the extractor's list of
international and national bodies stays: knowing the IOM is general knowledge) and that the
text writes out as the gold names it is renamed, in the text and in the gold: an invented
body of the same kind, in the report's language, made from a template ("Fundación {Name}",
"University of {Name}", "Ministry of ...") and an invented proper noun; where the text
gives the body's acronym, or the gold's acronym's long name, both are renamed (the acronym
becomes the new name's initials). A body still said in another form (a case form, a word
of its name elsewhere) is left as it is. The figures are the scorer's organizations and
overall as written and, per seed, renamed. Only the study batches (others refused).
"""

import argparse
import json
import random
import re
import zlib

from _muni_swap import _word
from _org_errors import sentence
from _people_swap import _surname

from citypeers.archive.extraction import (
    extract_report,
    initialisms,
    load_gazetteer,
    organisations,
    read_report,
)
from citypeers.archive.extraction.reading import ReportError
from tests.archive.archive_scoring import scorer, study_reports

module = scorer()

STUDY = ("first", "held_out", "fresh", "newest", "latest", "final", "blind")

GREEK = "κα ρο μι τα λεν βου σο δε να ρι μπο ζελ φα τι μου γκορ αν ελ".split()

# (kind, templates) per language: {P} an invented proper noun, {T} a field of work
TOPICS = {
    "en": ["Migrant Inclusion", "Social Cohesion", "Refugee Support", "Intercultural Dialogue"],
    "it": ["Inclusione Sociale", "Accoglienza dei Migranti", "Dialogo Interculturale"],
    "es": ["Inclusión Social", "Acogida de Migrantes", "Diálogo Intercultural"],
    "de": ["Integration", "Flüchtlingshilfe", "Interkulturelle Arbeit"],
    "pl": ["Integracji Cudzoziemców", "Pomocy Uchodźcom", "Dialogu Międzykulturowego"],
    "ro": ["Incluziune Socială", "Sprijinirea Refugiaților", "Dialog Intercultural"],
    "el": ["Κοινωνικής Ένταξης", "Υποστήριξης Προσφύγων", "Διαπολιτισμικού Διαλόγου"],
}
TEMPLATES = {
    "en": {
        "civil_society": [
            "{P} Association",
            "{P} Foundation",
            "{P} Refugee Network",
            "Association for {T}",
        ],
        "academia": ["University of {P}", "{P} Institute for {T}"],
        "national_authority": ["Ministry of {T}", "National Agency for {T}"],
        "international_organization": [
            "International Centre for {T}",
            "United Nations Office for {T}",
        ],
        "eu_institution": ["European Agency for {T}", "European Office for {T}"],
        "private_sector": ["{P} Consulting Ltd", "{P} Solutions Company"],
        "other": ["{P} Network of Cities", "Union of {P} Municipalities", "{P} Development Agency"],
    },
    "it": {
        "civil_society": ["Associazione {P}", "Fondazione {P}", "Cooperativa Sociale {P}"],
        "academia": ["Università di {P}", "Istituto {P} per la {T}"],
        "national_authority": ["Ministero della {T}", "Agenzia Nazionale per la {T}"],
        "international_organization": ["Organizzazione Internazionale per la {T}"],
        "eu_institution": ["Agenzia Europea per la {T}"],
        "private_sector": ["{P} Consulting S.r.l."],
        "other": ["Rete dei Comuni {P}", "Unione dei Comuni {P}", "Consorzio {P}"],
    },
    "es": {
        "civil_society": ["Asociación {P}", "Fundación {P}", "Red {P} de Acogida"],
        "academia": ["Universidad de {P}", "Instituto {P} de {T}"],
        "national_authority": ["Ministerio de {T}", "Dirección General de {T}"],
        "international_organization": ["Organización Internacional para la {T}"],
        "eu_institution": ["Agencia Europea de {T}"],
        "private_sector": ["{P} Consultores S.L."],
        "other": ["Red de Municipios {P}", "Federación {P} de Municipios", "Consorcio {P}"],
    },
    "de": {
        "civil_society": ["{P} Verein", "Stiftung {P}", "Verband {P}"],
        "academia": ["Universität {P}", "Institut {P} für {T}"],
        "national_authority": ["Bundesamt für {T}", "Ministerium für {T}"],
        "international_organization": ["Internationales Zentrum für {T}"],
        "eu_institution": ["Europäische Agentur für {T}"],
        "private_sector": ["{P} Beratung GmbH"],
        "other": ["Städtenetzwerk {P}", "Gemeindebund {P}", "Landesamt für {T}"],
    },
    "pl": {
        "civil_society": ["Fundacja {P}", "Stowarzyszenie {P}", "Stowarzyszenie na rzecz {T}"],
        "academia": ["Uniwersytet {P}", "Instytut {P}"],
        "national_authority": ["Ministerstwo {T}", "Urząd do Spraw {T}"],
        "international_organization": ["Międzynarodowe Centrum {T}"],
        "eu_institution": ["Europejska Agencja {T}"],
        "private_sector": ["{P} Doradztwo Sp. z o.o."],
        "other": ["Związek Gmin {P}", "Sieć Miast {P}", "Unia Miast {P}"],
    },
    "ro": {
        "civil_society": ["Asociația {P}", "Fundația {P}", "Asociația pentru {T}"],
        "academia": ["Universitatea {P}", "Institutul {P}"],
        "national_authority": ["Ministerul {T}", "Agenția Națională pentru {T}"],
        "international_organization": ["Centrul Internațional pentru {T}"],
        "eu_institution": ["Agenția Europeană pentru {T}"],
        "private_sector": ["{P} Consultanță SRL"],
        "other": ["Asociația Comunelor {P}", "Rețeaua Orașelor {P}", "Consiliul {P}"],
    },
    "el": {
        "civil_society": ["Ένωση {P}", "Ίδρυμα {P}", "Δίκτυο {P}"],
        "academia": ["Πανεπιστήμιο {P}", "Ινστιτούτο {P}"],
        "national_authority": ["Υπουργείο {T}", "Γενική Γραμματεία {T}"],
        "international_organization": ["Διεθνής Οργανισμός {T}"],
        "eu_institution": ["Ευρωπαϊκή Υπηρεσία {T}"],
        "private_sector": ["{P} Σύμβουλοι Α.Ε."],
        "other": ["Δίκτυο Πόλεων {P}", "Ένωση Δήμων {P}", "Αναπτυξιακή Εταιρεία {P}"],
    },
}


def _proper(rng: random.Random, language: str) -> str:
    """An invented proper noun that is no town's name (a body named "Riano" would be a
    town's name too, which is no fault of the finder)."""
    while True:
        if language == "el":
            word = "".join(rng.choice(GREEK) for _ in range(3)).capitalize()
        else:
            word = _surname(rng) + rng.choice(("a", "ia", "o", "en"))
        if not load_gazetteer().candidates(word):
            return word


# a body named without a head noun ("Brulocalis", "Open Doors Velmora") keeps that shape
BRANDS = ["{P}", "{P} {Q}", "{P}{Q}"]


def _invented(rng: random.Random, language: str, kind: str, text: str, brand: bool) -> str:
    language = language if language in TEMPLATES else "en"
    template = rng.choice(
        BRANDS if brand else TEMPLATES[language].get(kind) or TEMPLATES[language]["other"]
    )
    while True:
        name = template.format(
            P=_proper(rng, language), Q=_proper(rng, language), T=rng.choice(TOPICS[language])
        )
        if name not in text:
            return name


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"\w+", name) if w[0].isupper()).upper()


def _acronym(rng: random.Random, size: int) -> str:
    while True:
        acr = "".join(rng.choice("BCDFGHKLMNPRSTVZ") for _ in range(size))
        if organisations.known_short_name(acr) is None:
            return acr


def _long_before(text: str, acr: str) -> str | None:
    """ "the European Coalition of Cities against Racism (ECCAR)": the capitalised words
    before an acronym in brackets, from the one its first letter starts."""
    m = re.search(r"([^()\n]{3,120}?) \(" + re.escape(acr) + r"\)", text)
    if not m:
        return None
    words = m.group(1).split()
    capitals = 0
    for i in range(len(words) - 1, max(-1, len(words) - len(acr) - 5), -1):
        capitals += words[i][:1].isupper()
        if words[i][:1] == acr[0] and capitals >= len(acr) - 1:
            return " ".join(words[i:])
    return None


def _forms(text: str, name: str, defined: dict[str, str]) -> list[tuple[str, str]]:
    """(form, role) of the body's forms the text writes: its long name, its acronym."""
    long, acr = name, None
    m = re.fullmatch(r"(.+?) \(([^()]+)\)", name)
    if m:
        long, acr = m.groups()
    elif name.isupper() and " " not in name:
        long, acr = None, name
    if long and acr is None:
        acr = defined.get(long)
    if acr and long is None:
        long = next((lg for lg, a in defined.items() if a == acr), None) or _long_before(text, acr)
    forms = [(f, role) for f, role in ((long, "long"), (acr, "acr")) if f]
    return [(f, role) for f, role in forms if _word(f).search(text)]


def _stems(name: str) -> list[str]:
    """Case-sensitive beginnings of a name's own words (not its head nouns)."""
    return [
        w[: max(4, len(w) - 3)]
        for w in name.split()
        if len(w) >= 5 and w[0].isupper() and not organisations.names_a_body(w)
    ]


def _swapped(text: str, gold: dict, language: str, rng: random.Random, said: list[str]):
    """The text and gold with each body that can be renamed cleanly renamed; the count.
    `said`: the names the extractor gives as written, whose forms are renamed too."""
    gold = json.loads(json.dumps(gold))
    defined = initialisms.definitions(text)
    for name in said:
        m = re.fullmatch(r"(.+?) \(([^()]+)\)", name)
        if m:
            defined.setdefault(*m.groups())
    replacements: list[tuple[str, str]] = []
    renamed = 0
    for org in gold.get("organizations") or []:
        name = org["name"]
        if "(" in name and not re.fullmatch(r"[^()]+ \([^()]+\)", name):
            continue
        if organisations.known_short_name(name.split()[0]) or organisations.known_short_name(name):
            continue
        forms = _forms(text, name, defined)
        for other in said:  # the extractor's form of the same body ("Long (ACR)")
            if "(" in other and module.same_org(org, {"name": other}):
                forms += [(f, r) for f, r in _forms(text, other, defined) if (f, r) not in forms]
        if not forms:
            continue
        long = next((f for f, role in forms if role == "long"), None)
        # a name with no head noun keeps that shape, unless the text also gives its
        # acronym, which a brand's initials would not spell
        acronym = any(role == "acr" for _f, role in forms)
        brand = long is not None and not organisations.names_a_body(long) and not acronym
        new_long = _invented(rng, language, org.get("kind") or "other", text, brand)
        new_acr = _initials(new_long)
        old_acr = next((f for f, role in forms if role == "acr"), "")
        if brand or len(new_acr) < 2 or long is None:
            new_acr = _acronym(rng, max(2, len(old_acr)))
        trial = text
        pairs = []
        for form, role in sorted(forms, key=lambda x: -len(x[0])):
            new = new_long if role == "long" else new_acr
            trial = _word(form).sub(new, trial)
            pairs.append((form, new))
        if any(stem in trial for f, _r in forms for stem in _stems(f)) or any(
            organisations._names_by_initials(trial).get(f) for f, r in forms if r == "acr"
        ):
            continue  # still said in another form
        text = trial
        replacements.extend(pairs)
        renamed += 1
        if "(" in name:
            org["name"] = f"{new_long} ({new_acr})"
        else:
            org["name"] = new_acr if name.isupper() and " " not in name else new_long
    if not renamed:
        return None
    blob = json.dumps(gold, ensure_ascii=False)
    for old, new in sorted(replacements, key=lambda x: -len(x[0])):
        blob = _word(json.dumps(old, ensure_ascii=False)[1:-1]).sub(
            json.dumps(new, ensure_ascii=False)[1:-1], blob
        )
    return text, json.loads(blob), renamed


def _scores(module, gold: dict, found: dict) -> tuple[float, float]:
    values = [v for fn in module.FIELDS.values() if (v := fn(gold, found)) is not None]
    return module.FIELDS["organizations"](gold, found), sum(values) / len(values)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("batches", nargs="*")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", action="store_true", help="print the bodies missed")
    args = parser.parse_args()
    wanted = args.batches or list(STUDY)
    if set(wanted) - set(STUDY):
        raise SystemExit("only the study batches: refused")
    written: list[tuple[float, float]] = []
    swapped: dict[int, list[tuple[float, float]]] = {s: [] for s in range(1, args.seeds + 1)}
    bodies = slow = 0
    for report, path, gold in study_reports(wanted):
        text = read_report(path)
        before = extract_report(text, source=path.name)
        said = [o.get("name") or "" for o in before.get("organizations") or []]
        variants = {}
        for seed in swapped:
            rng = random.Random(zlib.crc32(f"{seed}:{report['file']}".encode()))
            variants[seed] = _swapped(text, gold, report["language"], rng, said)
        if any(v is None for v in variants.values()):
            continue
        try:  # a report over the time limit (a loaded machine) is left out, not scored
            founds = {s: extract_report(v[0], source=path.name) for s, v in variants.items()}
        except ReportError:
            slow += 1
            continue
        written.append(_scores(module, gold, before))
        for seed, (new_text, new_gold, count) in variants.items():
            bodies += count
            found = founds[seed]
            swapped[seed].append(_scores(module, new_gold, found))
            if args.show and swapped[seed][-1][0] < written[-1][0] - 0.01:
                got = [o.get("name") for o in found.get("organizations") or []]
                want = [o["name"] for o in new_gold["organizations"]]
                print(f"  {report['file']} seed {seed}: gold {want} found {got}")
                for org in new_gold["organizations"]:
                    if not any(module.same_org(org, {"name": g}) for g in got):
                        print(f"    MISS {org['name']!r} :: {sentence(new_text, org['name'])}")
    count = len(written)

    def mean(rows, i):
        return sum(r[i] for r in rows) / len(rows)

    print(
        f"reports {count} ({slow} over the time limit left out), "
        f"bodies renamed per seed {bodies / len(swapped):.1f}"
    )
    print(f"as written: organizations {mean(written, 0):.3f} overall {mean(written, 1):.4f}")
    orgs = [mean(rows, 0) for rows in swapped.values()]
    overall = [mean(rows, 1) for rows in swapped.values()]
    print("renamed, per seed: organizations " + " ".join(f"{m:.3f}" for m in orgs))
    print(
        f"renamed, mean: organizations {sum(orgs) / len(orgs):.3f} "
        f"overall {sum(overall) / len(overall):.4f}"
    )


if __name__ == "__main__":
    main()
