"""The step kind interface: what a kind declares, and what the engine and the loader offer it.

One class per kind (``robot/scenario/steps/<kind>.py``) is at once the pydantic model of the
step's YAML and the code that runs it: :meth:`StepKind.run` gets a :class:`LiveCall`,
:meth:`StepKind.check` a :class:`StepChecks`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr
from pydantic_core import ErrorDetails

from robot.scenario.steps.fields import NEXT, StepId

if TYPE_CHECKING:
    from robot.media.asr.base import Utterance
    from robot.scenario.model import Scenario

Loc = tuple[int | str, ...]


@dataclass
class Heard:
    """What the last listen/hold step heard."""

    utterances: list[Utterance] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Everything heard, as one text."""
        return " ".join(u.text for u in self.utterances if u.text)


@dataclass(frozen=True)
class Speech:
    """A prompt synthesised before dialing; ``voice``/``rate`` None: the configured default."""

    text: str
    voice: str | None = None
    rate: int | None = None


@dataclass(frozen=True)
class Recording:
    """A prompt recorded in a WAV file, loaded before dialing."""

    path: Path


class LiveCall(Protocol):
    """What a step may use of the answered call while it runs (the scenario engine provides it)."""

    heard: Heard  # what the last listen/hold heard; a step that listens replaces it

    @property
    def language(self) -> str:
        """The scenario's language (``en``, ``ru``)."""
        ...

    @property
    def deadline(self) -> float:
        """``time.monotonic()`` by which the call must end."""
        ...

    @property
    def ended(self) -> bool:
        """The call is over (callee hang-up, media timeout)."""
        ...

    @property
    def following(self) -> StepKind | None:
        """The step after this one in the file (None after the last)."""
        ...

    @property
    def metrics(self) -> dict[str, Any]:
        """The call result's ``metrics``, for the step to add to."""
        ...

    def render(self, text: str) -> str:
        """``text`` with the persona filled in."""
        ...

    def speak(self, label: str, barge_in: bool) -> bool:
        """Play this step's prepared prompt to its end; ``label`` is its transcript text. False: the call ended."""
        ...

    def listen(self, max_s: float, min_s: float, need_words: bool) -> Heard | None:
        """Wait for the callee to speak and finish (``need_words``: also for the words); None: the call ended."""
        ...

    def hear(self) -> list[Utterance]:
        """Wait one poll interval; the callee's utterances heard since the last call."""
        ...

    def forget_heard(self) -> None:
        """Drop what the callee said before now and no step took yet."""
        ...

    def send_dtmf(self, digit: str, duration_ms: int) -> None:
        """Send one DTMF digit (RFC 4733)."""
        ...

    def wait(self, seconds: float) -> bool:
        """Stay silent (at most until the deadline); False: the call ended meanwhile."""
        ...

    def heard_at(self, utterance: Utterance) -> float:
        """``time.monotonic()`` at which the callee started ``utterance``."""
        ...

    def answered_by(self) -> str | None:
        """Who or what answered the call (waits, bounded, until the detector decides)."""
        ...

    def since_answer(self, mono: float) -> float:
        """Seconds from the answer to ``mono`` (a ``time.monotonic()`` value), rounded to ms."""
        ...

    def event(self, name: str, detail: dict[str, Any]) -> None:
        """Add the event ``scenario_<name>`` to the call's timeline."""
        ...


class StepChecks(Protocol):
    """What a step's :meth:`StepKind.check` may use of the file being validated (the loader provides
    it). Paths are below the step: ``("say", "text")``."""

    def node(self, path: Loc) -> Any:
        """The raw YAML at ``path`` (None if absent)."""
        ...

    def add(self, path: Loc, message: str, *, value: bool = True) -> None:
        """Report a problem at the value at ``path`` (``value=False``: at its key)."""
        ...

    def template(self, text: str, path: Loc) -> None:
        """Report what keeps ``text`` from rendering (undefined ``{persona.x}``...)."""
        ...

    def target(self, target: str, path: Loc, what: str, *, allow_next: bool = True) -> None:
        """Report a jump target that names no step."""
        ...

    def file(self, name: str) -> Path:
        """A file named in the scenario, resolved against the scenario's folder."""
        ...


def option_path(checks: StepChecks, kind: str, option: str) -> Loc:
    """Path of a long-form option (``say: {text: ...}``) or of the short form's value (``say: ...``)."""
    return (kind, option) if isinstance(checks.node((kind,)), dict) else (kind,)


class StepKind(BaseModel, ABC):
    """Keys every step may carry; a subclass per kind adds its own key and how it runs."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    kind: ClassVar[str]  # the YAML key naming the kind, also the name of the field holding its value
    bare: ClassVar[bool] = False  # the kind may be written as a bare string ...
    bare_value: ClassVar[Any] = None  # ... which means ``kind: bare_value``
    short_form: ClassVar[str | None] = None  # what the kind takes, for "expected ..." messages
    key_errors: ClassVar[frozenset[str]] = frozenset()  # its custom error types: reported at the key
    away: ClassVar[str | None] = None  # how it leaves for elsewhere ("ends the call"); None: goes on
    listens: ClassVar[bool] = False  # it hears the callee: a loop through it makes progress
    needs_words: ClassVar[bool] = False  # it decides on the words the previous listen heard

    id: StepId | None = Field(None, description="name of the step: a branch/goto target, used by checks")
    max_visits: int = Field(
        3,
        ge=1,
        le=1000,
        description="loop bound: the runner stops the call when this step is entered more often",
    )
    _line: int = PrivateAttr(0)

    @property
    def line(self) -> int:
        """Line of the step in its file (0 if unknown)."""
        return self._line

    def label(self, index: int) -> str:
        """Human name of the step, e.g. ``step 3 'ask_product' (say)``."""
        name = f" '{self.id}'" if self.id else ""
        where = f", line {self._line}" if self._line else ""
        return f"step {index + 1}{name} ({self.kind}{where})"

    @abstractmethod
    def run(self, call: LiveCall) -> str | None:
        """Run the step on the live call: where to go next (``next``, ``end`` or a step id), None
        when the call ended under it."""

    def targets(self) -> list[str]:
        """Where the step may go next (``next``, ``end``, step ids), for the loader's flow analysis."""
        return [NEXT]

    def prompt(self, scenario: Scenario) -> Speech | Recording | None:
        """Audio the step plays, prepared before dialing (None: it plays none)."""
        return None

    def check(self, checks: StepChecks) -> None:
        """Report what the model cannot see (undefined variables, missing files, unknown targets)."""

    @classmethod
    def describe_error(cls, err: ErrorDetails, path: Loc) -> str | None:
        """The kind's own wording for a pydantic error at ``path`` below the step (None: the usual one)."""
        return None
