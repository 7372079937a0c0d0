"""Shared fixtures: paths to the project's examples and to ../shared (skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "samples" / "coalition-2016"
DATA = SHARED / "data"
EXAMPLES = ROOT / "examples"
SCHEMA = json.loads((ROOT / "src/mujaz/schema/briefing-1.schema.json").read_text("utf-8"))


def need(path: Path) -> Path:
    """The path, or skip the test when the shared data is not beside the project."""
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


def validate(doc: dict) -> None:
    """Validate a briefing against the JSON Schema of mujaz.briefing/1."""
    jsonschema.validate(doc, SCHEMA)


@pytest.fixture(scope="session")
def samples() -> Path:
    return need(SAMPLES)


@pytest.fixture(scope="session")
def sample_briefing(samples):
    import mujaz

    return mujaz.brief([samples])
