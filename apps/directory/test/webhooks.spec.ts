/**
 * District webhooks, as a district admin lives them: register an endpoint, receive the district's
 * events signed at a real HTTP receiver (node:http on 127.0.0.1), see every delivery with its
 * attempts and last error, and have an endpoint that keeps failing paused until they resume it.
 * The dispatcher runs on a clock the test moves (`runDue()`), so no test waits for a retry.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { ViewerClaims } from '@houqin/auth';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT, DEMO_SCHOOLS } from '@houqin/demo';
import { EventConsumer, type EventEnvelope, eventDefinition, parsePayload, verifyWebhook } from '@houqin/events';
import { demoViewer, expectBadInput, expectCode, expectNoWrites, ok, startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { directoryConsumer } from '../src/events/directory.consumer';
import { createDirectorySubgraph } from '../src/subgraph';
import { WebhookDelivery, WebhookEndpoint } from '../src/webhook/webhook.entity';
import { WebhookDispatcher, type WebhookExtension, type WebhookSettings } from '../src/webhook/webhook.dispatcher';
import { systemResolve, type Resolve } from '../src/webhook/webhook.guard';
import { SETTINGS } from './support';

const silent = pino({ level: 'silent' });
const SCHOOL_A = DEMO_SCHOOLS.firstPrimary.id;
const SCHOOL_B = DEMO_SCHOOLS.secondJunior.id;
const admin = demoViewer('admin');
const auditor = demoViewer('auditor');
const principalA = demoViewer('principal');
/** A district admin of another district: sees none of this district's webhooks. */
const otherAdmin: ViewerClaims = { ...admin, accountId: newId(), username: 'other-admin', districtId: newId() };

/** A clock the test moves ahead (never behind real time: the consumer queues deliveries due at real time). */
class TestClock {
  private offsetMs = 0;
  now = () => new Date(Date.now() + this.offsetMs);
  get at(): Date {
    return this.now();
  }
  set(to: Date) {
    this.offsetMs = Math.max(this.offsetMs, to.getTime() - Date.now());
  }
}

interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** A receiver that answers each request with the next scripted status (the last one repeats). */
class Receiver {
  private server: Server;
  received: Received[] = [];
  script: { status: number; body?: string }[] = [{ status: 200 }];
  private served = 0;

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const answer = this.script[Math.min(this.served++, this.script.length - 1)];
        this.received.push({
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          answered: answer.status,
        });
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body ?? '{"ok":true}');
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  url(path = '/hook'): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  answer(...script: { status: number; body?: string }[]) {
    this.script = script;
    this.served = 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** An envelope as the relay delivers it, its payload checked against the catalogue. */
function envelope(type: string, payload: Record<string, unknown>, schoolId: string | null, districtId = DEMO_DISTRICT.id): EventEnvelope {
  const definition = eventDefinition(type);
  if (!definition) throw new Error(`no event type ${type}`);
  const parsed = parsePayload(definition, payload);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    id: newId(),
    type,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    districtId,
    schoolId,
    actor: null,
    requestId: 'webhooks-test',
    payload: parsed.payload as Record<string, unknown>,
  };
}

const supplierSuspended = () =>
  envelope(
    'finance.supplier.suspended',
    { supplierId: newId(), name: '城南蔬菜配送', foodSupplier: true, reason: '抽检不合格 (failed a spot check)' },
    null,
  );

const purchaseSubmitted = (schoolId: string, districtId = DEMO_DISTRICT.id) =>
  envelope(
    'finance.purchaseRequest.submitted',
    {
      purchaseRequestId: newId(),
      requesterAccountId: newId(),
      requesterStaffId: null,
      categoryId: newId(),
      fiscalYear: 2026,
      estimatedTotalFen: 600000,
      status: 'PENDING_APPROVAL',
      nextApprovalLevel: 'DIRECTOR',
      requiredLevel: 'PRINCIPAL',
    },
    schoolId,
    districtId,
  );

