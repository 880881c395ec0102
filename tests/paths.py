"""Where the tests find the project's shared material (contracts, seed reports)."""

import pathlib

REPO = pathlib.Path(__file__).resolve().parents[1]


def shared_dir() -> pathlib.Path:
    """The shared/ folder beside the repository (or beside a parent, for worktrees)."""
    for parent in REPO.parents:
        if (parent / "shared" / "spec").is_dir():
            return parent / "shared"
    raise FileNotFoundError("shared/ not found beside the repository")
