import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { Canteen } from '../canteen/canteen.entity';
import type { CanteenContext } from '../context';
import { Staff, staffRef } from '../federation/staff';
import { CanteenStaffMember, HealthCertificate, MorningCheck } from './health.entity';
import {
  AddCanteenStaffInput,
  CanteenStaffFilter,
  HealthCertificateFilter,
  MorningCheckFilter,
  RecordHealthCertificateInput,
  RecordMorningCheckInput,
  RemoveCanteenStaffInput,
} from './health.inputs';
import { CertificateStateValue } from './health.state';
import { formatTenths } from './health.rules';
import { CanteenStaffMemberConnection, HealthCertificateConnection, MorningCheckConnection } from './health.types';

@Resolver(() => CanteenStaffMember)
export class CanteenStaffResolver {
  @Query(() => CanteenStaffMemberConnection, {
    description: "A canteen's staff roster (食堂从业人员), for those who read the canteen's records.",
  })
  canteenStaff(
    @Args() page: PageArgs,
    @Arg('filter', () => CanteenStaffFilter, { description: 'The canteen, and whether to list those who left.' })
    filter: CanteenStaffFilter,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.health.listRoster(filter, page);
  }

  @Mutation(() => CanteenStaffMember, {
    description:
      "Put a staff member of the canteen's school on its roster (canteen managers); a cook needs no login account. Someone who left is put back on.",
  })
  addCanteenStaff(@Arg('input') input: AddCanteenStaffInput, @Ctx() ctx: CanteenContext) {
    return ctx.health.addStaff(input);
  }

  @Mutation(() => CanteenStaffMember, {
    description: 'Take someone off a canteen roster from a day on (canteen managers); their records stay.',
  })
  removeCanteenStaff(@Arg('input') input: RemoveCanteenStaffInput, @Ctx() ctx: CanteenContext) {
    return ctx.health.removeStaff(input);
  }

  @FieldResolver(() => Staff, { description: 'The directory staff member.' })
  staff(@Root() member: CanteenStaffMember) {
    return staffRef(member.staffId);
  }

  @FieldResolver(() => Canteen, { nullable: true, description: 'The canteen.' })
  canteen(@Root() member: CanteenStaffMember, @Ctx() ctx: CanteenContext) {
    return ctx.canteens.reader.byId(member.canteenId);
  }

  @FieldResolver(() => HealthCertificate, {
    nullable: true,
    description: 'Their health certificate (健康证) that counts today: the one valid today, else the latest; null when none. Batched.',
  })
  healthCertificate(@Root() member: CanteenStaffMember, @Ctx() ctx: CanteenContext) {
    return ctx.health.certificateOfStaff(member.staffId);
  }

  @FieldResolver(() => MorningCheck, { nullable: true, description: "Today's morning check (晨检); null when not checked yet. Batched." })
  morningCheckToday(@Root() member: CanteenStaffMember, @Ctx() ctx: CanteenContext) {
    return ctx.health.morningCheckToday(member.staffId);
  }
}

@Resolver(() => HealthCertificate)
export class HealthCertificateResolver {
  @Query(() => HealthCertificateConnection, {
    description: 'Health certificates (健康证) of canteen staff, e.g. those expiring within 30 days.',
  })
  healthCertificates(
    @Args() page: PageArgs,
    @Arg('filter', () => HealthCertificateFilter, { nullable: true, description: 'Narrow the list.' })
    filter: HealthCertificateFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.health.listCertificates(filter ?? {}, page);
  }

  @Mutation(() => HealthCertificate, {
    description:
      "Record a health certificate (健康证) of someone on the canteen's roster (canteen managers): number, issue day, last valid day. A renewal is a new certificate; none is edited.",
  })
  recordHealthCertificate(@Arg('input') input: RecordHealthCertificateInput, @Ctx() ctx: CanteenContext) {
    return ctx.health.recordCertificate(input);
  }

  @FieldResolver(() => CertificateStateValue, {
    description: "Its state today: VALID, EXPIRING (within the district's notice days, default 30), EXPIRED or NOT_YET_VALID.",
  })
  state(@Root() certificate: HealthCertificate, @Ctx() ctx: CanteenContext) {
    return ctx.health.stateOf(certificate);
  }

  @FieldResolver(() => Staff, { description: 'The staff member who holds it.' })
  staff(@Root() certificate: HealthCertificate) {
    return staffRef(certificate.staffId);
  }
}

@Resolver(() => MorningCheck)
export class MorningCheckResolver {
  @Query(() => MorningCheckConnection, { description: "A canteen's morning checks (晨检), newest first." })
  morningChecks(
    @Args() page: PageArgs,
    @Arg('filter', () => MorningCheckFilter, { description: 'The canteen, days, person, outcome.' }) filter: MorningCheckFilter,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.health.listChecks(filter, page);
  }

  @Mutation(() => MorningCheck, {
    description:
      "Record today's morning check (晨检) of someone on the canteen's roster (canteen managers): passed only under 37.3 ℃, with no symptom and a health certificate valid today. One per person and day; never edited.",
  })
  recordMorningCheck(@Arg('input') input: RecordMorningCheckInput, @Ctx() ctx: CanteenContext) {
    return ctx.health.recordCheck(input);
  }

  @FieldResolver(() => String, { description: 'The temperature in degrees Celsius, e.g. "36.5".' })
  temperature(@Root() check: MorningCheck) {
    return formatTenths(check.temperatureTenths);
  }

  @FieldResolver(() => Staff, { description: 'The staff member checked.' })
  staff(@Root() check: MorningCheck) {
    return staffRef(check.staffId);
  }
}
