"""Writes to practices: one function per use case, each in its own transaction.

Every entry point (forms, the import command, demo data, the API) goes through these,
so the audit trail, the sanitising of rich text and the vectors are never forgotten.
"""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from citypeers.core.audit import changes_between, check_version, record_change, snapshot
from citypeers.core.enums import AuditAction
from citypeers.core.rich_text import clean_rich_text
from citypeers.practices.engine.embedding import text_digest, to_bytes
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.models import Practice
from citypeers.practices.rules import may_file_under
from citypeers.practices.vectors import get_embedder, practice_vectors

SCALAR_FIELDS = (
    "key",
    "name",
    "name_en",
    "language",
    "status",
    "municipality",
    "organisation",
    "themes",
    "target_groups",
    "summary",
    "description",
    "start_year",
    "end_year",
    "funding",
    "results",
    "contact",
    "links",
)
RELATION_FIELDS = ("partners", "inspired_by")
EMBED_BATCH = 64


def sanitise_rich_text(html: str | None) -> str:
    """Rich text as we store it: only harmless tags, no scripts, no event handlers; text
    typed without tags keeps its paragraphs."""
    return clean_rich_text(html)


def _apply(practice: Practice, data: dict) -> dict:
    unknown = set(data) - set(SCALAR_FIELDS) - set(RELATION_FIELDS)
    if unknown:
        raise TypeError(f"unknown practice fields: {', '.join(sorted(unknown))}")
    for field in SCALAR_FIELDS:
        if field in data:
            setattr(practice, field, data[field])
    practice.description = sanitise_rich_text(practice.description)
    practice.name = (practice.name or "").strip()
    practice.name_en = (practice.name_en or "").strip()
    practice.language = (practice.language or "").strip().lower()
    if practice.key == "":
        practice.key = None
    return {field: data[field] for field in RELATION_FIELDS if field in data}


def _check_filing(practice: Practice, *, by, previous_municipality_id) -> None:
    """A person files a practice only under a municipality they may act for (commands,
    imports and demo data, with no ``by``, file anywhere)."""
    unchanged = practice.pk is not None and practice.municipality_id == previous_municipality_id
    if by is None or unchanged:
        return
    if not may_file_under(by, practice.municipality):
        if practice.municipality is None:
            raise ValidationError(
                {"municipality": _("File the practice under a municipality you work for.")}
            )
        raise ValidationError(
            {
                "municipality": _("You may not file a practice under %(name)s.")
                % {"name": practice.municipality.display_name}
            }
        )


def practice_snapshot(practice: Practice) -> dict:
    """The practice as its history compares it: every editable field, relations by label."""
    if practice.pk is None:
        return {}
    return {
        **snapshot(practice, SCALAR_FIELDS),
        **{
            name: sorted(str(row) for row in getattr(practice, name).all())
            for name in RELATION_FIELDS
        },
    }


def check_years(start: int | None, end: int | None) -> None:
    """A practice ends in or after the year it starts (the site's form and the API alike)."""
    if start is not None and end is not None and end < start:
        raise ValidationError({"end_year": _("The end year comes before the start year.")})


def _save(practice: Practice, relations: dict, *, by, before: dict) -> Practice:
    """Validate, save, record what changed (a new practice always), refresh the vector."""
    action = AuditAction.UPDATED if practice.pk else AuditAction.CREATED
    check_years(practice.start_year, practice.end_year)
    practice.full_clean()
    practice.save()
    for field, values in relations.items():
        getattr(practice, field).set(values)
    changes = changes_between(before, practice_snapshot(practice))
    if changes or action == AuditAction.CREATED:
        record_change(obj=practice, action=action, by=by, changes=changes)
    refresh_practice_embeddings([practice])
    transaction.on_commit(practice_vectors().forget)
    return practice


@transaction.atomic
def create_practice(*, by=None, **data) -> Practice:
    """A new practice (a draft unless ``status`` says otherwise); raises ValidationError."""
    practice = Practice(created_by=by if getattr(by, "is_authenticated", False) else None)
    relations = _apply(practice, data)
    _check_filing(practice, by=by, previous_municipality_id=None)
    return _save(practice, relations, by=by, before={})


@transaction.atomic
def update_practice(
    *, practice: Practice, by=None, expected_version: int | None = None, **data
) -> Practice:
    """Change a practice; its vector is recomputed only if the embedded text changed.

    With ``expected_version`` (the trail's version the editor loaded), a practice changed
    since then is refused, so nobody overwrites a change they never saw.
    """
    practice = Practice.objects.select_for_update().get(pk=practice.pk)
    check_version(
        practice,
        expected_version,
        _(
            "Someone else changed this practice since you opened it; nothing was saved. "
            "Their changes are listed below."
        ),
    )
    before = practice_snapshot(practice)
    previous_municipality_id = practice.municipality_id
    relations = _apply(practice, data)
    _check_filing(practice, by=by, previous_municipality_id=previous_municipality_id)
    return _save(practice, relations, by=by, before=before)


@transaction.atomic
def set_practice_status(*, practice: Practice, status: PracticeStatus, by=None) -> Practice:
    """Publish, archive or send back to draft (a coordinator's decision, checked by views)."""
    return update_practice(practice=practice, status=status, by=by)


def refresh_practice_embeddings(practices: Iterable[Practice], *, force: bool = False) -> int:
    """Compute the vectors of practices whose embedded text changed; returns how many.

    A practice with no text yet gets no vector (and is found by full-text only until
    text arrives). Rows are updated with ``update()``: derived columns, not in the history.
    """
    embedder = get_embedder()
    todo = []
    for practice in practices:
        text = practice.embedding_text()
        digest = text_digest(text, embedder.name) if text else ""
        if force or digest != practice.embedding_digest:
            todo.append((practice, text, digest))
    for start in range(0, len(todo), EMBED_BATCH):
        batch = todo[start : start + EMBED_BATCH]
        texts = [text for _practice, text, _digest in batch if text]
        vectors = iter(embedder.embed_passages(texts)) if texts else iter(())
        now = timezone.now()
        for practice, text, digest in batch:
            vector = to_bytes(next(vectors)) if text else None
            Practice.objects.filter(pk=practice.pk).update(
                embedding=vector, embedding_digest=digest, updated_at=now
            )
            practice.embedding, practice.embedding_digest = vector, digest
    return len(todo)


@transaction.atomic
def record_practice_presented(*, practice: Practice, event, by=None) -> bool:
    """Note that ``practice`` was presented at ``event``; False when it already was.

    The practice's history says where it was presented, as it says every other change.
    """
    if practice.presented_at.filter(pk=event.pk).exists():
        return False
    practice.presented_at.add(event)
    record_change(
        obj=practice,
        action=AuditAction.UPDATED,
        by=by,
        changes={"presented_at": [None, str(event)[:300]]},
    )
    return True
