from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from citypeers.accounts.enums import Role


@transaction.atomic
def create_user(
    *, username: str, email: str, password: str, role: Role = Role.USER, validate: bool = True
):
    """Create an account; coordinators and admins may also use the Django admin."""
    User = get_user_model()
    user = User(username=username, email=email, role=role)
    if validate:
        validate_password(password, user)
    user.set_password(password)
    user.full_clean()
    user.save()
    return assign_role(user=user, role=role)


# Holds the admin permissions of coordinators (created by migration accounts 0002).
COORDINATORS_GROUP = "coordinators"


@transaction.atomic
def assign_role(*, user, role: Role):
    """Give a user a role and what comes with it in the Django admin.

    Coordinators and administrators are staff; coordinators get the coordinators
    group's model permissions (directory, affiliations, events, practices, documents);
    administrators are superusers. Members get none of these.
    """
    user.role = role
    user.is_staff = role in {Role.COORDINATOR, Role.ADMIN}
    user.is_superuser = role == Role.ADMIN
    user.save(update_fields=["role", "is_staff", "is_superuser"])
    group = Group.objects.get(name=COORDINATORS_GROUP)
    if role == Role.COORDINATOR:
        user.groups.add(group)
    else:
        user.groups.remove(group)
    return user


def update_account_settings(*, user, email_notifications: bool, language: str):
    """Save the user's own settings: e-mail notifications on or off (read when each e-mail
    is sent) and the language of the site and of their e-mails ("" follows the browser)."""
    user.email_notifications = email_notifications
    user.language = language
    user.save(update_fields=["email_notifications", "language"])
    return user


def choose_language(*, user, language: str):
    """Keep ``language``, picked in the header's switcher, as the user's setting."""
    user.language = language
    user.save(update_fields=["language"])
    return user
