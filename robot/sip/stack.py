"""Bringing the SIP stack up and down: the pjsua2 Endpoint, its transports, codecs and accounts.

Besides ``sip.transport`` (which carries the account), the other of UDP and TCP is opened
on a free port for direct dialing (:mod:`robot.sip.transports`). A local account, bound
to no transport, dials SIP URIs directly; the configured account, when there is one and
it is wanted, registers before the softphone reports itself started.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator

import pjsua2 as pj

from robot.config.credentials import PASSWORD_ENV
from robot.config.settings import Account as AccountConfig
from robot.config.settings import Sip
from robot.errors import CallSetupError, InputError
from robot.sip.transports import TransportSpec, transports_to_open

log = logging.getLogger("robot.sip.softphone")  # the softphone's log, under the name it always had

TRANSPORTS = {
    "udp": pj.PJSIP_TRANSPORT_UDP,
    "tcp": pj.PJSIP_TRANSPORT_TCP,
    "tls": pj.PJSIP_TRANSPORT_TLS,
}

SESSION_EXPIRES_S = 90  # the smallest RFC 4028 allows (Min-SE 90)


@contextlib.contextmanager
def _quiet_stdout(to_stderr: bool) -> Iterator[None]:
    """Send fd 1 to stderr (or nowhere) for a moment: pjlib logs to stdout before libInit."""
    sys.stdout.flush()
    saved = os.dup(1)
    target = os.dup(2) if to_stderr else os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(target, 1)
        os.close(target)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


IncomingHandler = Callable[["SipAccount", pj.OnIncomingCallParam], None]


class SipAccount(pj.Account):
    """A pjsua2 account reporting registration results to a waiting thread."""

    def __init__(self) -> None:
        super().__init__()
        self.reg_done = threading.Event()
        self.reg_code: int | None = None
        self.reg_reason: str | None = None
        self.incoming: IncomingHandler | None = None

    def onRegState(self, prm: pj.OnRegStateParam) -> None:  # noqa: N802
        self.reg_code, self.reg_reason = prm.code, prm.reason
        if prm.code // 100 != 1:
            self.reg_done.set()

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:  # noqa: N802
        if self.incoming is not None:
            self.incoming(self, prm)


class SipStack:
    """Creates, configures and destroys the Endpoint; opens the transports; sets the codec
    priorities; creates the accounts and registers (and un-registers) the configured one.

    Keeps the rules "a Python reference is kept to every Account until pjsua2 is done with
    it" (:attr:`local_account` and :attr:`account` until :meth:`shutdown_accounts`) and
    "every account is released before ``libDestroy``" (the softphone's teardown calls
    :meth:`shutdown_accounts`, then :meth:`destroy`). Everything here runs on the owning
    thread; registration waits by polling ``libHandleEvents`` on it.
    """

    def __init__(self, sip: Sip, max_calls: int, clock_rate: int, log_level: int, password: str | None = None):
        self.sip = sip
        self.max_calls = max_calls
        self.clock_rate = clock_rate
        self.log_level = log_level
        self._password = password
        self.endpoint: pj.Endpoint | None = None
        self.local_account: SipAccount | None = None
        self.account: SipAccount | None = None
        self.local_address: str | None = None

    # -- up -------------------------------------------------------------------------
    def create(self, register: bool, on_incoming: IncomingHandler) -> pj.Endpoint:
        """Create and start the Endpoint, open the transports, set the codecs, create the
        accounts; with ``register``, register the configured account (raising on failure)."""
        ep = pj.Endpoint()
        self.endpoint = ep
        with _quiet_stdout(self.log_level > 0):
            ep.libCreate()  # pjlib logs to stdout before libInit; keep stdout clean for --json
        ep.libInit(self._endpoint_config())
        sip = self.sip
        primary, *extra = transports_to_open(sip.transport, sip.bind_address, sip.local_port)
        tid = self._open_transport(ep, primary)
        self.local_address = ep.transportGetInfo(tid).localName
        for spec in extra:
            try:
                self._open_transport(ep, spec)
            except CallSetupError as exc:
                log.info("%s (direct dialing over it is off)", exc)
        ep.libStart()
        ep.audDevManager().setNullDev()
        self._set_codecs(ep)
        self.local_account = SipAccount()
        self.local_account.incoming = on_incoming
        self.local_account.create(self._local_account_config(), True)
        if sip.account is not None and register:
            self.account = self._register(ep, sip.account, tid)
        return ep

    def _endpoint_config(self) -> pj.EpConfig:
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = False
        cfg.uaConfig.maxCalls = self.max_calls
        cfg.uaConfig.userAgent = self.sip.user_agent
        cfg.logConfig.level = self.log_level
        cfg.logConfig.consoleLevel = 0  # pjlib's console is stdout: the log goes to stderr instead
        if self.log_level:
            cfg.logConfig.filename = os.environ.get("MYSTERYCALL_PJSIP_LOGFILE", "/dev/stderr")
        cfg.logConfig.msgLogging = self.log_level >= 4
        cfg.medConfig.threadCnt = 0
        cfg.medConfig.hasIoqueue = True
        cfg.medConfig.clockRate = self.clock_rate
        cfg.medConfig.sndClockRate = self.clock_rate
        cfg.medConfig.channelCount = 1
        cfg.medConfig.noVad = True
        cfg.medConfig.ecTailLen = 0
        return cfg

    @staticmethod
    def _open_transport(ep: pj.Endpoint, spec: TransportSpec) -> int:
        tcfg = pj.TransportConfig()
        tcfg.boundAddress = spec.address
        tcfg.port = spec.port
        try:
            tid: int = ep.transportCreate(TRANSPORTS[spec.name], tcfg)
        except pj.Error as exc:
            message = f"cannot open SIP {spec.name} transport on {spec.address}:{spec.port}: {exc.reason}"
            raise CallSetupError(message) from None
        return tid

    def _set_codecs(self, ep: pj.Endpoint) -> None:
        wanted = [c.lower() for c in self.sip.codecs]
        for codec in ep.codecEnum2():
            cid = codec.codecId
            prio = 0
            for rank, name in enumerate(wanted):
                if cid.lower().startswith(name):
                    prio = 250 - rank
            if cid.lower().startswith("telephone-event"):
                continue
            ep.codecSetPriority(cid, prio)

    def _media_config(self, acfg: pj.AccountConfig) -> pj.AccountConfig:
        mcfg = acfg.mediaConfig.transportConfig
        mcfg.boundAddress = self.sip.bind_address
        mcfg.port = 10000
        mcfg.portRange = 40000
        mcfg.randomizePort = True
        # RFC 4028 session timers: a dialog the robot can no longer end (a killed worker)
        # expires at the peer within SESSION_EXPIRES_S instead of the peer's default 30 min.
        ccfg = acfg.callConfig
        ccfg.timerUse = pj.PJSUA_SIP_TIMER_OPTIONAL
        ccfg.timerSessExpiresSec = SESSION_EXPIRES_S
        ccfg.timerMinSESec = SESSION_EXPIRES_S
        return acfg

    def _account_config(self, account: AccountConfig, tid: int) -> pj.AccountConfig:
        acfg = pj.AccountConfig()
        acfg.idUri = account.id_uri
        acfg.sipConfig.transportId = tid
        return self._media_config(acfg)

    def _local_account_config(self) -> pj.AccountConfig:
        """Not bound to a transport: pjsip picks the one the dialed URI asks for."""
        acfg = pj.AccountConfig()
        acfg.idUri = f"sip:mysterycall@{self.sip.bind_address}"
        return self._media_config(acfg)

    def _register(self, ep: pj.Endpoint, account: AccountConfig, tid: int) -> SipAccount:
        acfg = self._account_config(account, tid)
        if account.registrar:
            acfg.regConfig.registrarUri = account.registrar
            acfg.regConfig.timeoutSec = account.reg_expires_s
            acfg.regConfig.registerOnAdd = account.register_
        if account.outbound_proxy:
            acfg.sipConfig.proxies.append(account.outbound_proxy)
        user = account.auth_user or account.id_uri.split(":", 1)[1].split("@", 1)[0]
        if self._password is not None:
            acfg.sipConfig.authCreds.append(pj.AuthCredInfo("digest", account.realm, user, 0, self._password))
        acc = SipAccount()
        acc.create(acfg, True)
        if not (account.registrar and account.register_):
            return acc
        deadline = time.monotonic() + account.register_timeout_s
        while not acc.reg_done.is_set() and time.monotonic() < deadline:
            ep.libHandleEvents(self.sip.poll_interval_ms)
        if not acc.reg_done.is_set():
            acc.shutdown()
            raise CallSetupError(
                f"registration with {account.registrar} timed out after {account.register_timeout_s:g} s"
            )
        if acc.reg_code != 200:
            code, reason = acc.reg_code, acc.reg_reason
            acc.shutdown()
            message = f"registration with {account.registrar} failed: {code} {reason}"
            if code in (401, 403, 407):
                hint = "wrong password or user name?" if self._password else f"no password: set {PASSWORD_ENV}"
                raise InputError(f"{message} ({hint})")
            raise CallSetupError(message)
        log.info("registered %s at %s", account.id_uri, account.registrar)
        return acc

    # -- down -----------------------------------------------------------------------
    def unregister(self, ep: pj.Endpoint) -> None:
        """Send the un-REGISTER and wait (bounded) for it to complete, challenge included."""
        acc = self.account
        if acc is None or acc.reg_code != 200:
            return
        acc.reg_done.clear()
        try:
            acc.setRegistration(False)
        except pj.Error:
            return
        deadline = time.monotonic() + 2.0
        while not acc.reg_done.is_set() and time.monotonic() < deadline:
            ep.libHandleEvents(10)

    def shutdown_accounts(self) -> None:
        """Shut both accounts down and drop the references (before ``libDestroy``)."""
        for acc in (self.account, self.local_account):
            if acc is not None:
                try:
                    acc.shutdown()
                except pj.Error:
                    pass
        self.account = self.local_account = None

    def destroy(self, failed: bool) -> None:
        """``libDestroy``: the last step, once calls, ports and accounts are gone.
        ``failed``: set-up failed, so nothing is sent on the network."""
        ep = self.endpoint
        if ep is None:
            return
        ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK if failed else pj.PJSUA_DESTROY_NO_RX_MSG)
        self.endpoint = None
