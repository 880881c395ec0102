import pytest
from django.urls import reverse

from citypeers.documents.demo import DOCUMENTS, event_between, load_demo_data
from citypeers.documents.models import Document
from tests.documents.conftest import make_event
from tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_meetings():
    towns = {name: MunicipalityFactory(name=name) for names, *_ in DOCUMENTS for name in names}
    meetings = dict.fromkeys(names for names, *_ in DOCUMENTS)
    return [make_event(municipalities=[towns[name] for name in names]) for names in meetings]


def test_demo_attaches_one_document_of_each_visibility_at_least(seed_meetings, stored_files):
    load_demo_data()

    documents = Document.objects.all()
    assert {d.visibility for d in documents} == {"public", "members", "participants"}
    assert len(stored_files()) == documents.count() == len(DOCUMENTS)
    assert "Spotkanie_Gdańsk–Wenecja.pdf" in {d.original_name for d in documents}


def test_demo_loaded_twice_changes_nothing(seed_meetings, stored_files):
    load_demo_data()
    first = sorted(Document.objects.values_list("pk", "sha256"))

    load_demo_data()

    assert sorted(Document.objects.values_list("pk", "sha256")) == first
    assert len(stored_files()) == len(first)


def test_demo_without_the_seed_meetings_says_what_is_missing(db):
    with pytest.raises(LookupError, match="load the events demo first"):
        load_demo_data()


def test_demo_visibilities_follow_what_each_seed_report_says(seed_meetings, client, outsider):
    """The Gdańsk–Venice and Cluj-Napoca–Florence reports open their materials to anyone
    signed in; an officer of a city that took no part sees them listed and may download."""
    load_demo_data()
    florence_cluj = event_between(("Florence", "Cluj-Napoca"))
    client.force_login(outsider)

    page = client.get(florence_cluj.get_absolute_url())
    document = Document.objects.get(event=florence_cluj)
    download = client.get(reverse("documents:download", args=[document.pk]))

    assert "Follow-up actions" in page.content.decode()
    assert (document.visibility, download.status_code) == ("members", 200)
    assert set(
        Document.objects.filter(event=event_between(("Gdańsk", "Venice"))).values_list(
            "visibility", flat=True
        )
    ) == {"members"}
