"""The "coordinators" group: the admin permissions every coordinator account holds.

Coordinators are staff; without model permissions the admin showed them nothing. The
group grants view, add and change on the network directory, events, practices and
documents, view on users (to pick one in an affiliation), and delete where removing a
row is everyday work (affiliations and inline rows). Existing coordinators join it;
new ones join it through accounts.services.assign_role.
"""

from django.apps import apps as installed_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

APPS = ("network", "events", "practices", "documents")
DELETABLE = (
    "network.affiliation",
    "network.enrolment",
    "network.profilechallenge",
    "network.origincommunity",
    "events.eventparticipant",
)


def create_group(apps, schema_editor):
    for label in ("accounts", *APPS):
        # permissions are otherwise created after the last migration, too late for this one
        create_permissions(installed_apps.get_app_config(label), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    User = apps.get_model("accounts", "User")
    wanted = {("accounts", "view_user")}
    for label in APPS:
        for model in apps.get_app_config(label).get_models():
            name = model._meta.model_name
            wanted |= {(label, f"{action}_{name}") for action in ("view", "add", "change")}
            if f"{label}.{name}" in DELETABLE:
                wanted.add((label, f"delete_{name}"))
    permissions = [
        p
        for p in Permission.objects.select_related("content_type")
        if (p.content_type.app_label, p.codename) in wanted
    ]
    group, _created = Group.objects.get_or_create(name="coordinators")
    group.permissions.set(permissions)
    for user in User.objects.filter(role="coordinator"):
        user.groups.add(group)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="coordinators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_role_user"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("network", "0003_enrolment"),
        ("events", "0006_audit_trail"),
        ("practices", "0003_audit_trail"),
        ("documents", "0003_visibility_members_label"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
