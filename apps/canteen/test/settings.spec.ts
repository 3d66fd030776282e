import { AuditEntry } from '@houqin/persistence';
import { MealKind } from '../src/menu/meal-kind';
import { SettingsService } from '../src/settings/settings.service';
import { expectBadInput, expectCode, expectNoWrites, type GraphQLResponse, ok, startCanteen, type TestSubgraph, V } from './support';

// Each refusal snapshots every canteen table before and after (expectNoWrites): slow on MySQL under load.
jest.setTimeout(60_000);

/**
 * The district's canteen settings (食堂设置): the national defaults until the district administrator
 * changes them (stricter, never laxer), read by every school role; what the other concepts' rules
 * read through ctx.settings.of.
 */
let sub: TestSubgraph;

beforeAll(async () => {
  sub = await startCanteen();
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

const FIELDS = `districtId bulkStapleCategories sampleMinGrams sampleKeepHours certificateNoticeDays breakfastEndsAt lunchEndsAt
  dinnerEndsAt mealEndTimes { meal endsAt } version updatedByAccountId updatedAt`;
const SETTINGS = `query { canteenSettings { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCanteenSettingsInput!) { updateCanteenSettings(input: $input) { ${FIELDS} } }`;

const request = (who: keyof typeof V, query: string, variables?: Record<string, unknown>) => sub.as(V[who]).request(query, variables);
const audits = () => sub.dataSource.getRepository(AuditEntry).count({ where: { action: 'canteenSettings.update' } });

/** Every field a refused update names (extensions.violations), in order. */
const violations = (response: GraphQLResponse) =>
  ((response.errors?.[0]?.extensions?.violations ?? []) as { field: string }[]).map((v) => v.field);

describe('canteen settings (食堂设置)', () => {
  it('a district that changed nothing has the national defaults, version 0, for every school role and the district readers', async () => {
    for (const who of ['teacher', 'canteen', 'storekeeper', 'principal', 'teacherB', 'auditor', 'admin'] as const) {
      expect(ok(await request(who, SETTINGS)).canteenSettings).toEqual({
        districtId: V.admin.districtId,
        bulkStapleCategories: ['GRAIN', 'OIL', 'MEAT', 'POULTRY'],
        sampleMinGrams: 125,
        sampleKeepHours: 48,
        certificateNoticeDays: 30,
        breakfastEndsAt: '08:30',
        lunchEndsAt: '13:00',
        dinnerEndsAt: '19:00',
        mealEndTimes: [
          { meal: 'BREAKFAST', endsAt: '08:30' },
          { meal: 'LUNCH', endsAt: '13:00' },
          { meal: 'DINNER', endsAt: '19:00' },
        ],
        version: 0,
        updatedByAccountId: null,
        updatedAt: null,
      });
    }
  });

  it('a school role may not change them: FORBIDDEN before the input is looked at, nothing written', async () => {
    for (const who of ['canteen', 'director', 'principal', 'auditor'] as const)
      await expectNoWrites(sub, async () =>
        expectCode(await request(who, UPDATE, { input: { version: 0, sampleMinGrams: 1 } }), 'FORBIDDEN'),
      );
  });

  it('laxer than the national rules, or meal times out of order: every field at fault named, nothing written', async () => {
    const refused = await expectNoWrites(sub, () =>
      request('admin', UPDATE, {
        input: {
          version: 0,
          sampleMinGrams: 100,
          sampleKeepHours: 24,
          certificateNoticeDays: 0,
          lunchEndsAt: '08:00',
          dinnerEndsAt: '25:00',
          bulkStapleCategories: ['GRAIN', 'GRAIN'],
        },
      }),
    );
    expectBadInput(refused, 'sampleMinGrams');
    expect(violations(refused)).toEqual([
      'sampleMinGrams',
      'sampleKeepHours',
      'certificateNoticeDays',
      'dinnerEndsAt',
      'bulkStapleCategories',
    ]);
    await expectNoWrites(sub, async () =>
      expectBadInput(await request('admin', UPDATE, { input: { version: 0, lunchEndsAt: '08:00' } }), 'lunchEndsAt'),
    );
  });

  it('the administrator makes them stricter: the first change creates the district’s row (version 1), audited', async () => {
    const saved = ok(
      await request('admin', UPDATE, {
        input: { version: 0, sampleMinGrams: 150, lunchEndsAt: '12:45', bulkStapleCategories: ['GRAIN', 'OIL', 'MEAT'] },
      }),
    ).updateCanteenSettings;
    expect(saved).toMatchObject({
      sampleMinGrams: 150,
      sampleKeepHours: 48,
      lunchEndsAt: '12:45',
      bulkStapleCategories: ['GRAIN', 'OIL', 'MEAT'],
      version: 1,
      updatedByAccountId: V.admin.accountId,
    });
    expect(saved.updatedAt).toEqual(expect.any(String));
    expect(ok(await request('teacher', SETTINGS)).canteenSettings).toMatchObject({ sampleMinGrams: 150, version: 1 });
    expect(await audits()).toBe(1);
  });

  it('a change from an old version is a CONFLICT and writes nothing; from the current one it applies', async () => {
    await expectNoWrites(sub, async () =>
      expectCode(await request('admin', UPDATE, { input: { version: 0, sampleKeepHours: 72 } }), 'CONFLICT'),
    );
    const saved = ok(await request('admin', UPDATE, { input: { version: 1, sampleKeepHours: 72 } })).updateCanteenSettings;
    expect(saved).toMatchObject({ sampleMinGrams: 150, sampleKeepHours: 72, version: 2 });
    expect(await audits()).toBe(2);
  });

  it('ctx.settings.of gives the other concepts the district’s settings, and each meal’s end time', async () => {
    const service = new SettingsService({ dataSource: sub.dataSource, viewer: null } as never);
    const settings = await service.of(null, V.admin.districtId);
    expect(settings).toMatchObject({ sampleMinGrams: 150, sampleKeepHours: 72, version: 2 });
    expect(settings.endTimes).toEqual({ [MealKind.BREAKFAST]: '08:30', [MealKind.LUNCH]: '12:45', [MealKind.DINNER]: '19:00' });
    // Another district (none of its own): the defaults.
    expect(await service.of(undefined, '01900000-0000-7000-8000-0000000d0002')).toMatchObject({ sampleMinGrams: 125, version: 0 });
  });
});
