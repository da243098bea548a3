#!/usr/bin/env python3
"""Drives the whole control plane of a running `pocketsflow-mock` (src/mock/control.yaml) from outside Rust.

Usage: python3 tests/control_plane.py BASE_URL API_KEY
  e.g. python3 tests/control_plane.py http://127.0.0.1:12111 pk_test_mock_0123456789abcdef

Standard library only. It resets the server, exports and loads fixtures, receives signed webhooks on a local
receiver while it declines, pays and expires checkout sessions, injects faults, moves the clock and reads the
request log and the deliveries; it prints one line per step that holds and exits 1 on the first expectation
that does not, saying which. It leaves the server reset to the seed it started with (its objects are gone).
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import http.server
import json
import sys
import threading
import time
import urllib.error
import urllib.request

TIMEOUT = 10
FIXTURE_KINDS = [
    "products", "variants", "orders", "customers", "reviews", "discounts", "upsells", "subscriptions",
    "subscriptionOffers", "webhooks", "refunds",
]


def fail(message: str) -> None:
    print(f"FAIL {message}", file=sys.stderr, flush=True)
    sys.exit(1)


def expect(condition: object, message: str) -> None:
    """Stops the run with `message` when `condition` is false."""
    if not condition:
        fail(message)


def passed(step: str) -> None:
    print(f"ok   {step}", flush=True)


class Answer:
    """An HTTP answer: status, headers (case-insensitive), raw text and the JSON it holds (None if not JSON)."""

    def __init__(self, method: str, path: str, status: int, headers, text: str):
        self.method, self.path, self.status, self.headers, self.text = method, path, status, headers, text
        try:
            self.json = json.loads(text) if text else None
        except json.JSONDecodeError:
            self.json = None

    def header(self, name: str) -> str | None:
        return self.headers.get(name) if self.headers is not None else None

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status} {self.text[:600]}"


class Client:
    def __init__(self, base: str, key: str):
        self.base, self.key = base.rstrip("/"), key
        # Straight to the server, whatever HTTP_PROXY says: the fake is on this machine.
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def call(self, method: str, path: str, body: object = None, *, key: str | None = "", raw: bytes | None = None) -> Answer:
        """`key=""` sends the client's key, `key=None` none at all. No body unless `body` or `raw` is given."""
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        key = self.key if key == "" else key
        if key is not None:
            request.add_header("Authorization", f"Bearer {key}")
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return Answer(method, path, response.status, response.headers, response.read().decode("utf-8", "replace"))
        except urllib.error.HTTPError as error:
            text = error.read().decode("utf-8", "replace") if error.fp is not None else ""
            return Answer(method, path, error.code, error.headers, text)
        except (urllib.error.URLError, OSError) as error:
            fail(f"{method} {path}: no answer from {self.base}: {error}")
            raise  # unreachable

    def ok(self, method: str, path: str, body: object = None, statuses=(200,)) -> Answer:
        """The call, which must answer one of `statuses` with JSON."""
        answer = self.call(method, path, body)
        expect(answer.status in statuses, f"expected {' or '.join(map(str, statuses))}: {answer}")
        expect(answer.json is not None, f"expected a JSON body: {answer}")
        return answer

    def error(self, method: str, path: str, body: object, status: int, code: str | None = None) -> Answer:
        """The call, which must be refused with `status` and the API's error body (with `code` when given)."""
        answer = self.call(method, path, body)
        expect(answer.status == status, f"expected {status}: {answer}")
        expect(isinstance(answer.json, dict) and isinstance(answer.json.get("message"), str),
               f"expected the API's error body {{message, code}}: {answer}")
        if code is not None:
            expect(answer.json.get("code") == code, f"expected code {code}: {answer}")
        return answer


def message_answer(answer: Answer) -> None:
    expect(isinstance(answer.json, dict) and isinstance(answer.json.get("message"), str),
           f"expected {{\"message\": string}}: {answer}")


