"""One call end to end: place it, record what happened, classify it, return the result.

Owns: the call result contract (:mod:`robot.call.result`), the timeline of events and
timings, the outcome rules, and placing one call on a running softphone.
May import: :mod:`robot.errors`, :mod:`robot.config`, :mod:`robot.sip`, :mod:`robot.media`.
"""
