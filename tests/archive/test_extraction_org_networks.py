"""Networks of cities and associations of municipalities, named as reports name them."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Strong Cities Network held its annual summit with 70 mayors and city officials.",
            "Strong Cities Network",
        ),
        (
            "El foro reunió a alcaldes de veinte ciudades y a organizaciones internacionales, "
            "entre ellas CGLU.",
            "CGLU",
        ),
        (
            "Officials of MedCities and of six member towns discussed migrant participation.",
            "MedCities",
        ),
        (
            "Die Konferenz des Deutschen Städtetages brachte Oberbürgermeister aus zwölf "
            "Städten zusammen.",
            "Deutscher Städtetag",
        ),
        (
            "Przedstawiciele ZMP i burmistrzowie miast omówili pomoc dla uchodźców.",
            "ZMP",
        ),
    ],
)
def test_extract_report_names_a_network_of_cities(text, body):
    assert body in helpers.organisation_names(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The workshop, a flagship event of UCLG Africa, gathered city planners.", "UCLG Africa"),
        ("ICMC Europe provided the comparative study for the visiting officers.", "ICMC Europe"),
    ],
)
def test_extract_report_keeps_a_networks_regional_branch_whole(text, body):
    names = helpers.organisation_names(text)

    assert body in names
    assert body.split()[0] not in names  # not the network alone beside it
