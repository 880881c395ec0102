"""The in-memory vectors follow the rows: new, edited and deleted practices."""

from citypeers.practices import services
from citypeers.practices.models import Practice
from citypeers.practices.search import meaning_ranking, parse_filters
from citypeers.practices.vectors import practice_vectors


def _create(directory, name, summary):
    return services.create_practice(
        name=name, summary=summary, municipality=directory.get(name="Bari"), language="en",
        status="published",
    )  # fmt: skip


def test_vectors_follow_creation_edit_and_deletion(directory):
    shelter = _create(directory, "Night shelter", "Beds for homeless people in winter")
    course = _create(directory, "Language course", "Lessons of the local language for adults")
    vectors = practice_vectors()
    vectors.refresh(force=True)
    assert set(vectors.index.ids.tolist()) == {shelter.pk, course.pk}

    services.update_practice(practice=course, summary="Help to find a job with local firms")
    Practice.objects.filter(pk=shelter.pk).delete()
    vectors.refresh(force=True)

    assert vectors.index.ids.tolist() == [course.pk]
    assert meaning_ranking("employment support", filters=parse_filters({})) == [course.pk]


def test_vectors_mask_follows_status(directory):
    practice = _create(directory, "Night shelter", "Beds for homeless people in winter")

    services.set_practice_status(practice=practice, status="draft")
    practice_vectors().refresh(force=True)

    assert meaning_ranking("shelter", filters=parse_filters({})) == []
    assert meaning_ranking("shelter", filters=parse_filters({"status": "draft"})) == [practice.pk]


def test_the_same_words_searched_again_are_embedded_once_and_rank_alike(directory, monkeypatch):
    course = _create(directory, "Language course", "Lessons of the local language for adults")
    vectors = practice_vectors()
    vectors.refresh(force=True)
    embedded = []
    real = vectors.embedder.embed_query
    monkeypatch.setattr(vectors.embedder, "embed_query", lambda q: embedded.append(q) or real(q))

    first = meaning_ranking("lessons for adults", filters=parse_filters({}))
    again = meaning_ranking("lessons for adults", filters=parse_filters({}))
    meaning_ranking("night shelter beds", filters=parse_filters({}))

    assert first == again == [course.pk]
    assert embedded == ["lessons for adults", "night shelter beds"]
