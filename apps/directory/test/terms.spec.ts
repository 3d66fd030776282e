/**
 * The school calendar (校历): the district administrator enters the terms of the next school year,
 * a principal corrects their school's; the calendar tells school days from weekends, public holidays
 * (with the make-up working days 调休) and vacations; every saved term is published for the services
 * that count school days; bad dates, overlaps and strangers are refused and write nothing.
 */
import { DEMO_TERMS } from '@houqin/demo';
import { OutboxEvent } from '@houqin/events';
import { demoViewer, type TestSubgraph } from '@houqin/testing';
import { auditEntries, expectBadInput, expectCode, expectNoWrites, ok, SCHOOL, startDirectory, UNKNOWN_ID } from './support';

const TERM_FIELDS = 'id schoolId name startsOn endsOn version school { id }';
const CREATE = `mutation($input: CreateSchoolTermInput!) { createSchoolTerm(input: $input) { ${TERM_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSchoolTermInput!) { updateSchoolTerm(input: $input) { ${TERM_FIELDS} } }`;
const TERMS = `query($id: ID!) { school(id: $id) { terms { name startsOn endsOn } } }`;
const CALENDAR = `query($id: ID!, $from: String!, $to: String!) { school(id: $id) { calendar(from: $from, to: $to) { date kind makeUpWorkday } } }`;

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startDirectory();
});
afterAll(async () => {
  await sub?.stop();
});

const as = (username: Parameters<typeof demoViewer>[0]) => sub.as(demoViewer(username));
const nextYear = (changes: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL.yucaiNineYear,
  name: '2027–2028学年第一学期',
  startsOn: '2027-09-01',
  endsOn: '2028-01-21',
  ...changes,
});

describe("a school's terms and calendar", () => {
  it('every demo school has the district’s four terms, latest first', async () => {
    const terms = ok<{ school: { terms: { name: string }[] } }>(await as('teacher').request(TERMS, { id: SCHOOL.firstPrimary })).school
      .terms;
    expect(terms.map((t) => t.name)).toEqual(DEMO_TERMS.map((t) => t.name).reverse());
  });

  it('October 2026 at First Primary: the National Day week off, Saturday 10 October a make-up school day, weekends off', async () => {
    type Day = { date: string; kind: string; makeUpWorkday: boolean };
    const days = ok<{ school: { calendar: Day[] } }>(
      await as('principal').request(CALENDAR, { id: SCHOOL.firstPrimary, from: '2026-10-01', to: '2026-10-31' }),
    ).school.calendar;
    const on = (date: string) => days.find((d) => d.date === date)!;
    expect(days).toHaveLength(31);
    expect(on('2026-10-01').kind).toBe('PUBLIC_HOLIDAY');
    expect(on('2026-10-07').kind).toBe('PUBLIC_HOLIDAY');
    expect(on('2026-10-08').kind).toBe('SCHOOL_DAY');
    expect(on('2026-10-10')).toEqual({ date: '2026-10-10', kind: 'SCHOOL_DAY', makeUpWorkday: true });
    expect(on('2026-10-17').kind).toBe('WEEKEND');
    const summer = ok<{ school: { calendar: Day[] } }>(
      await as('principal').request(CALENDAR, { id: SCHOOL.firstPrimary, from: '2026-07-03', to: '2026-07-06' }),
    ).school.calendar;
    expect(summer.map((d) => d.kind)).toEqual(['SCHOOL_DAY', 'WEEKEND', 'WEEKEND', 'VACATION']);
  });

  it('refuses a calendar longer than a year or with a day that is not a date', async () => {
    expectBadInput(await as('principal').request(CALENDAR, { id: SCHOOL.firstPrimary, from: '2026-01-01', to: '2027-06-30' }), 'to');
    expectBadInput(await as('principal').request(CALENDAR, { id: SCHOOL.firstPrimary, from: '2026-02-30', to: '2026-03-31' }), 'from');
  });
});