class Receiver:
    """A webhook endpoint on 127.0.0.1 that records every POST (path, lower-cased headers, body) and answers 200."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, str], bytes]] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self._body()
                headers = {name.lower(): value for name, value in self.headers.items()}
                with receiver.lock:
                    receiver.received.append((self.path, headers, body))
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    chunks = []
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                        if size == 0:
                            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                                pass
                            return b"".join(chunks)
                        chunks.append(self.rfile.read(size))
                        self.rfile.readline()
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def log_message(self, *args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, event: str, seconds: float = 5.0) -> tuple[str, dict[str, str], bytes]:
        """The first delivery of `event` (X-Pocketsflow-Event), waiting up to `seconds` for it."""
        deadline = time.monotonic() + seconds
        while True:
            with self.lock:
                for delivery in self.received:
                    if delivery[1].get("x-pocketsflow-event") == event:
                        return delivery
                seen = [d[1].get("x-pocketsflow-event") for d in self.received]
            if time.monotonic() > deadline:
                fail(f"no {event} delivery reached the receiver within {seconds} s (it got: {seen})")
            time.sleep(0.05)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def check_signed(delivery: tuple[str, dict[str, str], bytes], secret: str, event: str) -> None:
    path, headers, body = delivery
    expect(path == "/hook", f"{event}: delivered to {path}, not /hook")
    signature = headers.get("x-pocketsflow-signature", "")
    expect(hmac.compare_digest(signature, sign(secret, body)),
           f"{event}: X-Pocketsflow-Signature {signature!r} is not the hex HMAC-SHA256 of the body with the "
           f"webhook's secret ({sign(secret, body)!r}); body: {body[:300]!r}")
    expect(headers.get("x-pocketsflow-timestamp", "").isdigit(),
           f"{event}: X-Pocketsflow-Timestamp is not Unix seconds: {headers.get('x-pocketsflow-timestamp')!r}")
    try:
        json.loads(body)
    except json.JSONDecodeError:
        fail(f"{event}: the body is not JSON: {body[:300]!r}")


def parse_time(text: object) -> datetime.datetime:
    expect(isinstance(text, str), f"`now` is not a string: {text!r}")
    try:
        value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        fail(f"`now` is not an RFC 3339 date-time: {text!r}")
    expect(value.tzinfo is not None, f"`now` has no time zone: {text!r}")
    return value


def clock(api: Client) -> dict:
    answer = api.ok("GET", "/__mock/clock")
    body = answer.json
    expect(isinstance(body, dict) and isinstance(body.get("frozen"), bool) and type(body.get("offsetSeconds")) is int,
           f"expected a Clock {{now, frozen, offsetSeconds}}: {answer}")
    body["parsed"] = parse_time(body.get("now"))
    return body


def webhook_summary(webhooks: object) -> list:
    expect(isinstance(webhooks, list), f"GET /webhooks is not a list: {webhooks!r}")
    return sorted((w.get("_id"), w.get("url"), w.get("events")) for w in webhooks)


def main() -> None:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    api = Client(sys.argv[1], sys.argv[2])

    # What the server started with, for the last step: a reset without a body goes back to it.
    message_answer(api.ok("POST", "/__mock/reset"))
    starting_webhooks = webhook_summary(api.ok("GET", "/webhooks").json)

    # a. Reset to the empty seed.
    message_answer(api.ok("POST", "/__mock/reset", {"seed": "empty"}))
    products = api.ok("GET", "/products")
    expect(products.json == [], f"after a reset to the empty seed, GET /products is not []: {products}")
    passed("a. POST /__mock/reset {seed: empty}; GET /products is []")

    # b. The control plane needs the key.
    answer = api.call("GET", "/__mock/clock", key=None)
    expect(answer.status == 401, f"without a key, expected 401: {answer}")
    answer = api.call("GET", "/__mock/clock", key="not_a_key")
    expect(answer.status == 401, f"with an invalid key, expected 401: {answer}")
    passed("b. GET /__mock/clock without a key, or with an invalid one: 401")

    # c. Export, reset, load back.
    created = api.ok("POST", "/products", {"name": "Fixture Ebook", "price": 12.5}, statuses=(200, 201)).json
    product_id = created.get("_id")
    expect(isinstance(product_id, str), f"POST /products answered no `_id`: {created}")
    exported = api.ok("GET", "/__mock/fixtures").json
    expect(isinstance(exported, dict), f"GET /__mock/fixtures is not an object: {exported!r}")
    for kind in FIXTURE_KINDS:
        expect(isinstance(exported.get(kind), list), f"GET /__mock/fixtures has no list `{kind}`: {list(exported)}")
    exported_ids = [p.get("_id") for p in exported["products"]]
    expect(exported_ids == [product_id], f"the export's products are {exported_ids}, not [{product_id}]")
    expect(isinstance(exported["products"][0].get("testMode"), bool), f"an exported product has no `testMode`: {exported['products'][0]}")
    message_answer(api.ok("POST", "/__mock/reset", {"seed": "empty"}))
    gone = api.call("GET", f"/products/{product_id}")
    expect(gone.status == 404, f"after a reset, the product should be gone: {gone}")
    message_answer(api.ok("PUT", "/__mock/fixtures", exported))
    product = api.ok("GET", f"/products/{product_id}").json
    expect(product.get("name") == "Fixture Ebook" and product.get("price") == 12.5,
           f"the loaded product is not the exported one: {product}")
    refused = api.error("PUT", "/__mock/fixtures", {"products": [{"name": "x"}]}, 400, "VALIDATION_ERROR")
    expect("products[0]" in refused.json["message"], f"the message does not name products[0]: {refused}")
    still = api.call("GET", f"/products/{product_id}")
    expect(still.status == 200, f"refused fixtures must change nothing: {still}")
    passed("c. GET /__mock/fixtures, reset, PUT /__mock/fixtures: the product is back; a bad object is a 400 naming products[0]")

    # d. A webhook endpoint of our own.
    receiver = Receiver()
    hook_url = f"http://127.0.0.1:{receiver.port}/hook"
    webhook = api.ok("POST", "/webhooks",
                     {"url": hook_url, "events": ["order.completed", "payment_intent.payment_failed"]},
                     statuses=(200, 201)).json
    secret, webhook_id = webhook.get("secret"), webhook.get("_id")
    expect(isinstance(secret, str) and secret, f"POST /webhooks answered no `secret`: {webhook}")
    passed(f"d. receiver on 127.0.0.1:{receiver.port}; POST /webhooks registers it")

    # e. A declined payment.
    checkout = {"productId": product_id, "successUrl": "https://shop.example/ok", "cancelUrl": "https://shop.example/cancel"}
    session = api.ok("POST", "/checkout/sessions", checkout, statuses=(200, 201)).json
    session_id = session.get("id")
    expect(isinstance(session_id, str) and session_id, f"POST /checkout/sessions answered no `id`: {session}")
    message_answer(api.ok("POST", f"/__mock/checkout/{session_id}/decline"))
    declined = receiver.wait_for("payment_intent.payment_failed")
    check_signed(declined, secret, "payment_intent.payment_failed")
    passed("e. POST /__mock/checkout/{id}/decline: payment_intent.payment_failed delivered, signed with the secret")

    # f. The buyer pays.
    order = api.ok("POST", f"/__mock/checkout/{session_id}/complete", {"email": "buyer@example.com"}).json
    order_id = order.get("_id")
    expect(isinstance(order_id, str) and order_id, f"the completion answered no order `_id`: {order}")
    expect(order.get("productId") == product_id and order.get("buyerEmail") == "buyer@example.com",
           f"the order is not of this product and buyer: {order}")
    completed = receiver.wait_for("order.completed")
    check_signed(completed, secret, "order.completed")
    fetched = api.ok("GET", f"/orders/{order_id}").json
    expect(fetched.get("_id") == order_id, f"GET /orders/{order_id} answered another order: {fetched}")
    api.error("POST", f"/__mock/checkout/{session_id}/complete", {"email": "buyer@example.com"}, 400, "SESSION_ALREADY_PAID")
    api.error("POST", f"/__mock/checkout/{session_id}/decline", None, 400, "SESSION_ALREADY_PAID")
    api.error("POST", "/__mock/checkout/cs_test_no_such_session/complete", {"email": "buyer@example.com"}, 404, "NOT_FOUND")
    passed("f. POST /__mock/checkout/{id}/complete: the order, order.completed signed, GET /orders/{id}; paid again 400, unknown 404")

    # g. The deliveries, as the server saw them.
    deadline = time.monotonic() + 5
    while True:
        answer = api.ok("GET", "/__mock/deliveries")
        deliveries = answer.json.get("deliveries") if isinstance(answer.json, dict) else None
        expect(isinstance(deliveries, list), f"expected {{\"deliveries\": [...]}}: {answer}")
        if all(d.get("status") is not None or d.get("error") is not None for d in deliveries):
            break
        expect(time.monotonic() < deadline, f"deliveries still without a status after 5 s: {answer}")
        time.sleep(0.05)
    events = [d.get("event") for d in deliveries]
    expect(events == ["payment_intent.payment_failed", "order.completed"],
           f"expected the two deliveries, oldest first, got {events}: {answer}")
    received = {headers.get("x-pocketsflow-event"): body for _, headers, body in receiver.received}
    for delivery in deliveries:
        event = delivery["event"]
        expect(delivery.get("status") == 200 and delivery.get("error") is None,
               f"{event}: expected status 200 and no error: {delivery}")
        expect(delivery.get("webhookId") == webhook_id and delivery.get("url") == hook_url,
               f"{event}: not the webhook {webhook_id} at {hook_url}: {delivery}")
        body = delivery.get("body")
        expect(isinstance(body, str) and body.encode() == received.get(event),
               f"{event}: the body listed is not the body received: {delivery}")
        expect(delivery.get("signature") == sign(secret, body.encode()),
               f"{event}: the signature listed is not the HMAC of the body: {delivery}")
        expect(str(delivery.get("timestamp", "")).isdigit(), f"{event}: the timestamp is not Unix seconds: {delivery}")
    passed("g. GET /__mock/deliveries: both deliveries, status 200, bodies and signatures as received")

    # h. An expired session.
    other = api.ok("POST", "/checkout/sessions", checkout, statuses=(200, 201)).json.get("id")
    expect(isinstance(other, str) and other and other != session_id, f"a second session needs a new id: {other!r}")
    message_answer(api.ok("POST", f"/__mock/checkout/{other}/expire"))
    api.error("POST", f"/__mock/checkout/{other}/complete", {"email": "buyer@example.com"}, 400, "SESSION_EXPIRED")
    api.error("POST", f"/__mock/checkout/{other}/decline", None, 400, "SESSION_EXPIRED")
    api.error("POST", "/__mock/checkout/cs_test_no_such_session/expire", None, 404, "NOT_FOUND")
    passed("h. POST /__mock/checkout/{id}/expire: completing or declining it is 400 SESSION_EXPIRED")

    # i. Faults on the API, not on the control plane.
    message_answer(api.ok("POST", "/__mock/faults", {"failNext": {"count": 1, "status": 503, "retryAfter": 2}}))
    api.ok("GET", "/__mock/clock")  # the control plane is not faulted: the failure is still pending
    failed = api.call("GET", "/products")
    expect(failed.status == 503, f"the faulted request should be a 503: {failed}")
    expect(failed.header("Retry-After") == "2", f"the 503 should carry Retry-After: 2, got {failed.header('Retry-After')!r}")
    api.ok("GET", "/products")
    api.error("POST", "/__mock/faults", {"bogus": 1}, 400, "VALIDATION_ERROR")
    api.error("POST", "/__mock/faults", {"failNext": {"count": 1, "status": 200}}, 400)
    message_answer(api.ok("DELETE", "/__mock/faults"))
    passed("i. POST /__mock/faults failNext: one 503 with Retry-After: 2, then 200; unknown field 400; DELETE 200")

    # j. The clock.
    start = clock(api)
    real = datetime.datetime.now(datetime.timezone.utc)
    expect(start["offsetSeconds"] == 0 and start["frozen"] is False, f"the clock should be real time and running: {start}")
    expect(abs((start["parsed"] - real).total_seconds()) < 60, f"`now` is not the real time ({real.isoformat()}): {start}")
    moved = api.ok("POST", "/__mock/clock", {"advanceSeconds": 86400, "frozen": True}).json
    real = datetime.datetime.now(datetime.timezone.utc)
    expect(isinstance(moved, dict) and moved.get("offsetSeconds") == 86400 and moved.get("frozen") is True,
           f"expected offsetSeconds 86400 and frozen: {moved}")
    ahead = (parse_time(moved.get("now")) - real).total_seconds()
    expect(abs(ahead - 86400) < 60, f"`now` should be a day ahead of {real.isoformat()}: {moved}")
    first = clock(api)
    time.sleep(1.1)
    second = clock(api)
    expect(first["now"] == second["now"], f"a frozen clock moved: {first['now']} then {second['now']}")
    api.error("POST", "/__mock/clock", {"advanceSeconds": -1}, 400)
    api.error("POST", "/__mock/clock", {"advance": 1}, 400, "VALIDATION_ERROR")
    passed("j. POST /__mock/clock: a day ahead and frozen, `now` stands still")

    # m. Subscriptions: pause, resume, a card that declines renewals, and the clock that bills them; identity.
    lifecycle = ["customer.subscription.pause", "customer.subscription.resumed", "invoice.payment_failed",
                 "invoice.paid", "identity.verification_session.verified"]
    second = Receiver()
    hook = api.ok("POST", "/webhooks", {"url": f"http://127.0.0.1:{second.port}/hook", "events": lifecycle},
                  statuses=(200, 201)).json
    offer = api.ok("POST", "/subscriptions", {"name": "Pro", "price": 9.99, "frequency": "monthly", "published": True},
                   statuses=(200, 201)).json
    sub_session = api.ok("POST", "/checkout/sessions", dict(checkout, productId=offer["_id"]), statuses=(200, 201)).json
    api.ok("POST", f"/__mock/checkout/{sub_session['id']}/complete", {"email": "sam@example.com"})
    subscriptions = api.ok("POST", "/orders/subscriptions", {}).json
    listed = subscriptions.get("subscriptions") if isinstance(subscriptions, dict) else None
    expect(isinstance(listed, list) and len(listed) == 1, f"expected one subscription: {subscriptions}")
    sub_id = listed[0]["_id"]
    paused = api.ok("POST", f"/__mock/subscriptions/{sub_id}/pause").json
    expect(paused.get("status") == "paused", f"pause answers the paused subscription: {paused}")
    api.error("POST", f"/__mock/subscriptions/{sub_id}/pause", None, 400, "SUBSCRIPTION_NOT_ACTIVE")
    resumed = api.ok("POST", f"/__mock/subscriptions/{sub_id}/resume").json
    expect(resumed.get("status") == "active", f"resume answers the active subscription: {resumed}")
    api.error("POST", "/__mock/subscriptions/65f0ffffffffffffffffffff/pause", None, 404, "NOT_FOUND")
    message_answer(api.ok("POST", f"/__mock/subscriptions/{sub_id}/card", {"declines": True}))
    api.ok("POST", "/__mock/clock", {"advanceSeconds": 32 * 86400})
    check_signed(second.wait_for("invoice.payment_failed"), hook["secret"], "invoice.payment_failed")
    past_due = api.ok("GET", f"/orders/subscriptions/{sub_id}").json
    expect(past_due.get("status") == "past_due", f"a declined renewal leaves it past_due: {past_due}")
    message_answer(api.ok("POST", f"/__mock/subscriptions/{sub_id}/card", {"declines": False}))
    api.ok("POST", "/__mock/clock", {"advanceSeconds": 86400})
    check_signed(second.wait_for("invoice.paid"), hook["secret"], "invoice.paid")
    message_answer(api.ok("POST", "/__mock/identity", {"status": "verified"}))
    api.error("POST", "/__mock/identity", {"status": "approved"}, 400, "VALIDATION_ERROR")
    for event in lifecycle:
        check_signed(second.wait_for(event), hook["secret"], event)
    second.close()
    passed("m. pause, resume, a declining card and the clock: past_due then paid; identity; every event signed")

    # k. The request log holds the API's requests only.
    answer = api.ok("GET", "/__mock/requests")
    logged = answer.json.get("requests") if isinstance(answer.json, dict) else None
    expect(isinstance(logged, list), f"expected {{\"requests\": [...]}}: {answer}")
    expect({"method": "GET", "path": "/products"} in logged, f"GET /products is not in the request log: {logged[-20:]}")
    own = [r for r in logged if str(r.get("path", "")).startswith("/__mock")]
    expect(not own, f"the control plane's own requests are in the request log: {own[:5]}")
    passed(f"k. GET /__mock/requests: {len(logged)} API requests, GET /products among them, no /__mock path")

    # l. Back to the starting seed.
    message_answer(api.ok("POST", "/__mock/reset"))
    after = webhook_summary(api.ok("GET", "/webhooks").json)
    expect(after == starting_webhooks, f"after a reset, the webhooks should be the starting seed's {starting_webhooks}: {after}")
    reset_clock = clock(api)
    expect(reset_clock["offsetSeconds"] == 0 and reset_clock["frozen"] is False, f"a reset puts the clock back: {reset_clock}")
    answer = api.ok("GET", "/__mock/deliveries")
    expect(answer.json == {"deliveries": []}, f"a reset forgets the deliveries: {answer}")
    receiver.close()
    passed("l. POST /__mock/reset: the starting seed's webhooks, real time, no deliveries")
    print("control plane: every step passed", flush=True)


if __name__ == "__main__":
    main()
