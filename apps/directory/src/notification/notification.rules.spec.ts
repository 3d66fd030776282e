import { Role } from '@houqin/auth';
import type { EventOf, EventPayload, EventType } from '@houqin/events';
import { NotificationKind } from './notification.entity';
import { approversOf, clipTitle, noticesFor as noticesIn, TITLE_MAX } from './notification.rules';

const SCHOOL = 'school-a';
/** The demo's schools read times in Beijing time. */
const noticesFor = <T extends EventType>(e: EventOf<T>, timeZone = 'Asia/Shanghai') => noticesIn(e, { timeZone });
const TEACHER = 'teacher-account';
const DIRECTOR = 'director-account';

function event<T extends EventType>(type: T, payload: EventPayload<T>, schoolId: string | null = SCHOOL, actor = TEACHER): EventOf<T> {
  return {
    id: 'event-1',
    type,
    version: 1,
    occurredAt: '2026-12-01T08:00:00.000Z',
    districtId: 'district-1',
    schoolId,
    actor: { accountId: actor, staffId: null },
    requestId: 'r',
    payload,
  };
}

const request = {
  purchaseRequestId: 'pr-1',
  requesterAccountId: TEACHER,
  requesterStaffId: null,
  categoryId: 'c-1',
  fiscalYear: 2026,
  estimatedTotalFen: 123450,
  status: 'PENDING_APPROVAL' as const,
  nextApprovalLevel: 'DIRECTOR' as const,
};

describe('who is told about a purchase request', () => {
  it('approval levels map to the roles that approve at them', () => {
    expect(approversOf('DIRECTOR', SCHOOL)).toEqual({ role: Role.GENERAL_AFFAIRS_DIRECTOR, schoolId: SCHOOL });
    expect(approversOf('PRINCIPAL', SCHOOL)).toEqual({ role: Role.PRINCIPAL, schoolId: SCHOOL });
    expect(approversOf('DISTRICT', SCHOOL)).toEqual({ role: Role.DISTRICT_ADMIN, district: true });
    expect(() => approversOf('DIRECTOR', null)).toThrow('needs a school');
  });

  it('filed: the awaited level, never the filer', () => {
    const [notice] = noticesFor(event('finance.purchaseRequest.submitted', { ...request, requiredLevel: 'PRINCIPAL' }));
    expect(notice).toEqual({
      audiences: [{ role: Role.GENERAL_AFFAIRS_DIRECTOR, schoolId: SCHOOL }],
      except: [TEACHER],
      kind: NotificationKind.AWAITING_APPROVAL,
      title: '物品申报待您审批（¥1234.50）',
      titleEn: 'A purchase request of ¥1234.50 awaits your approval',
      subjectType: 'PurchaseRequest',
      subjectId: 'pr-1',
    });
  });

  it('approved at one level: the next; fully approved: the filer alone', () => {
    const decided = { level: 'DIRECTOR' as const, deciderAccountId: DIRECTOR, comment: null };
    const next = noticesFor(
      event('finance.purchaseRequest.approved', { ...request, ...decided, nextApprovalLevel: 'PRINCIPAL' }, SCHOOL, DIRECTOR),
    );
    expect(next.map((n) => [n.kind, n.audiences, n.except])).toEqual([
      [NotificationKind.AWAITING_APPROVAL, [{ role: Role.PRINCIPAL, schoolId: SCHOOL }], [TEACHER, DIRECTOR]],
    ]);
    const final = noticesFor(
      event('finance.purchaseRequest.approved', { ...request, ...decided, status: 'APPROVED', nextApprovalLevel: null }, SCHOOL, DIRECTOR),
    );
    expect(final.map((n) => [n.kind, n.audiences])).toEqual([[NotificationKind.APPROVED, [{ accounts: [TEACHER] }]]]);
  });

  it('rejected and paid: the filer, with the reason or the amount', () => {
    const decided = { level: 'DIRECTOR' as const, deciderAccountId: DIRECTOR };
    const [rejected] = noticesFor(event('finance.purchaseRequest.rejected', { ...request, ...decided, status: 'REJECTED', comment: null }));
    expect([rejected.title, rejected.titleEn]).toEqual(['您的物品申报被退回', 'Your purchase request was rejected']);
    const [paid] = noticesFor(
      event('finance.purchaseRequest.paid', {
        ...request,
        status: 'PAID',
        amountFen: 5,
        paidOn: '2026-11-20',
        ledgerEntryId: 'l',
        supplierId: null,
      }),
    );
    expect(paid).toMatchObject({
      kind: NotificationKind.PAID,
      title: '您的物品申报已于2026-11-20付款 ¥0.05',
      audiences: [{ accounts: [TEACHER] }],
    });
  });
});

