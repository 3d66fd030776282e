import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { CanteenStaffMember, HealthCertificate, MorningCheck } from './health.entity';
import type { CanteenStaffFilter, HealthCertificateFilter, MorningCheckFilter } from './health.inputs';

/** Staff health is for those who read the canteen's records (kitchen, leaders, district readers): not for every teacher of the school. */
export function canteenReaders<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void {
  const schools = schoolsAllowed(viewer, P.readCanteen);
  if (schools === 'district') return;
  if (schools.length === 0) qb.andWhere('1 = 0');
  else qb.andWhere(`${alias}.schoolId IN (:...canteenReadSchools)`, { canteenReadSchools: schools });
}

export const rosterReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, CanteenStaffMember, 'CanteenStaffMember', 'csm', { visibility: canteenReaders });
export const certificateReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, HealthCertificate, 'HealthCertificate', 'hc', { visibility: canteenReaders });
export const morningCheckReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, MorningCheck, 'MorningCheck', 'chk', { visibility: canteenReaders });

/** The staff-health SQL (printed to apps/canteen/sql/health.sql). */
export const healthSql = defineSqlStore(
  'health',
  {
    /** Which of these staff passed their morning check at this canteen on this day: one statement for a duty list. */
    passedOn: (m, canteenId: string, staffIds: readonly string[], checkedOn: string) =>
      m
        .createQueryBuilder(MorningCheck, 'chk')
        .select('chk.staffId', 'staffId')
        .where('chk.canteenId = :canteenId', { canteenId })
        .andWhere('chk.checkedOn = :checkedOn', { checkedOn })
        .andWhere('chk.passed = :passed', { passed: true })
        .andWhere('chk.staffId IN (:...staffIds)', { staffIds }),
    /** The roster entry of a person at a canteen, whether or not they have left (read in the writing transaction). */
    rosterEntry: (m, canteenId: string, staffId: string) =>
      m
        .createQueryBuilder(CanteenStaffMember, 'csm')
        .where('csm.canteenId = :canteenId AND csm.staffId = :staffId', { canteenId, staffId }),
    /** Every certificate of a person at a school (the pass rule picks the one valid on the day). */
    certificatesOf: (m, schoolId: string, staffId: string) =>
      m.createQueryBuilder(HealthCertificate, 'hc').where('hc.schoolId = :schoolId AND hc.staffId = :staffId', { schoolId, staffId }),
    /** A canteen's roster, in scope; those who left only when asked. */
    roster: (m, reader: ScopedReader<CanteenStaffMember>, filter: CanteenStaffFilter, today: string) => {
      const qb = reader.query(m).andWhere('csm.canteenId = :canteenId', { canteenId: filter.canteenId.toLowerCase() });
      if (!filter.includeLeft) qb.andWhere('(csm.leftOn IS NULL OR csm.leftOn >= :today)', { today });
      return qb;
    },
    /** Certificates in scope, by canteen roster, person, or expiring by a day. */
    certificates: (m, reader: ScopedReader<HealthCertificate>, filter: HealthCertificateFilter, expiresBy: string | null) => {
      const qb = reader.query(m);
      if (filter.staffId) qb.andWhere('hc.staffId = :staffId', { staffId: filter.staffId.toLowerCase() });
      if (filter.canteenId)
        qb.andWhere(
          (sub) =>
            `hc.staffId IN ${sub
              .subQuery()
              .select('csm.staffId')
              .from(CanteenStaffMember, 'csm')
              .where('csm.canteenId = :rosterCanteenId')
              .getQuery()}`,
          { rosterCanteenId: filter.canteenId.toLowerCase() },
        );
      if (expiresBy) qb.andWhere('hc.expiresOn <= :expiresBy', { expiresBy });
      return qb;
    },
    /** Morning checks of a canteen in scope, by day range, person and outcome. */
    checks: (m, reader: ScopedReader<MorningCheck>, filter: MorningCheckFilter) => {
      const qb = reader.query(m).andWhere('chk.canteenId = :canteenId', { canteenId: filter.canteenId.toLowerCase() });
      if (filter.from) qb.andWhere('chk.checkedOn >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('chk.checkedOn <= :to', { to: filter.to });
      if (filter.staffId) qb.andWhere('chk.staffId = :staffId', { staffId: filter.staffId.toLowerCase() });
      if (filter.passed != null) qb.andWhere('chk.passed = :passed', { passed: filter.passed });
      return qb;
    },
    /** The certificates in scope of a page of staff (Staff.canteenHealthCertificate): one statement. */
    certificatesOfStaff: (m, reader: ScopedReader<HealthCertificate>, staffIds: readonly string[]) =>
      reader.query(m).andWhere('hc.staffId IN (:...staffIds)', { staffIds }),
    /** Today's morning checks in scope of a page of staff (Staff.morningCheckToday): one statement. */
    checksOfStaffOn: (m, reader: ScopedReader<MorningCheck>, staffIds: readonly string[], checkedOn: string) =>
      reader
        .query(m)
        .andWhere('chk.staffId IN (:...staffIds) AND chk.checkedOn = :checkedOn', { staffIds, checkedOn })
        .orderBy('chk.id', 'ASC'),
  },
  {
    passedOn: ['canteen-1', ['staff-1', 'staff-2'], '2026-03-02'],
    rosterEntry: ['canteen-1', 'staff-1'],
    certificatesOf: ['school-1', 'staff-1'],
    roster: [rosterReader(exampleRequest()), { canteenId: 'canteen-1', includeLeft: false }, '2026-03-02'],
    certificates: [certificateReader(exampleRequest()), { canteenId: 'canteen-1', staffId: 'staff-1' }, '2026-04-01'],
    checks: [
      morningCheckReader(exampleRequest()),
      { canteenId: 'canteen-1', from: '2026-03-01', to: '2026-03-31', staffId: 'staff-1', passed: false },
    ],
    certificatesOfStaff: [certificateReader(exampleRequest()), ['staff-1', 'staff-2']],
    checksOfStaffOn: [morningCheckReader(exampleRequest()), ['staff-1', 'staff-2'], '2026-03-02'],
  },
);
