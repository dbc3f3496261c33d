"""Runs Safeguarding for Jira's DC App Performance Toolkit actions once against a server (the preview host in the
build, PerformanceToolkitActionsIT), through stand-ins for the toolkit's modules (harness/), so that the actions an
admin copies into the toolkit are known to work. Prints each timing as a JSON line; exits non-zero on a failure.

Environment: SAFEGUARDING_SERVER (the base address), SAFEGUARDING_CASE (a case key), CHROMIUM and CHROMEDRIVER
(default /usr/bin/chromium and /usr/bin/chromedriver)."""
import http.cookiejar
import json
import os
import sys
import tempfile
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, 'harness'), HERE]

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

from extension.jira import extension_locust, extension_ui  # noqa: E402
from locustio import common_utils  # noqa: E402
from selenium_ui import conftest  # noqa: E402
from util.conf import JIRA_SETTINGS  # noqa: E402


class Response:
    def __init__(self, status, content):
        self.status_code = status
        self.content = content


class LocustClient:
    """What an extension calls on the toolkit's Locust task set: get and post, answering with status and content.
    A status of 400 or more fails the action, as the toolkit's failure check does."""

    def __init__(self, server):
        self.server = server
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path, catch_response=False, headers=None):
        return self._send('GET', path, None, headers)

    def post(self, path, data=None, json=None, headers=None, catch_response=False):
        return self._send('POST', path, data, headers)

    def _send(self, method, path, data, headers):
        body = data.encode('utf-8') if isinstance(data, str) else data
        request = urllib.request.Request(self.server + path, data=body, method=method, headers=headers or {})
        try:
            with self.opener.open(request) as answer:
                return Response(answer.status, answer.read())
        except urllib.error.HTTPError as refused:
            raise AssertionError(f'{method} {path} answered {refused.code}: {refused.read()[:300]!r}')


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get('CHROMIUM', '/usr/bin/chromium')
    for flag in ('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                 '--disable-background-networking', '--disable-component-update', '--disable-sync',
                 '--no-first-run', '--window-size=1280,1024', f'--user-data-dir={tempfile.mkdtemp()}'):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(os.environ.get('CHROMEDRIVER', '/usr/bin/chromedriver')),
                            options=options)


def main():
    extension_locust.app_specific_action(LocustClient(JIRA_SETTINGS.server_url))
    driver = browser()
    try:
        case = os.environ.get('SAFEGUARDING_CASE', 'SG-1')
        extension_ui.app_specific_action(driver, {'custom_issues': [case], 'custom_issue_key': case})
    finally:
        driver.quit()
    for name, seconds in common_utils.TIMINGS + conftest.TIMINGS:
        print(json.dumps({'action': name, 'seconds': round(seconds, 3)}))


if __name__ == '__main__':
    main()
