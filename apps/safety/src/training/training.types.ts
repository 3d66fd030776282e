import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { SafetyDrill, TrainingRequirement } from './training.entity';
import { ComplianceStatus } from './training.rules';

registerEnumType(ComplianceStatus, {
  name: 'TrainingComplianceStatus',
  description: 'Where a person stands on a required training (培训合规).',
  valuesConfig: {
    VALID: { description: 'Valid (有效).' },
    EXPIRING: { description: 'Valid, but expiring within the district’s notice days (即将到期).' },
    EXPIRED: { description: 'Expired (已过期).' },
    MISSING: { description: 'Never recorded (未培训/无证).' },
  },
});

@ObjectType({ description: 'A page of required trainings (岗位培训要求).' })
export class TrainingRequirementConnection extends Connection(TrainingRequirement, 'TrainingRequirement') {}

@ObjectType({ description: 'A page of drills (应急演练).' })
export class SafetyDrillConnection extends Connection(SafetyDrill, 'SafetyDrill') {}

@ObjectType({ description: 'One person’s standing on one required training.' })
export class TrainingComplianceEntry {
  @Field(() => TrainingRequirement, { description: 'The requirement.' })
  requirement: TrainingRequirement;

  @Field(() => ComplianceStatus, { description: 'Valid, expiring, expired or missing.' })
  status: ComplianceStatus;

  @Field(() => String, { nullable: true, description: 'The last valid day of their latest record; null when missing or never expiring.' })
  expiresOn: string | null;
}

@ObjectType({ description: 'A staff member’s row of the training compliance matrix (培训合规矩阵): each requirement of their posts.' })
export class TrainingCompliancePerson {
  @Field(() => ID, { description: 'The staff member.' })
  id: string;

  @Field(() => [String], { description: 'Their posts (岗位).' })
  posts: string[];

  @Field(() => [TrainingComplianceEntry], { description: 'Each active requirement of their posts, with their standing.' })
  entries: TrainingComplianceEntry[];
}

@ObjectType({ description: 'A page of the training compliance matrix: staff with at least one required training.' })
export class TrainingComplianceConnection extends Connection(TrainingCompliancePerson, 'TrainingCompliancePerson') {}

@ObjectType({ description: 'A school’s training compliance (培训合规率): required person-trainings and how they stand.' })
export class TrainingSummary {
  @Field(() => Int, { description: 'Person × requirement pairs required (active staff, active requirements of their posts).' })
  required: number;

  @Field(() => Int, { description: 'Of those, valid (expiring ones included).' })
  valid: number;

  @Field(() => Int, { description: 'Of the valid, expiring within the notice days.' })
  expiring: number;

  @Field(() => Int, { description: 'Expired.' })
  expired: number;

  @Field(() => Int, { description: 'Never recorded.' })
  missing: number;

  @Field({ description: 'valid / required as a percentage with one decimal; "100.0" when nothing is required.' })
  compliance: string;
}
