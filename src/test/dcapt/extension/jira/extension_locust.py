"""Safeguarding for Jira's HTTP action for Atlassian's DC App Performance Toolkit (Locust).

Copy this file over app/extension/jira/extension_locust.py in the toolkit (docs/performance-toolkit.md). It makes the
calls a worker's browser makes on the guided "Raise a safeguarding concern" page, then the lead's "what needs me
now": the projects to raise in, the assessment as the answers come, the concern raised through Jira's own Create,
and the work queues. Run it as users who may raise concerns in a project the app is enabled for.
"""
import json

from locustio.common_utils import init_logger, jira_measure, run_as_specific_user  # noqa F401

logger = init_logger(app_type='jira')

REST = '/rest/safeguarding/1.0'
JSON = {'Content-Type': 'application/json', 'Accept': 'application/json'}
# A typical concern, as the guided page sends it: no danger now, three of the leaflet's answers, one sign seen.
SCREENING = {
    'immediateDanger': 'no',
    'ageGroup': 'adult',
    'nation': 'england',
    'answers': {'owes-money': 'yes', 'documents-held': 'yes', 'free-to-leave': 'no'},
    'indicatorsSeen': ['situational.documents-held'],
}


def _json(response, action):
    content = response.content.decode('utf-8')
    try:
        return json.loads(content)
    except ValueError:
        logger.error(f'{action} did not answer in JSON: {content[:200]}')
        raise


@jira_measure('locust_safeguarding_raise_concern')
def app_specific_action(locust):
    places = _json(locust.get(f'{REST}/concerns/places', catch_response=True), 'places').get('places', [])
    if not places:
        logger.error('the user may raise a concern in no project: enable one and give the user Create issues')
    assert places, 'no project to raise a concern in'

    assessment = _json(locust.post(f'{REST}/assessment', data=json.dumps(SCREENING), headers=JSON,
                                   catch_response=True), 'assessment')
    assert 'level' in json.dumps(assessment), f'no risk level in the assessment: {assessment}'

    concern = {'project': places[0]['key'], 'notes': 'Performance toolkit: a typical concern.',
               'screening': SCREENING}
    raised = _json(locust.post(f'{REST}/concerns', data=json.dumps(concern), headers=JSON, catch_response=True),
                   'concerns')
    assert raised.get('key'), f'no case raised: {raised}'
    logger.locust_info(f'raised {raised["key"]}')

    work = _json(locust.get(f'{REST}/work', catch_response=True), 'work')
    assert 'queues' in work, f'no work queues: {work}'