describe('a payment reversed, an order approved again', () => {
  it('a reversed payment tells the filer it will be paid again, with the reason', () => {
    const [notice] = noticesFor(
      event(
        'finance.purchaseRequest.paymentReversed',
        {
          ...request,
          status: 'PAYMENT_REVERSED',
          nextApprovalLevel: null,
          amountFen: 30000,
          ledgerEntryId: 'je-1',
          reversalEntryId: 'je-2',
          reversedOn: '2026-11-21',
          reason: '付错账户',
          supplierId: null,
        },
        SCHOOL,
        'accountant-1',
      ),
    );
    expect(notice).toMatchObject({
      kind: NotificationKind.PAYMENT_REVERSED,
      audiences: [{ accounts: [TEACHER] }],
      title: '您的物品申报付款 ¥300.00 已冲销，将重新付款：付错账户',
      subjectId: 'pr-1',
    });
  });

  it('the last approval of an order above its estimate (status ORDERED) tells the filer it was approved', () => {
    const decided = { level: 'PRINCIPAL' as const, deciderAccountId: 'principal-1', comment: null };
    const notices = noticesFor(
      event(
        'finance.purchaseRequest.approved',
        { ...request, ...decided, status: 'ORDERED', nextApprovalLevel: null },
        SCHOOL,
        'principal-1',
      ),
    );
    expect(notices.map((n) => [n.kind, n.audiences])).toEqual([[NotificationKind.APPROVED, [{ accounts: [TEACHER] }]]]);
  });
});

describe("news of a school's books", () => {
  const payment = {
    ledgerEntryId: 'je-1',
    fund: 'SCHOOL' as const,
    entryDate: '2026-11-30',
    period: '2026-11',
    amountFen: 2000,
    supplierId: null,
    payeeAccountId: null,
    postedByAccountId: 'accountant-1',
    memo: '银行手续费',
  };

  it('a manual payment tells the principal; a purchase or claim payment adds nothing to its own paid notice', () => {
    const [manual] = noticesFor(
      event('finance.payment.posted', { ...payment, sourceType: 'MANUAL', sourceId: null }, SCHOOL, 'accountant-1'),
    );
    expect(manual).toMatchObject({
      audiences: [{ role: Role.PRINCIPAL, schoolId: SCHOOL }],
      except: ['accountant-1'],
      kind: NotificationKind.PAYMENT_POSTED,
      title: '学校账手工付款已入账 ¥20.00（2026-11-30）：银行手续费',
    });
    expect(noticesFor(event('finance.payment.posted', { ...payment, sourceType: 'PURCHASE_REQUEST', sourceId: 'pr-1' }))).toEqual([]);
  });

  it('a closed month tells the principal and the director, and for the canteen account its manager', () => {
    const closed = { closedPeriodId: 'cp-1', period: '2026-11', closedByAccountId: 'accountant-1' };
    const [school] = noticesFor(event('finance.month.closed', { ...closed, fund: 'SCHOOL' }, SCHOOL, 'accountant-1'));
    expect(school.audiences.map((a) => ('role' in a ? a.role : a))).toEqual([Role.PRINCIPAL, Role.GENERAL_AFFAIRS_DIRECTOR]);
    const [canteen] = noticesFor(event('finance.month.closed', { ...closed, fund: 'CANTEEN' }, SCHOOL, 'accountant-1'));
    expect(canteen.audiences).toContainEqual({ role: Role.CANTEEN_MANAGER, schoolId: SCHOOL });
    expect(canteen.title).toBe('食堂账 2026-11 已月结');
  });
});

describe('district-wide news', () => {
  it('a suspended supplier: district admins and the buyers of every school, not the admin who suspended it', () => {
    const [notice] = noticesFor(
      event(
        'finance.supplier.suspended',
        { supplierId: 's-1', name: '鲜菜公司', foodSupplier: true, reason: '抽检不合格' },
        null,
        'admin-1',
      ),
    );
    expect(notice.audiences).toEqual([
      { role: Role.DISTRICT_ADMIN, district: true },
      { role: Role.GENERAL_AFFAIRS_DIRECTOR, anySchool: true },
      { role: Role.ACCOUNTANT, anySchool: true },
      { role: Role.CANTEEN_MANAGER, anySchool: true },
      { role: Role.STOREKEEPER, anySchool: true },
    ]);
    expect(notice.except).toEqual(['admin-1']);
    expect(notice.title).toBe('供应商已暂停，请勿再向其订购或收货：鲜菜公司：抽检不合格');
  });

  it('a licence expiring and expired say the date and the days left', () => {
    const licence = { supplierId: 's-1', name: '鲜菜公司', foodLicenceNumber: 'JY1', expiresOn: '2026-12-31' };
    const [soon] = noticesFor(event('finance.supplier.licenceExpiring', { ...licence, state: 'EXPIRING', daysLeft: 30 }, null));
    expect([soon.kind, soon.title]).toEqual([
      NotificationKind.LICENCE_EXPIRING,
      '供应商食品经营许可证将于2026-12-31到期（还剩30天）：鲜菜公司',
    ]);
    const [gone] = noticesFor(event('finance.supplier.licenceExpiring', { ...licence, state: 'EXPIRED', daysLeft: -1 }, null));
    expect([gone.kind, gone.titleEn]).toEqual([
      NotificationKind.LICENCE_EXPIRED,
      "Supplier's food licence expired on 2026-12-31: 鲜菜公司",
    ]);
  });

  it('an event without a rule makes nothing; a long title is cut to its column', () => {
    expect(noticesFor(event('directory.account.deactivated', { accountId: 'a', staffId: null }, null))).toEqual([]);
    expect(clipTitle('x'.repeat(400))).toHaveLength(TITLE_MAX);
  });
});

