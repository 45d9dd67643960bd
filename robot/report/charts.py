"""Report charts drawn with matplotlib and returned as ``data:`` PNG URIs (self-contained HTML)."""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.typing import RcKeyType  # noqa: E402

from robot.call.result import OUTCOMES  # noqa: E402

# DejaVu Sans ships with matplotlib and covers Cyrillic.
STYLE: dict[RcKeyType, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
COLORS = {
    "answered": "#2e7d32",
    "dropped": "#f9a825",
    "busy": "#ef6c00",
    "no_answer": "#8d6e63",
    "rejected": "#c62828",
    "invalid_number": "#6a1b9a",
    "unreachable": "#455a64",
    "failed": "#000000",
}


def _data_uri(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def outcomes_chart(clients: Sequence[dict[str, Any]]) -> str:
    """Stacked horizontal bars: outcome counts per client."""
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(8, 0.6 * len(clients) + 1.4))
        names = [c["client"] for c in clients]
        left = [0] * len(clients)
        for outcome in OUTCOMES:
            values = [c["outcomes"][outcome] for c in clients]
            if any(values):
                ax.barh(names, values, left=left, color=COLORS[outcome], label=outcome.replace("_", " "))
                left = [a + b for a, b in zip(left, values, strict=True)]
        ax.invert_yaxis()
        ax.set_xlabel("calls")
        ax.legend(ncols=4, loc="upper center", bbox_to_anchor=(0.5, -0.25 if len(clients) < 3 else -0.1),
                  frameon=False)  # fmt: skip
        return _data_uri(fig)


def trend_chart(trend: Sequence[dict[str, Any]]) -> str:
    """Answer rate and mean score per sweep, in order."""
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(8, 3.2))
        labels = [row["started_at"][:10] + "\n" + row["sweep"][-8:] for row in trend]
        x = list(range(len(trend)))
        if all("answer_rate_per_number" in row for row in trend):
            ax.plot(x, [100 * row["answer_rate_per_number"] for row in trend], marker="D", color="#6a1b9a",
                    label="answer rate per number, %")  # fmt: skip
        ax.plot(x, [100 * row["answer_rate"] for row in trend], marker="o", color="#1565c0",
                label="answer rate per attempt, %")  # fmt: skip
        scores = [row["score_percent_mean"] for row in trend]
        if any(s is not None for s in scores):
            ax.plot(x, [float("nan") if s is None else s for s in scores], marker="s", color="#2e7d32",
                    label="mean score (reached a person), %")  # fmt: skip
        ax.set_xticks(x, labels, fontsize=8)
        ax.set_ylim(0, 105)
        ax.grid(axis="y", alpha=0.3)
        ax.legend(frameon=False, loc="lower left")
        return _data_uri(fig)


def ring_chart(rings: Sequence[float]) -> str:
    """Histogram of ring-to-answer times."""
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(8, 2.6))
        ax.hist(rings, bins=min(20, max(5, len(rings) // 2)), color="#1565c0")
        ax.set_xlabel("ring to answer, s")
        ax.set_ylabel("calls")
        return _data_uri(fig)
