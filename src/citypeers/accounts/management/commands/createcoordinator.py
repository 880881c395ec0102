import getpass
import os

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from citypeers.accounts.enums import Role
from citypeers.accounts.services import create_user


class Command(BaseCommand):
    help = "Create a coordinator account (the first one, or another)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--password-from-env",
            metavar="VAR",
            help="read the password from this environment variable instead of a prompt",
        )

    def handle(self, *args, username, email, password_from_env, **options):

        if password_from_env:
            password = os.environ.get(password_from_env)
            if not password:
                raise CommandError(f"Environment variable {password_from_env} is empty or unset.")
        else:
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                raise CommandError("The two passwords differ.")
        try:
            user = create_user(
                username=username, email=email, password=password, role=Role.COORDINATOR
            )
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        self.stdout.write(self.style.SUCCESS(f"Coordinator {user.username} created."))
