"""``citypeers worker``: run the queued tasks (e-mail, matching rounds) from the database.

It is django-tasks-db's ``db_worker`` under the project's name, with all its options:
``--batch`` runs what is queued and stops, ``--no-reload`` keeps one process (``make
run`` starts the worker so, next to the server, and stops it with the server).
"""

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorker


class Command(DatabaseWorker):
    help = "Run the background worker: the queued tasks (e-mail, matching rounds)."
