"""Stand-in for the DC App Performance Toolkit's util.conf: where Jira is, from SAFEGUARDING_SERVER."""
import os


class _JiraSettings:
    server_url = os.environ.get('SAFEGUARDING_SERVER', 'http://localhost:2990').rstrip('/')


JIRA_SETTINGS = _JiraSettings()
