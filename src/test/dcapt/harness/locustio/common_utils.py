"""Stand-in for the DC App Performance Toolkit's locustio.common_utils, enough to run an extension's HTTP action
once against the preview host: the three names an extension imports, with the same meaning. Written for this
smoke test; the toolkit's own module replaces it when the action runs in the toolkit."""
import functools
import logging
import time

TIMINGS = []


class _Logger(logging.Logger):
    def locust_info(self, msg, *args, **kwargs):
        self.info(msg, *args, **kwargs)


def init_logger(app_type=None):
    logging.setLoggerClass(_Logger)
    logger = logging.getLogger(f'{app_type}-extension')
    logging.setLoggerClass(logging.Logger)
    return logger


def jira_measure(interaction=None):
    """Times the action under its name, as the toolkit reports it."""
    def deco_wrapper(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            start = time.monotonic()
            result = func(*args, **kwargs)
            TIMINGS.append((interaction, time.monotonic() - start))
            return result
        return wrapper
    return deco_wrapper


def run_as_specific_user(username=None, password=None, do_websudo=False):
    def deco_wrapper(func):
        return func
    return deco_wrapper
