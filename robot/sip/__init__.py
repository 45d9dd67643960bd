"""The SIP layer: one pjsua2 Endpoint on its own thread, its calls, transports and audio ports.

Owns: everything that touches pjsua2 (the owning thread, call slots, accounts and
transports, the audio-port pool, RTP/RTCP sampling for the dead-line watch) and the
crash-safe stereo recording those ports write.
May import: :mod:`robot.errors`, :mod:`robot.config`, and :mod:`robot.call.timeline` for
the event names it records.
"""