describe("the canteen's alerts", () => {
  const missing = {
    mealServiceId: 'ms-1',
    canteenId: 'c-1',
    servedOn: '2026-11-20',
    meal: 'BREAKFAST' as const,
    dishes: [{ dishId: 'd-1', dishName: '白粥', problem: 'UNSAMPLED' as const, grams: null }],
    minGrams: 125,
    raisedBy: 'MEAL_COUNTS' as const,
  };

  it("a missing sample: the school's canteen managers and principal, not the one who recorded the counts", () => {
    const [notice] = noticesFor(event('canteen.sample.missing', missing, SCHOOL, 'storekeeper-1'));
    expect(notice).toEqual({
      audiences: [
        { role: Role.CANTEEN_MANAGER, schoolId: SCHOOL },
        { role: Role.PRINCIPAL, schoolId: SCHOOL },
      ],
      except: ['storekeeper-1'],
      kind: NotificationKind.SAMPLE_MISSING,
      title: '2026-11-20 早餐留样缺失或不足125克（1道菜）：白粥',
      titleEn: 'Food samples missing or under 125 g for 2026-11-20 breakfast (1 dish): 白粥',
      subjectType: 'MealService',
      subjectId: 'ms-1',
    });
    // Without a school there is nobody to tell.
    expect(noticesFor(event('canteen.sample.missing', missing, null))).toEqual([]);
  });

  it("a health certificate: the school's canteen managers, expiring or expired", () => {
    const certificate = {
      certificateId: 'hc-1',
      staffId: 'st-1',
      canteenIds: ['c-1'],
      number: 'JKZ-1',
      expiresOn: '2026-12-31',
      state: 'EXPIRING' as const,
      daysLeft: 29,
    };
    const [soon] = noticesFor(event('canteen.certificate.expiring', certificate, SCHOOL));
    expect(soon).toMatchObject({
      audiences: [{ role: Role.CANTEEN_MANAGER, schoolId: SCHOOL }],
      kind: NotificationKind.CERTIFICATE_EXPIRING,
      title: '食堂从业人员健康证将于2026-12-31到期（还剩29天）：JKZ-1',
      subjectType: 'HealthCertificate',
      subjectId: 'hc-1',
    });
    const [gone] = noticesFor(event('canteen.certificate.expiring', { ...certificate, state: 'EXPIRED', daysLeft: -2 }, SCHOOL));
    expect([gone.kind, gone.titleEn]).toEqual([
      NotificationKind.CERTIFICATE_EXPIRED,
      "A canteen worker's health certificate expired on 2026-12-31, they may not work: JKZ-1",
    ]);
  });
});

describe('an overdue repair (维修超期督办)', () => {
  it('tells the school’s general-affairs director first, then its principal', () => {
    const overdue = (level: 'DIRECTOR' | 'PRINCIPAL') =>
      noticesFor(
        event(
          'facilities.workOrder.overdue',
          {
            workOrderId: 'wo-1',
            schoolId: SCHOOL,
            title: '三年级2班水龙头漏水',
            priority: 'SAFETY',
            dueAt: '2026-11-19T16:00:00.000Z',
            level,
          },
          SCHOOL,
        ),
      );
    expect(overdue('DIRECTOR')).toEqual([
      expect.objectContaining({
        audiences: [{ role: Role.GENERAL_AFFAIRS_DIRECTOR, schoolId: SCHOOL }],
        kind: NotificationKind.WORK_ORDER_OVERDUE,
        subjectType: 'WorkOrder',
        subjectId: 'wo-1',
      }),
    ]);
    expect(overdue('DIRECTOR')[0].title).toContain('安全隐患');
    expect(overdue('PRINCIPAL')[0].audiences).toEqual([{ role: Role.PRINCIPAL, schoolId: SCHOOL }]);
  });
  it('prints the due time as the school reads it, in its own zone', () => {
    const overdue = (timeZone: string) =>
      noticesFor(
        event('facilities.workOrder.overdue', {
          workOrderId: 'wo-1',
          schoolId: SCHOOL,
          title: '三年级2班水龙头漏水',
          priority: 'SAFETY',
          dueAt: '2026-11-19T16:00:00.000Z',
          level: 'DIRECTOR',
        }),
        timeZone,
      )[0];
    // 16:00 UTC is midnight in Beijing and 22:00 in Ürümqi (UTC+6).
    expect(overdue('Asia/Shanghai').title).toBe('维修工单超期未修（安全隐患，应于2026-11-20 00:00前完成）：三年级2班水龙头漏水');
    expect(overdue('Asia/Urumqi').titleEn).toBe('Repair overdue (safety, due 2026-11-19 22:00): 三年级2班水龙头漏水');
  });
});
