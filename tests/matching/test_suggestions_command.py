"""``citypeers match suggest CITY``: by name or id, as text or JSON; clear refusals."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.matching.suggestions_world import small_network, town

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("match", *args, stdout=out)
    return out.getvalue()


def test_suggest_by_name_prints_peers_with_reasons():
    small_network()

    output = run("suggest", "aurelia", "--limit", "1")

    assert output.splitlines() == [
        "1. Borova (Romania) score 7.35",
        "   - Both list housing as a top challenge.",
        "   - Aurelia's largest foreign community comes from Romania.",
        "   - Borova's practice “Porta Futuro” answers Aurelia's employment and labour market challenge.",
        "   - Similar size: 300,000 and 250,000 inhabitants.",
        "   - Similar share of foreign residents: 12% and 3%.",
    ]


def test_suggest_by_id_in_italian():
    world = small_network()

    output = run("suggest", str(world.aurelia.pk), "--limit", "1", "--language", "it")

    assert output.splitlines()[:2] == [
        "1. Borova (Romania) punteggio 7,35",
        "   - Entrambe indicano il tema «abitare» come sfida principale.",
    ]


def test_suggest_as_json():
    world = small_network()

    rows = json.loads(run("suggest", "Cestin", "--json"))

    assert [(row["municipality"], row["country"]) for row in rows] == [
        ("Aurelia", "IT"),
        ("Borova", "RO"),
        ("Dolna", "IT"),
    ]
    assert rows[0]["id"] == world.aurelia.pk
    assert rows[0]["reasons"][0] == {
        "kind": "shared_challenge",
        "text": "Both list employment and labour market among their challenges.",
        "theme": "employment",
        "priorities": [2, 2],
        "points": round(4 / 3, 6),
    }
    assert [reason["kind"] for reason in rows[0]["reasons"]] == [
        "shared_challenge",
        "comparable_size",
        "comparable_foreign_share",
    ]


def test_city_with_no_peers_says_so():
    town("Solo", "MT", 8_000, "Europe/Malta")

    assert run("suggest", "Solo") == "No peer can be suggested for Solo yet.\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Atlantis"], "No municipality is called “Atlantis”."),
        (["987654"], "No municipality has the id 987654."),
        (["Aurelia", "--limit", "0"], "--limit must be between 1 and 100."),
    ],
)
def test_unknown_city_or_bad_limit_is_a_clear_error(args, message):
    small_network()

    with pytest.raises(CommandError) as error:
        run("suggest", *args)

    assert str(error.value) == message


def test_ambiguous_name_lists_the_cities_it_names():
    world = small_network()
    namesake = town("Aurelia", "FR", 20_000, "Europe/Paris")

    with pytest.raises(CommandError) as error:
        run("suggest", "Aurelia")

    assert str(error.value) == (
        "“Aurelia” names several municipalities: "
        f"Aurelia (Italy, id {world.aurelia.pk}); Aurelia (France, id {namesake.pk}). "
        "Give the id instead."
    )


def test_country_settles_an_ambiguous_name():
    small_network()
    town("Aurelia", "FR", 20_000, "Europe/Paris")

    output = run("suggest", "Aurelia", "--country", "it", "--limit", "1")

    assert output.splitlines()[0] == "1. Borova (Romania) score 7.35"
