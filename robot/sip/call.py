"""One SIP call: a thin pjsua2 Call subclass that turns callbacks into timeline events.

All methods run on the softphone's owning thread. The :class:`CallSession` it feeds is
the thread-safe object the rest of the program waits on.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pjsua2 as pj

from robot.sip import timeline as tl
from robot.sip.audioports import CallAudioPort, RobotVoice
from robot.sip.mediawatch import MediaWatch
from robot.sip.timeline import Timeline

log = logging.getLogger(__name__)


@dataclass
class MediaStats:
    """The last RTP/RTCP statistics sampled for the call's audio stream."""

    codec: str | None = None
    rx_packets: int = 0
    rx_loss: int = 0
    rx_jitter_ms_mean: float | None = None
    rx_jitter_ms_max: float | None = None
    tx_packets: int = 0
    rtt_ms_mean: float | None = None
    rtcp_reports_rx: int = 0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class CallSession:
    """Thread-safe state of one call, shared between the softphone thread and the caller."""

    uri: str
    timeline: Timeline = field(default_factory=Timeline)
    answered: threading.Event = field(default_factory=threading.Event)
    ended: threading.Event = field(default_factory=threading.Event)
    media_active: threading.Event = field(default_factory=threading.Event)
    status: int | None = None
    reason: str | None = None
    sip_call_id: str | None = None
    hangup_by: str | None = None
    ringing_seen: bool = False
    transport_error: bool = False
    local_error: bool = False  # the INVITE could not even be sent
    ended_at: float | None = None
    stats: MediaStats = field(default_factory=MediaStats)
    voice: RobotVoice | None = None
    port: CallAudioPort | None = None
    watch: MediaWatch | None = None
    dtmf_received: list[str] = field(default_factory=list)
    on_media: Callable[[CallSession], CallAudioPort | None] | None = None

    def note_end(self, who: str, at: float | None = None) -> None:
        """Remember who ended the call first (BYE/CANCEL direction, media timeout)."""
        if self.hangup_by is None:
            self.hangup_by = who
        if self.ended_at is None:
            self.ended_at = at if at is not None else time.monotonic()


