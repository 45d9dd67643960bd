"""The simulated client phone: a SIP user agent that behaves like an office line."""
