"""One SIP call: a thin pjsua2 Call subclass that turns callbacks into timeline events.

All methods run on the softphone's owning thread. The :class:`CallSession` it feeds is
the thread-safe object the rest of the program waits on.

A hostile callee cannot make the robot dial elsewhere or crash it: a REFER is answered
603 (:func:`~robot.sip.transfer.refer_decision`), so pjsua never creates a Call object
Python holds no reference to; a 3xx is followed within the same Call object only when the
session's transfer policy allows its Contact (at most
:data:`~robot.sip.transfer.MAX_REDIRECTS` times); every attempt is a ``transfer`` event.
A 2xx without a usable SDP answer, which pjsip ACKs and ends with its own BYE, is noted
as the robot's end with the reason (:mod:`robot.sip.negotiation`).
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
from robot.sip.negotiation import negotiation_failure
from robot.sip.timeline import Timeline
from robot.sip.transfer import (
    FOLLOWED,
    KIND_REDIRECT,
    KIND_REFER,
    MAX_REDIRECTS,
    REFUSED,
    TransferPolicy,
    bare_uri,
    redirect_decision,
    redirect_target,
    refer_decision,
)

log = logging.getLogger(__name__)

PENDING_METHODS = frozenset({"INVITE", "CANCEL", "BYE"})
#: pjsip's compiled receive buffer (PJSIP_MAX_PKT_LEN): a UDP datagram this long was cut
UDP_MAX_PKT_LEN = 4000


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
    rx_empty_frames: int | None = None  # frames the jitter buffer had no decoded audio for
    rx_foreign_source: str | None = None  # RTP source, when not the address the SDP named

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
    transfer_policy: TransferPolicy | None = None  # REFER / 3xx targets (None: refuse all)
    # told the text of each SIP message of ours that the call's events carry (INVITE, ACK, a
    # refresh...), then None when the call ends: how a worker reports the dialog to its parent
    on_sent: Callable[[str | None], None] | None = None
    redirects_followed: int = 0
    stack_bye: bool = False  # pjsip sent a BYE the robot never asked for (failed negotiation)
    media_failure: str | None = None  # "no SDP" / "no common codec"
    transport: str = "udp"  # the SIP transport the INVITE went over
    truncated_response: int | None = None  # bytes of a UDP response cut at UDP_MAX_PKT_LEN

    def note_end(self, who: str, at: float | None = None) -> None:
        """Remember who ended the call first (BYE/CANCEL direction, media timeout)."""
        if self.hangup_by is None:
            self.hangup_by = who
        if self.ended_at is None:
            self.ended_at = at if at is not None else time.monotonic()


def foreign_source(source: str, expected: str | None) -> str | None:
    """``source`` when RTP came from another address than the SDP named, else None."""
    if not source or not expected or source.startswith("0.0.0.0") or source == expected:
        return None
    return source


def _whole_message(event: pj.SipEvent) -> str:
    """The text of the message behind a transaction event ("" when there is none)."""
    try:
        if event.type == pj.PJSIP_EVENT_TSX_STATE:
            return str(event.body.tsxState.src.rdata.wholeMsg)
        if event.type == pj.PJSIP_EVENT_RX_MSG:
            return str(event.body.rxMsg.rdata.wholeMsg)
    except Exception:  # noqa: BLE001 - no message: the target as pjsua printed it
        pass
    return ""


class SipCall(pj.Call):
    """pjsua2 call bound to a :class:`CallSession`."""

    def __init__(self, account: pj.Account, session: CallSession, call_id: int = pj.PJSUA_INVALID_ID):
        super().__init__(account, call_id)
        self.session = session
        self.audio_media: pj.AudioMedia | None = None
        self.audio_index: int | None = None
        self.disconnected = False
        self._end_told = False  # session.on_sent was told the call ended
        self.outgoing = False
        # this call's client transactions still waiting for a final response (INVITE, CANCEL,
        # BYE): pjsua reports a call DISCONNECTED as soon as it is hung up, before the 487
        # to the CANCEL (or the 200 to the BYE) arrives; the softphone waits for these
        # (bounded) before libDestroy so the 487 gets its ACK and nothing is left open
        self.pending_uac: set[str] = set()
        self.cancel_sent_at: float | None = None  # monotonic time the robot sent CANCEL
        self._sdp_rtp_address: str | None = None

    # -- callbacks (owning thread) -------------------------------------------------
    def onCallState(self, prm: pj.OnCallStateParam) -> None:  # noqa: N802
        try:
            info = self.getInfo()
        except pj.Error:
            return
        self._on_state(info, prm)
        self._tell_sent(None if self.disconnected else sent_text(prm.e))

    def _on_state(self, info: pj.CallInfo, prm: pj.OnCallStateParam) -> None:
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
            failure = None
            if s.answered.is_set() and s.stack_bye and not s.media_active.is_set():
                failure = negotiation_failure(s.status, s.reason)
            if failure is not None:
                s.media_failure = failure
                s.timeline.add(tl.NEGOTIATION_FAILED, {"reason": failure, "code": s.status, "detail": s.reason}, at=now)
                s.note_end("robot", now)
            elif s.answered.is_set():
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
        self._on_tsx_state(event)
        if not self.disconnected:
            self._tell_sent(sent_text(event))

    def _tell_sent(self, text: str | None) -> None:
        """Hand our sent message (or the call's end) to ``session.on_sent``, once per end."""
        hook = self.session.on_sent
        if hook is None or self._end_told or (text is not None and not text):
            return
        self._end_told = text is None
        try:
            hook(text)
        except Exception:  # noqa: BLE001 - an observer must never break the call
            log.debug("on_sent observer failed", exc_info=True)

    def _on_tsx_state(self, event: pj.SipEvent) -> None:
        tsx_event = event.body.tsxState
        tsx = tsx_event.tsx
        method, role, code = tsx.method, tsx.role, tsx.statusCode
        if role == pj.PJSIP_ROLE_UAC and method in PENDING_METHODS:
            if tsx.state < pj.PJSIP_TSX_STATE_COMPLETED and tsx_event.type != pj.PJSIP_EVENT_TRANSPORT_ERROR:
                self.pending_uac.add(method)
            else:
                self.pending_uac.discard(method)
        s = self.session
        now = time.monotonic()
        if tsx_event.type == pj.PJSIP_EVENT_TRANSPORT_ERROR:
            s.transport_error = True
            s.timeline.add("transport_error", {"method": method, "code": code, "reason": tsx.statusText})
            return
        if role == pj.PJSIP_ROLE_UAC:
            if method == "INVITE" and tsx_event.type == pj.PJSIP_EVENT_RX_MSG:
                self._check_truncated(code, event, now)
                self._on_invite_response(code, tsx.statusText, now)
            elif method == "BYE" and tsx.state == pj.PJSIP_TSX_STATE_CALLING and s.hangup_by is None:
                # a BYE nobody asked for: pjsip ending a call whose 2xx it could not accept
                s.stack_bye = True
                if not s.timeline.has(tl.BYE_SENT):
                    s.timeline.add(tl.BYE_SENT, {"by": "stack"}, at=now)
        elif role == pj.PJSIP_ROLE_UAS and method == "BYE" and tsx.state == pj.PJSIP_TSX_STATE_TRYING:
            s.note_end("callee", now)
            s.timeline.add(tl.BYE_RECEIVED, at=now)

    def _check_truncated(self, code: int, event: pj.SipEvent, now: float) -> None:
        """A response over UDP that filled pjsip's whole receive buffer was cut there."""
        s = self.session
        if s.transport != "udp" or s.truncated_response is not None:
            return
        size = len(_whole_message(event))
        if size >= UDP_MAX_PKT_LEN:
            s.truncated_response = size
            s.timeline.add(tl.RESPONSE_TRUNCATED, {"code": code, "bytes": size}, at=now)

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
        elif s.timeline.count(tl.FINAL_RESPONSE) <= s.redirects_followed:  # one per INVITE sent
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

    def onCallTransferRequest(self, prm: pj.OnCallTransferRequestParam) -> None:  # noqa: N802
        """A REFER from the callee: refused (603), recorded, and the call goes on."""
        prm.statusCode = 603  # first: whatever happens below, nothing is dialled
        try:
            target = bare_uri(str(prm.dstUri))[:500]
            code, why = refer_decision(self.session.transfer_policy, target)
            prm.statusCode = code
            detail = {"kind": KIND_REFER, "target": target, "result": REFUSED, "reason": why}
            self.session.timeline.add(tl.TRANSFER, detail)
            log.info("REFER to %s refused: %s", target, why)
        except Exception:  # noqa: BLE001 - never let an exception into pjsua's callback
            log.exception("REFER handling failed; refused")

    def onCallRedirected(self, prm: pj.OnCallRedirectedParam) -> int:  # noqa: N802
        """A 3xx: follow the Contact (same Call object) when the transfer policy allows it."""
        try:
            s = self.session
            target = bare_uri(redirect_target(str(prm.targetUri), _whole_message(prm.e)))[:500]
            why = redirect_decision(s.transfer_policy, target, s.redirects_followed)
            detail = {"kind": KIND_REDIRECT, "target": target, "result": FOLLOWED if why is None else REFUSED}
            if why is not None:
                detail["reason"] = why
            s.timeline.add(tl.TRANSFER, detail)
            if why is None:
                s.redirects_followed += 1
                return int(pj.PJSIP_REDIRECT_ACCEPT)
            log.info("redirect to %s refused: %s", target, why)
            if s.redirects_followed >= MAX_REDIRECTS:
                return int(pj.PJSIP_REDIRECT_STOP)
            return int(pj.PJSIP_REDIRECT_REJECT)  # the next Contact, if any, is asked too
        except Exception:  # noqa: BLE001 - never let an exception into pjsua's callback
            log.exception("redirect handling failed; stopped")
            return int(pj.PJSIP_REDIRECT_STOP)

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
        st.rx_empty_frames = stat.jbuf.empty
        try:
            source = self.getMedTransportInfo(self.audio_index).srcRtpName
            if self._sdp_rtp_address is None or st.codec is None:
                info = self.getStreamInfo(self.audio_index)
                st.codec = st.codec or info.codecName
                self._sdp_rtp_address = info.remoteRtpAddress
        except pj.Error:
            source = ""
        st.rx_foreign_source = foreign_source(source, self._sdp_rtp_address)
        return st


def sent_text(event: pj.SipEvent) -> str:
    """The text of the message of ours an event is about (a sent message, or a transaction's
    last sent one); '' when it carries none."""
    for path in (("txMsg", "tdata"), ("tsxState", "tsx", "lastTx")):
        try:
            node: Any = event.body
            for name in path:
                node = getattr(node, name)
            text = node.wholeMsg
        except AttributeError:
            continue
        if isinstance(text, str) and text:
            return text
    return ""
