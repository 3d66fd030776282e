import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { CERTIFICATE_NUMBER_MAX, CanteenPost, MorningCheckSymptom } from './health.entity';

@InputType({ description: "Put a directory staff member on a canteen's staff roster (食堂从业人员); they need no login account." })
export class AddCanteenStaffInput {
  @IdField('The canteen.')
  canteenId: string;

  @IdField('The directory staff member (教职工) of the canteen’s school.')
  staffId: string;

  @EnumField(CanteenPost, 'Their post (岗位).')
  post: CanteenPost;

  @DateField('First day on the roster (YYYY-MM-DD); today when omitted.', { nullable: true })
  joinedOn?: string | null;
}

@InputType({ description: 'Take someone off a canteen staff roster; their records stay.' })
export class RemoveCanteenStaffInput {
  @IdField('The roster entry (CanteenStaffMember).')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @DateField('Last day on the roster (YYYY-MM-DD); today when omitted.', { nullable: true })
  leftOn?: string | null;
}

@InputType({ description: 'Record a health certificate (健康证) of someone on a canteen roster; a renewal is a new certificate.' })
export class RecordHealthCertificateInput {
  @IdField('The canteen on whose roster the person is.')
  canteenId: string;

  @IdField('The directory staff member it was issued to.')
  staffId: string;

  @TextField('Certificate number (健康证编号): letters, digits and "-".', { max: CERTIFICATE_NUMBER_MAX })
  number: string;

  @DateField('Day it was issued (YYYY-MM-DD); not in the future.')
  issuedOn: string;

  @DateField('Last day it is valid (YYYY-MM-DD); after issuedOn.')
  expiresOn: string;
}

@InputType({ description: "Record today's morning check (晨检) of someone on the canteen's roster. Never edited afterwards." })
export class RecordMorningCheckInput {
  @IdField('The canteen.')
  canteenId: string;

  @IdField("The directory staff member checked; they must be on the canteen's roster.")
  staffId: string;

  @Field({ description: 'Temperature in degrees Celsius with at most one decimal place, e.g. "36.5"; 37.3 or higher fails.' })
  temperature: string;

  @Field(() => [MorningCheckSymptom], { description: 'Symptoms found (any one fails the check); empty when none.' })
  @ArrayMaxSize(6)
  @IsIn(Object.values(MorningCheckSymptom), { each: true })
  symptoms: MorningCheckSymptom[];

  @OptionalTextField("Checker's remarks.", 200)
  remarks?: string | null;
}

@InputType({ description: 'Which roster entries to list.' })
export class CanteenStaffFilter {
  @IdField('The canteen.')
  canteenId: string;

  @Field({ nullable: true, defaultValue: false, description: 'Also those who have left (default: only those on the roster now).' })
  @IsOptional()
  @IsBoolean()
  includeLeft?: boolean;
}

@InputType({ description: 'Which health certificates to list.' })
export class HealthCertificateFilter {
  @IdField('Only certificates of people on this canteen’s roster.', { nullable: true })
  canteenId?: string | null;

  @IdField('Only this staff member’s certificates.', { nullable: true })
  staffId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only certificates whose last valid day is at most this many days from today (expired ones included).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  expiringWithinDays?: number | null;
}

@InputType({ description: 'Which morning checks to list.' })
export class MorningCheckFilter {
  @IdField('The canteen.')
  canteenId: string;

  @DateField('First day (YYYY-MM-DD), inclusive.', { nullable: true })
  from?: string | null;

  @DateField('Last day (YYYY-MM-DD), inclusive.', { nullable: true })
  to?: string | null;

  @IdField('Only this staff member.', { nullable: true })
  staffId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only passed (true) or failed (false) checks.' })
  @IsOptional()
  @IsBoolean()
  passed?: boolean | null;
}
