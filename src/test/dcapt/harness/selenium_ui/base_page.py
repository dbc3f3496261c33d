"""Stand-in for the DC App Performance Toolkit's selenium_ui.base_page.BasePage: the waits an extension uses."""
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

TIMEOUT = 20


class BasePage:
    def __init__(self, driver):
        self.driver = driver

    def go_to_url(self, url):
        self.driver.get(url)

    def wait_until_visible(self, selector, timeout=TIMEOUT):
        return WebDriverWait(self.driver, timeout).until(ec.visibility_of_element_located(selector),
                                                         message=f'not visible: {selector}')

    def wait_until_clickable(self, selector, timeout=TIMEOUT):
        return WebDriverWait(self.driver, timeout).until(ec.element_to_be_clickable(selector),
                                                         message=f'not clickable: {selector}')
