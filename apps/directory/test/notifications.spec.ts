/**
 * Notifications (通知): events that name recipients fill each account's inbox. Events reach the
 * directory the way finance's relay sends them, over real HTTP with a signed token, and the inboxes
 * are read through the directory's graph as each person would read them.
 */
import { Role, type ViewerClaims } from '@houqin/auth';
import { newId } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, DEMO_SCHOOLS, demoAccountStaffId } from '@houqin/demo';
import {
  EVENT_TOKEN_HEADER,
  EVENTS_PATH,
  type EventOf,
  type EventPayload,
  type EventType,
  signEventToken,
  subscriptionProblems,
} from '@houqin/events';
import { demoViewer, expectBadInput, expectCode, expectNoWrites, ok, TEST_INTERNAL_SECRET, type TestSubgraph } from '@houqin/testing';
import { directoryConsumer } from '../src/events/directory.consumer';
import { Notification } from '../src/notification/notification.entity';
import { startDirectory } from './support';

const SCHOOL_A = DEMO_SCHOOLS.firstPrimary.id;
const SCHOOL_B = DEMO_SCHOOLS.secondJunior.id;
const account = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!.id;
const TEACHER = account('teacher');
const DIRECTOR = account('director');

const INBOX = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  me { id unreadNotificationCount notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes { id kind title titleEn subjectType subjectId schoolId eventType createdAt readAt }
    pageInfo { hasNextPage endCursor } } } }`;
const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadCount } }`;
const MARK_ALL = `mutation { markAllNotificationsRead { marked unreadCount } }`;

type Inbox = { id: string; kind: string; title: string; titleEn: string; subjectType: string; subjectId: string; readAt: string | null }[];

let sub: TestSubgraph;
const base = () => sub.url.replace(/\/graphql$/, '');

