from django.contrib.auth import get_user_model
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
    user.is_staff = role in {Role.COORDINATOR, Role.ADMIN}
    user.is_superuser = role == Role.ADMIN
    user.full_clean()
    user.save()
    return user


def update_notification_settings(*, user, email_notifications: bool):
    """Turn the user's e-mail notifications on or off (read when each e-mail is sent)."""
    user.email_notifications = email_notifications
    user.save(update_fields=["email_notifications"])
    return user
