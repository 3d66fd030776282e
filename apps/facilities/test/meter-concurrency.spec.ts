/**
 * Readings of one meter under concurrent writers: the storekeeper, the director and maintenance staff
 * reading one meter at once never leave readings out of order. The meter's latest reading moves only by
 * a conditional UPDATE (the new reading after it), so a reading that lost the race to a later one is
 * refused as "earlier than the last one's date" and writes nothing; what is stored is in time order and
 * the meter's latest reading is the last of them. Needs a real server (row locks, a pool): runs only with
 * HOUQIN_TEST_MYSQL_URL.
 */
import { codes, ok, testStorage, type AnyData, type TestSubgraph } from '@houqin/testing';
import { MeterReading, UtilityMeter } from '../src/meter/meter.entity';
import { CAMPUS_A, SCHOOL_A, startFacilities, V } from './support';

const onServer = testStorage().kind === 'mysql';
(onServer ? describe : describe.skip)('meter readings under concurrent writers (MySQL / MariaDB)', () => {
  jest.setTimeout(120_000);
  let sub: TestSubgraph;
  beforeAll(async () => {
    sub = await startFacilities();
  });
  afterAll(() => sub?.stop());

  it('twenty readings at once: every one stored is later than the one stored before it, the others refused on readAt', async () => {
    const meter = ok<AnyData>(
      await sub.as(V.director).request(`mutation($input: RegisterUtilityMeterInput!) { registerUtilityMeter(input: $input) { id } }`, {
        input: {
          schoolId: SCHOOL_A,
          utility: 'WATER',
          name: 'Race meter',
          serialNumber: 'R-1',
          campusId: CAMPUS_A,
          installedOn: '2026-01-05',
        },
      }),
    ).registerUtilityMeter;
    const readers = [V.storekeeper, V.director, V.maintenance, V.storekeeper2];
    // Readings at 08:00, 08:01 … 08:19 on 16 November, sent in a shuffled order all at once.
    const order = [7, 2, 15, 0, 11, 19, 4, 9, 13, 1, 17, 6, 10, 3, 18, 5, 14, 8, 16, 12];
    const responses = await Promise.all(
      order.map((minute, k) =>
        sub
          .as(readers[k % readers.length])
          .request(`mutation($input: RecordMeterReadingInput!) { recordMeterReading(input: $input) { reading { id } } }`, {
            input: { meterId: meter.id, readAt: `2026-11-16T08:${String(minute).padStart(2, '0')}:00+08:00`, value: String(100 + minute) },
          }),
      ),
    );
    const refused = responses.filter((r) => r.errors);
    for (const r of refused) {
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0].extensions?.field).toBe('readAt');
    }
    const stored = await sub.dataSource.getRepository(MeterReading).find({ where: { meterId: meter.id }, order: { id: 'ASC' } });
    expect(stored.length).toBe(order.length - refused.length);
    expect(stored.length).toBeGreaterThan(0);
    // Stored in the order they committed, which is time order: each later and higher than the one before.
    for (let i = 1; i < stored.length; i++) expect(stored[i].readAt.getTime()).toBeGreaterThan(stored[i - 1].readAt.getTime());
    const row = await sub.dataSource.getRepository(UtilityMeter).findOneByOrFail({ id: meter.id });
    expect(row.lastReadAt!.getTime()).toBe(stored[stored.length - 1].readAt.getTime());
    expect(row.lastValueThousandths).toBe(stored[stored.length - 1].valueThousandths);
  });
});
