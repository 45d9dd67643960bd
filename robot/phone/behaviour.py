"""What the simulated phone does with a call, chosen by the dialed user part (pure).

Vocabulary (tokens joined with ``-``, e.g. ``ring3-hangup5``):

==================  ================================================================
``answer``          answer at once (also any unknown user part)
``ringN``           send 180 Ringing, answer after N seconds (N may be decimal)
``earlyN``          send 183 Session Progress with early media, answer after N s
``busy``            486 Busy Here (``busy600``: 600 Busy Everywhere)
``decline``         603 Decline; ``forbidden``: 403
``notfound``        404 Not Found; ``gone``: 410; ``incomplete``: 484
``unavailable``     480 Temporarily Unavailable; ``codeNNN``: any final status NNN
``never``           ring forever (``noanswer`` is a synonym)
``hangupN``         answer, then hang up (BYE) after N seconds
``silent``          answer, then send no RTP/RTCP and never hang up (a dead line)
``talk``            answer and speak the script's lines (or a default greeting)
``holdN``           1 s after answering, hold the robot by re-INVITE (``a=sendonly``) for
                    N seconds, then resume (re-INVITE ``a=sendrecv``) and speak again
``referN``          N seconds after answering, blind-transfer the caller (REFER) to the
                    user ``ring0.5-talk`` on this phone, and hang up once it answers
``voicemail``       answer with a voicemail greeting, a 1 kHz beep, then record silence
                    (BYE after 20 s)
``ivr``             answer with a spoken menu ("press one..."), wait up to 5 s for a digit,
                    then "please hold", music, and a person's greeting
``announce``        183 with early media: special information tones and "the subscriber is
                    switched off or out of reach", then 480
``announce200``     answer (200) with the tones and "the number you have dialled does not
                    exist", then BYE
``musicN``          answer with N seconds of music on hold, then a person's greeting
``redirect``        302 Moved Temporarily to this phone's own Contact (user ``mysterycall``,
                    which answers at once)
``ru``              the spoken parts in Russian (default English)
==================  ================================================================

Rejections may follow ringing: ``ring2-busy`` rings 2 s then answers 486.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from robot.phone.operator import OperatorScript

NAMED_CODES = {
    "busy": 486,
    "busy600": 600,
    "decline": 603,
    "forbidden": 403,
    "notfound": 404,
    "gone": 410,
    "incomplete": 484,
    "unavailable": 480,
}
_TOKEN = re.compile(r"^(ring|early|hangup|code|hold|refer|music)(\d+(?:\.\d+)?)$")
#: seconds after the answer at which ``holdN`` puts the robot on hold
HOLD_AFTER_S = 1.0
Program = Literal["voicemail", "ivr", "announce", "announce200", "music"]
PROGRAMS: dict[str, Program] = {"voicemail": "voicemail", "ivr": "ivr", "announce": "announce",
                                "announce200": "announce200"}  # fmt: skip
#: the user on the same phone that ``referN`` transfers the caller to
REFER_TARGET_USER = "ring0.5-talk"


class Behaviour(BaseModel):
    """How the phone handles one incoming call."""

    model_config = ConfigDict(extra="forbid")

    ring_s: float = Field(0.0, ge=0, description="seconds of ringing before the final answer")
    early_media: bool = Field(False, description="ring with 183 + SDP instead of 180")
    reject: int | None = Field(None, ge=300, le=699, description="final status instead of answering")
    never_answer: bool = False
    hangup_after_s: float | None = Field(None, gt=0, description="BYE this long after answering")
    hold_s: float | None = Field(None, gt=0, description="hold the robot this long (re-INVITE), then resume")
    refer_after_s: float | None = Field(None, gt=0, description="REFER the caller this long after answering")
    program: Program | None = Field(
        None, description="a recorded-line program played on the call (see the module docstring)"
    )
    music_s: float = Field(0.0, ge=0, description="seconds of music on hold before a person answers")
    redirect: bool = Field(False, description="answer 302 to this phone's own Contact")
    silent: bool = Field(False, description="after answering, send no RTP/RTCP and no BYE")
    say: list[str] = Field(default_factory=list, description="TTS lines spoken after answering")
    wav: str | None = Field(None, description="WAV file played after answering")
    language: str = "en"
    max_call_s: float = Field(600.0, gt=0, description="safety BYE after this long")
    operator: OperatorScript | None = Field(None, description="a simulated operator talks on answer")

    @property
    def answers(self) -> bool:
        """Does this behaviour answer the call with audio (so an operator can talk)?"""
        return self.reject is None and not self.never_answer and not self.silent


def parse_user_part(user: str) -> Behaviour:
    """The behaviour for a dialed user part such as ``ring3`` or ``ring2-hangup5``."""
    behaviour = Behaviour()
    for token in user.lower().split("-"):
        if token in NAMED_CODES:
            behaviour.reject = NAMED_CODES[token]
        elif token in ("never", "noanswer"):
            behaviour.never_answer = True
        elif token == "silent":
            behaviour.silent = True
        elif token in PROGRAMS:
            behaviour.program = PROGRAMS[token]
            if token == "announce":
                behaviour.early_media = True
        elif token == "redirect":
            behaviour.redirect = True
        elif token in ("ru", "en"):
            behaviour.language = token
        elif token == "talk":
            behaviour.say = behaviour.say or ["Hello, thank you for calling. How can I help you?"]
        elif match := _TOKEN.match(token):
            kind, value = match.group(1), float(match.group(2))
            if kind == "ring":
                behaviour.ring_s = value
            elif kind == "early":
                behaviour.ring_s, behaviour.early_media = value, True
            elif kind == "hangup":
                behaviour.hangup_after_s = value
            elif kind == "hold":
                behaviour.hold_s = value
            elif kind == "refer":
                behaviour.refer_after_s = value
            elif kind == "music":
                behaviour.program, behaviour.music_s = "music", value
            elif 300 <= value <= 699:
                behaviour.reject = int(value)
    return behaviour


def user_part(request_uri: str) -> str:
    """The user part of a SIP URI (``sip:ring3@127.0.0.1:5080`` -> ``ring3``)."""
    rest = request_uri.split(":", 1)[-1]
    return rest.split("@", 1)[0] if "@" in rest else ""
