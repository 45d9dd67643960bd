"""One SIP call: a thin pjsua2 Call subclass that turns callbacks into timeline events.

All methods run on the softphone's owning thread. The :class:`CallSession` it feeds is
the thread-safe object the rest of the program waits on.

A hostile callee cannot make the robot dial elsewhere or crash it. A REFER (blind
transfer) is followed only when the session's transfer policy allows its target
(:func:`~robot.sip.transfer.refer_decision`), else answered 603. A followed REFER gets a new
:class:`SipCall` (a *leg*) made here and held by the call table before pjsua dials, so pjsua
never creates a Call object Python holds no reference to; the new leg carries on the same
:class:`CallSession` (timeline, audio port, recording, scenario), and the transferring leg
is detached from it once the new INVITE leaves. A 3xx is followed within the same Call
object under the same policy (at most :data:`~robot.sip.transfer.MAX_REDIRECTS` times).
Every attempt is a ``transfer`` event.
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
from robot.sip.sampling import StreamCounters, StreamTotals
from robot.sip.timeline import Timeline
from robot.sip.transfer import (
    FAILED,
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
    jbuf_delay_ms: float | None = None  # the jitter buffer's average delay
    ptime_ms: float | None = None  # audio per RTP packet (frame length x frames per packet)
    plc: bool | None = None  # the decoder conceals lost packets

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
    on_hold: bool = False  # the callee holds the call (remote sendonly/inactive)

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
        self.account = account  # a transfer's new leg is made from the same account
        # a followed REFER: the leg this one replaces, the hook that gives a new leg a slot in
        # the call table, the transfer's timeline detail (its result is amended if it fails)
        self.parent: SipCall | None = None
        self.adopt: Callable[[SipCall], bool] | None = None
        self.transfer_detail: dict[str, Any] | None = None
        self.started = False  # the INVITE left (pjsua gave the call an id)
        self.connected_at: float | None = None  # a transfer leg's audio connected
        self.media_was_active = False  # the audio was active (sendrecv) at least once
        self.created_at = time.monotonic()
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
        self.totals = StreamTotals()  # counters across stream rebuilds (re-INVITEs)
        self.old_audio_media: list[pj.AudioMedia] = []  # of streams a re-INVITE replaced

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
        if info.state == pj.PJSIP_INV_STATE_CALLING and self.parent is not None and not self.started:
            self._take_over(info)
        elif info.state == pj.PJSIP_INV_STATE_CALLING and not s.timeline.has(tl.INVITE_SENT):
            self.started = True
            s.sip_call_id = info.callIdString
            s.timeline.add(tl.INVITE_SENT, {"uri": s.uri})
        elif info.state == pj.PJSIP_INV_STATE_DISCONNECTED and self.parent is not None and not self.disconnected:
            if not self._leg_ended(info):
                self._end(info, prm)
        elif info.state == pj.PJSIP_INV_STATE_DISCONNECTED and not self.disconnected:
            self._end(info, prm)

    def _end(self, info: pj.CallInfo, prm: pj.OnCallStateParam) -> None:
        """The call is over: final status, who ended it, close the recording, wake waiters."""
        s = self.session
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

    # -- a followed transfer's new leg (owning thread) ---------------------------------
    def _take_over(self, info: pj.CallInfo) -> None:
        """The new leg's INVITE left: from now on it is the call; the old leg is detached
        (its BYE or hang-up no longer ends the call, its slot and objects stay tracked)."""
        s = self.session
        self.started = True
        assert self.parent is not None
        self.parent.session = CallSession(uri=self.parent.session.uri)
        s.timeline.add(tl.TRANSFER_DIALING, {"uri": info.remoteUri, "sip_call_id": info.callIdString})
        if s.watch is not None:
            s.watch.hold(time.monotonic(), True)  # ringing the new party is not a dead line

    def _leg_ended(self, info: pj.CallInfo) -> bool:
        """A transfer's leg ended. True when the call goes on: the new party never answered
        and the transferring leg is still up, so the call is handed back to it."""
        s, parent = self.session, self.parent
        assert parent is not None
        if self.audio_media is not None:
            self.end_parent()
            return False
        if self.transfer_detail is not None:
            self.transfer_detail.update(result=FAILED, reason=f"{info.lastStatusCode} {info.lastReason}".strip())
        if parent.disconnected:
            return False
        self.disconnected = True
        parent.session, self.session = s, CallSession(uri=s.uri)
        s.timeline.add(tl.TRANSFER_RETURNED, {"code": info.lastStatusCode})
        if s.watch is not None:
            s.watch.hold(time.monotonic(), s.on_hold)
        return True

    def end_parent(self) -> None:
        """Hang up the transferring leg if its peer has not (the call goes on without it)."""
        parent = self.parent
        if parent is None or parent.disconnected:
            return
        try:
            parent.hangup(pj.CallOpParam(True))
        except pj.Error as exc:
            log.debug("hangup of the transferring leg: %s", exc.info())

    def abandon(self) -> None:
        """A transfer leg pjsua never dialled (it could not place the call): drop it."""
        self.disconnected = True
        if self.transfer_detail is not None:
            self.transfer_detail.update(result=FAILED, reason="the transfer target could not be dialled")

    def _transfer_leg(self) -> SipCall | None:
        """A new leg for a followed REFER, held by the call table (None: no free slot)."""
        if self.adopt is None:
            return None
        leg = SipCall(self.account, self.session)
        leg.parent, leg.adopt, leg.outgoing = self, self.adopt, True
        return leg if self.adopt(leg) else None

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
            if self.parent is not None and not s.timeline.has(tl.TRANSFER_ANSWERED, since=tl.TRANSFER_DIALING):
                s.timeline.add(tl.TRANSFER_ANSWERED, {"code": code}, at=now)
            elif not s.answered.is_set():
                s.timeline.add(tl.ANSWERED, {"code": code, "reason": reason}, at=now)
                if s.watch is not None:
                    s.watch.start(now)  # silence counts from the answer (early media aside)
                s.answered.set()
        elif s.timeline.count(tl.FINAL_RESPONSE) <= s.redirects_followed:  # one per INVITE sent
            s.timeline.add(tl.FINAL_RESPONSE, {"code": code, "reason": reason}, at=now)

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:  # noqa: N802
        """Connect the call's audio, again after every re-INVITE/UPDATE (a rebuilt stream
        has a new bridge port and no connections), and note holds and resumes."""
        try:
            info = self.getInfo()
        except pj.Error:
            return
        for media in info.media:
            if media.type != pj.PJMEDIA_TYPE_AUDIO:
                continue
            if media.status in (pj.PJSUA_CALL_MEDIA_ACTIVE, pj.PJSUA_CALL_MEDIA_REMOTE_HOLD):
                self._connect_audio(media.index)
            held = media.status == pj.PJSUA_CALL_MEDIA_REMOTE_HOLD
            # a hold is a change: audio answered inactive from the start is a dead line, not a hold
            if not held or self.media_was_active:
                self._note_hold(held)
            self.media_was_active = self.media_was_active or media.status == pj.PJSUA_CALL_MEDIA_ACTIVE
            break  # the first audio stream is the call's

    def _connect_audio(self, index: int) -> None:
        try:
            audio = self.getAudioMedia(index)
        except pj.Error:
            return  # an inactive stream has no bridge port
        s = self.session
        first = self.audio_media is None
        if not first:
            # keep every AudioMedia pjsua2 gave out referenced until the call object goes
            self.old_audio_media.append(self.audio_media)
            self._sdp_rtp_address = None  # the new SDP may name another address
            s.timeline.add(tl.MEDIA_REBUILT, {"index": index})
        self.audio_index, self.audio_media = index, audio
        if first:
            s.timeline.add(tl.MEDIA_STARTED, {"index": index})
            if s.on_media is not None and s.port is None:
                # held by the session from creation on: the softphone destroys it on its
                # thread once the call is over, never the garbage collector mid-call
                s.port = s.on_media(s)
            if self.parent is not None:  # a transfer's new party: the same port, recording, scenario
                self.connected_at = time.monotonic()
                if s.watch is not None:
                    s.watch.hold(time.monotonic(), s.on_hold)
        if s.port is not None:
            try:  # connecting ports already connected is a no-op in the bridge
                audio.startTransmit(s.port)
                s.port.startTransmit(audio)
            except pj.Error as exc:
                log.warning("call audio not connected: %s", exc.info())
        s.media_active.set()

    def _note_hold(self, held: bool) -> None:
        s = self.session
        if held == s.on_hold:
            return
        s.on_hold = held
        now = time.monotonic()
        s.timeline.add(tl.HOLD_STARTED if held else tl.HOLD_ENDED, {"kind": "sip"}, at=now)
        if s.watch is not None:
            s.watch.hold(now, held)

    def onCallTransferRequest(self, prm: pj.OnCallTransferRequestParam) -> None:  # noqa: N802
        """A REFER from the callee: followed on a new leg when the transfer policy allows
        the target (202), else refused (603) and the call goes on; recorded either way."""
        prm.statusCode = 603  # first: whatever happens below, nothing is dialled
        try:
            target = bare_uri(str(prm.dstUri))[:500]
            code, why = refer_decision(self.session.transfer_policy, target)
            leg = self._transfer_leg() if code == 202 else None
            if code == 202 and leg is None:
                code, why = 603, "no free call slot for the transfer"
            detail: dict[str, Any] = {"kind": KIND_REFER, "target": target, "result": FOLLOWED}
            if leg is not None:
                leg.transfer_detail = detail
                prm.newCall = leg
            else:
                detail.update(result=REFUSED, reason=why)
            prm.statusCode = code
            self.session.timeline.add(tl.TRANSFER, detail)
            log.info("REFER to %s %s", target, "followed" if leg is not None else f"refused: {why}")
        except Exception:  # noqa: BLE001 - never let an exception into pjsua's callback
            prm.statusCode = 603
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
        self.totals.stream_ended()  # a rebuilt stream (re-INVITE) counts from zero again
        self._sdp_rtp_address = None  # and may name another address

    # -- helpers (owning thread) ---------------------------------------------------
    def sample_stats(self) -> MediaStats | None:
        """Refresh the session's RTP/RTCP statistics; None when there is no stream."""
        if self.audio_index is None:
            return None
        try:
            stat = self.getStreamStat(self.audio_index)
        except pj.Error:
            return None
        rtcp, jbuf = stat.rtcp, stat.jbuf
        jitter, rtt = rtcp.rxStat.jitterUsec, rtcp.rttUsec
        live = StreamCounters(
            rx_packets=rtcp.rxStat.pkt,
            rx_loss=rtcp.rxStat.loss,
            tx_packets=rtcp.txStat.pkt,
            empty_frames=jbuf.empty,
            jitter_n=jitter.n,
            jitter_mean_us=jitter.mean,
            jitter_max_us=jitter.max,
            # each RTCP report from the peer about our stream yields one round-trip sample
            rtcp_reports=rtt.n,
            rtt_n=rtt.n if rtcp.rxStat.pkt else 0,
            rtt_mean_us=rtt.mean if rtcp.rxStat.pkt else 0.0,
            jbuf_delay_ms=jbuf.avgDelayMsec,
        )
        total = self.totals.update(live)
        st = self.session.stats
        st.rx_packets, st.rx_loss, st.tx_packets = total.rx_packets, total.rx_loss, total.tx_packets
        if total.jitter_n:
            st.rx_jitter_ms_mean = round(total.jitter_mean_us / 1000, 3)
            st.rx_jitter_ms_max = round(total.jitter_max_us / 1000, 3)
        if total.rtt_n:
            st.rtt_ms_mean = round(total.rtt_mean_us / 1000, 3)
        st.rtcp_reports_rx = total.rtcp_reports
        st.rx_empty_frames = total.empty_frames
        st.jbuf_delay_ms = total.jbuf_delay_ms or st.jbuf_delay_ms
        try:
            source = self.getMedTransportInfo(self.audio_index).srcRtpName
            if self._sdp_rtp_address is None or st.codec is None:
                info = self.getStreamInfo(self.audio_index)
                st.codec = st.codec or info.codecName
                self._sdp_rtp_address = info.remoteRtpAddress
                codec = info.audCodecParam
                st.ptime_ms = codec.info.frameLen * max(1, codec.setting.frmPerPkt)
                st.plc = bool(codec.setting.plc)
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
