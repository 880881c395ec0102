"""Personal API tokens: made, shown once, stored hashed, used, revoked, refused."""

import datetime as dt
import hashlib

import pytest
from django.urls import reverse
from django.utils import timezone

from citypeers.api.models import ApiToken
from citypeers.api.rules import token_owners
from citypeers.api.services import create_token, revoke_token
from citypeers.core.models import AuditEntry
from tests.factories import PersonFactory, PracticeFactory, UserFactory
from tests.generated_network import build_network, disagreements
from tests.url_walk import stored_rows

pytestmark = pytest.mark.django_db

EVENTS = "/api/v1/events"
# The session, its user, the tokens.
QUERIES_OF_THE_LIST = 3


def bearer(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}


def test_token_is_stored_as_its_digest_only(member):
    created = create_token(user=member, name="Reports script", scope="read")

    row = ApiToken.objects.values().get(pk=created.token.pk)
    assert created.secret.startswith("cpt_") and len(created.secret) == 47
    assert row["digest"] == hashlib.sha256(created.secret.encode()).hexdigest()
    assert row["prefix"] == created.secret[:12]
    assert created.secret not in {str(value) for value in row.values()}
    assert list(AuditEntry.objects.values_list("action", "by", "changes")) == [
        ("created", member.pk, {"name": [None, "Reports script"], "scope": [None, "read"]})
    ]


def test_two_tokens_never_share_a_secret(member):
    first = create_token(user=member, name="a", scope="read")
    second = create_token(user=member, name="a", scope="read")

    assert first.secret != second.secret
    assert first.token.prefix != second.token.prefix


@pytest.mark.parametrize(
    ("name", "scope", "expires_in", "field"),
    [(" ", "read", None, "name"), ("x", "admin", None, "scope"), ("x", "read", -1, "expires_at")],
)
def test_bad_token_input_is_refused_and_nothing_is_written(member, name, scope, expires_in, field):
    expires_at = timezone.now() + dt.timedelta(days=expires_in) if expires_in else None

    with pytest.raises(Exception) as refused:
        create_token(user=member, name=name, scope=scope, expires_at=expires_at)

    assert list(refused.value.message_dict) == [field]
    assert ApiToken.objects.count() == AuditEntry.objects.count() == 0


def test_create_page_shows_the_token_once_and_lists_it_without_it(member_client, member):
    response = member_client.post(
        reverse("tokens:create"), {"name": "Dashboard", "scope": "read-write", "lifetime": "30"}
    )

    token = ApiToken.objects.get()
    secret = response.context["created"].secret
    assert response.status_code == 200
    assert secret in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert (token.user, token.name, token.scope) == (member, "Dashboard", "read-write")
    assert token.digest == hashlib.sha256(secret.encode()).hexdigest()
    assert token.expires_at.date() == (timezone.now() + dt.timedelta(days=30)).date()
    listed = member_client.get(reverse("tokens:list")).content.decode()
    assert "Dashboard" in listed and token.prefix in listed and "Never" in listed
    assert secret not in listed


def test_create_page_names_the_missing_name_and_writes_nothing(member_client):
    response = member_client.post(reverse("tokens:create"), {"name": "", "scope": "read"})

    assert response.status_code == 400
    assert response.context["form"].errors.keys() == {"name", "lifetime"}
    assert ApiToken.objects.count() == 0


def test_list_shows_only_the_users_own_tokens_with_status(member_client, member, outsider):
    create_token(user=member, name="Mine", scope="read")
    revoked = create_token(user=member, name="Old", scope="read").token
    revoke_token(token=revoked, by=member)
    create_token(user=outsider, name="Theirs", scope="read")

    response = member_client.get(reverse("tokens:list"))

    rows = [(t.name, t.current_status) for t in response.context["tokens"]]
    assert rows == [("Old", "revoked"), ("Mine", "active")]
    assert "Theirs" not in response.content.decode()


def test_revoke_page_revokes_the_token_and_records_it(member_client, member):
    token = create_token(user=member, name="Script", scope="read").token

    response = member_client.post(reverse("tokens:revoke", args=[token.pk]))

    token.refresh_from_db()
    assert response.status_code == 302
    assert token.revoked_at is not None
    assert AuditEntry.objects.filter(action="updated", object_id=token.pk, by=member).exists()


def test_revoking_twice_changes_nothing_more(member):
    token = create_token(user=member, name="Script", scope="read").token
    first = revoke_token(token=token, by=member).revoked_at
    entries = AuditEntry.objects.count()

    second = revoke_token(token=token, by=member).revoked_at

    assert second == first
    assert AuditEntry.objects.count() == entries


def test_another_users_token_cannot_be_revoked(client, member, outsider):
    token = create_token(user=member, name="Script", scope="read").token
    client.force_login(outsider)
    before = stored_rows()

    response = client.post(reverse("tokens:revoke", args=[token.pk]))

    assert response.status_code == 404
    assert stored_rows() == before


