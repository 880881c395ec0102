"""Fixtures of the practices tests: the labelled collection and the directory it needs."""

import json
from functools import cache
from pathlib import Path

import pytest

from citypeers.network.geodata import (
    eu_cities,
    folded_names,
    load_countries,
    municipality_from_geonames,
)
from citypeers.network.models import Municipality, MunicipalityName
from citypeers.practices.imports import import_practices
from citypeers.practices.models import Practice
from citypeers.practices.vectors import practice_vectors

DATA = Path(__file__).resolve().parent / "data"


@cache
def collection_lines() -> tuple[str, ...]:
    return tuple((DATA / "practices.jsonl").read_text(encoding="utf-8").splitlines())


@cache
def judged_queries() -> tuple[dict, ...]:
    lines = (DATA / "queries.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


@cache
def _directory_cities() -> tuple[dict, ...]:
    wanted = {(row["municipality"], row["country"]) for row in map(json.loads, collection_lines())}
    # and the programme's members, which the network's demo data needs
    wanted |= {
        ("Bari", "IT"),
        ("Kraków", "PL"),
        ("Gdańsk", "PL"),
        ("Venice", "IT"),
        ("Florence", "IT"),
        ("Milan", "IT"),
        ("Madrid", "ES"),
        ("Barcelona", "ES"),
        ("Thessaloníki", "GR"),
        ("Cluj-Napoca", "RO"),
    }
    return tuple(c for c in eu_cities() if (c["name"], c["countrycode"]) in wanted)


@pytest.fixture(autouse=True)
def fresh_vectors():
    """Each test starts with an empty in-memory vector store (rows roll back between tests)."""
    practice_vectors.cache_clear()
    yield
    practice_vectors.cache_clear()


@pytest.fixture
def directory(db):
    """The real municipalities the labelled collection names, from the bundled geodata."""
    return make_directory()


def make_directory():
    load_countries()
    for city in _directory_cities():
        municipality = municipality_from_geonames(city)
        municipality.save()
        MunicipalityName.objects.bulk_create(
            MunicipalityName(municipality=municipality, folded=name) for name in folded_names(city)
        )
    return Municipality.objects.all()


@pytest.fixture
def collection(directory):
    """The 311 practices of the labelled set, imported through the import service."""
    report = import_practices(collection_lines())
    assert report.rejected == []
    return report


SMALL_KEYS = {
    "refugee_housing-en",
    "refugee_housing-pl",
    "refugee_housing-it",
    "night_shelter-es",
    "job_orientation_youth-it",
    "job_orientation_youth-en",
    "language_cafe-de",
    "mental_health-el",
    "legal_clinic-mt",
    "multicultural_centre-pl",
    "community_ambassadors-pl",
    "school_welcome-de",
    "data_observatory-es",
    "covid_remote-ro",
    "women_employment-it",
    "single-mural-krakow",
    "single-gdansk-model",
    "interfaith_dialogue-en",
    "ngo_small_grants-en",
    "youth_sports-pl",
}


@pytest.fixture
def small_collection(directory):
    """Twenty practices of the labelled set in six languages; returns them by key."""
    return import_small_collection()


def import_small_collection():
    lines = [line for line in collection_lines() if json.loads(line)["key"] in SMALL_KEYS]
    report = import_practices(lines)
    assert report.rejected == []
    return {practice.key: practice for practice in Practice.objects.all()}
