"""The event forms pick their municipalities, organisations and people from the directory
by name (any language), and say which names they could not place."""

import pytest

from citypeers.events.models import Event, EventPerson
from tests.events.test_views import event_post
from tests.factories import (
    CountryFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PersonRoleFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def parties(db):
    return (
        MunicipalityFactory(name="Florence", alternate_names=["Firenze"]),
        MunicipalityFactory(name="Cluj-Napoca", alternate_names=["Kolozsvár"]),
    )


def test_event_takes_cities_organisations_and_venue_by_name_in_any_language(
    coordinator_client, parties
):
    florence, cluj = parties
    iom = OrganisationFactory(name="International Organization for Migration", short_name="IOM")
    data = event_post(
        municipalities="Firenze\nKolozsvár",
        organisations="IOM",
        format="hybrid",
        venue="firenze",
        meeting_url="https://meet.example.org/x",
    )

    response = coordinator_client.post("/en/events/new/", data)

    assert response.status_code == 302
    event = Event.objects.get()
    assert [p.municipality for p in event.participants.filter(municipality__isnull=False)] == [
        florence,
        cluj,
    ]
    assert [p.organisation for p in event.participants.filter(organisation__isnull=False)] == [iom]
    assert event.venue == florence


def test_event_with_an_ambiguous_city_lists_the_candidates_and_saves_nothing(
    coordinator_client, parties
):
    MunicipalityFactory(name="Valencia", country=CountryFactory(code="ES"), population=800_000)
    MunicipalityFactory(name="Valencia", country=CountryFactory(code="VE"), population=900_000)

    response = coordinator_client.post(
        "/en/events/new/", event_post(municipalities="Florence\nValencia")
    )

    assert response.status_code == 400
    assert response.context["form"].errors["municipalities"] == [
        "Several places are called Valencia: Valencia (VE), Valencia (ES). Type one as shown."
    ]
    assert 'href="#id_municipalities"' in response.content.decode()
    assert not Event.objects.exists()


def test_edit_form_shows_the_parties_and_venue_by_name(coordinator_client, parties):
    florence, cluj = parties
    iom = OrganisationFactory(name="International Organization for Migration")
    event = EventFactory(venue=florence)
    for body in (florence, cluj):
        EventParticipantFactory(event=event, municipality=body)
    EventParticipantFactory(event=event, municipality=None, organisation=iom)

    page = coordinator_client.get(f"/en/events/{event.pk}/edit/").content.decode()

    assert "Florence (IT)\nCluj-Napoca (IT)</textarea>" in page
    assert "International Organization for Migration</textarea>" in page
    assert 'name="venue" value="Florence (IT)"' in page


def test_person_of_an_event_is_picked_among_namesakes_by_where_they_work(
    coordinator_client, parties
):
    florence, cluj = parties
    event = EventFactory()
    EventParticipantFactory(event=event, municipality=florence)
    first, second = PersonFactory(name="Anna Rossi"), PersonFactory(name="Anna Rossi")
    PersonRoleFactory(person=first, municipality=florence)
    PersonRoleFactory(person=second, municipality=cluj)
    url = f"/en/events/{event.pk}/people/new/"

    refused = coordinator_client.post(url, {"person": "anna rossi", "role": "speaker"})
    taken = coordinator_client.post(url, {"person": "Anna Rossi (Cluj-Napoca)", "role": "speaker"})

    assert refused.context["form"].errors["person"] == [
        "Several people are called anna rossi: Anna Rossi (Florence), "
        "Anna Rossi (Cluj-Napoca). Type one as shown."
    ]
    assert taken.status_code == 302
    assert list(EventPerson.objects.values_list("person", flat=True)) == [second.pk]