@pytest.mark.parametrize("seed", [1, 2])
def test_token_owners_predicate_and_query_agree(seed):
    network = build_network(seed, documents=False)
    signed_in = [user for user in network.users.values() if user.is_authenticated]
    tokens = [
        create_token(user=user, name="t", scope="read").token for user in signed_in for _ in (1, 2)
    ]

    assert disagreements(token_owners, tokens, network.users) == []


# The API with tokens.


def test_reads_need_no_token(client):
    assert client.get(EVENTS).status_code == 200


def test_using_a_token_notes_its_last_use(client, member):
    created = create_token(user=member, name="Script", scope="read")

    response = client.get(EVENTS, headers=bearer(created.secret))

    created.token.refresh_from_db()
    assert response.status_code == 200
    assert created.token.last_used_at is not None
    assert timezone.now() - created.token.last_used_at < dt.timedelta(seconds=10)


def _expired(user):
    created = create_token(user=user, name="Old", scope="read")
    ApiToken.objects.filter(pk=created.token.pk).update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    return created.secret


def _revoked(user):
    created = create_token(user=user, name="Old", scope="read")
    revoke_token(token=created.token, by=user)
    return created.secret


@pytest.mark.parametrize(
    ("make_header", "detail"),
    [
        (lambda user: bearer(_expired(user)), "This API token has expired."),
        (lambda user: bearer(_revoked(user)), "This API token has been revoked."),
        (lambda user: bearer("cpt_" + "x" * 43), "Unknown API token."),
        (lambda user: bearer("not-a-token"), "Unknown API token."),
        (
            lambda user: {"Authorization": "Basic dXNlcjpwYXNz"},
            "The Authorization header must be “Bearer <token>”.",
        ),
    ],
    ids=["expired", "revoked", "unknown", "malformed", "not bearer"],
)
def test_refused_token_is_a_401_that_says_why(client, member, make_header, detail):
    headers = make_header(member)
    before = stored_rows()

    response = client.get(EVENTS, headers=headers)

    assert response.status_code == 401
    assert response.json() == {"detail": detail, "field": "Authorization"}
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert stored_rows() == before


def test_token_of_a_deactivated_user_is_refused(client):
    user = UserFactory()
    secret = create_token(user=user, name="Script", scope="read").secret
    user.is_active = False
    user.save()

    response = client.get(EVENTS, headers=bearer(secret))

    assert (response.status_code, response.json()["detail"]) == (401, "Unknown API token.")


def test_refusal_is_in_the_language_asked_for(client, member):
    secret = _revoked(member)

    response = client.get(EVENTS, headers={**bearer(secret), "Accept-Language": "it"})

    assert response.json()["detail"] == "Questo token API è stato revocato."


@pytest.mark.parametrize("count", [1, 3])
def test_token_list_query_count_does_not_grow_with_rows(
    member_client, member, django_assert_num_queries, count
):
    for number in range(count):
        create_token(user=member, name=f"Script {number}", scope="read")

    with django_assert_num_queries(QUERIES_OF_THE_LIST):
        response = member_client.get(reverse("tokens:list"))

    assert len(response.context["tokens"]) == count


def test_token_pages_speak_italian(member_client, member):
    create_token(user=member, name="Script", scope="read-write")

    listed = member_client.get("/it/api-tokens/").content.decode()
    form = member_client.get("/it/api-tokens/new/").content.decode()

    assert "I miei token API" in listed and "Lettura e scrittura" in listed and "Mai" in listed
    assert "Finché non lo revoco" in form and ">Token API<" in form


def test_members_data_only_with_a_members_token(client, member):
    PersonFactory(name="Ada Officer")
    member_secret = create_token(user=member, name="Script", scope="read").secret
    stranger_secret = create_token(user=UserFactory(), name="Script", scope="read").secret
    client.force_login(member)

    with_session_only = client.get("/api/v1/network/people")
    with_member_token = client.get("/api/v1/network/people", headers=bearer(member_secret))
    with_stranger_token = client.get("/api/v1/network/people", headers=bearer(stranger_secret))

    assert with_session_only.status_code == 401
    assert [p["name"] for p in with_member_token.json()["items"]] == ["Ada Officer"]
    assert with_stranger_token.status_code == 403
    assert "Ada Officer" not in with_session_only.content.decode()
    assert "Ada Officer" not in with_stranger_token.content.decode()


def test_draft_is_seen_with_its_citys_token_only(client, member, outsider, municipality):
    draft = PracticeFactory(municipality=municipality, status="draft")
    url = f"/api/v1/practices/{draft.pk}"
    ours = create_token(user=member, name="Script", scope="read").secret
    theirs = create_token(user=outsider, name="Script", scope="read").secret

    statuses = [
        client.get(url).status_code,
        client.get(url, headers=bearer(ours)).status_code,
        client.get(url, headers=bearer(theirs)).status_code,
    ]

    assert statuses == [401, 200, 404]
