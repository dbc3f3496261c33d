"""Stand-in for the DC App Performance Toolkit's selenium_ui.conftest: print_timing times a step under its name."""
import functools
import time

TIMINGS = []


def print_timing(interaction=None, explicit_timing=None):
    assert interaction is not None, 'Interaction name is not passed to print_timing decorator'

    def deco_wrapper(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            start = time.monotonic()
            result = func(*args, **kwargs)
            TIMINGS.append((interaction, time.monotonic() - start))
            return result
        return wrapper
    return deco_wrapper
