"""Names in several languages: organisations, programmes, units and roles show the name of
the page's language, the original when there is none; those who may add translations do,
on the site; the demo carries the names the seed network uses."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from citypeers.core.models import AuditEntry
from citypeers.network import demo as network_demo
from citypeers.network.models import Organisation, PersonRole, Programme, Unit
from citypeers.network.selectors import organisations_named
from tests.factories import (
    AffiliationFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonRoleFactory,
    ProgrammeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def shown_in(language: str, obj, field: str) -> str:
    with translation.override(language):
        return getattr(type(obj).objects.get(pk=obj.pk), field)


def test_each_name_shows_its_italian_and_falls_back_to_the_original_in_german():
    organisation = OrganisationFactory(
        name="International Organization for Migration",
        short_name="IOM",
        name_it="Organizzazione Internazionale per le Migrazioni",
        short_name_it="OIM",
    )
    programme = ProgrammeFactory(
        name="Supporting inclusion", name_it="Sostenere l'inclusione", funder="European Commission"
    )
    unit = Unit.objects.create(
        name="Social Services Directorate",
        name_it="Direzione Servizi Sociali",
        organisation=organisation,
    )
    role = PersonRoleFactory(title="Director", title_it="Direttore", organisation=organisation)

    names = [
        (organisation, "name"),
        (organisation, "short_name"),
        (programme, "name"),
        (unit, "name"),
        (role, "title"),
    ]

    italian = [shown_in("it", obj, field) for obj, field in names]
    german = [shown_in("de", obj, field) for obj, field in names]

    assert italian == [
        "Organizzazione Internazionale per le Migrazioni",
        "OIM",
        "Sostenere l'inclusione",
        "Direzione Servizi Sociali",
        "Direttore",
    ]
    assert german == [
        "International Organization for Migration",
        "IOM",
        "Supporting inclusion",
        "Social Services Directorate",
        "Director",
    ]


def test_a_name_first_written_in_italian_is_the_fallback_in_german():
    with translation.override("it"):
        organisation = Organisation.objects.create(name="Casa delle Culture", kind="civil_society")

    assert shown_in("de", organisation, "name") == "Casa delle Culture"
    assert shown_in("en", organisation, "name") == "Casa delle Culture"


def test_an_organisation_is_found_by_its_name_in_another_language():
    organisation = OrganisationFactory(
        name="European Commission", name_it="Commissione europea", name_de="Europäische Kommission"
    )

    with translation.override("en"):
        found_in_english = list(organisations_named("commissione"))
    with translation.override("it"):
        found_in_italian = list(organisations_named("european commission"))

    assert found_in_english == [organisation]
    assert found_in_italian == [organisation]


@pytest.fixture
def iom():
    return OrganisationFactory(name="International Organization for Migration", short_name="IOM")


def translations_url(organisation, language="en") -> str:
    with translation.override(language):
        return reverse("network:organisation_translations", kwargs={"pk": organisation.pk})


def test_coordinator_adds_an_italian_name_on_the_organisation_page(client, coordinator, iom):
    client.force_login(coordinator)
    page = client.get(iom.get_absolute_url()).content.decode()

    response = client.post(
        translations_url(iom),
        {"name_it": "Organizzazione Internazionale per le Migrazioni", "short_name_it": "OIM"},
    )

    assert f'action="/en/network/organisations/{iom.pk}/translations/"' in page
    assert response.status_code == 302
    assert response["Location"] == iom.get_absolute_url()
    with translation.override("it"):
        italian_page = client.get(iom.get_absolute_url()).content.decode()
    assert "<h1>Organizzazione Internazionale per le Migrazioni (OIM)</h1>" in italian_page
    assert shown_in("de", iom, "name") == "International Organization for Migration"
    entry = AuditEntry.objects.get(object_id=iom.pk, content_type__model="organisation")
    assert (entry.by, entry.changes) == (
        coordinator,
        {
            "name_it": [None, "Organizzazione Internazionale per le Migrazioni"],
            "short_name_it": [None, "OIM"],
        },
    )


def test_a_blank_translation_is_removed_and_the_original_shown(client, coordinator, iom):
    iom.name_it = "Organizzazione Internazionale per le Migrazioni"
    iom.save()
    client.force_login(coordinator)

    client.post(translations_url(iom), {"name_it": "  "})

    assert shown_in("it", iom, "name") == "International Organization for Migration"


def test_member_of_another_city_may_not_translate_and_nothing_changes(client, member, iom):
    client.force_login(member)

    page = client.get(iom.get_absolute_url()).content.decode()
    response = client.post(translations_url(iom), {"name_it": "Nome falso"})

    assert "organisation_translations" not in page and "/translations/" not in page
    assert response.status_code == 404
    assert shown_in("it", iom, "name") == "International Organization for Migration"
    assert Organisation.objects.get(pk=iom.pk).name_it is None
    assert not AuditEntry.objects.filter(content_type__model="organisation").exists()


def test_a_visitor_is_sent_to_log_in_and_nothing_changes(client, iom):
    response = client.post(translations_url(iom), {"name_it": "Nome falso"})

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert Organisation.objects.get(pk=iom.pk).name_it is None


def test_a_refused_post_without_csrf_token_changes_nothing(coordinator, iom):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)

    response = client.post(translations_url(iom), {"name_it": "Nome"})

    assert response.status_code == 403
    assert Organisation.objects.get(pk=iom.pk).name_it is None


def test_the_organisations_own_member_translates_its_programme(client, iom):
    user = UserFactory()
    AffiliationFactory(user=user, organisation=iom)
    programme = ProgrammeFactory(name="Supporting inclusion", coordinator=iom)
    client.force_login(user)

    response = client.post(
        reverse("network:programme_translations", kwargs={"pk": programme.pk}),
        {"name_de": "Inklusion fördern", "funder_de": "Europäische Kommission"},
    )

    assert response.status_code == 302
    assert shown_in("de", programme, "name") == "Inklusion fördern"
    assert shown_in("de", programme, "funder") == "Europäische Kommission"
    assert Programme.objects.get(pk=programme.pk).name_en == "Supporting inclusion"


DEMO_CITIES = [(name, country) for name, country in network_demo.MEMBER_MUNICIPALITIES]


@pytest.fixture
def demo_network():
    for name, country in DEMO_CITIES:
        MunicipalityFactory(name=name, country__code=country)
    network_demo.load_demo_data()
    return network_demo.demo_organisation("IOM")


def test_demo_italian_organisation_page_names_iom_and_the_commission(client, demo_network):
    with translation.override("it"):
        page = client.get(demo_network.get_absolute_url()).content.decode()

    assert "Organizzazione Internazionale per le Migrazioni" in page
    assert "finanziato da Commissione europea" in page
    assert "International Organization for Migration" not in page


def test_demo_names_in_the_networks_languages(demo_network):
    commission = network_demo.demo_organisation("European Commission")
    director = PersonRole.objects.filter(title_en="Director").first()

    names = {
        code: (shown_in(code, demo_network, "name"), shown_in(code, commission, "name"))
        for code in ("it", "de", "es")
    }

    assert names == {
        "it": ("Organizzazione Internazionale per le Migrazioni", "Commissione europea"),
        "de": ("Internationale Organisation für Migration", "Europäische Kommission"),
        "es": ("Organización Internacional para las Migraciones", "Comisión Europea"),
    }
    assert shown_in("it", director, "title") == "Direttore"


def test_admin_edits_the_names_in_every_language(client, admin_user, iom):
    client.force_login(admin_user)
    url = reverse("admin:network_organisation_change", kwargs={"object_id": iom.pk})

    page = client.get(url).content.decode()

    assert all(
        f'name="name_{code}"' in page for code in ("en", "it", "es", "el", "pl", "ro", "de", "mt")
    )


@pytest.mark.parametrize("language", ["pl", "mt", "el"])
def test_admin_finds_a_body_by_any_of_its_names_whatever_the_admin_language(
    client, admin_user, iom, language
):
    """Searching the admin (and its pickers) in Polish finds a body by its original name,
    whether or not it has a Polish name, and by its Polish name."""
    untranslated = OrganisationFactory(name="Migration Policy Institute Europe")
    iom.name_pl = "Międzynarodowa Organizacja do Spraw Migracji"
    iom.save()
    client.force_login(admin_user)
    with translation.override(language):
        url = reverse("admin:network_organisation_changelist")
        picker = reverse("admin:autocomplete")

    found = client.get(url, {"q": "Migration"}).context["cl"].result_list
    picked = client.get(
        picker,
        {
            "term": "Migration",
            "app_label": "network",
            "model_name": "personrole",
            "field_name": "organisation",
        },
    ).json()["results"]

    assert set(found) == {iom, untranslated}
    assert {int(row["id"]) for row in picked} == {iom.pk, untranslated.pk}
    assert list(client.get(url, {"q": "Międzynarodowa"}).context["cl"].result_list) == [iom]
