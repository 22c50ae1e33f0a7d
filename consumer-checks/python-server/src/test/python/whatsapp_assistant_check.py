"""A tiny WhatsApp assistant in Python, tested against the MockApis standalone server.

The app (http.server) receives Twilio's inbound webhook, checks its X-Twilio-Signature, asks OpenAI's
Chat Completions API for a reply and sends it back through Twilio's Messages API. The test drives it the
way Twilio would, through the server's admin API, and reads the fakes' interaction logs back.

Usage: python3 whatsapp_assistant_check.py URLS_FILE   (the file written by --urls-file)
Standard library only.
"""
import base64
import hashlib
import hmac
import json
import sys
import threading
import unittest
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

URLS = {}
FALLBACK_REPLY = "Sorry, I cannot answer right now. A person will get back to you."


# --- the application under test -------------------------------------------------------------------

def twilio_signature(auth_token, url, params):
    """Twilio's webhook signature: HMAC-SHA1 over the URL, then each parameter name and value by name."""
    data = url + "".join(name + params[name] for name in sorted(params))
    digest = hmac.new(auth_token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def call(url, data=None, headers=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read()
        return json.loads(body) if body else None


class AssistantApp(BaseHTTPRequestHandler):
    """POST /twilio/whatsapp answers an inbound message; POST /twilio/status records delivery reports."""

    statuses = []

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        params = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True))
        url = f"http://127.0.0.1:{self.server.server_port}{self.path}"
        expected = twilio_signature(URLS["twilio"]["authToken"], url, params)
        if not hmac.compare_digest(expected, self.headers.get("X-Twilio-Signature", "")):
            self.send_response(403)
            self.end_headers()
            return
        if self.path == "/twilio/whatsapp":
            self.answer(params)
        elif self.path == "/twilio/status":
            AssistantApp.statuses.append((params["MessageSid"], params["MessageStatus"]))
            self.send_response(204)
            self.end_headers()
        else:
            self.send_response(404)
            self.end_headers()

    def answer(self, params):
        try:
            completion = call(URLS["openai"]["baseUrl"] + "/chat/completions",
                              data=json.dumps({"model": "gpt-4o-mini", "messages": [
                                  {"role": "system", "content": "You are a shop's WhatsApp assistant."},
                                  {"role": "user", "content": params["Body"]}]}).encode(),
                              headers={"Authorization": "Bearer sk-python-test", "Content-Type": "application/json"})
            reply = completion["choices"][0]["message"]["content"]
        except urllib.error.HTTPError:
            reply = FALLBACK_REPLY
        twilio = URLS["twilio"]
        basic = base64.b64encode(f"{twilio['accountSid']}:{twilio['authToken']}".encode()).decode()
        call(f"{twilio['baseUrl']}/2010-04-01/Accounts/{twilio['accountSid']}/Messages.json",
             data=urllib.parse.urlencode({"To": params["From"], "From": params["To"], "Body": reply,
                                          "StatusCallback": f"http://127.0.0.1:{self.server.server_port}/twilio/status"}).encode(),
             headers={"Authorization": "Basic " + basic})
        twiml = b'<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(twiml)))
        self.end_headers()
        self.wfile.write(twiml)

    def log_message(self, *args):
        pass


# --- the test ---------------------------------------------------------------------------------------

def admin(path, body=None, method=None):
    data = None if body is None else json.dumps(body).encode()
    return call(URLS["admin"] + path, data=data, headers={"Content-Type": "application/json"}, method=method)


class WhatsAppAssistantTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.app = ThreadingHTTPServer(("127.0.0.1", 0), AssistantApp)
        threading.Thread(target=cls.app.serve_forever, daemon=True).start()
        cls.app_url = f"http://127.0.0.1:{cls.app.server_port}"

    @classmethod
    def tearDownClass(cls):
        cls.app.shutdown()

    def setUp(self):
        admin("/admin/reset", {})
        AssistantApp.statuses.clear()

    def test_answers_an_inbound_whatsapp_message_through_openai_and_twilio(self):
        answer = admin("/admin/twilio/inbound", {"url": self.app_url + "/twilio/whatsapp",
                                                 "from": "+15551234567", "body": "Where is my order?"})
        self.assertEqual(200, answer["status"], answer["body"])

        openai = admin("/admin/apis/openai/interactions")
        self.assertEqual(["chat.completions.create"], openai["operations"])
        chat = openai["interactions"][0]
        self.assertEqual("Where is my order?", chat["body"]["messages"][1]["content"])
        self.assertEqual(["Bearer <redacted>"], chat["headers"]["Authorization"])
        reply = json.loads(chat["responseBody"])["choices"][0]["message"]["content"]

        twilio = admin("/admin/apis/twilio/interactions")
        self.assertEqual(["messages.create"], twilio["operations"])
        sent = twilio["interactions"][0]
        self.assertEqual(201, sent["status"])
        self.assertEqual(["whatsapp:+15551234567"], sent["body"]["To"])
        self.assertEqual([reply], sent["body"]["Body"])
        self.assertEqual([f"Basic {URLS['twilio']['accountSid']}:<redacted>"], sent["headers"]["Authorization"])

        delivered = admin("/admin/twilio/status-callbacks/deliver", {})["delivered"]
        self.assertEqual(["sent", "delivered"], [callback["messageStatus"] for callback in delivered])
        self.assertEqual([204, 204], [callback["status"] for callback in delivered])
        sid = json.loads(sent["responseBody"])["sid"]
        self.assertEqual([(sid, "sent"), (sid, "delivered")], AssistantApp.statuses)

    def test_the_app_rejects_a_webhook_with_a_forged_signature(self):
        form = urllib.parse.urlencode({"From": "whatsapp:+15551234567", "Body": "hi"}).encode()
        request = urllib.request.Request(self.app_url + "/twilio/whatsapp", data=form,
                                         headers={"X-Twilio-Signature": "forged"})
        with self.assertRaises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        self.assertEqual(403, refused.exception.code)
        self.assertEqual([], admin("/admin/apis/openai/interactions")["operations"])

    def test_an_openai_outage_selected_through_the_admin_api_gets_the_fallback_reply(self):
        admin("/admin/apis/openai/scenario", {"name": "server_error"})

        answer = admin("/admin/twilio/inbound", {"url": self.app_url + "/twilio/whatsapp",
                                                 "from": "+15551234567", "body": "hello?"})

        self.assertEqual(200, answer["status"])
        self.assertEqual(500, admin("/admin/apis/openai/interactions")["interactions"][0]["status"])
        sent = admin("/admin/apis/twilio/interactions")["interactions"]
        self.assertEqual([[FALLBACK_REPLY]], [message["body"]["Body"] for message in sent])

    def test_an_unknown_scenario_is_refused_with_the_known_ones(self):
        with self.assertRaises(urllib.error.HTTPError) as refused:
            admin("/admin/apis/openai/scenario", {"name": "no_such_scenario"})
        self.assertEqual(400, refused.exception.code)
        self.assertIn("successful_conversation", json.loads(refused.exception.read())["error"])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    with open(sys.argv[1]) as urls_file:
        urls = json.load(urls_file)
    URLS.update(urls["apis"], admin=urls["admin"])
    unittest.main(argv=sys.argv[:1], verbosity=2)
