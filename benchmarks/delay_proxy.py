"""A TCP proxy on localhost that holds every chunk a fixed time each way: a kernel far away.

``DelayProxy(target_port, delay_ms=60)`` listens on a free port of 127.0.0.1 and forwards
every connection to ``target_port``, each chunk of bytes ``delay_ms`` later, in order, in both
directions: 60 ms each way adds a 120 ms round trip, as for a student in the US on a European
Binder. HTTP and the kernel's websocket go through it alike. Used by
``python -m benchmarks.browser_latency --delay-ms 60``.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time

__all__ = ["DelayProxy"]


class DelayProxy:
    """Forward 127.0.0.1:``port`` to 127.0.0.1:``target_port`` with ``delay_ms`` each way."""

    def __init__(self, target_port, delay_ms=60):
        self.target_port = int(target_port)
        self.delay = delay_ms / 1000
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="delay-proxy", daemon=True)

    def __enter__(self):
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the delaying proxy did not start")
        return self

    def __exit__(self, *exc):
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def _run(self):
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._connect, "127.0.0.1", self.port)
        )
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()
            # End every connection's pipes before the loop closes (else their transports
            # complain at exit that the loop is closed).
            tasks = asyncio.all_tasks(self._loop)
            for task in tasks:
                task.cancel()
            self._loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            self._loop.close()

    async def _connect(self, client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(
                "127.0.0.1", self.target_port
            )
        except OSError:
            client_writer.close()
            return
        try:
            await asyncio.gather(
                self._pipe(client_reader, server_writer),
                self._pipe(server_reader, client_writer),
            )
        except asyncio.CancelledError:
            # The proxy is closing. Ended, not cancelled: asyncio's stream server asks a
            # connection's task for its exception, and a cancelled one printed a traceback.
            pass

    async def _pipe(self, reader, writer):
        """Read chunks as they come; write each one ``delay`` after it came, in order."""
        queue = asyncio.Queue()

        async def send():
            while True:
                due, data = await queue.get()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if data is None:
                    writer.close()
                    return
                writer.write(data)
                await writer.drain()

        sender = asyncio.ensure_future(send())
        try:
            while data := await reader.read(65536):
                queue.put_nowait((time.monotonic() + self.delay, data))
        except (ConnectionError, OSError):
            pass
        queue.put_nowait((time.monotonic() + self.delay, None))
        try:
            await sender
        except (ConnectionError, OSError):
            pass
