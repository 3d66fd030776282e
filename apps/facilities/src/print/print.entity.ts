import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import { CreatedAtColumn, FenColumn, InstantColumn, RefColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const PRINT_TITLE_MAX = 100;
export const PRINT_VOID_REASON_MAX = 200;

/** Paper sizes the print centre (文印中心) prints on. */
export enum PaperSize {
  A4 = 'A4',
  A3 = 'A3',
  B5 = 'B5',
  B4 = 'B4',
}
registerEnumType(PaperSize, {
  name: 'PaperSize',
  description: 'A paper size (纸张规格) the print centre prints on.',
  valuesConfig: {
    A4: { description: 'A4, 210 × 297 mm: handouts, notices, most exams.' },
    A3: { description: 'A3, 297 × 420 mm (two A4 pages side by side).' },
    B5: { description: 'B5, 176 × 250 mm (close to 16开): exercise sheets.' },
    B4: { description: 'B4, 250 × 353 mm (close to 8开, 八开试卷): the usual size of a folded exam paper.' },
  },
});

/** Whether a print-job row is a job or the reversal that voids one. */
export enum PrintJobKind {
  PRINTED = 'PRINTED',
  REVERSAL = 'REVERSAL',
}
registerEnumType(PrintJobKind, {
  name: 'PrintJobKind',
  description: 'A print job as printed, or the reversing record (冲销) that voids a mistaken one.',
  valuesConfig: {
    PRINTED: { description: 'A job the print centre printed (印刷记录).' },
    REVERSAL: {
      description: 'The reversal of a mistaken job (冲销): the same job with its pages, sheets and cost negative, in the same month.',
    },
  },
});

/**
 * A price per page (单价) of the print centre at a school, for a paper size in black and white or
 * colour, from a day on. Append-only: a change is a new row from its effective date; the price in
 * force on a day is the row with the latest `effectiveFrom` on or before it (the latest set, on a tie).
 * Not a GraphQL type itself: `printPrices` answers `PrintPrice`s, one per size and colour.
 */
@Entity('print_price')
@Index(['schoolId', 'paperSize', 'colour', 'effectiveFrom'])
export class PrintPriceEntry extends SchoolOwnedEntity() {
  @Column('varchar', { length: 4 })
  paperSize: PaperSize;

  @Column('boolean')
  colour: boolean;

  /** First day (the school's calendar) it applies to, YYYY-MM-DD. */
  @Column('date')
  effectiveFrom: string;

  /** Price per printed page (一面) in fen. */
  @FenColumn()
  pricePerPageFen: number;

  @RefColumn()
  setByAccountId: string;

  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * A print job (印刷记录) of the print centre, charged to a department (部门) of the school at the
 * price per page in force on the day it was printed. Append-only: never edited or deleted; a
 * mistaken job is voided by a REVERSAL row (its quantities and cost negative) that names it.
 */
@ObjectType({
  description:
    'A print job (印刷记录) of the school’s print centre (文印中心), charged to a department at the price in force when it was printed; ' +
    'never edited: a mistaken job is voided by a REVERSAL row (冲销).',
})
@MoneyFields({
  pricePerPage: ['pricePerPageFen', 'The price per printed page (单价) it was charged at: the price in force on printedOn.'],
  cost: ['costFen', 'What it cost (费用): printed pages × price per page, exact; negative on a REVERSAL.'],
})
@Entity('print_job')
@Index(['schoolId', 'printedOn'])
@Index(['departmentId', 'printedOn'])
@Index(['reversesJobId'], { unique: true })
export class PrintJob extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose print centre printed it.',
}) {
  @Field(() => PrintJobKind, { description: 'A job as printed, or the reversal of a mistaken one.' })
  @Column('varchar', { length: 10 })
  kind: PrintJobKind;

  @Field(() => ID, { nullable: true, description: 'On a REVERSAL: the job it voids. Null on a printed job.' })
  @RefColumn({ nullable: true })
  reversesJobId: string | null;

  @Field(() => ID, { description: 'The department (部门/处室) it is charged to.' })
  @RefColumn()
  departmentId: string;

  @Field(() => ID, { description: 'Who asked for it (申请人): a staff member of the school.' })
  @RefColumn()
  requestedByStaffId: string;

  @Field(() => ID, { description: 'The account that recorded it (the print-centre operator, 文印员), or voided it on a REVERSAL.' })
  @RefColumn()
  recordedByAccountId: string;

  @Field({ description: 'What was printed, e.g. "三年级数学期中试卷".' })
  @Column('varchar', { length: PRINT_TITLE_MAX })
  title: string;

  @Field(() => Int, { description: 'Pages of the original (原稿页数): printed pages per copy, 1 to 10,000.' })
  @Column('int')
  pages: number;

  @Field(() => Int, { description: 'Copies (份数), 1 to 10,000.' })
  @Column('int')
  copies: number;

  @Field(() => PaperSize, { description: 'The paper size.' })
  @Column('varchar', { length: 4 })
  paperSize: PaperSize;

  @Field({ description: 'Double-sided (双面): two pages on each sheet.' })
  @Column('boolean')
  duplex: boolean;

  @Field({ description: 'In colour (彩色); black and white (黑白) otherwise.' })
  @Column('boolean')
  colour: boolean;

  @Field({ description: 'When it was printed (印刷时间); not in the future.' })
  @InstantColumn()
  printedAt: Date;

  @Field({ description: "The day it was printed in the school's calendar (YYYY-MM-DD): the day its price and month are read from." })
  @Column('date')
  printedOn: string;

  @Field(() => Int, { description: 'Printed pages (印面数): pages × copies; negative on a REVERSAL.' })
  @Column('int')
  printedPages: number;

  @Field(() => Int, {
    description: 'Sheets of paper used (用纸张数): pages × copies single-sided, ⌈pages / 2⌉ × copies double-sided; negative on a REVERSAL.',
  })
  @Column('int')
  sheets: number;

  @Field(() => String, { nullable: true, description: 'On a REVERSAL: why the job was voided.' })
  @Column('varchar', { length: PRINT_VOID_REASON_MAX, nullable: true })
  reason: string | null;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;

  @FenColumn()
  pricePerPageFen: number;

  @FenColumn()
  costFen: number;
}
