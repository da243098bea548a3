// Every documented call of the official Node SDK (pocketsflow 1.2.1), run against the fake server in strict
// mode: each request is checked against openapi.yaml, and a field, query parameter or value the spec does not
// allow is a violation. The calls are those of the SDK documentation (../shared/reference/seed-sdk-docs.md) and
// of the endpoint list (endpoints.md), with the documentation's own arguments; only ids (which the documentation
// writes as 'product_id') and the webhook endpoint (a local receiver, so that nothing leaves 127.0.0.1) are
// replaced. Passes when every call answers what it should and the fake recorded no violation.
//
// Usage: node scripts/node-sdk-calls.mjs <unpacked pocketsflow package dir> <pocketsflow-mock binary>
// (scripts/node-sdk-check.sh fetches the package with npm pack and builds the binary).

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [packageDir, mockBinary] = process.argv.slice(2);
if (!packageDir || !mockBinary) {
  console.error('usage: node scripts/node-sdk-calls.mjs <package dir> <pocketsflow-mock binary>');
  process.exit(2);
}

const { Pocketsflow, PocketsflowError } = await import(pathToFileURL(resolve(packageDir, 'dist/index.mjs')).href);

const work = mkdtempSync(join(tmpdir(), 'pocketsflow-node-sdk-'));
const portFile = join(work, 'port');
const violationsFile = join(work, 'violations.jsonl');
const mock = spawn(
  mockBinary,
  ['--port', '0', '--port-file', portFile, '--seed', 'empty', '--strict', '--violations-file', violationsFile],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
// Webhook deliveries go to this receiver on 127.0.0.1, never to the documentation's example host.
const deliveries = [];
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    deliveries.push({ event: request.headers['x-pocketsflow-event'], body });
    response.end('ok');
  });
});
await new Promise((done) => receiver.listen(0, '127.0.0.1', done));
const hookUrl = `http://127.0.0.1:${receiver.address().port}/webhook`;

