"""Build the labelled practice collection from the hand-written blocks.

    python tests/practices/data/build.py

writes `practices.jsonl` (the import format of spec/practices-io.md) beside this file.
Deterministic: the same blocks always give the same file. The queries and their
judgements are written by hand in `queries.jsonl` and refer to the keys made here
(`<concept>-<language>` for concept practices, `single-...` for single practices).
"""

import json
import random
from pathlib import Path

from blocks_a import CONCEPTS_A
from blocks_b import CONCEPTS_B
from blocks_c import CONCEPTS_C, NAME_EN, PINNED, SINGLES
from queries import QUERIES

HERE = Path(__file__).resolve().parent

CITIES = {
    "it": [
        ("Bari", "IT"),
        ("Milan", "IT"),
        ("Turin", "IT"),
        ("Bologna", "IT"),
        ("Naples", "IT"),
        ("Palermo", "IT"),
        ("Genoa", "IT"),
        ("Florence", "IT"),
        ("Catania", "IT"),
        ("Trieste", "IT"),
        ("Padua", "IT"),
        ("Venice", "IT"),
        ("Rome", "IT"),
        ("Verona", "IT"),
        ("Parma", "IT"),
        ("Prato", "IT"),
        ("Modena", "IT"),
        ("Livorno", "IT"),
        ("Cagliari", "IT"),
    ],
    "es": [
        ("Madrid", "ES"),
        ("Barcelona", "ES"),
        ("Valencia", "ES"),
        ("Zaragoza", "ES"),
        ("Sevilla", "ES"),
        ("Málaga", "ES"),
        ("Bilbao", "ES"),
        ("Murcia", "ES"),
        ("Valladolid", "ES"),
        ("Córdoba", "ES"),
        ("Alicante", "ES"),
        ("Granada", "ES"),
        ("Vigo", "ES"),
        ("Gijón", "ES"),
    ],
    "de": [
        ("Berlin", "DE"),
        ("Hamburg", "DE"),
        ("Munich", "DE"),
        ("Köln", "DE"),
        ("Frankfurt am Main", "DE"),
        ("Düsseldorf", "DE"),
        ("Stuttgart", "DE"),
        ("Dresden", "DE"),
        ("Leipzig", "DE"),
        ("Bremen", "DE"),
        ("Nuremberg", "DE"),
        ("Hannover", "DE"),
        ("Bonn", "DE"),
        ("Münster", "DE"),
        ("Vienna", "AT"),
        ("Graz", "AT"),
        ("Linz", "AT"),
    ],
    "el": [
        ("Athens", "GR"),
        ("Thessaloníki", "GR"),
        ("Pátra", "GR"),
        ("Piraeus", "GR"),
        ("Lárisa", "GR"),
        ("Irákleion", "GR"),
        ("Volos", "GR"),
        ("Ioánnina", "GR"),
        ("Nicosia", "CY"),
        ("Limassol", "CY"),
    ],
    "pl": [
        ("Warsaw", "PL"),
        ("Kraków", "PL"),
        ("Wrocław", "PL"),
        ("Łódź", "PL"),
        ("Poznań", "PL"),
        ("Gdańsk", "PL"),
        ("Szczecin", "PL"),
        ("Lublin", "PL"),
        ("Bydgoszcz", "PL"),
        ("Białystok", "PL"),
        ("Katowice", "PL"),
        ("Gdynia", "PL"),
        ("Rzeszów", "PL"),
        ("Toruń", "PL"),
    ],
    "ro": [
        ("Bucharest", "RO"),
        ("Iaşi", "RO"),
        ("Constanţa", "RO"),
        ("Cluj-Napoca", "RO"),
        ("Braşov", "RO"),
        ("Timişoara", "RO"),
        ("Craiova", "RO"),
        ("Oradea", "RO"),
        ("Sibiu", "RO"),
        ("Galaţi", "RO"),
    ],
    "mt": [
        ("Birkirkara", "MT"),
        ("Mosta", "MT"),
        ("Sliema", "MT"),
        ("Qormi", "MT"),
        ("Valletta", "MT"),
        ("Żabbar", "MT"),
    ],
    "en": [
        ("Dublin", "IE"),
        ("Cork", "IE"),
        ("Amsterdam", "NL"),
        ("Rotterdam", "NL"),
        ("Utrecht", "NL"),
        ("Lisbon", "PT"),
        ("Porto", "PT"),
        ("Antwerp", "BE"),
        ("Gent", "BE"),
        ("Helsinki", "FI"),
        ("Stockholm", "SE"),
        ("Malmö", "SE"),
        ("Ljubljana", "SI"),
        ("Zagreb", "HR"),
        ("Tallinn", "EE"),
        ("Riga", "LV"),
        ("Vilnius", "LT"),
        ("Luxembourg", "LU"),
        ("Brno", "CZ"),
        ("Lyon", "FR"),
    ],
}
ALL_CITIES = {name: cc for pool in CITIES.values() for name, cc in pool}