const ENDPOINT_FIELDS = 'id name url eventTypes schoolId format status pausedReason consecutiveFailures robotSigned secretHint version';
const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { ${ENDPOINT_FIELDS} } }`;
const RESUME = `mutation($input: WebhookEndpointVersionInput!) { resumeWebhookEndpoint(input: $input) { ${ENDPOINT_FIELDS} } }`;
const PAUSE = `mutation($input: PauseWebhookEndpointInput!) { pauseWebhookEndpoint(input: $input) { ${ENDPOINT_FIELDS} } }`;
const ROTATE = `mutation($input: WebhookEndpointVersionInput!) { rotateWebhookSecret(input: $input) { secret endpoint { version secretHint } } }`;
const DELETE = 'mutation($input: WebhookEndpointVersionInput!) { deleteWebhookEndpoint(input: $input) }';
const ENDPOINTS = `query { webhookEndpoints(first: 100) { nodes { ${ENDPOINT_FIELDS} } pageInfo { hasNextPage } } }`;
const ENDPOINT = `query($id: ID!) { webhookEndpoint(id: $id) { ${ENDPOINT_FIELDS} } }`;
const DELIVERIES = `query($endpointId: ID!, $status: WebhookDeliveryStatus) {
  webhookDeliveries(endpointId: $endpointId, status: $status, first: 50) {
    nodes { id eventId eventType schoolId status attempts lastStatusCode lastError deliveredAt nextAttemptAt body }
  }
}`;

interface EndpointOut {
  id: string;
  url: string;
  status: string;
  pausedReason: string | null;
  consecutiveFailures: number;
  version: number;
  eventTypes: string[];
  secretHint: string;
}
interface DeliveryOut {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
  body: string;
}

/** A directory on a clock of the test's, with its webhook dispatcher driven by the test. */
async function startWebhookDirectory(settings: Partial<WebhookSettings> = {}) {
  const clock = new TestClock();
  const webhookSettings: WebhookSettings = { allowPrivateUrls: true, clock, background: false, timeoutMs: 5000, ...settings };
  const definition = createDirectorySubgraph(SETTINGS, webhookSettings);
  const sub = await startTestSubgraph(definition);
  const extension = definition.extensions?.find((e) => e.name === 'webhooks') as WebhookExtension;
  const dispatcher = extension.dispatcher as WebhookDispatcher;
  const consumer = new EventConsumer(directoryConsumer, { dataSource: sub.dataSource, logger: silent });
  return { sub, clock, dispatcher, consumer };
}

describe('district webhooks', () => {
  let sub: TestSubgraph;
  let clock: TestClock;
  let dispatcher: WebhookDispatcher;
  let consumer: EventConsumer;
  let receiver: Receiver;

  const as = (viewer: ViewerClaims | null) => sub.as(viewer);
  async function register(input: Record<string, unknown>): Promise<{ endpoint: EndpointOut; secret: string }> {
    const data = ok(await as(admin).request(CREATE, { input: { format: 'JSON', ...input } }));
    return data.createWebhookEndpoint as { endpoint: EndpointOut; secret: string };
  }
  async function deliveries(endpointId: string, viewer = admin, status?: string): Promise<DeliveryOut[]> {
    const data = ok(await as(viewer).request(DELIVERIES, { endpointId, status }));
    return (data.webhookDeliveries as { nodes: DeliveryOut[] }).nodes;
  }
  async function endpoint(id: string): Promise<EndpointOut> {
    return ok(await as(admin).request(ENDPOINT, { id })).webhookEndpoint as EndpointOut;
  }
  /** Runs the dispatcher, then moves the clock to the next attempt that is scheduled, if any. */
  async function runAndAdvance(): Promise<void> {
    await dispatcher.runDue();
    const next = await sub.dataSource
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .where("d.status = 'PENDING' AND d.nextAttemptAt IS NOT NULL")
      .orderBy('d.nextAttemptAt', 'ASC')
      .getOne();
    if (next?.nextAttemptAt) clock.set(next.nextAttemptAt);
  }
  async function consume(event: EventEnvelope) {
    const result = await consumer.handle(JSON.parse(JSON.stringify(event)));
    expect(result).toMatchObject({ ok: true });
    return result;
  }

  beforeAll(async () => {
    ({ sub, clock, dispatcher, consumer } = await startWebhookDirectory());
    receiver = await new Receiver().start();
  });
  afterAll(async () => {
    await receiver?.stop();
    await sub?.stop();
  });
  beforeEach(() => {
    receiver.received = [];
    receiver.answer({ status: 200 });
  });

  it('a receiver that fails three times, then succeeds, takes the event once, signed so that its verifier accepts it', async () => {
    const { endpoint: created, secret } = await register({
      name: '区教育局OA',
      url: receiver.url('/oa?token=s3cr3t'),
      eventTypes: ['finance.*'],
    });
    expect(created).toMatchObject({
      status: 'ACTIVE',
      eventTypes: ['finance.*'],
      format: 'JSON',
      url: expect.stringContaining('token=***'),
    });
    expect(created.url).not.toContain('s3cr3t');
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.secretHint).toBe(`…${secret.slice(-4)}`);

    const event = supplierSuspended();
    await consume(event);
    // Redelivered by the transport: the consumer's inbox and the (endpointId, eventId) key queue nothing twice.
    expect(await consume(event)).toMatchObject({ outcome: 'duplicate' });
    expect(await deliveries(created.id)).toHaveLength(1);

    receiver.answer({ status: 500 }, { status: 502 }, { status: 503 }, { status: 200 });
    for (let round = 0; round < 6; round++) await runAndAdvance();

    expect(receiver.received.map((r) => r.answered)).toEqual([500, 502, 503, 200]);
    expect(new Set(receiver.received.map((r) => r.headers['x-houqin-event-id']))).toEqual(new Set([event.id]));
    const taken = receiver.received[3];
    expect(taken.url).toBe('/oa?token=s3cr3t');
    expect(taken.headers['x-houqin-event-type']).toBe('finance.supplier.suspended');
    expect(JSON.parse(taken.body)).toEqual(event);
    expect(verifyWebhook({ secret, headers: taken.headers, body: taken.body })).toMatchObject({ ok: true });

    // The project's verifier refuses a tampered body, a wrong secret and the same request replayed later.
    expect(verifyWebhook({ secret, headers: taken.headers, body: taken.body.replace('城南', '城北') })).toMatchObject({ ok: false });
    expect(verifyWebhook({ secret: `${secret}x`, headers: taken.headers, body: taken.body }).ok).toBe(false);
    const tenMinutesLater = new Date(Date.now() + 10 * 60_000);
    expect(verifyWebhook({ secret, headers: taken.headers, body: taken.body, now: tenMinutesLater })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('tolerance'),
    });

    const [delivery] = await deliveries(created.id);
    expect(delivery).toMatchObject({
      eventId: event.id,
      status: 'DELIVERED',
      attempts: 4,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(delivery.deliveredAt).not.toBeNull();
    // Counting failures is bookkeeping: it does not make an admin's copy of the endpoint stale.
    expect(await endpoint(created.id)).toMatchObject({ status: 'ACTIVE', consecutiveFailures: 0, version: created.version });

    // Nothing more is sent, however far the clock moves.
    clock.set(new Date(clock.at.getTime() + 7 * 24 * 3600_000));
    await dispatcher.runDue();
    expect(receiver.received).toHaveLength(4);
    await deleteEndpoint(created.id);
  });

  it('two replicas dispatching at once send each delivery once', async () => {
    const { endpoint: created } = await register({ name: 'busy', url: receiver.url('/busy'), eventTypes: ['finance.supplier.suspended'] });
    const events = Array.from({ length: 24 }, supplierSuspended);
    for (const event of events) await consume(event);
    const replica = () => new WebhookDispatcher(sub.dataSource, silent, { allowPrivateUrls: true, clock, background: false, batchSize: 4 });
    await Promise.all([replica().runDue(), replica().runDue(), dispatcher.runDue()]);
    const sent = receiver.received.map((r) => r.headers['x-houqin-event-id']);
    expect(sent).toHaveLength(events.length);
    expect(new Set(sent)).toEqual(new Set(events.map((e) => e.id)));
    expect(await deliveries(created.id, admin, 'DELIVERED')).toHaveLength(events.length);
    await deleteEndpoint(created.id);
  });

  it('an endpoint that keeps failing is paused with the reason; a resume queues its deliveries again', async () => {
    const { endpoint: created } = await register({
      name: '总务群机器人',
      url: receiver.url('/down'),
      eventTypes: ['finance.supplier.suspended'],
    });
    receiver.answer({ status: 503, body: 'maintenance' });
    const first = supplierSuspended();
    await consume(first);
    for (let round = 0; round < 8; round++) await runAndAdvance();

    // Five failed attempts in a row pause it, with the reason; the delivery waits, not given up.
    expect(receiver.received).toHaveLength(5);
    const paused = await endpoint(created.id);
    expect(paused).toMatchObject({ status: 'PAUSED', consecutiveFailures: 5 });
    expect(paused.pausedReason).toContain('5 failed attempts in a row');
    expect(paused.pausedReason).toContain('HTTP 503: maintenance');
    expect(await deliveries(created.id)).toEqual([
      expect.objectContaining({ status: 'PENDING', attempts: 5, lastStatusCode: 503, nextAttemptAt: null }),
    ]);

    // While paused nothing is sent; a new event is held for it, not lost.
    const second = supplierSuspended();
    await consume(second);
    expect(await deliveries(created.id)).toEqual([
      expect.objectContaining({ eventId: second.id, status: 'PENDING', attempts: 0, nextAttemptAt: null }),
      expect.objectContaining({ eventId: first.id, status: 'PENDING', attempts: 5, nextAttemptAt: null }),
    ]);
    clock.set(new Date(clock.at.getTime() + 3 * 24 * 3600_000));
    await dispatcher.runDue();
    expect(receiver.received).toHaveLength(5);

    // The receiver is back; the admin resumes the endpoint and the held delivery goes out.
    receiver.answer({ status: 204 });
    const resumed = ok(await as(admin).request(RESUME, { input: { id: created.id, version: paused.version } }));
    expect(resumed.resumeWebhookEndpoint).toMatchObject({ status: 'ACTIVE', pausedReason: null, consecutiveFailures: 0 });
    await dispatcher.runDue();
    expect(receiver.received.slice(5).map((r) => r.headers['x-houqin-event-id'])).toEqual([first.id, second.id]);
    expect(await deliveries(created.id)).toEqual([
      expect.objectContaining({ eventId: second.id, status: 'DELIVERED', attempts: 1, lastStatusCode: 204 }),
      expect.objectContaining({ eventId: first.id, status: 'DELIVERED', attempts: 1, lastStatusCode: 204 }),
    ]);

    // Paused by hand: the reason says so, and a resume is needed again.
    const byHand = ok(await as(admin).request(PAUSE, { input: { id: created.id, version: (await endpoint(created.id)).version } }));
    expect(byHand.pauseWebhookEndpoint).toMatchObject({ status: 'PAUSED', pausedReason: 'Paused by admin' });
    await deleteEndpoint(created.id);
  });

  it('queues an event only for the endpoints whose types and school filter match it, in its own district', async () => {
    const supplierOnly = (await register({ name: 'suppliers', url: receiver.url('/s'), eventTypes: ['finance.supplier.suspended'] }))
      .endpoint;
    const purchasesOfA = (
      await register({ name: 'purchases A', url: receiver.url('/a'), eventTypes: ['finance.purchaseRequest.*'], schoolId: SCHOOL_A })
    ).endpoint;
    const everythingOfB = (await register({ name: 'all of B', url: receiver.url('/b'), eventTypes: ['*'], schoolId: SCHOOL_B })).endpoint;
    const directoryOnly = (await register({ name: 'directory', url: receiver.url('/d'), eventTypes: ['directory.*'] })).endpoint;

    const supplier = supplierSuspended();
    const atA = purchaseSubmitted(SCHOOL_A);
    const atB = purchaseSubmitted(SCHOOL_B);
    const elsewhere = purchaseSubmitted(newId(), newId());
    for (const event of [supplier, atA, atB, elsewhere]) await consume(event);

    const queued = async (id: string) => (await deliveries(id)).map((d) => d.eventId);
    expect(await queued(supplierOnly.id)).toEqual([supplier.id]);
    expect(await queued(purchasesOfA.id)).toEqual([atA.id]);
    expect(await queued(everythingOfB.id)).toEqual([atB.id]);
    expect(await queued(directoryOnly.id)).toEqual([]);
    expect(await sub.dataSource.getRepository(WebhookDelivery).countBy({ eventId: elsewhere.id })).toBe(0);

    await dispatcher.runDue();
    expect(receiver.received.map((r) => r.url).sort()).toEqual(['/a', '/b', '/s']);
    for (const created of [supplierOnly, purchasesOfA, everythingOfB, directoryOnly]) await deleteEndpoint(created.id);
  });

  it('writes 企业微信 and 钉钉 robot messages in Chinese markdown, signs 钉钉 (加签), and counts errcode ≠ 0 as a failure', async () => {
    const wecom = (await register({ name: '企业微信群', url: receiver.url('/wecom?key=abc'), eventTypes: ['finance.*'], format: 'WECOM' }))
      .endpoint;
    const robotSecret = 'SEC' + 'a1'.repeat(32);
    const dingtalk = (
      await register({
        name: '钉钉群',
        url: receiver.url('/ding?access_token=xyz'),
        eventTypes: ['finance.*'],
        format: 'DINGTALK',
        robotSecret,
      })
    ).endpoint;
    expect(dingtalk).toMatchObject({ robotSigned: true, format: 'DINGTALK' });

    const event = purchaseSubmitted(SCHOOL_A);
    await consume(event);
    receiver.answer({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
    await dispatcher.runDue();
    expect(receiver.received).toHaveLength(2);

    const wecomBody = JSON.parse(receiver.received.find((r) => r.url.startsWith('/wecom'))?.body ?? '{}');
    expect(wecomBody.msgtype).toBe('markdown');
    expect(wecomBody.markdown.content).toContain('### 物品申报待审批');
    expect(wecomBody.markdown.content).toContain(`学校：${DEMO_SCHOOLS.firstPrimary.name}`);
    expect(wecomBody.markdown.content).toContain('预计金额：¥6,000.00');
    expect(wecomBody.markdown.content).toContain('待审批级别：总务主任');

    const ding = receiver.received.find((r) => r.url.startsWith('/ding'));
    const dingBody = JSON.parse(ding?.body ?? '{}');
    expect(dingBody).toMatchObject({
      msgtype: 'markdown',
      markdown: { title: '物品申报待审批', text: expect.stringContaining('状态：待审批') },
    });
    const query = new URL(`http://x${ding?.url}`).searchParams;
    expect(query.get('access_token')).toBe('xyz');
    const expected = createHmac('sha256', robotSecret)
      .update(`${query.get('timestamp')}\n${robotSecret}`)
      .digest('base64');
    expect(query.get('sign')).toBe(expected);
    expect((await deliveries(wecom.id))[0]).toMatchObject({ status: 'DELIVERED' });

    // A robot answers 200 with an errcode when it refuses: that is a failure, retried.
    receiver.received = [];
    receiver.answer({ status: 200, body: '{"errcode":310000,"errmsg":"sign not match"}' });
    await consume(supplierSuspended());
    await dispatcher.runDue();
    expect(receiver.received).toHaveLength(2);
    const [failed] = await deliveries(dingtalk.id, admin, 'PENDING');
    expect(failed).toMatchObject({ attempts: 1, lastStatusCode: 200, lastError: 'robot errcode 310000: sign not match' });
    expect(failed.nextAttemptAt).not.toBeNull();
    expect(JSON.parse(failed.body).markdown.title).toBe('供应商已暂停');

    // Moving the robot to 企业微信 drops its 加签 secret.
    const moved = ok(await as(admin).request(UPDATE, { input: { id: dingtalk.id, version: dingtalk.version, format: 'WECOM' } }));
    expect(moved.updateWebhookEndpoint).toMatchObject({ format: 'WECOM', robotSigned: false });
    for (const created of [wecom, dingtalk]) await deleteEndpoint(created.id);
  });

  it('shows the secret only when created or rotated; after a rotation deliveries verify with the new secret only', async () => {
    const { endpoint: created, secret } = await register({
      name: 'rotating',
      url: receiver.url('/r'),
      eventTypes: ['finance.supplier.suspended'],
    });
    const noSecretField = await as(admin).request(`query($id: ID!) { webhookEndpoint(id: $id) { secret } }`, { id: created.id });
    expect(noSecretField.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const rotated = ok(await as(admin).request(ROTATE, { input: { id: created.id, version: created.version } })).rotateWebhookSecret as {
      secret: string;
      endpoint: { version: number };
    };
    expect(rotated.secret).not.toBe(secret);
    await consume(supplierSuspended());
    await dispatcher.runDue();
    const [sent] = receiver.received;
    expect(verifyWebhook({ secret: rotated.secret, headers: sent.headers, body: sent.body }).ok).toBe(true);
    expect(verifyWebhook({ secret, headers: sent.headers, body: sent.body }).ok).toBe(false);
    // A stale version is a CONFLICT; the current one edits.
    expectCode(await as(admin).request(UPDATE, { input: { id: created.id, version: created.version, name: 'x' } }), 'CONFLICT');
    const renamed = ok(await as(admin).request(UPDATE, { input: { id: created.id, version: rotated.endpoint.version, name: '改名' } }));
    expect(renamed.updateWebhookEndpoint).toMatchObject({ name: '改名' });
    await deleteEndpoint(created.id);
  });

  it('is the district’s alone: auditors read, school roles are FORBIDDEN, another district sees nothing and changes nothing', async () => {
    const { endpoint: created } = await register({ name: 'private to the district', url: receiver.url('/t'), eventTypes: ['*'] });
    await consume(purchaseSubmitted(SCHOOL_A));
    expect(await deliveries(created.id, auditor)).toHaveLength(1);
    expect((ok(await as(auditor).request(ENDPOINTS)).webhookEndpoints as { nodes: EndpointOut[] }).nodes.map((e) => e.id)).toContain(
      created.id,
    );

    const edit = { id: created.id, version: created.version };
    await expectNoWrites(sub, async () => {
      // A school account (the principal of the school the delivery is about) is refused outright.
      expectCode(await as(principalA).request(ENDPOINTS), 'FORBIDDEN');
      expectCode(await as(principalA).request(DELIVERIES, { endpointId: created.id }), 'FORBIDDEN');
      expectCode(await as(principalA).request(UPDATE, { input: { ...edit, name: '   ' } }), 'FORBIDDEN');
      expectCode(
        await as(principalA).request(CREATE, { input: { name: '', url: 'nonsense', eventTypes: [], format: 'JSON' } }),
        'FORBIDDEN',
      );
      // The auditor reads but does not manage.
      expectCode(await as(auditor).request(PAUSE, { input: edit }), 'FORBIDDEN');
      expectCode(await as(auditor).request(DELETE, { input: edit }), 'FORBIDDEN');
      // Another district's admin: an empty list, and this endpoint does not exist for them.
      expect(ok(await as(otherAdmin).request(ENDPOINTS)).webhookEndpoints).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false } });
      expectCode(await as(otherAdmin).request(DELIVERIES, { endpointId: created.id }), 'NOT_FOUND');
      expectCode(await as(otherAdmin).request(ENDPOINT, { id: created.id }), 'NOT_FOUND');
      expectCode(await as(otherAdmin).request(UPDATE, { input: { ...edit, name: 'mine now' } }), 'NOT_FOUND');
      expectCode(await as(otherAdmin).request(ROTATE, { input: edit }), 'NOT_FOUND');
      expectCode(await as(otherAdmin).request(DELETE, { input: edit }), 'NOT_FOUND');
      expectCode(await as(null).request(ENDPOINTS), 'UNAUTHENTICATED');
    });
    await deleteEndpoint(created.id);
  });

  it('answers bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const good = { name: 'OA', url: receiver.url(), eventTypes: ['finance.*'], format: 'JSON' };
    const { endpoint: created } = await register(good);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '   ' }, 'name'],
      [{ url: 'not a url' }, 'url'],
      [{ url: 'ftp://files.example.com/in' }, 'url'],
      [{ url: `https://example.com/${'x'.repeat(2100)}` }, 'url'],
      [{ eventTypes: [] }, 'eventTypes'],
      [{ eventTypes: ['finance.nothing.happened'] }, 'eventTypes'],
      [{ eventTypes: ['canteen-and-more.*'] }, 'eventTypes'],
      [{ schoolId: newId() }, 'schoolId'],
      [{ schoolId: 'not-an-id' }, 'schoolId'],
      [{ robotSecret: 'SECabc' }, 'robotSecret'],
      [{ format: 'WECOM', robotSecret: 'SECabc' }, 'robotSecret'],
    ];
    await expectNoWrites(sub, async () => {
      for (const [change, field] of cases) expectBadInput(await as(admin).request(CREATE, { input: { ...good, ...change } }), field);
      const edit = { id: created.id, version: created.version };
      expectBadInput(await as(admin).request(UPDATE, { input: { ...edit, eventTypes: ['nope'] } }), 'eventTypes');
      expectBadInput(await as(admin).request(UPDATE, { input: { ...edit, url: 'mailto:it@example.com' } }), 'url');
      expectBadInput(await as(admin).request(UPDATE, { input: { ...edit, schoolId: newId() } }), 'schoolId');
      expectBadInput(await as(admin).request(UPDATE, { input: { ...edit, robotSecret: 'SEC1' } }), 'robotSecret');
      expectBadInput(await as(admin).request(DELIVERIES, { endpointId: 'nope' }), 'endpointId');
    });
    await deleteEndpoint(created.id);
  });

  async function deleteEndpoint(id: string) {
    const current = await endpoint(id);
    expect(ok(await as(admin).request(DELETE, { input: { id, version: current.version } })).deleteWebhookEndpoint).toBe(id);
    expect(await sub.dataSource.getRepository(WebhookDelivery).countBy({ endpointId: id })).toBe(0);
    expect(await sub.dataSource.getRepository(WebhookEndpoint).countBy({ id })).toBe(0);
  }
});

