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


def test_passwords_are_hashed_with_argon2(member):
    assert member.password.startswith("argon2")
