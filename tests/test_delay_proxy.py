"""The remote benchmark's delaying proxy (benchmarks/delay_proxy.py), as a smoke test: what
goes through it arrives whole and in order, each way later by the delay. (The remote benchmark
itself prints figures and asserts none: ``python -m benchmarks.browser_latency --delay-ms 60``.)"""

import http.server
import threading
import time
import urllib.request

from benchmarks.delay_proxy import DelayProxy


def test_the_proxy_forwards_everything_a_round_trip_later():
    body = bytes(range(256)) * 4096  # 1 MB: many chunks, which must stay in order

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with DelayProxy(server.server_address[1], delay_ms=60) as proxy:
            t0 = time.monotonic()
            with urllib.request.urlopen(f"http://127.0.0.1:{proxy.port}/", timeout=30) as reply:
                got = reply.read()
            elapsed = time.monotonic() - t0
        assert got == body
        assert elapsed >= 0.12, f"a round trip through it took {elapsed * 1000:.0f} ms"
    finally:
        server.shutdown()
