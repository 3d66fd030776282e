import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { CERTIFICATE_MAX, DrillKind, TRAINING_NAME_MAX, TRAINING_TEXT_MAX, TrainingKind } from './training.entity';
import { VALIDITY_MONTHS_MAX } from './training.rules';

@InputType({
  description:
    'Define a required training for a post (岗位培训要求): the district’s (no schoolId; district administrators) or a school’s own.',
})
export class DefineTrainingRequirementInput {
  @IdField('The school for a school’s own requirement; left out for the district’s.', { nullable: true })
  schoolId?: string | null;

  @TextField('The post (岗位) it applies to, as the directory names it, e.g. COOK.', { max: 40 })
  post: string;

  @TextField('Its name, e.g. "食品安全培训".', { max: TRAINING_NAME_MAX })
  name: string;

  @EnumField(TrainingKind, 'What it is.')
  kind: TrainingKind;

  @Field(() => Int, {
    nullable: true,
    description: `Months it stays valid, 1–${VALIDITY_MONTHS_MAX}; left out only for a certificate (its expiry is printed on it).`,
  })
  validityMonths?: number | null;
}

@InputType({ description: 'Change a required training (the version you read).' })
export class UpdateTrainingRequirementInput {
  @IdField('The requirement.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @TextField('A new name.', { max: TRAINING_NAME_MAX, nullable: true })
  name?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `A new validity in months, 1–${VALIDITY_MONTHS_MAX} (records keep the expiry they were given).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(VALIDITY_MONTHS_MAX)
  validityMonths?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'false withdraws it (no longer required); true brings it back.' })
  active?: boolean | null;
}

@InputType({ description: 'Record a training a staff member took, or a certificate they hold (培训记录).' })
export class RecordTrainingInput {
  @IdField('The school.')
  schoolId: string;

  @IdField('The staff member of the school.')
  staffId: string;

  @IdField('The requirement it meets (the district’s or the school’s); left out for another training, named.', { nullable: true })
  requirementId?: string | null;

  @TextField('What it was; left out with a requirement: the requirement’s name.', { max: TRAINING_NAME_MAX, nullable: true })
  name?: string | null;

  @DateField('The day it was taken or the certificate issued, not after today.')
  takenOn: string;

  @DateField('The last valid day printed on a certificate; left out: from the requirement’s validity.', { nullable: true })
  expiresOn?: string | null;

  @OptionalTextField('The certificate number (证书编号).', CERTIFICATE_MAX)
  certificateNumber?: string | null;
}

@InputType({ description: 'Record a drill (应急演练) held at the school.' })
export class RecordDrillInput {
  @IdField('The school.')
  schoolId: string;

  @IdField('The campus of the school, when one.', { nullable: true })
  campusId?: string | null;

  @EnumField(DrillKind, 'What it was.')
  kind: DrillKind;

  @DateField('The day it was held, not after today.')
  heldOn: string;

  @Field(() => Int, { description: 'How many took part, 1–20000.' })
  @IsInt()
  @Min(1)
  @Max(20000)
  participants: number;

  @Field(() => Int, { nullable: true, description: 'The evacuation time in seconds (疏散用时), 1–3600.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3600)
  evacuationSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Floors of the tallest building evacuated, 1–60 (four or fewer: held to the district’s target).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  buildingFloors?: number | null;

  @OptionalTextField('What was learned (总结).', TRAINING_TEXT_MAX)
  summary?: string | null;
}
