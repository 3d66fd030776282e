import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { requirePermission } from '@houqin/auth';
import { badInput, conflict, DEFAULT_TIME_ZONE, newId, optionalText, parseId, shiftDate, todayIn } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { groupedLoader, isUniqueViolation, paginate, recordAudit, saveEdit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { CanteenContext } from '../context';
import { P } from '../permissions';
import { CanteenStaffMember, HealthCertificate, MorningCheck } from './health.entity';
import type {
  AddCanteenStaffInput,
  CanteenStaffFilter,
  HealthCertificateFilter,
  MorningCheckFilter,
  RecordHealthCertificateInput,
  RecordMorningCheckInput,
  RemoveCanteenStaffInput,
} from './health.inputs';
import {
  certificateState,
  type CertificateState,
  checkCertificateDates,
  currentCertificate,
  morningCheckOutcome,
  normalCertificateNumber,
  temperatureTenths,
} from './health.rules';
import { certificateNoticeDays } from './health.settings';
import { certificateReader, healthSql, morningCheckReader, rosterReader } from './health.store';

const onRoster = (entry: CanteenStaffMember | null, day: string): entry is CanteenStaffMember =>
  !!entry && entry.joinedOn <= day && (entry.leftOn === null || entry.leftOn >= day);

/**
 * Canteen staff health (食品从业人员健康管理): the roster of each canteen (directory staff, who may have
 * no account), their health certificates (健康证) and each working day's morning check (晨检). At
 * `ctx.health`. Certificates and checks are never edited or deleted; a renewal is a new certificate.
 */
export class HealthService {
  readonly roster: ScopedReader<CanteenStaffMember>;
  readonly certificates: ScopedReader<HealthCertificate>;
  readonly checks: ScopedReader<MorningCheck>;
  private certificateLoader?: DataLoader<string, HealthCertificate[]>;
  private todayCheckLoader?: DataLoader<string, MorningCheck[]>;

  constructor(private readonly ctx: CanteenContext) {
    this.roster = rosterReader(ctx);
    this.certificates = certificateReader(ctx);
    this.checks = morningCheckReader(ctx);
  }

  /**
   * Which of `staffIds` passed their morning check (晨检) at `canteenId` on `date` (YYYY-MM-DD): only
   * they may go on that day's duty lists. One statement, in the caller's transaction; no permission
   * check (the caller has made its own).
   */
  async passedOn(manager: EntityManager, canteenId: string, staffIds: readonly string[], date: string): Promise<Set<string>> {
    const ids = [...new Set(staffIds)];
    if (ids.length === 0) return new Set();
    const rows = await healthSql.passedOn(manager, canteenId, ids, date).getRawMany<{ staffId: string }>();
    return new Set(rows.map((row) => row.staffId));
  }

  /** Today in the default school zone, by the context's clock (field resolvers over many schools). */
  private today(): string {
    return todayIn(DEFAULT_TIME_ZONE, this.ctx.now());
  }

  /** Days before expiry a certificate counts as expiring in a district (the district's setting, default 30). */
  noticeDays(districtId: string, manager: EntityManager = this.ctx.dataSource.manager): Promise<number> {
    this.noticeDaysByDistrict[districtId] ??= certificateNoticeDays(manager, districtId);
    return this.noticeDaysByDistrict[districtId];
  }
  private readonly noticeDaysByDistrict: Record<string, Promise<number>> = {};

  /** A certificate's state today, with its district's notice days. */
  async stateOf(certificate: HealthCertificate): Promise<CertificateState> {
    return certificateState(certificate, this.today(), await this.noticeDays(certificate.districtId));
  }

  // ── Reads ──────────────────────────────────────────────────────────────────────────────

  listRoster(filter: CanteenStaffFilter, page: PageArgs): Promise<Page<CanteenStaffMember>> {
    parseId(filter.canteenId, 'canteenId');
    return paginate(healthSql.roster(this.ctx.dataSource.manager, this.roster, filter, this.today()), page);
  }

  listCertificates(filter: HealthCertificateFilter, page: PageArgs): Promise<Page<HealthCertificate>> {
    const expiresBy = filter.expiringWithinDays == null ? null : shiftDate(this.today(), filter.expiringWithinDays);
    return paginate(healthSql.certificates(this.ctx.dataSource.manager, this.certificates, filter, expiresBy), page);
  }

  listChecks(filter: MorningCheckFilter, page: PageArgs): Promise<Page<MorningCheck>> {
    if (filter.from && filter.to && filter.to < filter.from) throw badInput('to', 'to must not be before from.');
    return paginate(healthSql.checks(this.ctx.dataSource.manager, this.checks, filter), page, 'DESC');
  }

  /** The certificate that counts today for a staff member, if the viewer reads their school's canteen records: batched. */
  async certificateOfStaff(staffId: string): Promise<HealthCertificate | null> {
    if (!this.ctx.viewer) return null;
    this.certificateLoader ??= groupedLoader(
      (ids) => healthSql.certificatesOfStaff(this.ctx.dataSource.manager, this.certificates, ids).getMany(),
      (certificate) => certificate.staffId,
    );
    return currentCertificate(await this.certificateLoader.load(staffId), this.today());
  }

  /** Today's morning check of a staff member (the first, should they be on two canteens' rosters): batched. */
  async morningCheckToday(staffId: string): Promise<MorningCheck | null> {
    if (!this.ctx.viewer) return null;
    this.todayCheckLoader ??= groupedLoader(
      (ids) => healthSql.checksOfStaffOn(this.ctx.dataSource.manager, this.checks, ids, this.today()).getMany(),
      (check) => check.staffId,
    );
    return (await this.todayCheckLoader.load(staffId))[0] ?? null;
  }

  // ── Writes ─────────────────────────────────────────────────────────────────────────────

  /** Puts a staff member of the canteen's school on its roster (again, if they had left). */
  async addStaff(input: AddCanteenStaffInput): Promise<CanteenStaffMember> {
    requirePermission(this.ctx.viewer, P.addCanteenStaff);
    return this.ctx.dataSource.transaction(async (manager) => {
      const canteen = await this.ctx.canteens.getIn(manager, input.canteenId, 'canteenId');
      requirePermission(this.ctx.viewer, P.addCanteenStaff, canteen.schoolId);
      const staff = await this.ctx.directoryCopy.assertStaffOf(manager, canteen.schoolId, input.staffId, 'staffId');
      const today = await this.ctx.directoryCopy.todayAt(canteen.schoolId, manager);
      const joinedOn = input.joinedOn ?? today;
      const current = await healthSql.rosterEntry(manager, canteen.id, staff.staffId).getOne();
      if (current) {
        if (current.leftOn === null) throw badInput('staffId', 'staffId is already on the canteen’s staff roster.');
        if (joinedOn <= current.leftOn) throw badInput('joinedOn', `joinedOn must be after the day they left (${current.leftOn}).`);
        return saveEdit(manager, this.ctx, {
          entity: CanteenStaffMember,
          typeName: 'CanteenStaffMember',
          current,
          version: current.version,
          changes: { post: input.post, joinedOn, leftOn: null },
          audit: { action: 'canteenStaff.rejoin', schoolId: canteen.schoolId },
        });
      }
      const member = manager.create(CanteenStaffMember, {
        id: newId(),
        districtId: canteen.districtId,
        schoolId: canteen.schoolId,
        canteenId: canteen.id,
        staffId: staff.staffId,
        post: input.post,
        joinedOn,
        leftOn: null,
      });
      try {
        await manager.insert(CanteenStaffMember, member);
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput('staffId', 'staffId is already on the canteen’s staff roster.');
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'canteenStaff.add',
        entityType: 'CanteenStaffMember',
        entityId: member.id,
        districtId: canteen.districtId,
        schoolId: canteen.schoolId,
        changes: { ...input, joinedOn },
      });
      return manager.findOneOrFail(CanteenStaffMember, { where: { id: member.id } });
    });
  }

  /** Takes someone off a roster from a day on; their certificates and checks stay. */
  async removeStaff(input: RemoveCanteenStaffInput): Promise<CanteenStaffMember> {
    requirePermission(this.ctx.viewer, P.removeCanteenStaff);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.roster.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.removeCanteenStaff, current.schoolId);
      if (current.leftOn !== null) throw conflict(`They left the roster on ${current.leftOn}.`);
      const leftOn = input.leftOn ?? (await this.ctx.directoryCopy.todayAt(current.schoolId, manager));
      if (leftOn < current.joinedOn) throw badInput('leftOn', `leftOn must not be before the day they joined (${current.joinedOn}).`);
      return saveEdit(manager, this.ctx, {
        entity: CanteenStaffMember,
        typeName: 'CanteenStaffMember',
        current,
        version: input.version,
        changes: { leftOn },
        audit: { action: 'canteenStaff.remove', schoolId: current.schoolId },
      });
    });
  }

  /** Records a health certificate of someone on the canteen's roster. */
  async recordCertificate(input: RecordHealthCertificateInput): Promise<HealthCertificate> {
    requirePermission(this.ctx.viewer, P.recordHealthCertificate);
    const number = normalCertificateNumber(input.number);
    if (input.expiresOn <= input.issuedOn) throw badInput('expiresOn', 'expiresOn must be after issuedOn.');
    return this.ctx.dataSource.transaction(async (manager) => {
      const canteen = await this.ctx.canteens.getIn(manager, input.canteenId, 'canteenId');
      const viewer = requirePermission(this.ctx.viewer, P.recordHealthCertificate, canteen.schoolId);
      const today = await this.ctx.directoryCopy.todayAt(canteen.schoolId, manager);
      checkCertificateDates(input, today);
      const staffId = parseId(input.staffId, 'staffId');
      if (!onRoster(await healthSql.rosterEntry(manager, canteen.id, staffId).getOne(), today))
        throw badInput('staffId', 'staffId is not on the canteen’s staff roster.');
      const certificate = manager.create(HealthCertificate, {
        id: newId(),
        districtId: canteen.districtId,
        schoolId: canteen.schoolId,
        staffId,
        number,
        issuedOn: input.issuedOn,
        expiresOn: input.expiresOn,
        recordedBy: viewer.accountId,
      });
      try {
        await manager.insert(HealthCertificate, certificate);
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput('number', 'This certificate is already recorded for them.');
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'healthCertificate.record',
        entityType: 'HealthCertificate',
        entityId: certificate.id,
        districtId: canteen.districtId,
        schoolId: canteen.schoolId,
        changes: { ...input, number },
      });
      return manager.findOneOrFail(HealthCertificate, { where: { id: certificate.id } });
    });
  }

  /**
   * Records today's morning check (晨检) of someone on the canteen's roster: passed only under
   * 37.3 ℃, without symptoms and with a certificate valid today. One per person, canteen and day;
   * never edited, so a second one the same day is a CONFLICT.
   */
  async recordCheck(input: RecordMorningCheckInput): Promise<MorningCheck> {
    requirePermission(this.ctx.viewer, P.recordMorningCheck);
    const tenths = temperatureTenths(input.temperature);
    const symptoms = [...new Set(input.symptoms)];
    return this.ctx.dataSource.transaction(async (manager) => {
      const canteen = await this.ctx.canteens.getIn(manager, input.canteenId, 'canteenId');
      const viewer = requirePermission(this.ctx.viewer, P.recordMorningCheck, canteen.schoolId);
      const today = await this.ctx.directoryCopy.todayAt(canteen.schoolId, manager);
      const staffId = parseId(input.staffId, 'staffId');
      if (!onRoster(await healthSql.rosterEntry(manager, canteen.id, staffId).getOne(), today))
        throw badInput('staffId', 'staffId is not on the canteen’s staff roster: only canteen staff are checked here.');
      const certificates = await healthSql.certificatesOf(manager, canteen.schoolId, staffId).getMany();
      const outcome = morningCheckOutcome({ temperatureTenths: tenths, symptoms, certificates, checkedOn: today });
      const check = manager.create(MorningCheck, {
        id: newId(),
        districtId: canteen.districtId,
        schoolId: canteen.schoolId,
        canteenId: canteen.id,
        staffId,
        checkedOn: today,
        temperatureTenths: tenths,
        symptoms,
        passed: outcome.passed,
        failures: outcome.failures,
        certificateId: currentCertificate(certificates, today)?.id ?? null,
        remarks: optionalText(input.remarks),
        checkedBy: viewer.accountId,
      });
      try {
        await manager.insert(MorningCheck, check);
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict(`They were already checked at this canteen today (${today}); a morning check is never edited.`);
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'morningCheck.record',
        entityType: 'MorningCheck',
        entityId: check.id,
        districtId: canteen.districtId,
        schoolId: canteen.schoolId,
        changes: { ...input, checkedOn: today, temperatureTenths: tenths, passed: outcome.passed, failures: outcome.failures },
      });
      return manager.findOneOrFail(MorningCheck, { where: { id: check.id } });
    });
  }
}
