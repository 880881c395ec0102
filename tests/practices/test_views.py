"""Pages: list with search and filters, practice page, forms, who sees drafts and contacts."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from citypeers.accounts.enums import Role
from citypeers.core.audit import audit_trail
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.models import Practice
from tests.factories import (
    AffiliationFactory,
    EventFactory,
    MunicipalityFactory,
    PersonFactory,
    PracticeFactory,
    UserFactory,
)

LIST = reverse("practices:list")


@pytest.mark.django_db
def test_practice_list_filters_with_counts(client):
    PracticeFactory(name="Shelter", themes=["housing"])
    PracticeFactory(name="Lessons", themes=["language", "education"])

    response = client.get(LIST, {"theme": "language"})

    assert [p.name for p in response.context["page"].object_list] == ["Lessons"]
    assert response.context["facets"]["themes"] == {"education": 1, "language": 1}
    assert b"Lessons" in response.content and b"Shelter" not in response.content


@pytest.mark.django_db
def test_practice_list_bad_filter_shows_a_message_not_an_error(client):
    response = client.get(LIST, {"q": "housing", "theme": "gardening", "year_from": "soon"})

    assert response.status_code == 200
    assert response.context["error"]


def test_practice_list_search_shows_reasons(client, small_collection):
    response = client.get(LIST, {"q": "alloggio per rifugiati"})

    items = response.context["page"].object_list
    assert items[0].practice.key.startswith("refugee_housing")
    assert "similar meaning" in response.content.decode()


@pytest.mark.django_db
def test_practice_list_hides_drafts_from_visitors(client):
    PracticeFactory(name="Secret draft", status=PracticeStatus.DRAFT)

    response = client.get(LIST, {"status": "draft"})

    assert b"Secret draft" not in response.content


@pytest.mark.django_db
def test_practice_page_shows_contact_to_members_only(client, member):
    contact = PersonFactory(name="Anna Rossi", email="anna@example.org")
    practice = PracticeFactory(contact=contact)

    public = client.get(practice.get_absolute_url())
    client.force_login(member)
    private = client.get(practice.get_absolute_url())

    assert b"anna@example.org" not in public.content
    assert b"Anna Rossi" not in public.content
    assert b"anna@example.org" in private.content


@pytest.mark.django_db
def test_draft_is_seen_by_its_municipality_and_coordinators_only(
    client, member, outsider, coordinator, municipality
):
    draft = PracticeFactory(status=PracticeStatus.DRAFT, municipality=municipality)
    url = draft.get_absolute_url()

    visitor = client.get(url).status_code
    client.force_login(outsider)
    other_city = client.get(url).status_code
    client.force_login(member)
    own_city = client.get(url).status_code
    client.force_login(coordinator)
    coordinating = client.get(url).status_code

    assert (visitor, other_city, own_city, coordinating) == (302, 404, 200, 200)


@pytest.mark.django_db
def test_member_creates_a_draft_for_their_municipality(client, member, municipality):
    client.force_login(member)

    response = client.post(
        reverse("practices:create"),
        {
            "name": "Language café",
            "language": "en",
            "municipality": municipality.name,
            "themes": ["language"],
            "summary": "Weekly conversation tables.",
            "description": "<p>Coffee <b>and</b> talk</p><script>x()</script>",
            "save": "1",
        },
    )

    practice = Practice.objects.get()
    assert response.status_code == 302
    assert practice.status == PracticeStatus.DRAFT
    assert practice.created_by == member
    assert practice.description == "<p>Coffee <b>and</b> talk</p>"
    assert practice.embedding is not None


@pytest.mark.django_db
def test_practice_form_preview_saves_nothing(client, member, municipality):
    client.force_login(member)

    response = client.post(
        reverse("practices:create"),
        {
            "name": "Preview me",
            "language": "en",
            "municipality": municipality.name,
            "description": "<em>rich</em><img src=x onerror=alert(1)>",
            "preview": "1",
        },
    )

    assert response.status_code == 200
    assert b"<em>rich</em>" in response.content
    assert b"onerror=alert(1)>" not in response.content
    assert not Practice.objects.exists()


@pytest.mark.django_db
def test_practice_form_rejects_bad_input_with_messages(client, member, municipality):
    client.force_login(member)

    response = client.post(
        reverse("practices:create"),
        {
            "name": "",
            "language": "en",
            "municipality": municipality.name,
            "start_year": 2020,
            "end_year": 2018,
            "links": "not a link",
            "inspired_by": "abc",
            "save": "1",
        },
    )

    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) == {"name", "end_year", "links", "inspired_by"}
    assert not Practice.objects.exists()


@pytest.mark.django_db
def test_member_cannot_create_for_another_municipality(client, member):
    client.force_login(member)
    other = MunicipalityFactory()

    response = client.post(
        reverse("practices:create"),
        {"name": "Not mine", "language": "en", "municipality": other.name, "save": "1"},
    )

    assert response.status_code == 400
    assert not Practice.objects.exists()


@pytest.mark.django_db
def test_edit_is_for_the_municipality_and_coordinators(client, member, outsider, municipality):
    practice = PracticeFactory(municipality=municipality, name="Old name")
    url = reverse("practices:edit", args=[practice.pk])

    client.force_login(outsider)
    refused = client.post(
        url, {"name": "Hacked", "language": "en", "municipality": municipality.name, "save": "1"}
    )
    client.force_login(member)
    accepted = client.post(
        url, {"name": "New name", "language": "en", "municipality": municipality.name, "save": "1"}
    )

    practice.refresh_from_db()
    assert (refused.status_code, accepted.status_code) == (404, 302)
    assert practice.name == "New name"
    assert audit_trail(practice)[0].by == member


@pytest.mark.django_db
def test_only_coordinators_publish(client, member, coordinator, municipality):
    practice = PracticeFactory(municipality=municipality, status=PracticeStatus.DRAFT)
    url = reverse("practices:status", args=[practice.pk])

    client.force_login(member)
    refused = client.post(url, {"status": "published"})
    practice.refresh_from_db()
    still_draft = practice.status
    client.force_login(coordinator)
    client.post(url, {"status": "published"})
    practice.refresh_from_db()

    assert refused.status_code == 404
    assert still_draft == PracticeStatus.DRAFT
    assert practice.status == PracticeStatus.PUBLISHED


def test_practice_page_lists_related_practices_by_meaning(client, small_collection):
    practice = small_collection["refugee_housing-en"]

    response = client.get(practice.get_absolute_url())

    related = [p.key for p in response.context["related"]]
    assert "refugee_housing-pl" in related[:3]
    assert practice.key not in related


@pytest.mark.django_db
def test_inspired_by_is_shown_on_both_pages(client, coordinator):
    source = PracticeFactory(name="Porta Futuro")
    adopter = PracticeFactory(name="Kraków career centre")
    adopter.inspired_by.add(source)

    assert b"Porta Futuro" in client.get(adopter.get_absolute_url()).content
    assert "Kraków career centre" in client.get(source.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_municipality_page_lists_its_practices(client, municipality):
    PracticeFactory(municipality=municipality, name="Visible practice")
    PracticeFactory(municipality=municipality, name="Hidden draft", status=PracticeStatus.DRAFT)

    response = client.get(municipality.get_absolute_url())

    assert b"Visible practice" in response.content
    assert b"Hidden draft" not in response.content


@pytest.mark.django_db
def test_imported_text_is_escaped_on_pages(client):
    practice = PracticeFactory(name="<script>alert(1)</script>", summary="<b>bold</b>")

    content = client.get(practice.get_absolute_url()).content

    assert b"<script>alert(1)</script>" not in content
    assert b"&lt;script&gt;" in content


@pytest.mark.django_db
def test_coordinator_without_municipality_can_create(client, coordinator):
    municipality = MunicipalityFactory()
    PracticeFactory(municipality=municipality)
    client.force_login(coordinator)

    response = client.get(reverse("practices:create"))

    assert response.status_code == 200
    assert response.context["form"].fields["municipality"].among.filter(pk=municipality.pk).exists()


@pytest.mark.django_db
def test_visitor_is_sent_to_login_for_forms(client):
    response = client.get(reverse("practices:create"))

    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.django_db
def test_member_without_municipality_cannot_create(client):
    client.force_login(UserFactory(role=Role.USER))

    assert client.get(reverse("practices:create")).status_code == 404
    AffiliationFactory  # noqa: B018 (imported for symmetry with other tests)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["x" * 10_000, '"*:-NEAR', "?!", "' OR 1=1 --"])
def test_practice_list_odd_queries_answer_200(client, query):
    PracticeFactory(name="Night shelter")

    response = client.get(LIST, {"q": query})

    assert response.status_code == 200


@pytest.mark.django_db
def test_practice_page_lists_the_events_where_it_was_presented(client):
    event = EventFactory(title="Exchange on housing", status="concluded")
    practice = PracticeFactory(status="published")
    practice.presented_at.add(event)

    page = client.get(practice.get_absolute_url()).content.decode()

    assert "Presented at" in page
    assert f'href="{event.get_absolute_url()}"' in page


@pytest.mark.django_db
def test_draft_source_practice_is_not_named_on_the_adopter_page(client):
    source = PracticeFactory(name="Secret pilot", status="draft")
    adopter = PracticeFactory(status="published")
    adopter.inspired_by.add(source)

    page = client.get(adopter.get_absolute_url()).content.decode()

    assert "Secret pilot" not in page


@pytest.mark.django_db
def test_huge_practice_number_in_inspired_by_is_a_form_error(client, coordinator):
    practice = PracticeFactory(status="published")
    client.force_login(coordinator)
    url = reverse("practices:edit", kwargs={"pk": practice.pk})

    response = client.post(url, {"inspired_by": "9" * 30, "name": practice.name})

    assert response.status_code in {200, 400}
    assert "Give practice numbers separated by commas" in response.content.decode()


@pytest.mark.django_db
def test_list_with_one_bad_filter_names_it_and_keeps_the_others(client):
    PracticeFactory(name="Housing desk", themes=["housing"])
    PracticeFactory(name="Job club", themes=["employment"])

    response = client.get(LIST, {"theme": "housing", "year_from": "not-a-year"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "were not valid and were ignored" in page
    assert "Housing desk" in page and "Job club" not in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"partners": "18446744073709551616"}, "partners", "No organisation called"),
        ({"start_year": "18446744073709551616"}, "start_year", "less than or equal to 2100"),
        ({"name": "Welcome\ndesk"}, "name", "on one line"),
    ],
)
def test_practice_form_crafted_input_is_a_form_error(
    client, member, municipality, changes, field, words
):
    client.force_login(member)
    data = {"name": "Welcome desk", "language": "en", "municipality": municipality.name}

    response = client.post(reverse("practices:create"), {**data, **changes, "save": "1"})

    assert response.status_code == 400
    assert words in " ".join(response.context["form"].errors[field])
    assert not Practice.objects.exists()


@pytest.mark.django_db
def test_practice_citing_a_source_back_in_draft_still_saves_and_keeps_it(
    client, member, municipality
):
    source = PracticeFactory(name="Secret pilot", status="published")
    adopter = PracticeFactory(municipality=municipality, summary="Before")
    adopter.inspired_by.add(source)
    source.status = PracticeStatus.DRAFT
    source.save()
    client.force_login(member)
    url = reverse("practices:edit", kwargs={"pk": adopter.pk})
    data = {
        "name": adopter.name,
        "language": "en",
        "municipality": municipality.name,
        "themes": ["housing"],
        "summary": "After",
        "inspired_by": "",  # the form does not show what this member may not see
        "save": "1",
    }

    form_page = client.get(url).content.decode()
    response = client.post(url, data)

    adopter.refresh_from_db()
    assert response.status_code == 302
    assert adopter.summary == "After"
    assert list(adopter.inspired_by.all()) == [source]
    assert "Secret pilot" not in form_page
    assert "Secret pilot" not in client.get(adopter.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_new_citation_of_a_draft_is_refused(client, member, municipality):
    draft = PracticeFactory(status="draft")
    adopter = PracticeFactory(municipality=municipality)
    client.force_login(member)
    url = reverse("practices:edit", kwargs={"pk": adopter.pk})

    response = client.post(
        url,
        {
            "name": adopter.name,
            "language": "en",
            "municipality": municipality.name,
            "themes": ["housing"],
            "inspired_by": str(draft.pk),
            "save": "1",
        },
    )

    assert response.status_code == 400
    assert f"No published practice has the number {draft.pk}" in response.content.decode()
    assert not adopter.inspired_by.exists()


def test_practice_list_nonsense_says_nothing_found_and_what_to_try(client, small_collection):
    response = client.get(LIST, {"q": "xyzzy nonsense", "theme": "housing", "country": "PL"})

    page = response.content.decode()
    assert list(response.context["page"].object_list) == []
    assert "Nothing found for “xyzzy nonsense”" in page
    assert "Fewer words" in page and "Another language" in page
    assert 'href="?q=xyzzy+nonsense&amp;country=PL">Remove the filter Theme: Housing' in page
    assert 'href="?q=xyzzy+nonsense&amp;theme=housing">Remove the filter Country: Poland' in page
    assert f'href="{LIST}?theme=language"' in page


@pytest.mark.django_db
def test_practice_list_empty_filters_offer_to_remove_each(client):
    PracticeFactory(name="Shelter", themes=["housing"], start_year=2015, end_year=2016)

    response = client.get(LIST, {"theme": "housing", "year_from": 2020, "sort": "name"})

    page = response.content.decode()
    assert "No practice matches these filters" in page
    assert "Fewer words" not in page
    assert 'href="?year_from=2020&amp;sort=name">Remove the filter Theme: Housing' in page
    assert 'href="?theme=housing&amp;sort=name">Remove the filter Active from: 2020' in page


def _status_options(html: bytes) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [option.get_text(strip=True) for option in soup.select("select#id_status option")]


@pytest.mark.django_db
def test_practice_list_status_filter_names_each_status_once(client, member):
    visitor = _status_options(client.get(LIST).content)
    client.force_login(member)

    signed_in = _status_options(client.get(LIST, {"theme": "housing"}).content)

    assert visitor == ["Published", "Archived"]
    assert signed_in == ["Published", "Draft", "Archived"]


@pytest.mark.django_db
def test_practice_list_status_filter_keeps_the_archived_choice(client):
    PracticeFactory(name="Old shelter", status=PracticeStatus.ARCHIVED)
    PracticeFactory(name="New shelter")

    archived = client.get(LIST, {"status": "archived"})
    published = client.get(LIST, {"status": "published"})

    assert [p.name for p in archived.context["page"].object_list] == ["Old shelter"]
    assert [p.name for p in published.context["page"].object_list] == ["New shelter"]
    assert archived.context["error"] is None and published.context["error"] is None


@pytest.mark.django_db
def test_practice_page_without_place_has_no_dangling_separator(client):
    practice = PracticeFactory(municipality=None, organisation=None)

    response = client.get(practice.get_absolute_url())

    soup = BeautifulSoup(response.content, "html.parser")
    line = " ".join(soup.select_one("main p.muted").get_text().split())
    assert line == f"Practice #{practice.pk} · Published"


@pytest.mark.django_db
def test_practice_card_without_place_shows_no_empty_place(client):
    PracticeFactory(name="Placeless", municipality=None, organisation=None, start_year=None)

    response = client.get(LIST)

    soup = BeautifulSoup(response.content, "html.parser")
    card = soup.select_one("li.card")
    assert card.select_one(".meta") is None
    assert "·" not in card.get_text()


@pytest.mark.django_db
def test_practice_description_typed_with_blank_lines_keeps_its_paragraphs(
    client, member, municipality
):
    client.force_login(member)
    typed = "Volunteers meet newcomers.\r\n\r\nThey <b>talk</b> <script>x()</script>& learn."

    client.post(
        reverse("practices:create"),
        {
            "name": "Language café",
            "language": "en",
            "municipality": municipality.name,
            "themes": ["language"],
            "description": typed,
            "save": "1",
        },
    )
    page = client.get(Practice.objects.get().get_absolute_url())

    text = BeautifulSoup(page.content, "html.parser").select_one("div.rich-text")
    assert [p.get_text() for p in text.select("p")] == [
        "Volunteers meet newcomers.",
        "They talk & learn.",
    ]
    assert text.select("script") == [] and text.select("b")[0].get_text() == "talk"
