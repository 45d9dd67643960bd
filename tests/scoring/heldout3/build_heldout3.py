"""Builds held-out set 3 (JSON) from ``dialogues_ru.py`` / ``dialogues_en.py``.

Run: ``python tests/scoring/heldout3/build_heldout3.py``.  Reuses the line format, the label
spec, the window verification and the counts table of ``tests/scoring/heldout/build_heldout.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
sys.path.insert(0, str(HERE))

import build_heldout as bh  # type: ignore[import-not-found]  # noqa: E402
from dialogues_en import build as build_en  # noqa: E402
from dialogues_ru import build as build_ru  # noqa: E402


def main() -> None:
    """Emit both languages, write the JSON files and refresh the README counts."""
    print(bh.build_set("# Held-out scoring transcripts, set 3\n\n", HERE, build_ru, build_en), "transcripts")


if __name__ == "__main__":
    main()
