import { demoViewer, type TestSubgraph } from '@houqin/testing';
import { Staff } from '../src/staff/staff.entity';
import { expectBadInput, expectNoWrites, SCHOOL, startDirectory } from './support';

/**
 * Text that looks filled but is not: a name or reason made only of invisible characters (zero-width
 * space, BOM, word joiner) is empty, a lone UTF-16 surrogate is refused before MySQL would change it,
 * and invisible characters around visible text are trimmed before it is stored.
 */
let sub: TestSubgraph;

beforeAll(async () => {
  sub = await startDirectory();
});
afterAll(async () => {
  await sub?.stop();
});

const CREATE_STAFF = 'mutation($input: CreateStaffInput!) { createStaff(input: $input) { id name phone } }';
const CREATE_CAMPUS = 'mutation($input: CreateCampusInput!) { createCampus(input: $input) { id name address } }';
let numbers = 0;
const staff = (name: string) => ({ schoolId: SCHOOL.firstPrimary, name, employeeNumber: `VT-${++numbers}`, posts: ['CLEANER'] });

describe('text that looks filled but is not', () => {
  it('a name made only of zero-width characters is BAD_USER_INPUT on that field, and nothing is written', async () => {
    const admin = sub.as(demoViewer('admin'));
    await expectNoWrites(sub, async () => {
      const response = await admin.request(CREATE_STAFF, { input: staff('\u200B\uFEFF\u2060') });
      expectBadInput(response, 'name');
      expect(response.errors?.[0]?.message).toBe('name must not be empty');
      expectBadInput(await admin.request(CREATE_CAMPUS, { input: { schoolId: SCHOOL.firstPrimary, name: '\u200D \u3000' } }), 'name');
    });
  });

  it('a lone surrogate is refused, naming the field, and nothing is written', async () => {
    const admin = sub.as(demoViewer('admin'));
    await expectNoWrites(sub, async () => {
      expectBadInput(await admin.request(CREATE_STAFF, { input: staff('Qian \uD800') }), 'name');
      expectBadInput(
        await admin.request(CREATE_CAMPUS, { input: { schoolId: SCHOOL.firstPrimary, name: 'East Campus', address: '\uDFFF Road' } }),
        'address',
      );
    });
  });

  it('visible text with invisible characters around it is stored trimmed; optional text with nothing visible is null', async () => {
    const admin = sub.as(demoViewer('admin'));
    const created = (await admin.request(CREATE_STAFF, { input: staff('\uFEFF\u200B 钱红 \u2060') })).data.createStaff;
    expect(created.name).toBe('钱红');
    expect((await sub.dataSource.getRepository(Staff).findOneByOrFail({ id: created.id })).name).toBe('钱红');
    const campus = (
      await admin.request(CREATE_CAMPUS, {
        input: { schoolId: SCHOOL.firstPrimary, name: '\u200B 东校区 (East) \uFEFF', address: '\u200B\u2060' },
      })
    ).data.createCampus;
    expect(campus).toMatchObject({ name: '东校区 (East)', address: null });
  });
});
