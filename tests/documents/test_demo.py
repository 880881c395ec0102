import pytest

from citypeers.documents.demo import DOCUMENTS, load_demo_data
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
