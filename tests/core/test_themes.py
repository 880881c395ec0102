import json

from citypeers.core.themes import Theme, theme_definitions
from tests.paths import shared_dir


def test_theme_choices_match_the_bundled_contract_in_order():
    assert [choice.value for choice in Theme] == [t["slug"] for t in theme_definitions()]


def test_bundled_themes_are_the_shared_contract():
    contract = shared_dir() / "spec" / "themes.json"
    shared = json.loads(contract.read_text(encoding="utf-8"))["themes"]

    assert [t["slug"] for t in shared] == [t["slug"] for t in theme_definitions()]


def test_theme_labels_are_the_contract_labels_in_english():
    assert {t["slug"]: t["en"] for t in theme_definitions()} == {
        choice.value: str(choice.label) for choice in Theme
    }
