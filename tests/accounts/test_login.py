import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def attempt(client, username, password):
    return client.post(
        reverse("accounts:login"),
        {"username": username, "password": password},
        REMOTE_ADDR="10.0.0.1",
    )


def test_login_with_right_password_signs_in(client, member):
    response = attempt(client, member.username, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)


def test_wrong_password_is_refused_with_a_message(client, member):
    response = attempt(client, member.username, "nope")

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "Please enter a correct username and password" in response.content.decode()


def test_five_failures_lock_the_account_even_for_the_right_password(client, member):
    for _ in range(5):
        attempt(client, member.username, "wrong")

    response = attempt(client, member.username, PASSWORD)

    assert response.status_code == 429
    assert "locked for 15 minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_passwords_are_hashed_with_argon2(production_hashers, member):
    assert member.password.startswith("argon2")


def attempt_from(client, username, password, address, **headers):
    return client.post(
        reverse("accounts:login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def test_failures_for_one_account_leave_others_behind_the_same_address_signed_in(
    client, member, outsider
):
    for _ in range(5):
        attempt(client, member.username, "wrong")

    response = attempt(client, outsider.username, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(outsider.pk)


def test_failures_from_one_address_leave_the_account_open_from_another(client, member):
    for _ in range(5):
        attempt_from(client, member.username, "wrong", "10.0.0.1")

    response = attempt_from(client, member.username, PASSWORD, "10.0.0.2")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)


def test_an_account_tried_from_twenty_addresses_is_locked_everywhere(client, member):
    for n in range(20):
        attempt_from(client, member.username, "wrong", f"10.0.1.{n}")

    response = attempt_from(client, member.username, PASSWORD, "10.0.2.1")

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_an_address_alone_is_locked_after_a_hundred_failures(client, member):
    for n in range(100):
        attempt_from(client, f"nobody{n}", "wrong", "10.0.3.1")

    refused = attempt_from(client, member.username, PASSWORD, "10.0.3.1")
    elsewhere = attempt_from(client, member.username, PASSWORD, "10.0.3.2")

    assert refused.status_code == 429
    assert elsewhere.status_code == 302


def test_behind_a_trusted_proxy_each_client_is_counted_by_its_own_address(client, member, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        attempt_from(
            client, member.username, "wrong", "10.9.9.9", HTTP_X_FORWARDED_FOR="203.0.113.7"
        )

    locked = attempt_from(
        client, member.username, PASSWORD, "10.9.9.9", HTTP_X_FORWARDED_FOR="203.0.113.7"
    )
    # the same account through the same proxy from another client, which spoofs the first
    other = attempt_from(
        client,
        member.username,
        PASSWORD,
        "10.9.9.9",
        HTTP_X_FORWARDED_FOR="203.0.113.7, 198.51.100.4",
    )

    assert locked.status_code == 429
    assert other.status_code == 302
