from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    """A programme membership is called an enrolment: "member" means an affiliated user."""

    dependencies = [("network", "0002_audit_trail")]

    operations = [
        migrations.RenameModel("ProgrammeMembership", "Enrolment"),
        migrations.AlterModelOptions(
            name="enrolment",
            options={"verbose_name": "enrolment", "verbose_name_plural": "enrolments"},
        ),
        migrations.RemoveConstraint(model_name="enrolment", name="unique_membership"),
        migrations.AddConstraint(
            model_name="enrolment",
            constraint=models.UniqueConstraint(
                fields=("programme", "municipality"), name="unique_enrolment"
            ),
        ),
        migrations.AlterField(
            model_name="enrolment",
            name="programme",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="enrolments",
                to="network.programme",
            ),
        ),
        migrations.AlterField(
            model_name="enrolment",
            name="municipality",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="enrolments",
                to="network.municipality",
            ),
        ),
        migrations.AlterField(
            model_name="programme",
            name="municipalities",
            field=models.ManyToManyField(
                related_name="programmes", through="network.Enrolment", to="network.municipality"
            ),
        ),
    ]
