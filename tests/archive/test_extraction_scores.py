import pytest

from tests.archive.archive_scoring import OWN_REPORTS, field_scores, shared_dir

MIN_OVERALL = 0.90
MIN_FIELD = 0.75


def _assert_scores(scores: dict[str, float]) -> None:
    overall = sum(scores.values()) / len(scores)
    weak = {name: round(value, 3) for name, value in scores.items() if value < MIN_FIELD}
    assert overall >= MIN_OVERALL, f"overall {overall:.3f}: {scores}"
    assert weak == {}


def test_extraction_seed_reports_score_above_thresholds():
    seeds = shared_dir() / "seeds"
    reports = sorted((seeds / "texts").glob("*.txt"))

    scores = field_scores(seeds / "gold", reports)

    assert len(reports) == 5
    _assert_scores(scores)


@pytest.mark.parametrize("subset", ["it_", "en_"])
def test_extraction_own_reports_score_above_thresholds(subset):
    reports = sorted(
        p for p in OWN_REPORTS.iterdir() if p.suffix != ".json" and p.name.startswith(subset)
    )
    gold_dir = OWN_REPORTS

    scores = field_scores(gold_dir, reports)

    assert reports
    _assert_scores(scores)
