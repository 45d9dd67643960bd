"""The Celery application both sides share: Redis broker, JSON messages, late acknowledgement."""

from __future__ import annotations

from celery import Celery

from robot.campaigns.broker import keys


def make_app(url: str) -> Celery:
    """A Celery app on the Redis broker ``url``: one queue, prefetch 1, late ack, requeue if a worker dies."""
    app = Celery("mysterycall", broker=url, set_as_current=False)
    app.conf.update(
        task_serializer="json",
        accept_content=["json"],
        task_default_queue=keys.QUEUE,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_ignore_result=True,  # results travel on our own Redis keys (keys.result), written once
        worker_prefetch_multiplier=1,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
        worker_send_task_events=False,
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=5,
        broker_transport_options={"visibility_timeout": 3600},
        task_create_missing_queues=True,
    )
    return app
