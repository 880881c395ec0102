"""The search filters exist twice, as SQL (``apply``) and over the vector index (``mask``):
they must select the same practices for every combination of filters."""

import random

from citypeers.network.models import Country, Municipality, Organisation
from citypeers.practices import services
from citypeers.practices.enums import PracticeStatus, TargetGroup
from citypeers.practices.models import THEME_SLUGS, Practice
from citypeers.practices.search import SearchFilters
from citypeers.practices.vectors import practice_vectors

STATUSES = list(PracticeStatus.values)
YEARS = [None, 2012, 2016, 2019, 2023]


def _vary_the_collection(rng: random.Random) -> None:
    """Statuses, years, target groups and running bodies drawn at random (through services)."""
    organisations = [
        Organisation.objects.create(name=f"Body {code}", kind="civil_society", country_id=code)
        for code in ("PL", "IT", "DE")
    ]
    for practice in Practice.objects.all():
        start = rng.choice(YEARS)
        services.update_practice(
            practice=practice,
            status=rng.choice(STATUSES),
            start_year=start,
            end_year=rng.choice([y for y in YEARS if y is None or start is None or y >= start]),
            target_groups=rng.sample(list(TargetGroup.values), rng.randint(0, 2)),
            organisation=rng.choice([None, None, *organisations]),
            municipality=rng.choice([practice.municipality, practice.municipality, None]),
        )


def _random_filters(rng: random.Random, countries: list[str], cities: list[int]) -> SearchFilters:
    """One to three filters at a time, so that most combinations still select something."""
    choices = {
        "themes": lambda: tuple(rng.sample(THEME_SLUGS, rng.choice([1, 2]))),
        "country": lambda: rng.choice([*countries, "XX"]),
        "municipality": lambda: rng.choice(cities),
        "target_group": lambda: rng.choice(TargetGroup.values),
        "year_from": lambda: rng.choice(YEARS[1:]),
        "year_to": lambda: rng.choice(YEARS[1:]),
    }
    chosen = rng.sample(sorted(choices), rng.randint(1, 3))
    return SearchFilters(
        statuses=tuple(rng.sample(STATUSES, rng.randint(1, 3))),
        **{name: choices[name]() for name in chosen},
    )


def test_sql_filters_and_vector_mask_select_the_same_practices(small_collection):
    rng = random.Random(20261201)
    _vary_the_collection(rng)
    vectors = practice_vectors()
    vectors.refresh(force=True)
    countries = list(
        Country.objects.filter(municipalities__isnull=False).values_list("pk", flat=True).distinct()
    )
    cities = list(Municipality.objects.filter(practices__isnull=False).values_list("pk", flat=True))
    assert len(vectors.index) == Practice.objects.count() == len(small_collection)

    differing, decided = [], 0
    for _ in range(300):
        filters = _random_filters(rng, countries, cities)
        by_sql = set(filters.apply(Practice.objects.all()).values_list("pk", flat=True))
        by_mask = set(vectors.index.ids[filters.mask(vectors)].tolist())
        if by_sql != by_mask:
            differing.append((filters, sorted(by_sql ^ by_mask)))
        decided += 0 < len(by_sql) < len(small_collection)

    assert differing == []
    assert decided > 100  # many combinations select some practices and not others
