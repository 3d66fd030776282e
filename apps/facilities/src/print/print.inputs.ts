import { IsBoolean, IsDate, IsInt, IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, LinesField, MonthField, TextField, YuanField } from '@houqin/subgraph-kit';
import { PaperSize, PRINT_TITLE_MAX, PRINT_VOID_REASON_MAX } from './print.entity';

@InputType({ description: 'One price per page (单价) of a paper size, black and white or colour.' })
export class PrintPriceLine {
  @EnumField(PaperSize, 'The paper size.')
  paperSize: PaperSize;

  @Field(() => Boolean, { nullable: true, description: 'Colour (彩色) when true; black and white (黑白) when false or omitted.' })
  @IsOptional()
  @IsBoolean({ message: 'colour must be true or false' })
  colour?: boolean | null;

  @YuanField('The price of one printed page (一面; a double-sided sheet is two pages), ¥0.00 to ¥100.00, e.g. "0.10".')
  pricePerPage: string;
}

@InputType({
  description:
    'Set the print centre’s prices per page (文印单价) of a school from a day on (today or later): jobs printed from then are charged at them; ' +
    'jobs already recorded keep what they were charged. Sizes and colours not listed keep their price.',
})
export class SetPrintPricesInput {
  @IdField('The school.')
  schoolId: string;

  @DateField("First day the prices apply (YYYY-MM-DD, the school's calendar): today or later; today when omitted.", { nullable: true })
  effectiveFrom?: string | null;

  @LinesField(() => PrintPriceLine, 'The prices: 1 to 8 lines, each size and colour at most once.', 1, 'Give at least one price.')
  prices: PrintPriceLine[];
}

@InputType({ description: 'Record a print job (印刷记录) of the print centre, charged to a department of the school.' })
export class RecordPrintJobInput {
  @IdField('The school whose print centre printed it.')
  schoolId: string;

  @IdField('The department (部门/处室) it is charged to: a department of the school.')
  departmentId: string;

  @IdField('Who asked for it (申请人): a staff member of the school.')
  requestedByStaffId: string;

  @TextField('What was printed, e.g. "三年级数学期中试卷".', { max: PRINT_TITLE_MAX })
  title: string;

  @Field(() => Int, { description: 'Pages of the original (页数) per copy: 1 to 10,000.' })
  @IsInt({ message: 'pages must be a whole number' })
  pages: number;

  @Field(() => Int, { description: 'Copies (份数): 1 to 10,000.' })
  @IsInt({ message: 'copies must be a whole number' })
  copies: number;

  @EnumField(PaperSize, 'The paper size.')
  paperSize: PaperSize;

  @Field(() => Boolean, { description: 'Double-sided (双面).' })
  @IsBoolean({ message: 'duplex must be true or false' })
  duplex: boolean;

  @Field(() => Boolean, { nullable: true, description: 'In colour (彩色); black and white when false or omitted.' })
  @IsOptional()
  @IsBoolean({ message: 'colour must be true or false' })
  colour?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When it was printed; not in the future; now when omitted.' })
  @IsOptional()
  @IsDate({ message: 'printedAt must be an instant' })
  printedAt?: Date | null;
}

@InputType({ description: 'Void a mistaken print job (作废) by a reversing record; the job itself stays as it was.' })
export class VoidPrintJobInput {
  @IdField('The print job to void: a PRINTED job, not yet voided.')
  printJobId: string;

  @TextField('Why it is voided, e.g. "recorded twice".', { max: PRINT_VOID_REASON_MAX })
  reason: string;
}

@InputType({ description: 'Which print jobs to list.' })
export class PrintJobFilter {
  @IdField('The school.')
  schoolId: string;

  @IdField('Only this department.', { nullable: true })
  departmentId?: string | null;

  @MonthField('Only jobs printed in this month (YYYY-MM, the school’s calendar).', { nullable: true })
  month?: string | null;
}