/** An envelope as finance would record it, in the demo district. */
function event<T extends EventType>(type: T, payload: EventPayload<T>, schoolId: string | null, actor: string | null = null): EventOf<T> {
  return {
    id: newId(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId,
    actor: actor ? { accountId: actor, staffId: null } : null,
    requestId: 'test-request',
    payload,
  };
}

/** Delivers an envelope as the HTTP relay does; answers the consumer's verdict. */
async function deliver(envelope: EventOf<EventType>): Promise<{ status: number; outcome: string }> {
  const token = await signEventToken(envelope, 'directory', TEST_INTERNAL_SECRET);
  const response = await fetch(`${base()}${EVENTS_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [EVENT_TOKEN_HEADER]: token },
    body: JSON.stringify(envelope),
  });
  return { status: response.status, outcome: ((await response.json()) as { outcome: string }).outcome };
}

async function inboxOf(viewer: ViewerClaims, unreadOnly = false): Promise<{ unread: number; items: Inbox }> {
  const data = ok(await sub.as(viewer).request(INBOX, { first: 100, unreadOnly }));
  return { unread: data.me.unreadNotificationCount, items: data.me.notifications.nodes };
}

const purchase = (over: Partial<EventPayload<'finance.purchaseRequest.submitted'>> = {}) => ({
  purchaseRequestId: newId(),
  requesterAccountId: TEACHER,
  requesterStaffId: null,
  categoryId: newId(),
  fiscalYear: 2026,
  estimatedTotalFen: 600000,
  status: 'PENDING_APPROVAL' as const,
  nextApprovalLevel: 'DIRECTOR' as const,
  requiredLevel: 'PRINCIPAL' as const,
  ...over,
});

/** A viewer of a fresh account holding `role` at `schoolId` (made through the graph by the district admin). */
async function newAccount(username: string, role: Role, schoolId: string | null): Promise<ViewerClaims> {
  const admin = sub.as(demoViewer('admin'));
  const created = ok(
    await admin.request('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { username, displayName: username, password: 'a-long-password-1' },
    }),
  );
  const id: string = created.createAccount.id;
  ok(
    await admin.request('mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }', {
      input: { accountId: id, role, schoolId },
    }),
  );
  return { accountId: id, username, staffId: null, districtId: DEMO_DISTRICT.id, grants: [{ role, schoolId }] };
}

beforeAll(async () => {
  sub = await startDirectory();
});
afterAll(() => sub.stop());

it('the directory consumes exactly the event types it is subscribed to', () => {
  expect(subscriptionProblems([directoryConsumer]).filter((problem) => problem.startsWith('directory '))).toEqual([]);
});

describe('a teacher files a purchase request at First Experimental Primary', () => {
  let request: ReturnType<typeof purchase>;
  let directorB: ViewerClaims;

  beforeAll(async () => {
    directorB = await newAccount('director.b', Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_B);
    request = purchase();
    expect(await deliver(event('finance.purchaseRequest.submitted', request, SCHOOL_A, TEACHER))).toEqual({
      status: 200,
      outcome: 'handled',
    });
  });

  it("the school's general-affairs director is told it awaits their approval, in Chinese and English", async () => {
    const { unread, items } = await inboxOf(demoViewer('director'));
    expect(unread).toBe(1);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'AWAITING_APPROVAL',
        title: '物品申报待您审批（¥6000.00）',
        titleEn: 'A purchase request of ¥6000.00 awaits your approval',
        subjectType: 'PurchaseRequest',
        subjectId: request.purchaseRequestId,
        readAt: null,
      }),
    ]);
  });

  it('nobody else is told: not the principal (not their level yet), the filer, or the director of another school', async () => {
    for (const username of ['principal', 'teacher', 'accountant', 'admin'] as const)
      expect((await inboxOf(demoViewer(username))).unread).toBe(0);
    expect((await inboxOf(directorB)).items).toEqual([]);
  });

  it('a redelivered event tells nobody twice', async () => {
    const again = event('finance.purchaseRequest.submitted', request, SCHOOL_A, TEACHER);
    expect((await deliver(again)).outcome).toBe('handled');
    expect((await deliver(again)).outcome).toBe('duplicate');
    expect(await sub.dataSource.getRepository(Notification).countBy({ eventId: again.id })).toBe(1);
  });

  it('approved by the director, it awaits the principal; fully approved, the teacher is told', async () => {
    const approved = {
      ...request,
      nextApprovalLevel: 'PRINCIPAL' as const,
      level: 'DIRECTOR' as const,
      deciderAccountId: DIRECTOR,
      comment: null,
    };
    await deliver(event('finance.purchaseRequest.approved', approved, SCHOOL_A, DIRECTOR));
    expect((await inboxOf(demoViewer('principal'))).items.map((n) => n.kind)).toEqual(['AWAITING_APPROVAL']);
    expect((await inboxOf(demoViewer('teacher'))).unread).toBe(0);

    const final = {
      ...approved,
      status: 'APPROVED' as const,
      nextApprovalLevel: null,
      level: 'PRINCIPAL' as const,
      deciderAccountId: account('principal'),
    };
    await deliver(event('finance.purchaseRequest.approved', final, SCHOOL_A, account('principal')));
    const teacher = await inboxOf(demoViewer('teacher'));
    expect(teacher.items).toEqual([expect.objectContaining({ kind: 'APPROVED', title: '您的物品申报已批准（¥6000.00）' })]);
  });
});

describe('who is told what', () => {
  it('a rejection tells the filer the reason', async () => {
    const rejected = {
      ...purchase(),
      status: 'REJECTED' as const,
      nextApprovalLevel: null,
      level: 'DIRECTOR' as const,
      deciderAccountId: DIRECTOR,
      comment: '预算不足',
    };
    await deliver(event('finance.purchaseRequest.rejected', rejected, SCHOOL_A, DIRECTOR));
    const [latest] = (await inboxOf(demoViewer('teacher'))).items;
    expect(latest).toMatchObject({
      kind: 'REJECTED',
      title: '您的物品申报被退回：预算不足',
      titleEn: 'Your purchase request was rejected: 预算不足',
    });
  });

  it("an expense claim goes to the school's accountant for review, then to its approver", async () => {
    const claim = {
      expenseClaimId: newId(),
      requesterAccountId: TEACHER,
      requesterStaffId: null,
      fiscalYear: 2026,
      fund: 'SCHOOL' as const,
      totalFen: 12345,
      status: 'SUBMITTED' as const,
      nextApprovalLevel: 'DIRECTOR' as const,
    };
    await deliver(event('finance.expenseClaim.submitted', { ...claim, requiredLevel: 'DIRECTOR' }, SCHOOL_A, TEACHER));
    expect((await inboxOf(demoViewer('accountant'))).items[0]).toMatchObject({ kind: 'AWAITING_REVIEW', subjectType: 'ExpenseClaim' });
    // The accountant of another school is not told.
    expect((await inboxOf(demoViewer('accountant2'))).items).toEqual([]);
    const before = (await inboxOf(demoViewer('director'))).unread;
    await deliver(
      event(
        'finance.expenseClaim.reviewed',
        { ...claim, status: 'REVIEWED', reviewerAccountId: account('accountant'), comment: null },
        SCHOOL_A,
        account('accountant'),
      ),
    );
    expect((await inboxOf(demoViewer('director'))).unread).toBe(before + 1);
  });

  it('a suspended supplier reaches the district admins and the buyers of every school, not the one who suspended it', async () => {
    const suspendedBy = await newAccount('admin.two', Role.DISTRICT_ADMIN, null);
    const supplier = { supplierId: newId(), name: '某某粮油公司', foodSupplier: true, reason: null };
    await deliver(event('finance.supplier.suspended', supplier, null, suspendedBy.accountId));
    for (const username of ['admin', 'director', 'accountant', 'canteen', 'storekeeper', 'accountant2'] as const) {
      const { items } = await inboxOf(demoViewer(username));
      expect(items.filter((n) => n.subjectId === supplier.supplierId)).toEqual([expect.objectContaining({ kind: 'SUPPLIER_SUSPENDED' })]);
    }
    for (const username of ['teacher', 'principal', 'auditor'] as const)
      expect((await inboxOf(demoViewer(username))).items.some((n) => n.subjectId === supplier.supplierId)).toBe(false);
    expect((await inboxOf(suspendedBy)).items).toEqual([]);
  });

  it('a deactivated account and a revoked role are told nothing', async () => {
    const leaving = await newAccount('director.leaving', Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_A);
    ok(
      await sub.as(demoViewer('admin')).request('mutation($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { id } }', {
        input: { accountId: leaving.accountId, reason: 'left the school' },
      }),
    );
    const request = purchase();
    await deliver(event('finance.purchaseRequest.submitted', request, SCHOOL_A, TEACHER));
    expect(
      await sub.dataSource.getRepository(Notification).countBy({ subjectId: request.purchaseRequestId, accountId: leaving.accountId }),
    ).toBe(0);
    expect(await sub.dataSource.getRepository(Notification).countBy({ subjectId: request.purchaseRequestId, accountId: DIRECTOR })).toBe(1);
  });
});

describe("the canteen's alerts (issue 11)", () => {
  it("a meal service's missing food sample (留样) reaches the school's canteen manager and principal only", async () => {
    const missing = {
      mealServiceId: newId(),
      canteenId: newId(),
      servedOn: '2026-11-20',
      meal: 'LUNCH' as const,
      dishes: [
        { dishId: newId(), dishName: '番茄炒蛋', problem: 'UNSAMPLED' as const, grams: null },
        { dishId: newId(), dishName: '红烧肉', problem: 'SHORT' as const, grams: 80 },
      ],
      minGrams: 125,
      raisedBy: 'END_OF_SERVICE_JOB' as const,
    };
    const sent = event('canteen.sample.missing', missing, SCHOOL_A);
    expect(await deliver(sent)).toEqual({ status: 200, outcome: 'handled' });
    expect((await deliver(sent)).outcome).toBe('duplicate');
    for (const username of ['canteen', 'principal'] as const) {
      const { items } = await inboxOf(demoViewer(username));
      expect(items.filter((n) => n.subjectId === missing.mealServiceId)).toEqual([
        expect.objectContaining({
          kind: 'SAMPLE_MISSING',
          subjectType: 'MealService',
          title: '2026-11-20 午餐留样缺失或不足125克（2道菜，其中1道不足）：番茄炒蛋、红烧肉',
          titleEn: 'Food samples missing or under 125 g for 2026-11-20 lunch (2 dishes, 1 short): 番茄炒蛋, 红烧肉',
        }),
      ]);
    }
    for (const username of ['director', 'storekeeper', 'teacher', 'accountant', 'admin', 'accountant2'] as const)
      expect((await inboxOf(demoViewer(username))).items.some((n) => n.subjectId === missing.mealServiceId)).toBe(false);
  });

  it("a health certificate (健康证) expiring or expired reaches the school's canteen managers only, once per event", async () => {
    const certificate = {
      certificateId: newId(),
      staffId: newId(),
      canteenIds: [newId()],
      number: 'JKZ-2026-0042',
      expiresOn: '2026-12-20',
      state: 'EXPIRING' as const,
      daysLeft: 18,
    };
    expect((await deliver(event('canteen.certificate.expiring', certificate, SCHOOL_A))).outcome).toBe('handled');
    expect(
      (await deliver(event('canteen.certificate.expiring', { ...certificate, state: 'EXPIRED', daysLeft: -1 }, SCHOOL_A))).outcome,
    ).toBe('handled');
    const { items } = await inboxOf(demoViewer('canteen'));
    expect(items.filter((n) => n.subjectId === certificate.certificateId).map((n) => [n.kind, n.subjectType, n.title])).toEqual([
      ['CERTIFICATE_EXPIRED', 'HealthCertificate', '食堂从业人员健康证已于2026-12-20过期，不得上岗：JKZ-2026-0042'],
      ['CERTIFICATE_EXPIRING', 'HealthCertificate', '食堂从业人员健康证将于2026-12-20到期（还剩18天）：JKZ-2026-0042'],
    ]);
    for (const username of ['principal', 'director', 'storekeeper', 'teacher', 'admin'] as const)
      expect((await inboxOf(demoViewer(username))).items.some((n) => n.subjectId === certificate.certificateId)).toBe(false);
    // Another school's certificate reaches no one here.
    const elsewhere = { ...certificate, certificateId: newId() };
    await deliver(event('canteen.certificate.expiring', elsewhere, SCHOOL_B));
    expect((await inboxOf(demoViewer('canteen'))).items.some((n) => n.subjectId === elsewhere.certificateId)).toBe(false);
  });
});

describe('duty reminders (工作提醒, issue 13)', () => {
  it('tell the person responsible of a task due today, and both them and the checker of one overdue; the deadline as the school reads it', async () => {
    const staffOfAccount = (username: string) => demoAccountStaffId(DEMO_ACCOUNTS.find((a) => a.username === username)!)!;
    const duty = {
      occurrenceId: newId(),
      taskId: newId(),
      schoolId: SCHOOL_A,
      title: '检查锅炉房水龙头',
      kind: 'ROUTINE' as const,
      deadline: '2026-11-16T08:30:00.000Z',
      deadlineLocal: '2026-11-16 16:30',
      responsibleStaffId: staffOfAccount('maintenance'),
    };
    expect((await deliver(event('facilities.duty.due', duty, SCHOOL_A))).outcome).toBe('handled');
    const about = async (username: 'maintenance' | 'storekeeper' | 'director' | 'teacher') =>
      (await inboxOf(demoViewer(username))).items
        .filter((n) => n.subjectId === duty.occurrenceId)
        .map((n) => [n.kind, n.subjectType, n.title]);
    expect(await about('maintenance')).toEqual([
      ['DUTY_DUE', 'DutyOccurrence', '今日工作提醒（2026-11-16 16:30前完成）：检查锅炉房水龙头'],
    ]);
    for (const username of ['storekeeper', 'director', 'teacher'] as const) expect(await about(username)).toEqual([]);

    const overdue = { ...duty, checkerStaffId: staffOfAccount('storekeeper') };
    expect((await deliver(event('facilities.duty.overdue', overdue, SCHOOL_A))).outcome).toBe('handled');
    const told = ['DUTY_OVERDUE', 'DutyOccurrence', '工作任务逾期未完成（应于2026-11-16 16:30前完成）：检查锅炉房水龙头'];
    expect((await about('maintenance')).map((n) => n[0])).toEqual(['DUTY_OVERDUE', 'DUTY_DUE']);
    expect(await about('storekeeper')).toEqual([told]);
    for (const username of ['director', 'teacher'] as const) expect(await about(username)).toEqual([]);
  });
});

describe('safety notices (安全提醒)', () => {
  it('a training about to expire reaches its holder and the school’s safety officers, no one else', async () => {
    const maintenance = DEMO_ACCOUNTS.find((a) => a.username === 'maintenance')!;
    const training = {
      recordId: newId(),
      staffId: demoAccountStaffId(maintenance)!,
      requirementId: newId(),
      name: '特种作业操作证（电工）',
      expiresOn: '2026-12-20',
      state: 'EXPIRING' as const,
      daysLeft: 18,
    };
    expect((await deliver(event('safety.training.expiring', training, SCHOOL_A))).outcome).toBe('handled');
    const titles = async (username: 'maintenance' | 'safety' | 'director' | 'teacher' | 'admin') =>
      (await inboxOf(demoViewer(username))).items.filter((n) => n.subjectId === training.recordId).map((n) => [n.kind, n.title]);
    const told = [['TRAINING_EXPIRING', '培训/证书将于2026-12-20到期（还剩18天）：特种作业操作证（电工）']];
    expect(await titles('maintenance')).toEqual(told);
    expect(await titles('safety')).toEqual(told);
    for (const username of ['director', 'teacher', 'admin'] as const) expect(await titles(username)).toEqual([]);
  });

  it('a serious incident goes to the school’s leaders at once, and its report to the district administrators', async () => {
    const incident = {
      incidentId: newId(),
      schoolId: SCHOOL_A,
      type: 'INJURY' as const,
      place: '操场东侧跑道',
      injured: 1,
      occurredAt: '2026-12-01T02:00:00.000Z',
      reportDueAt: '2026-12-01T04:00:00.000Z',
    };
    expect((await deliver(event('safety.incident.serious', incident, SCHOOL_A, account('safety')))).outcome).toBe('handled');
    const told = async (username: 'principal' | 'director' | 'safety' | 'admin') =>
      (await inboxOf(demoViewer(username))).items.filter((n) => n.subjectId === incident.incidentId).map((n) => n.kind);
    expect(await told('principal')).toEqual(['INCIDENT_SERIOUS']);
    expect(await told('director')).toEqual(['INCIDENT_SERIOUS']);
    expect(await told('safety')).toEqual([]);
    expect(await told('admin')).toEqual([]);
    const late = { ...incident, reportedAt: '2026-12-01T05:00:00.000Z', inTime: false };
    expect((await deliver(event('safety.incident.reportedToDistrict', late, SCHOOL_A, account('principal')))).outcome).toBe('handled');
    const [notice] = (await inboxOf(demoViewer('admin'))).items.filter((n) => n.subjectId === incident.incidentId);
    expect([notice.kind, notice.title]).toEqual([
      'INCIDENT_REPORTED',
      '学校上报安全事故（逾期上报）：意外伤害，2026-12-01 10:00，操场东侧跑道，受伤1人',
    ]);
  });
});

describe('reading and marking the inbox', () => {
  it('pages newest first, and unreadOnly leaves out what was read', async () => {
    const director = sub.as(demoViewer('director'));
    const all = (await inboxOf(demoViewer('director'))).items;
    expect(all.length).toBeGreaterThanOrEqual(3);
    const first = ok(await director.request(INBOX, { first: 2 })).me.notifications;
    expect(first.nodes.map((n: { id: string }) => n.id)).toEqual(all.slice(0, 2).map((n) => n.id));
    const second = ok(await director.request(INBOX, { first: 2, after: first.pageInfo.endCursor })).me.notifications;
    expect(second.nodes[0].id).toBe(all[2].id);

    const marked = ok(await director.request(MARK, { input: { ids: [all[0].id, all[0].id] } })).markNotificationsRead;
    expect(marked).toEqual({ marked: 1, unreadCount: all.length - 1 });
    // Marking it again changes nothing.
    expect(ok(await director.request(MARK, { input: { ids: [all[0].id] } })).markNotificationsRead.marked).toBe(0);
    expect((await inboxOf(demoViewer('director'), true)).items.map((n) => n.id)).not.toContain(all[0].id);
    expect(ok(await director.request(MARK_ALL)).markAllNotificationsRead).toEqual({ marked: all.length - 1, unreadCount: 0 });
  });

  it("no one reads or marks another account's notifications, not even a district admin", async () => {
    const directorsItem = (await inboxOf(demoViewer('director'))).items[0];
    expectCode(await sub.as(demoViewer('admin')).request(`{ account(id: "${DIRECTOR}") { notifications { nodes { id } } } }`), 'FORBIDDEN');
    expectCode(await sub.as(demoViewer('admin')).request(`{ account(id: "${DIRECTOR}") { unreadNotificationCount } }`), 'FORBIDDEN');
    const teacher = sub.as(demoViewer('teacher'));
    const teachersItem = (await inboxOf(demoViewer('teacher'))).items.find((n) => !n.readAt)!;
    // One id of someone else's spoils the whole call: nothing is marked.
    await expectNoWrites(sub, async () =>
      expectCode(await teacher.request(MARK, { input: { ids: [teachersItem.id, directorsItem.id] } }), 'NOT_FOUND'),
    );
  });

  it('nonsense is refused naming the field, writing nothing; anonymous callers are refused', async () => {
    const teacher = sub.as(demoViewer('teacher'));
    await expectNoWrites(sub, async () => {
      expectBadInput(await teacher.request(MARK, { input: { ids: [] } }), 'ids');
      expectBadInput(await teacher.request(MARK, { input: { ids: ['not-an-id'] } }), 'ids');
      expectBadInput(await teacher.request(MARK, { input: { ids: Array.from({ length: 101 }, () => newId()) } }), 'ids');
      expectBadInput(await teacher.request(INBOX, { first: 1000 }), 'first');
      expectCode(await sub.as(null).request(MARK_ALL), 'UNAUTHENTICATED');
    });
  });
});
