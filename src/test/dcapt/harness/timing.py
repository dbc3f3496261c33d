"""Times a function under a name into a list, as the toolkit's measuring decorators report an action."""
import functools
import time


def timed(interaction, timings):
    def deco_wrapper(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            start = time.monotonic()
            result = func(*args, **kwargs)
            timings.append((interaction, time.monotonic() - start))
            return result
        return wrapper
    return deco_wrapper
