"""Builds held-out set 16 (JSON) from ``dialogues_ru.py`` / ``dialogues_en.py`` with the builder of
``tests/scoring/heldout/build_heldout.py``.  Run: ``python tests/scoring/heldout16/build_heldout16.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "heldout"))

from build_heldout import build_set  # type: ignore[import-not-found]  # noqa: E402
from dialogues_en import build as build_en  # type: ignore[import-not-found]  # noqa: E402
from dialogues_ru import build as build_ru  # type: ignore[import-not-found]  # noqa: E402

if __name__ == "__main__":
    print(build_set("# Held-out scoring transcripts, set 16\n\n", HERE, build_ru, build_en), "transcripts")
