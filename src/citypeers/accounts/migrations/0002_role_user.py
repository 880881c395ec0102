from django.db import migrations, models


def forwards(apps, schema_editor):
    apps.get_model("accounts", "User").objects.filter(role="member").update(role="user")


def backwards(apps, schema_editor):
    apps.get_model("accounts", "User").objects.filter(role="user").update(role="member")


class Migration(migrations.Migration):
    """The plain role is "user": "member" means a user affiliated to a body of the network."""

    dependencies = [("accounts", "0001_initial")]

    operations = [
        migrations.AlterField(
            model_name="user",
            name="role",
            field=models.CharField(
                choices=[("user", "User"), ("coordinator", "Coordinator"), ("admin", "Administrator")],
                default="user",
                max_length=20,
                verbose_name="role",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