describe('district webhooks with production settings (SSRF)', () => {
  let sub: TestSubgraph;
  let dispatcher: WebhookDispatcher;
  let consumer: EventConsumer;
  let receiver: Receiver;
  // Names resolve through the test: `hooks.example.test` is public at registration and loopback later (DNS rebinding).
  const answers = new Map<string, string>([['hooks.example.test', '93.184.216.34']]);
  const resolve: Resolve = async (hostname) => {
    const address = answers.get(hostname);
    if (address) return [{ address, family: address.includes(':') ? 6 : 4 }];
    return systemResolve(hostname);
  };

  beforeAll(async () => {
    ({ sub, dispatcher, consumer } = await startWebhookDirectory({ allowPrivateUrls: false, resolve }));
    receiver = await new Receiver().start();
  });
  afterAll(async () => {
    await receiver?.stop();
    await sub?.stop();
  });

  const create = (url: string) => sub.as(admin).request(CREATE, { input: { name: 'internal', url, eventTypes: ['*'], format: 'JSON' } });

  it('refuses loopback, private, link-local, CGNAT, metadata and names that resolve to them, and writes nothing', async () => {
    const port = new URL(receiver.url()).port;
    const refused = [
      `http://127.0.0.1:${port}/hook`,
      'http://10.1.2.3/hook',
      'http://192.168.1.20/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://100.100.100.200/latest/meta-data/',
      'http://[::1]/hook',
      'http://[fd00:ec2::254]/',
      'http://[::ffff:127.0.0.1]/',
      'http://0.0.0.0/',
      `http://localhost:${port}/hook`,
    ];
    await expectNoWrites(sub, async () => {
      for (const url of refused) {
        const response = await create(url);
        expectBadInput(response, 'url');
        expect(response.errors?.[0]?.message).toContain('public addresses only');
      }
    });
  });

  it('checks again on delivery: a name that now resolves to loopback is not called', async () => {
    const created = ok(await create(`http://hooks.example.test:${new URL(receiver.url()).port}/hook`)).createWebhookEndpoint as {
      endpoint: EndpointOut;
    };
    answers.set('hooks.example.test', '127.0.0.1');
    await consume();
    await dispatcher.runDue();
    expect(receiver.received).toHaveLength(0);
    const [delivery] = (
      ok(await sub.as(admin).request(DELIVERIES, { endpointId: created.endpoint.id })).webhookDeliveries as { nodes: DeliveryOut[] }
    ).nodes;
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: null });
    expect(delivery.lastError).toContain('refused: hooks.example.test resolves to 127.0.0.1 (a loopback address)');
  });

  async function consume() {
    expect(await consumer.handle(JSON.parse(JSON.stringify(supplierSuspended())))).toMatchObject({ ok: true });
  }
});
