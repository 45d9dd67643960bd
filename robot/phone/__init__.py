"""The simulated client phone: a SIP user agent that behaves like an office line.

Owns: behaviours chosen by the dialled user part, scripted operators, the phone process.
May import: robot.config, robot.sip, robot.media and scoring's phrase matcher; nothing above.
"""
