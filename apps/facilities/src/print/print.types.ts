import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection, MoneyFields } from '@houqin/common';
import { PaperSize, PrintJob } from './print.entity';

@ObjectType({ description: 'A page of print jobs (印刷记录), newest first.' })
export class PrintJobConnection extends Connection(PrintJob, 'PrintJob') {}

/** A price per page in force at a school on a day. */
@ObjectType({
  description:
    'A price per printed page (文印单价) of a paper size, black and white or colour, in force at a school on a day. ' +
    'A double-sided sheet is two printed pages and is charged as two.',
})
@MoneyFields({ pricePerPage: ['pricePerPageFen', 'The price of one printed page (一面).'] })
export class PrintPrice {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field(() => PaperSize, { description: 'The paper size.' })
  paperSize: PaperSize;

  @Field({ description: 'Colour (彩色) when true; black and white (黑白) when false.' })
  colour: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The day it applies from (YYYY-MM-DD); null for the placeholder default (the school has set no price of its own yet).',
  })
  effectiveFrom: string | null;

  @Field({ description: 'True for the placeholder default (A4 ¥0.10, A3 ¥0.20, colour ten times that): the school has set none.' })
  isDefault: boolean;

  pricePerPageFen: number;
}

/** The figures of a set of print jobs (a department's month, a school's month). */
// Not reachable from a resolver by itself, so not emitted; the two figures types inherit its fields.
@ObjectType('PrintFiguresBase')
export abstract class PrintFigures {
  @Field({ description: 'The month, YYYY-MM.' })
  month: string;

  @Field(() => Int, { description: 'Jobs printed (voided jobs not counted).' })
  jobs: number;

  @Field(() => Int, { description: 'Sheets of paper used (用纸张数).' })
  sheets: number;

  @Field(() => Int, { description: 'Printed pages (印面数); a double-sided sheet is two.' })
  printedPages: number;

  @Field(() => Int, { description: 'Of them, pages printed double-sided (双面印面数).' })
  doubleSidedPages: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The double-sided ratio (双面率): double-sided pages over all printed pages, in [0, 1]; null when nothing was printed.',
  })
  doubleSidedRatio: number | null;

  costFen: number;
}

@ObjectType({
  description:
    "A department's printing in a month (部门月度文印费用): jobs, sheets, pages, the double-sided ratio and the charge, voided jobs netted out.",
})
@MoneyFields({ cost: ['costFen', 'The month’s charge to the department (应收费用): the sum of its jobs’ costs, exact.'] })
export class PrintDepartmentMonth extends PrintFigures {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field(() => ID, { description: 'The department (部门/处室).' })
  departmentId: string;

  @Field({ description: 'The department’s name, e.g. 教务处.' })
  departmentName: string;
}

@ObjectType({
  description:
    "A school's printing in a month (学校月度文印), side by side with the district's other schools: jobs, sheets, pages, the double-sided ratio and cost.",
})
@MoneyFields({ cost: ['costFen', 'What the month’s printing cost at the school’s prices, exact.'] })
export class PrintSchoolMonth extends PrintFigures {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field(() => Int, { description: 'Departments that printed.' })
  departments: number;
}

@ObjectType({ description: 'A page of schools’ printing months, side by side (区级文印对比).' })
export class PrintSchoolMonthConnection extends Connection(PrintSchoolMonth, 'PrintSchoolMonth') {}
