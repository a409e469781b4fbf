# "cURL" from https://docs.contactship.ai/api-reference/endpoint/make-ai-phone-call
# (Make AI Phone Call), verbatim except the host: the test replaces {{CONTACTSHIP_HOST}} (there
# https://api.contactship.ai) with the sandbox's http://127.0.0.1:PORT.
curl -X POST "{{CONTACTSHIP_HOST}}/v1/calls/single-phone-call" \
  -H "x-api-key: your-api-key" \
  -H "Content-Type: application/json" \
  -d '{
    "from_number": "+12025551234",
    "to_number": "+14155552678",
    "full_name": "Jane Smith",
    "agent_id": "agent-a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    "email": "jane.smith@example.com",
    "country": "United States",
    "additional_data": [
      { "key": "plan", "value": "premium" },
      { "key": "account_balance", "value": "250.00" }
    ]
  }'