let failures = 0;
try {
  const started = Date.now();
  while (!existsSync(portFile)) {
    if (mock.exitCode !== null) throw new Error(`pocketsflow-mock exited with ${mock.exitCode}`);
    if (Date.now() - started > 30_000) throw new Error('pocketsflow-mock did not start in 30 s');
    await new Promise((done) => setTimeout(done, 50));
  }
  const baseUrl = `http://127.0.0.1:${readFileSync(portFile, 'utf8').trim()}`;
  const pf = new Pocketsflow({ apiKey: 'pk_test_node_sdk_docs', baseUrl, timeout: 30000 });
  const ids = {};

  /// One documented call: its name, what it does, and what it must answer (`ok`, or an error status).
  async function call(name, run, expect = 'ok') {
    let outcome;
    let result;
    try {
      result = await run();
      outcome = 'ok';
    } catch (error) {
      if (!(error instanceof PocketsflowError)) throw error;
      outcome = error.status ?? error.code;
      result = error;
    }
    const good = outcome === expect;
    if (!good) failures += 1;
    const detail = outcome === 'ok' ? '' : ` (${result.code}: ${result.message})`;
    console.log(`${good ? 'ok  ' : 'FAIL'} ${name.padEnd(34)} ${String(outcome).padEnd(4)}${good ? '' : ` expected ${expect}`}${detail}`);
    return result;
  }

  /// A buyer paying a checkout session on the hosted page (not an SDK call: what makes orders exist).
  async function pay(session, email) {
    const answer = await fetch(session.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    if (!answer.ok) throw new Error(`paying ${session.id}: ${answer.status} ${await answer.text()}`);
    return answer.json();
  }

  // Users
  await call('users.me', () => pf.users.me());
  await call('users.update', () => pf.users.update({ firstName: 'John', lastName: 'Doe', currency: 'USD', country: 'US' }));

  // Products
  await call('products.list', () => pf.products.list());
  const product = await call('products.create', () =>
    pf.products.create({
      name: 'Premium Course',
      price: 99.99,
      description: 'Learn everything about...',
      subtitle: 'The complete guide',
      published: true,
      slug: 'premium-course',
      thumbnail: 'https://...',
      images: ['https://...'],
      showSales: true,
      showReviews: true,
      refundPolicy: '30-day money back guarantee',
      hasFirstName: true,
      hasLastName: true,
      payWant: false,
      minPrice: 10,
      maxPrice: 100,
    }),
  );
  ids.product = product._id;
  // The TypeScript example of the documentation, with a currency.
  const other = await call('products.create (TypeScript)', () =>
    pf.products.create({ name: 'My Product', price: 29.99, currency: 'USD' }),
  );
  ids.other = other._id;
  await call('products.get', () => pf.products.get(ids.product));
  await call('products.update', () => pf.products.update(ids.product, { name: 'Updated Name', price: 149.99 }));

  // Variants
  const variant = await call('variants.create', () =>
    pf.variants.create({ productId: ids.product, name: 'Premium Version', price: 149.99 }),
  );
  await call('variants.delete', () => pf.variants.delete(variant._id));

  // Discounts
  await call('discounts.list', () => pf.discounts.list());
  const discount = await call('discounts.create', () =>
    pf.discounts.create({
      name: 'Summer Sale',
      code: 'SUMMER20',
      mainProductIds: [ids.product, ids.other],
      value: 20,
      valueType: 'percentage',
      active: true,
      expiration: '2024-12-31',
    }),
  );
  await call('discounts.get', () => pf.discounts.get(discount._id));
  await call('discounts.update', () => pf.discounts.update(discount._id, { value: 25, active: true }));

  // Upsells
  const upsell = await call('upsells.create', () =>
    pf.upsells.create({
      mainProductIds: [ids.product],
      upsellProductId: ids.other,
      upsellPrice: 49.99,
      name: 'Premium Upgrade',
      offer: 'Special one-time offer!',
      upsellDescription: 'Upgrade to premium!',
      primaryButtonText: 'Yes, upgrade me!',
      secondaryButtonText: 'No thanks',
      active: true,
    }),
  );
  await call('upsells.list', () => pf.upsells.list());
  await call('upsells.get', () => pf.upsells.get(upsell._id));
  await call('upsells.update', () => pf.upsells.update(upsell._id, { upsellPrice: 39.99, active: true }));
  await call('upsells.delete', () => pf.upsells.delete(upsell._id));

  // Webhooks (the documentation's endpoint is https://your-server.com/webhook: here a local receiver)
  const webhook = await call('webhooks.create', () =>
    pf.webhooks.create({ url: hookUrl, events: ['order.completed', 'order.refunded'], description: 'My webhook endpoint', active: true }),
  );
  await call('webhooks.list', () => pf.webhooks.list());
  await call('webhooks.get', () => pf.webhooks.get(webhook._id));
  await call('webhooks.update', () =>
    pf.webhooks.update(webhook._id, { events: ['order.created', 'order.refunded', 'subscription.created'], active: true }),
  );
  await call('webhooks.test', () => pf.webhooks.test(webhook._id));

  // Checkout: the documentation's discount expired on 2024-12-31, so its session is refused (400 DISCOUNT_EXPIRED, a rule of
  // state, not of shape); the same call without the code opens one.
  const checkout = {
    productId: ids.product,
    successUrl: 'https://your-site.com/success',
    cancelUrl: 'https://your-site.com/cancel',
    customerEmail: 'customer@example.com',
    discountCode: 'SUMMER20',
    metadata: { orderId: '12345' },
  };
  await call('checkout.create', () => pf.checkout.create(checkout), 400);
  const { discountCode, ...withoutCode } = checkout;
  const session = await call('checkout.create (no code)', () => pf.checkout.create(withoutCode));
  const order = await pay(session, 'customer@example.com');

  // Orders and customers
  await call('orders.list', () =>
    pf.orders.list({ page: 1, pageSize: 20, startDate: '2024-01-01', endDate: '2024-12-31', productId: ids.product }),
  );
  await call('orders.list (no filter)', () => pf.orders.list());
  await call('orders.get', () => pf.orders.get(order._id));
  await call('customers.list', () =>
    pf.customers.list({ email: 'customer@example.com', sortBy: 'createdAt', sortOrder: 'desc', limit: 100, offset: 0 }),
  );
  await call('customers.get', () => pf.customers.get(order.customer._id));

  // Reviews
  await call('reviews.list', () => pf.reviews.list());
  await call('reviews.list (product)', () => pf.reviews.list({ productId: ids.product }));

  // Refunds
  const refund = await call('refunds.create', () =>
    pf.refunds.create({ orderId: order._id, amount: 29.99, reason: 'Customer requested refund' }),
  );
  // More than remains refundable: refused with a status the API documents (400), never one it does not.
  await call('refunds.create (too much)', () => pf.refunds.create({ orderId: order._id, amount: 100000 }), 400);
  await call('refunds.list', () => pf.refunds.list());
  await call('refunds.get', () => pf.refunds.get(refund._id));

  // Subscription offers (endpoints.md) and subscriptions: two buyers subscribe, one is canceled, one refunded.
  const offer = await call('subscriptionOffers.create', () =>
    pf.subscriptionOffers.create({ name: 'Pro Membership', price: 19.99, frequency: 'monthly' }),
  );
  await call('subscriptionOffers.list', () => pf.subscriptionOffers.list());
  await call('subscriptionOffers.get', () => pf.subscriptionOffers.get(offer._id));
  for (const email of ['first@example.com', 'second@example.com']) {
    await pay(await pf.checkout.create({ ...withoutCode, productId: offer._id, customerEmail: email }), email);
  }
  await call('subscriptions.list', () =>
    pf.subscriptions.list({ page: 1, pageSize: 20, startDate: '2024-01-01', endDate: '2024-12-31' }),
  );
  const page = await call('subscriptions.list (no filter)', () => pf.subscriptions.list());
  const [first, second] = page.subscriptions;
  await call('subscriptions.get', () => pf.subscriptions.get(first._id));
  await call('subscriptions.cancel', () => pf.subscriptions.cancel(first.stripeSubscriptionId));
  await call('subscriptions.refund', () => pf.subscriptions.refund(second.stripeSubscriptionId));
  await call('subscriptions.cancel (again)', () => pf.subscriptions.cancel(first.stripeSubscriptionId), 400);

  // Error handling, as documented: a product that does not exist.
  await call('products.get (invalid_id)', () => pf.products.get('invalid_id'), 404);

  // Deletions last.
  await call('discounts.delete', () => pf.discounts.delete(discount._id));
  await call('webhooks.delete', () => pf.webhooks.delete(webhook._id));
  await call('products.delete', () => pf.products.delete(ids.product));

  const violations = readFileSync(violationsFile, 'utf8').split('\n').filter(Boolean);
  for (const line of violations) {
    const v = JSON.parse(line);
    console.log(`VIOLATION ${v.operationId}: ${v.method} ${v.path}: ${v.message}`);
  }
  console.log(`${deliveries.length} webhook deliveries received on 127.0.0.1`);
  failures += violations.length;
  console.log(failures === 0 ? 'every documented call keeps to openapi.yaml' : `${failures} problem(s)`);
} catch (error) {
  console.error(error);
  failures += 1;
} finally {
  mock.kill();
  receiver.close();
  rmSync(work, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
