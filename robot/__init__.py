"""mysterycall: an automated mystery-call robot on a SIP softphone."""

__version__ = "0.1.0"
