"""The SIP layer: one pjsua2 Endpoint on its own thread, its calls, transports and audio ports.

Owns: everything that touches pjsua2 (the owning thread, call slots, accounts and
transports, the audio-port pool, RTP/RTCP sampling for the dead-line watch) and the
crash-safe stereo recording those ports write. :mod:`~robot.sip.softphone` is the front;
behind it :mod:`~robot.sip.pjthread` (the owning thread and its work queue),
:mod:`~robot.sip.stack` (Endpoint, transports, codecs, accounts, registration),
:mod:`~robot.sip.calltable` (dialling, call slots, reaping), :mod:`~robot.sip.portpool`
(audio ports), :mod:`~robot.sip.sampling` (stream statistics for the dead-line watch) and
:mod:`~robot.sip.collector` (garbage collection on the owning thread).
May import: :mod:`robot.errors`, :mod:`robot.config`, and :mod:`robot.sip.timeline` for
the event names it records.
"""
