import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='AuditEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('object_id', models.PositiveBigIntegerField(verbose_name='object id')),
                ('object_label', models.CharField(max_length=300, verbose_name='object')),
                ('action', models.CharField(choices=[('created', 'Created'), ('updated', 'Updated'), ('deleted', 'Deleted'), ('concluded', 'Concluded'), ('cancelled', 'Cancelled'), ('part_added', 'Part added'), ('part_removed', 'Part removed'), ('follow_up_added', 'Follow-up added'), ('follow_up_updated', 'Follow-up updated'), ('progress_added', 'Progress added')], max_length=20, verbose_name='action')),
                ('changes', models.JSONField(blank=True, default=dict, verbose_name='changes')),
                ('at', models.DateTimeField(default=django.utils.timezone.now, editable=False, verbose_name='at')),
                ('by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='by')),
                ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='contenttypes.contenttype', verbose_name='kind')),
            ],
            options={
                'verbose_name': 'audit entry',
                'verbose_name_plural': 'audit trail',
                'ordering': ['-at', '-pk'],
                'indexes': [models.Index(fields=['content_type', 'object_id', '-at'], name='core_audite_content_4eaf42_idx')],
            },
        ),
    ]
