"""Sweeps across machines: call jobs through Celery with a Redis broker.

The coordinator (``sweep``/``retest --broker``) submits each write-ahead attempt as a Celery
task named by its attempt key (:mod:`.pool`); ``mysterycall worker`` processes take them and
run them on their own call-worker processes (:mod:`.worker`). Results, recordings (FLAC),
claims and dialogs travel through Redis keys named in :mod:`.keys`.
"""
