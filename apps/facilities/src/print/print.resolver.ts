import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Department } from '../place/place.entity';
import { PrintJob } from './print.entity';
import { PrintJobFilter, RecordPrintJobInput, SetPrintPricesInput, VoidPrintJobInput } from './print.inputs';
import { PrintDepartmentMonth, PrintJobConnection, PrintPrice, PrintSchoolMonth, PrintSchoolMonthConnection } from './print.types';

const MONTH_HELP = 'YYYY-MM, the school’s calendar';

/** The print centre (文印中心): thin, each field one print-service call. */
@Resolver(() => PrintJob)
export class PrintResolver {
  @Query(() => [PrintPrice], {
    description:
      'The print centre’s prices per page (文印单价) in force at a school on a day, one per paper size in black and white and in colour; ' +
      'placeholder defaults where the school has set none. Anyone of the school, district readers.',
  })
  printPrices(
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('on', () => String, {
      nullable: true,
      description: 'The day (YYYY-MM-DD); today when omitted (a future day shows prices set ahead).',
    })
    on: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.prints.prices(schoolId, on);
  }

  @Query(() => PrintJob, { description: 'One print job (印刷记录): the general-affairs office and district readers.' })
  printJob(@Arg('id', () => ID, { description: 'The print job.' }) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.prints.get(id);
  }

  @Query(() => PrintJobConnection, {
    description: 'A school’s print jobs (印刷记录), newest first, with their reversals: the general-affairs office and district readers.',
  })
  printJobs(
    @Args() page: PageArgs,
    @Arg('filter', () => PrintJobFilter, { description: 'The school, and optionally a department and a month.' }) filter: PrintJobFilter,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.prints.list(filter, page);
  }

  @Query(() => [PrintDepartmentMonth], {
    description:
      'A school’s monthly print charge per department (部门月度文印费用): jobs, sheets, printed pages, the double-sided ratio (双面率) and the ' +
      'charge, voided jobs netted out; departments that printed nothing are not listed. The general-affairs office and district readers.',
  })
  printCharges(
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('month', { description: `The month, ${MONTH_HELP}.` }) month: string,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.prints.charges(schoolId, month);
  }

  @Query(() => [PrintSchoolMonth], {
    description:
      'A school’s printing month by month (文印月度趋势), fromMonth to toMonth (at most 24 months; months without jobs are zeros): ' +
      'the general-affairs office and district readers.',
  })
  printMonths(
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('fromMonth', { description: `First month, ${MONTH_HELP}.` }) fromMonth: string,
    @Arg('toMonth', { description: `Last month, ${MONTH_HELP}.` }) toMonth: string,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.prints.months(schoolId, fromMonth, toMonth);
  }

  @Query(() => PrintSchoolMonthConnection, {
    description:
      "The district's schools' printing side by side for a month (区级文印对比): pages, sheets, the double-sided ratio and cost. " +
      'District administrators and auditors.',
  })
  districtPrintComparison(
    @Arg('month', { description: `The month, ${MONTH_HELP}.` }) month: string,
    @Args() page: PageArgs,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.prints.districtComparison(month, page);
  }

  @Mutation(() => [PrintPrice], {
    description:
      'Set the print centre’s prices per page (文印单价) of a school from a day on (today or later): the general-affairs director. ' +
      'Jobs printed from then are charged at them; jobs already recorded keep their cost. Answers the prices in force on that day.',
  })
  setPrintPrices(@Arg('input') input: SetPrintPricesInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.prints.setPrices(input);
  }

  @Mutation(() => PrintJob, {
    description:
      'Record a print job (印刷记录) charged to a department at the price per page in force on the day it was printed (a double-sided sheet ' +
      'is two pages): the print-centre operator (STOREKEEPER) or the general-affairs director. Never edited afterwards.',
  })
  recordPrintJob(@Arg('input') input: RecordPrintJobInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.prints.record(input);
  }

  @Mutation(() => PrintJob, {
    description:
      'Void a mistaken print job (作废) by a reversing record in the same month, with the reason; the job itself is kept as it was. ' +
      'Answers the reversal. The print-centre operator or the general-affairs director.',
  })
  voidPrintJob(@Arg('input') input: VoidPrintJobInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.prints.void(input);
  }

  @FieldResolver(() => PrintJob, {
    nullable: true,
    description: 'On a printed job: the reversal that voided it (冲销记录), or null while it stands. Batched.',
  })
  voidedBy(@Root() job: PrintJob, @Ctx() ctx: FacilitiesContext) {
    return ctx.prints.voidedBy(job);
  }
}

/** The print centre's month on the directory's School. */
@Resolver(() => School)
export class SchoolPrintingResolver {
  @FieldResolver(() => PrintSchoolMonth, {
    nullable: true,
    description:
      "The school's printing in a month (学校月度文印): pages, sheets, the double-sided ratio and cost; null unless you may read its facilities " +
      'records. Batched over a page of schools.',
  })
  printing(
    @Root() school: School,
    @Arg('month', () => String, { nullable: true, description: `The month, ${MONTH_HELP}; this month when omitted.` }) month: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.prints.ofSchool(school.id, month);
  }
}

/** The school's side-by-side row links to the directory's School. */
@Resolver(() => PrintSchoolMonth)
export class PrintSchoolMonthResolver {
  @FieldResolver(() => School, { description: 'The school.' })
  school(@Root() row: PrintSchoolMonth) {
    return schoolRef(row.schoolId);
  }
}

/** The print centre's month on places' Department. */
@Resolver(() => Department)
export class DepartmentPrintingResolver {
  @FieldResolver(() => PrintDepartmentMonth, {
    nullable: true,
    description:
      "The department's printing in a month (部门月度文印): jobs, sheets, pages, the double-sided ratio and the charge; null unless you may " +
      "read its school's facilities records. Batched over a page of departments.",
  })
  printing(
    @Root() department: Department,
    @Arg('month', () => String, { nullable: true, description: `The month, ${MONTH_HELP}; this month when omitted.` }) month: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.prints.ofDepartment(department, month);
  }
}