# One sentence of local detail, per language: when it started, who runs it, a figure.
DETAILS = {
    "en": [
        "Launched in {year} by the {dept}, it works with {partner}.",
        "Since {year} about {n} people have taken part.",
        "Funded by the municipal budget and {fund}; in the last year it reached {n} people.",
        "Run by {partner} under an agreement with the {dept} since {year}.",
    ],
    "it": [
        "Avviato nel {year} dal {dept}, in collaborazione con {partner}.",
        "Dal {year} vi hanno partecipato circa {n} persone.",
        "Finanziato dal bilancio comunale e da {fund}; nell'ultimo anno ha raggiunto {n} persone.",
        "Gestito da {partner} in convenzione con il {dept} dal {year}.",
    ],
    "es": [
        "Puesto en marcha en {year} por el {dept}, en colaboración con {partner}.",
        "Desde {year} han participado unas {n} personas.",
        "Financiado con fondos municipales y {fund}; el último año atendió a {n} personas.",
        "Gestionado por {partner} mediante un convenio con el {dept} desde {year}.",
    ],
    "de": [
        "Im Jahr {year} vom {dept} gestartet, in Zusammenarbeit mit {partner}.",
        "Seit {year} haben rund {n} Menschen teilgenommen.",
        "Finanziert aus dem städtischen Haushalt und {fund}; im letzten Jahr wurden {n} Menschen erreicht.",
        "Getragen von {partner} im Auftrag des {dept} seit {year}.",
    ],
    "pl": [
        "Uruchomiony w {year} roku przez {dept} we współpracy z {partner}.",
        "Od {year} roku skorzystało z niego około {n} osób.",
        "Finansowany z budżetu miasta i {fund}; w ostatnim roku dotarł do {n} osób.",
        "Prowadzony przez {partner} na zlecenie miasta od {year} roku.",
    ],
    "el": [
        "Ξεκίνησε το {year} από τη {dept} σε συνεργασία με {partner}.",
        "Από το {year} έχουν συμμετάσχει περίπου {n} άτομα.",
        "Χρηματοδοτείται από τον δήμο και {fund}· τον τελευταίο χρόνο εξυπηρέτησε {n} άτομα.",
    ],
    "ro": [
        "Lansat în {year} de {dept}, în parteneriat cu {partner}.",
        "Din {year} au participat aproximativ {n} de persoane.",
        "Finanțat din bugetul local și {fund}; anul trecut a ajuns la {n} de persoane.",
    ],
    "mt": [
        "Beda fl-{year} mill-{dept} flimkien ma' {partner}.",
        "Mill-{year} ħadu sehem madwar {n} persuna.",
        "Iffinanzjat mill-kunsill u {fund}; is-sena l-oħra laħaq {n} persuna.",
    ],
}
VOCAB = {
    "en": {
        "dept": ["social services department", "department for integration", "mayor's office"],
        "partner": ["a local NGO", "the Red Cross", "the university", "migrant associations"],
        "fund": [
            "the Asylum, Migration and Integration Fund",
            "the European Social Fund",
            "a private foundation",
        ],
    },
    "it": {
        "dept": ["settore politiche sociali", "servizio immigrazione", "settore istruzione"],
        "partner": [
            "una cooperativa sociale",
            "la Caritas diocesana",
            "l'università",
            "le associazioni di migranti",
        ],
        "fund": [
            "il Fondo Asilo, Migrazione e Integrazione",
            "il Fondo sociale europeo",
            "una fondazione bancaria",
        ],
    },
    "es": {
        "dept": ["área de servicios sociales", "área de convivencia", "área de educación"],
        "partner": [
            "una ONG local",
            "Cruz Roja",
            "la universidad",
            "asociaciones de personas migrantes",
        ],
        "fund": [
            "el Fondo de Asilo, Migración e Integración",
            "el Fondo Social Europeo",
            "una fundación privada",
        ],
    },
    "de": {
        "dept": ["Sozialamt", "Amt für Integration", "Bildungsreferat"],
        "partner": [
            "einem freien Träger",
            "dem Roten Kreuz",
            "der Universität",
            "Migrantenvereinen",
        ],
        "fund": [
            "dem Asyl-, Migrations- und Integrationsfonds",
            "dem Europäischen Sozialfonds",
            "einer Stiftung",
        ],
    },
    "pl": {
        "dept": [
            "Wydział Polityki Społecznej",
            "Miejski Ośrodek Pomocy Społecznej",
            "Wydział Edukacji",
        ],
        "partner": ["lokalną fundacją", "Caritasem", "uniwersytetem", "stowarzyszeniami migrantów"],
        "fund": [
            "Funduszu Azylu, Migracji i Integracji",
            "Europejskiego Funduszu Społecznego",
            "środków fundacji",
        ],
    },
    "el": {
        "dept": ["Διεύθυνση Κοινωνικής Πολιτικής", "Αντιδημαρχία Κοινωνικής Αλληλεγγύης"],
        "partner": ["τοπική ΜΚΟ", "τον Ερυθρό Σταυρό", "το πανεπιστήμιο"],
        "fund": ["το Ταμείο Ασύλου, Μετανάστευσης και Ένταξης", "ευρωπαϊκά κονδύλια"],
    },
    "ro": {
        "dept": ["Direcția de Asistență Socială", "primărie", "Direcția de Educație"],
        "partner": ["un ONG local", "Crucea Roșie", "universitatea"],
        "fund": ["Fondul pentru Azil, Migrație și Integrare", "fonduri europene"],
    },
    "mt": {
        "dept": ["kunsill lokali", "dipartiment tas-servizzi soċjali"],
        "partner": ["NGO lokali", "il-Caritas", "l-università"],
        "fund": ["il-Fond għall-Ażil, il-Migrazzjoni u l-Integrazzjoni", "fondi Ewropej"],
    },
}


