import { demoViewer, type TestSubgraph } from '@houqin/testing';
import { DEMO_CAMPUSES } from '@houqin/demo';
import { expectBadInput, expectNoWrites, SCHOOL, startDirectory } from './support';

/** Riverside Primary merged into First Experimental Primary in 2024: nothing new attaches to it. */
let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startDirectory();
});
afterAll(() => sub?.stop());

const admin = () => sub.as(demoViewer('admin'));

describe('a closed school', () => {
  it('takes no new campus, staff member or role, and the refusal names the field', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await admin().request('mutation($i: CreateCampusInput!) { createCampus(input: $i) { id } }', {
          i: { schoolId: SCHOOL.riversidePrimary, name: 'Annex' },
        }),
        'schoolId',
      );
      expectBadInput(
        await admin().request('mutation($i: CreateStaffInput!) { createStaff(input: $i) { id } }', {
          i: { schoolId: SCHOOL.riversidePrimary, name: 'Late hire', employeeNumber: 'R001', posts: ['COOK'] },
        }),
        'schoolId',
      );
      expectBadInput(
        await admin().request('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
          i: { accountId: demoViewer('teacher').accountId, role: 'STAFF', schoolId: SCHOOL.riversidePrimary },
        }),
        'schoolId',
      );
    });
  });
});

describe('moving a campus', () => {
  it('is refused when dated in the future, because the campus would change school today', async () => {
    await expectNoWrites(sub, async () => {
      const r = await admin().request('mutation($i: MoveCampusInput!) { moveCampus(input: $i) { id } }', {
        i: { campusId: DEMO_CAMPUSES.yucaiMain.id, toSchoolId: SCHOOL.firstHigh, effectiveOn: '2999-09-01', reason: 'Planned merger' },
      });
      expectBadInput(r, 'effectiveOn');
    });
  });
});

describe('employee numbers (工号)', () => {
  it('are unique per school whatever their case, on every database', async () => {
    const create = 'mutation($i: CreateStaffInput!) { createStaff(input: $i) { employeeNumber } }';
    const first = await admin().request(create, {
      i: { schoolId: SCHOOL.firstHigh, name: 'Case One', employeeNumber: 'ab-77', posts: ['CLEANER'] },
    });
    expect(first.data.createStaff.employeeNumber).toBe('AB-77');
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await admin().request(create, { i: { schoolId: SCHOOL.firstHigh, name: 'Case Two', employeeNumber: 'AB-77', posts: ['CLEANER'] } }),
        'employeeNumber',
      );
    });
  });
});
