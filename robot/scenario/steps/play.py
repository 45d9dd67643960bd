"""``play``: play a recorded prompt (a WAV file)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ClassVar

from pydantic import Field

from robot.scenario.steps.base import LiveCall, Recording, StepChecks, StepKind, option_path
from robot.scenario.steps.fields import NEXT, Options, shorthand

if TYPE_CHECKING:
    from robot.scenario.model import Scenario


class PlayOptions(Options):
    """A recorded prompt."""

    file: str = Field(min_length=1, description="WAV file, relative to the scenario file; resampled as needed")
    barge_in: bool = Field(False, description="stop playback when the callee starts speaking over it")


class Play(StepKind):
    """Play a WAV file (path relative to the scenario file)."""

    kind: ClassVar[str] = "play"
    short_form: ClassVar[str | None] = "a WAV file or {file: ...}"

    play: Annotated[PlayOptions, shorthand("file", str, PlayOptions)] = Field(
        description="play a WAV file; a string is the file"
    )

    def run(self, call: LiveCall) -> str | None:
        return NEXT if call.speak(f"[{Path(self.play.file).name}]", self.play.barge_in) else None

    def prompt(self, scenario: Scenario) -> Recording:
        return Recording(scenario.resolve(self.play.file))

    def check(self, checks: StepChecks) -> None:
        file, where = self.play.file, option_path(checks, "play", "file")
        path = checks.file(file)
        if not path.is_file():
            checks.add(where, f"WAV file not found: {file} (looked for {path})")
            return
        try:
            with path.open("rb") as handle:
                head = handle.read(12)
        except OSError as exc:
            checks.add(where, f"cannot read WAV file {file}: {exc}")
            return
        if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            checks.add(where, f"not a WAV file: {file}")