class SipCall(pj.Call):
    """pjsua2 call bound to a :class:`CallSession`."""

    def __init__(self, account: pj.Account, session: CallSession, call_id: int = pj.PJSUA_INVALID_ID):
        super().__init__(account, call_id)
        self.session = session
        self.audio_media: pj.AudioMedia | None = None
        self.audio_index: int | None = None
        self.disconnected = False
        self.outgoing = False

    # -- callbacks (owning thread) -------------------------------------------------
    def onCallState(self, prm: pj.OnCallStateParam) -> None:  # noqa: N802
        try:
            info = self.getInfo()
        except pj.Error:
            return
        s = self.session
        if info.state == pj.PJSIP_INV_STATE_CALLING and not s.timeline.has(tl.INVITE_SENT):
            s.sip_call_id = info.callIdString
            s.timeline.add(tl.INVITE_SENT, {"uri": s.uri})
        elif info.state == pj.PJSIP_INV_STATE_DISCONNECTED and not self.disconnected:
            self.disconnected = True
            now = time.monotonic()
            self._final_from_event(prm.e, now)
            s.status = info.lastStatusCode or None
            s.reason = info.lastReason or None
            s.timeline.add(tl.DISCONNECTED, {"code": s.status, "reason": s.reason}, at=now)
            if s.answered.is_set():
                s.note_end("callee", now)
            elif s.ended_at is None:
                s.ended_at = now
            if s.voice is not None:
                s.voice.stop()
            if s.port is not None and s.port.recorder is not None:
                s.port.recorder.close()  # the file is complete before anyone reads the result
            s.ended.set()

    def onCallTsxState(self, prm: pj.OnCallTsxStateParam) -> None:  # noqa: N802
        event = prm.e
        if event.type != pj.PJSIP_EVENT_TSX_STATE:
            return
        tsx_event = event.body.tsxState
        tsx = tsx_event.tsx
        method, role, code = tsx.method, tsx.role, tsx.statusCode
        s = self.session
        now = time.monotonic()
        if tsx_event.type == pj.PJSIP_EVENT_TRANSPORT_ERROR:
            s.transport_error = True
            s.timeline.add("transport_error", {"method": method, "code": code, "reason": tsx.statusText})
            return
        if role == pj.PJSIP_ROLE_UAC:
            if method == "INVITE" and tsx_event.type == pj.PJSIP_EVENT_RX_MSG:
                self._on_invite_response(code, tsx.statusText, now)
        elif role == pj.PJSIP_ROLE_UAS and method == "BYE" and tsx.state == pj.PJSIP_TSX_STATE_TRYING:
            s.note_end("callee", now)
            s.timeline.add(tl.BYE_RECEIVED, at=now)

    def _final_from_event(self, event: pj.SipEvent, now: float) -> None:
        """A final INVITE response that ended the call before onCallTsxState saw it."""
        if event.type != pj.PJSIP_EVENT_TSX_STATE:
            return
        tsx_event = event.body.tsxState
        tsx = tsx_event.tsx
        if tsx.method != "INVITE" or tsx.role != pj.PJSIP_ROLE_UAC:
            return
        if tsx_event.type == pj.PJSIP_EVENT_RX_MSG:
            self._on_invite_response(tsx.statusCode, tsx.statusText, now)
        elif tsx_event.type in (pj.PJSIP_EVENT_TRANSPORT_ERROR, pj.PJSIP_EVENT_TIMER):
            self.session.transport_error = tsx_event.type == pj.PJSIP_EVENT_TRANSPORT_ERROR
            self.session.timeline.add(
                "no_response" if tsx_event.type == pj.PJSIP_EVENT_TIMER else "transport_error",
                {"code": tsx.statusCode, "reason": tsx.statusText},
                at=now,
            )

    def _on_invite_response(self, code: int, reason: str, now: float) -> None:
        s = self.session
        if 100 <= code < 200:
            if code in tl.RINGING_CODES:
                s.ringing_seen = True
            s.timeline.add(tl.PROVISIONAL, {"code": code, "reason": reason}, at=now)
        elif 200 <= code < 300:
            if not s.answered.is_set():
                s.timeline.add(tl.ANSWERED, {"code": code, "reason": reason}, at=now)
                if s.watch is not None:
                    s.watch.start(now)  # silence counts from the answer (early media aside)
                s.answered.set()
        elif not s.timeline.has(tl.FINAL_RESPONSE):
            s.timeline.add(tl.FINAL_RESPONSE, {"code": code, "reason": reason}, at=now)

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:  # noqa: N802
        info = self.getInfo()
        for media in info.media:
            if media.type == pj.PJMEDIA_TYPE_AUDIO and media.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                if self.audio_media is not None:
                    continue
                self.audio_index = media.index
                self.audio_media = self.getAudioMedia(media.index)
                s = self.session
                s.timeline.add(tl.MEDIA_STARTED, {"index": media.index})
                if s.on_media is not None:
                    # held by the session from creation on: the softphone destroys it on its
                    # thread once the call is over, never the garbage collector mid-call
                    s.port = s.on_media(s)
                    if s.port is not None:
                        try:
                            self.audio_media.startTransmit(s.port)
                            s.port.startTransmit(self.audio_media)
                        except pj.Error as exc:
                            log.warning("call audio not connected: %s", exc.info())
                s.media_active.set()

    def onDtmfDigit(self, prm: pj.OnDtmfDigitParam) -> None:  # noqa: N802
        self.session.dtmf_received.append(prm.digit)
        self.session.timeline.add("dtmf_received", {"digit": prm.digit})

    def onStreamDestroyed(self, prm: pj.OnStreamDestroyedParam) -> None:  # noqa: N802
        self.sample_stats()

    # -- helpers (owning thread) ---------------------------------------------------
    def sample_stats(self) -> MediaStats | None:
        """Refresh the session's RTP/RTCP statistics; None when there is no stream."""
        if self.audio_index is None:
            return None
        try:
            stat = self.getStreamStat(self.audio_index)
        except pj.Error:
            return None
        rtcp = stat.rtcp
        st = self.session.stats
        st.rx_packets = rtcp.rxStat.pkt
        st.rx_loss = rtcp.rxStat.loss
        st.tx_packets = rtcp.txStat.pkt
        if rtcp.rxStat.jitterUsec.n:
            st.rx_jitter_ms_mean = round(rtcp.rxStat.jitterUsec.mean / 1000, 3)
            st.rx_jitter_ms_max = round(rtcp.rxStat.jitterUsec.max / 1000, 3)
        if rtcp.rttUsec.n:
            st.rtt_ms_mean = round(rtcp.rttUsec.mean / 1000, 3)
        # each RTCP report from the peer about our stream yields one round-trip sample
        st.rtcp_reports_rx = rtcp.rttUsec.n
        if st.codec is None:
            try:
                st.codec = self.getStreamInfo(self.audio_index).codecName
            except pj.Error:
                pass
        return st