def concept_practices(rng, concepts):
    """One practice per (concept, language), in a city of that language."""
    rows = []
    for concept, block in concepts.items():
        english = block["texts"].get("en", (None,))[0]
        used = set()
        for language, (name, summary, detail) in block["texts"].items():
            city = PINNED.get((concept, language))
            if city is None:
                pool = [c for c, _ in CITIES[language] if c not in used]
                city = rng.choice(pool)
            used.add(city)
            vocab = VOCAB[language]
            extra = rng.choice(DETAILS[language]).format(
                year=rng.randint(2012, 2023),
                n=rng.choice([40, 85, 120, 260, 400, 750, 1200, 3000]),
                dept=rng.choice(vocab["dept"]),
                partner=rng.choice(vocab["partner"]),
                fund=rng.choice(vocab["fund"]),
            )
            rows.append(
                {
                    "key": f"{concept}-{language}",
                    "name": name,
                    "name_en": None
                    if language == "en"
                    else NAME_EN.get((concept, language), english),
                    "language": language,
                    "municipality": city,
                    "country": ALL_CITIES[city],
                    "themes": block["themes"],
                    "summary": summary,
                    "description": f"{detail} {extra}",
                    "published": True,
                }
            )
    return rows


def single_practices():
    rows = []
    for key, language, city, country, themes, name, name_en, summary, description in SINGLES:
        rows.append(
            {
                "key": key,
                "name": name,
                "name_en": name_en,
                "language": language,
                "municipality": city,
                "country": country,
                "themes": themes,
                "summary": summary,
                "description": description,
                "published": True,
            }
        )
    return rows


def build():
    rng = random.Random(20210308)
    rows = concept_practices(rng, {**CONCEPTS_A, **CONCEPTS_B, **CONCEPTS_C})
    rows += single_practices()
    # A few drafts: imported, never found by the public search.
    pinned = {f"{concept}-{language}" for concept, language in PINNED}
    candidates = [r for r in rows if not r["key"].startswith("single-") and r["key"] not in pinned]
    for row in rng.sample(candidates, 6):
        row["published"] = False
    rng.shuffle(rows)
    return rows


def expand_judgements(rows):
    """Turn concept judgements into keys; drafts are never expected in results."""
    published = {r["key"] for r in rows if r["published"]}
    expanded = []
    for query_id, language, text, judgements in QUERIES:
        relevant = {}
        for name, grade in judgements.items():
            keys = (
                [name]
                if name in published
                else [k for k in published if k.rsplit("-", 1)[0] == name]
            )
            if not keys and name not in {r["key"] for r in rows}:
                raise ValueError(f"{query_id}: {name} names no practice")
            for key in keys:
                relevant[key] = max(grade, relevant.get(key, 0))
        expanded.append(
            {
                "id": query_id,
                "language": language,
                "query": text,
                "relevant": dict(sorted(relevant.items())),
            }
        )
    return expanded


def main():
    rows = build()
    with open(HERE / "practices.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    queries = expand_judgements(rows)
    with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
        for query in queries:
            out.write(json.dumps(query, ensure_ascii=False) + "\n")
    print(f"{len(rows)} practices and {len(queries)} queries written")


if __name__ == "__main__":
    main()
