"""Stand-in for the DC App Performance Toolkit's selenium_ui.conftest: print_timing times a step under its name."""
from timing import timed

TIMINGS = []


def print_timing(interaction=None, explicit_timing=None):
    assert interaction is not None, 'Interaction name is not passed to print_timing decorator'
    return timed(interaction, TIMINGS)
