"""Print how long nbval took over all notebooks (a figure to watch, never a timed assertion)."""

_nbval_seconds = []


def pytest_runtest_logreport(report):
    if ".ipynb::" in report.nodeid:
        _nbval_seconds.append((report.nodeid.split("::")[0], report.duration))


def pytest_terminal_summary(terminalreporter):
    if _nbval_seconds:
        notebooks = {name for name, _ in _nbval_seconds}
        total = sum(seconds for _, seconds in _nbval_seconds)
        terminalreporter.write_line(
            f"nbval: {len(notebooks)} notebooks re-executed in {total:.1f} s (with kernel start)"
        )
