"""Stand-in for the DC App Performance Toolkit's locustio.common_utils, enough to run an extension's HTTP action
once against the preview host: the three names an extension imports, with the same meaning. Written for this
smoke test; the toolkit's own module replaces it when the action runs in the toolkit."""
import logging

from timing import timed

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
    return timed(interaction, TIMINGS)


def run_as_specific_user(username=None, password=None, do_websudo=False):
    def deco_wrapper(func):
        return func
    return deco_wrapper
