# "Python" from https://docs.contactship.ai/api-reference/endpoint/make-contact-call
# (Call a Contact), verbatim except the host: the test replaces {{CONTACTSHIP_HOST}} (there
# https://api.contactship.ai) with the sandbox's http://127.0.0.1:PORT.
import requests

response = requests.post(
    '{{CONTACTSHIP_HOST}}/v1/calls/single-contact-call',
    headers={'x-api-key': 'your-api-key'},
    json={
        'contact_id': 'c1d2e3f4-a5b6-7890-cdef-123456789012',
        'agent_id': 'agent-a1b2c3d4-e5f6-7890-abcd-ef1234567890',
        'from_number_id': 'pn-a1b2c3d4-e5f6-7890-abcd-ef1234567890',
        'additional_data': [
            {'key': 'amount_debt', 'value': '14058'},
        ],
    },
)
call = response.json()
print(f"Call created: {call['call_id']}")
