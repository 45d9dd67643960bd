"""Stemming from several threads at once, as a sweep worker scores its calls (up to four)."""

from __future__ import annotations

import threading

from scoring.stemming import stem

WORDS = [
    "consultation", "appointments", "recommended", "беспокоиться", "перезвоните", "администратором",
    "availability", "посмотрите", "delivering", "записываемся", "measurements", "организованный",
]  # fmt: skip


def test_stems_from_many_threads_are_the_ones_one_thread_gets() -> None:
    uncached = stem.__wrapped__  # the cache would hide the stemmer from all but the first thread
    expected = [uncached(w) for w in WORDS]
    failures: list[str] = []

    def work() -> None:
        try:
            for _ in range(300):
                got = [uncached(w) for w in WORDS]
                if got != expected:
                    failures.append(f"{got} != {expected}")
                    return
        except Exception as exc:  # noqa: BLE001 - a shared stemmer fails with IndexError
            failures.append(repr(exc))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures[:3]
