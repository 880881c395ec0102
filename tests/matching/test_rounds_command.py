"""``citypeers match round``: the same computation from the command line."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from citypeers.matching.enums import RoundStatus
from citypeers.matching.models import Round
from tests.matching.round_builders import greedy_trap, moderator

pytestmark = pytest.mark.django_db

ARGS = ["--from", "2030-03-04", "--to", "2030-03-08", "--moderator", "host:2"]


def _run(*args) -> str:
    out = io.StringIO()
    call_command("match", "round", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_json_prints_the_pairs_and_saves_nothing():
    programme, _cities = greedy_trap()
    moderator("host")

    document = json.loads(_run("--programme", programme.name, *ARGS, "--json"))

    assert document["total_score"] == 12.0
    assert [
        (p["first"]["name"], p["second"]["name"], p["score"], p["starts_at"], p["local_times"],
         p["moderator"])
        for p in document["pairs"]
    ] == [
        ("Aville", "Cburg", 6.0, "2030-03-04T08:00:00+00:00", "09:00–10:30 (CET)", "host"),
        ("Bton", "Dmadrid", 6.0, "2030-03-04T09:30:00+00:00", "10:30–12:00 (CET)", "host"),
    ]  # fmt: skip
    assert [r["text"] for r in document["pairs"][0]["reasons"]] == [
        "Both list Health and social care as a challenge.",
        "Both list Legal support and documentation as a challenge.",
    ]
    assert (document["sitting_out"], document["saved_round"]) == ([], None)
    assert Round.objects.count() == 0


def test_text_output_names_pairs_and_totals():
    programme, _cities = greedy_trap()
    moderator("host")

    text = _run("--programme", programme.name, *ARGS)

    assert text.splitlines()[0] == "Aville (IT) – Cburg (DE)  6.00  09:00–10:30 (CET)  host"
    assert text.splitlines()[-1] == "2 pairs, 2 with a slot, total score 12.00"


def test_save_stores_a_round_ready_for_review():
    programme, _cities = greedy_trap()
    moderator("host")

    text = _run("--programme", programme.name, *ARGS, "--save")

    round_ = Round.objects.get()
    assert (round_.status, round_.pairs.count()) == (RoundStatus.READY, 2)
    assert text.splitlines()[-1] == f"Saved as round {round_.pk}, ready for review on the site."


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--programme", "Nope", *ARGS], "no programme called “Nope”"),
        (["--from", "4 March", "--to", "2030-03-08", "--moderator", "host:2"],
         "--from wants a date as YYYY-MM-DD, not “4 March”"),
        (["--from", "2030-03-04", "--to", "2030-03-08"], "Choose at least one moderator."),
        ([*ARGS[:4], "--moderator", "host"], "--moderator wants USERNAME:MEETINGS_A_DAY"),
        ([*ARGS[:4], "--moderator", "ghost:2"], "no account called “ghost”"),
        ([*ARGS[:4], "--moderator", "host:0"], "host can hold no meeting a day"),
    ],
)  # fmt: skip
def test_bad_arguments_give_a_clear_error_and_save_nothing(args, message):
    programme, _cities = greedy_trap()
    moderator("host")
    if "--programme" not in args:
        args = ["--programme", programme.name, *args]

    with pytest.raises(CommandError) as refused:
        _run(*args)

    assert message in str(refused.value)
    assert Round.objects.count() == 0