describe('entering terms', () => {
  it('the district administrator enters next year’s first term: audited and published as directory.school.termSaved', async () => {
    const term = ok<{ createSchoolTerm: { id: string; version: number } }>(
      await as('admin').request(CREATE, { input: nextYear() }),
    ).createSchoolTerm;
    expect(term).toMatchObject({ schoolId: SCHOOL.yucaiNineYear, startsOn: '2027-09-01', endsOn: '2028-01-21', version: 1 });
    expect(await auditEntries(sub, { entityId: term.id, action: 'schoolTerm.create' })).toHaveLength(1);
    const published = await sub.dataSource.getRepository(OutboxEvent).findBy({ type: 'directory.school.termSaved' });
    expect(published.map((e) => JSON.parse(e.payload) as { termId: string }).map((p) => p.termId)).toContain(term.id);

    // Moved by a week at the version read; a stale version is a CONFLICT.
    const moved = ok<{ updateSchoolTerm: { startsOn: string; version: number } }>(
      await as('admin').request(UPDATE, { input: { id: term.id, version: 1, startsOn: '2027-08-30' } }),
    ).updateSchoolTerm;
    expect(moved).toMatchObject({ startsOn: '2027-08-30', version: 2 });
    expectCode(await expectNoWrites(sub, () => as('admin').request(UPDATE, { input: { id: term.id, version: 1, name: 'x' } })), 'CONFLICT');
    // Its dates may not come to overlap the demo spring term 2027 (2027-02-22 to 2027-07-02).
    expectBadInput(
      await expectNoWrites(sub, () =>
        as('admin').request(UPDATE, { input: { id: term.id, version: 2, startsOn: '2027-07-01', endsOn: '2027-12-31' } }),
      ),
      'startsOn',
    );
  });

  it('answers each bad term on its field and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ startsOn: '2027-03-01', endsOn: '2027-06-30' }, 'startsOn'], // overlaps the spring term
      [{ endsOn: '2027-08-31' }, 'endsOn'], // ends before it starts
      [{ endsOn: '2028-03-31' }, 'endsOn'], // 213 days
      [{ startsOn: '2027-02-30' }, 'startsOn'], // not a date
      [{ schoolId: UNKNOWN_ID }, 'schoolId'],
      [{ schoolId: SCHOOL.riversidePrimary }, 'schoolId'], // merged into First Primary
      [{ name: '' }, 'name'],
      [{ name: 'N'.repeat(121) }, 'name'],
    ];
    for (const [changes, field] of cases)
      expectBadInput(
        await expectNoWrites(sub, () => as('admin').request(CREATE, { input: nextYear({ name: '2028–2029学年第一学期', ...changes }) })),
        field,
      );
  });

  it('a principal enters their own school’s terms only; a teacher or the auditor is FORBIDDEN before any check', async () => {
    const input = nextYear({ schoolId: SCHOOL.firstPrimary });
    ok(await as('principal').request(CREATE, { input }));
    expectCode(
      await expectNoWrites(sub, () => as('principal').request(CREATE, { input: nextYear({ schoolId: SCHOOL.secondJunior }) })),
      'FORBIDDEN',
    );
    for (const who of ['teacher', 'auditor', 'director'] as const)
      expectCode(
        await expectNoWrites(sub, () =>
          as(who).request(CREATE, { input: nextYear({ schoolId: SCHOOL.firstPrimary, endsOn: 'nonsense' }) }),
        ),
        'FORBIDDEN',
      );
  });

  it('two overlapping terms entered at once for one school: one is saved, the other refused on startsOn', async () => {
    const results = await Promise.all(
      ['2029-09-01', '2029-09-15'].map((startsOn) =>
        as('admin').request(CREATE, {
          input: nextYear({ schoolId: SCHOOL.firstHigh, name: `Term from ${startsOn}`, startsOn, endsOn: '2030-01-18' }),
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.find((r) => r.errors)!;
    expectBadInput(refused, 'startsOn');
  });
});
