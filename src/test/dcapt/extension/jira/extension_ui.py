"""Safeguarding for Jira's browser action for Atlassian's DC App Performance Toolkit (Selenium).

Copy this file over app/extension/jira/extension_ui.py in the toolkit (docs/performance-toolkit.md), and point the
toolkit's custom dataset at the app's cases (jira.yml: custom_dataset_query: issuetype = "Safeguarding concern").
It times three things a worker and a lead do: open a case with the panel and its "whom to call" section, answer the
first questions of the guided page and see the assessment, and open "what needs me now". It saves nothing.
"""
from selenium.webdriver.common.by import By

from selenium_ui.base_page import BasePage
from selenium_ui.conftest import print_timing
from util.conf import JIRA_SETTINGS

WHOM_TO_CALL = (By.ID, 'safeguarding-services')
WHOM_TO_CALL_OPENER = (By.CSS_SELECTOR, '#safeguarding-services > summary')
SERVICES_SHOWN = (By.CSS_SELECTOR, '#safeguarding-services-list .safeguarding-services')
NEXT_STEP = (By.CSS_SELECTOR, "section.safeguarding-step:not([hidden]) [data-safeguarding-step='next']")
ASSESSED = (By.CSS_SELECTOR, '#safeguarding-raise-assessment strong')


def app_specific_action(webdriver, datasets):
    page = BasePage(webdriver)
    if not datasets.get('custom_issues'):
        raise AssertionError('no Safeguarding concern in the dataset: set custom_dataset_query in jira.yml')
    issue_key = datasets['custom_issue_key']

    @print_timing('selenium_safeguarding')
    def measure():
        @print_timing('selenium_safeguarding:view_case_with_panel')
        def view_case():
            page.go_to_url(f'{JIRA_SETTINGS.server_url}/browse/{issue_key}')
            page.wait_until_visible(WHOM_TO_CALL)
            page.wait_until_clickable(WHOM_TO_CALL_OPENER).click()
            page.wait_until_visible(SERVICES_SHOWN)
        view_case()

        @print_timing('selenium_safeguarding:raise_concern_guided')
        def raise_concern():
            page.go_to_url(f'{JIRA_SETTINGS.server_url}/plugins/servlet/safeguarding/raise')
            page.wait_until_visible((By.ID, 'safeguarding-step-danger'))
            page.wait_until_clickable((By.CSS_SELECTOR, "label[for='safeguarding-raise-immediateDanger-no']")).click()
            page.wait_until_clickable(NEXT_STEP).click()
            page.wait_until_visible((By.ID, 'safeguarding-step-ask'))
            page.wait_until_clickable((By.CSS_SELECTOR, "label[for='safeguarding-raise-answers.owes-money-yes']")).click()
            page.wait_until_visible(ASSESSED)
        raise_concern()

        @print_timing('selenium_safeguarding:what_needs_me_now')
        def what_needs_me_now():
            page.go_to_url(f'{JIRA_SETTINGS.server_url}/plugins/servlet/safeguarding/work')
            page.wait_until_visible((By.ID, 'safeguarding-work-title'))
        what_needs_me_now()
    measure()
