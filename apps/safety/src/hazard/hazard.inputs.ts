import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField, TextField, YuanField } from '@houqin/subgraph-kit';
import {
  HAZARD_LOCATION_MAX,
  HAZARD_PHOTOS_MAX,
  HAZARD_TEXT_MAX,
  HAZARD_TITLE_MAX,
  HazardLevel,
  HazardSource,
  HazardStatus,
} from './hazard.entity';

/** The kinds of repair facilities sorts its work orders by (its WorkOrderCategory), for a hazard's repair request. */
export enum HazardRepairCategory {
  ELECTRICAL = 'ELECTRICAL',
  PLUMBING = 'PLUMBING',
  CARPENTRY = 'CARPENTRY',
  BUILDING = 'BUILDING',
  EQUIPMENT = 'EQUIPMENT',
  OTHER = 'OTHER',
}
registerEnumType(HazardRepairCategory, {
  name: 'HazardRepairCategory',
  description: 'The kind of repair a hazard needs (维修类别), as facilities sorts its work orders.',
  valuesConfig: {
    ELECTRICAL: { description: 'Electrical (电路).' },
    PLUMBING: { description: 'Plumbing (水暖).' },
    CARPENTRY: { description: 'Carpentry (木工: doors, windows, desks).' },
    BUILDING: { description: 'Building (土建: walls, roofs, floors).' },
    EQUIPMENT: { description: 'Equipment (设备).' },
    OTHER: { description: 'Anything else.' },
  },
});

@InputType({ description: 'Report a hazard (隐患上报): anyone signed in at the school.' })
export class ReportHazardInput {
  @IdField('The school.')
  schoolId: string;

  @TextField('What is wrong, in a line, e.g. "二楼消防通道堆放杂物".', { max: HAZARD_TITLE_MAX })
  title: string;

  @TextField('The hazard in your words.', { max: HAZARD_TEXT_MAX })
  description: string;

  @EnumField(HazardLevel, 'How serious it is; left out: general (一般).', { nullable: true })
  level?: HazardLevel | null;

  @IdField('The room it is in (a facilities room of the school), when it is in one.', { nullable: true })
  roomId?: string | null;

  @IdField('The responsibility zone it is in; taken from the room when left out.', { nullable: true })
  zoneId?: string | null;

  @OptionalTextField('Where it is, in words, when no room says it (e.g. "东门").', HAZARD_LOCATION_MAX)
  location?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: `References to photos of it (uploaded elsewhere), at most ${HAZARD_PHOTOS_MAX}.`,
  })
  @ArrayMaxSize(HAZARD_PHOTOS_MAX)
  photoRefs: string[];
}

@InputType({ description: 'A step on a hazard that needs nothing but a comment: the hazard, the version you read, a comment.' })
export class HazardStepInput {
  @IdField('The hazard.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @OptionalTextField('What was done or found, for the record.', HAZARD_TEXT_MAX)
  comment?: string | null;
}

@InputType({ description: 'Assign a hazard (交办) with its five fixes (五定): person, measure, funds, deadline, contingency plan.' })
export class AssignHazardInput extends HazardStepInput {
  @IdField('The person responsible for the rectification (整改责任人): a staff member of the school.')
  responsibleStaffId: string;

  @TextField('The rectification measure (整改措施).', { max: HAZARD_TEXT_MAX })
  measure: string;

  @YuanField('The funds set aside (整改资金), in yuan with at most two decimals; 0 when none are needed.')
  funds: string;

  @DateField(
    'The day it must be rectified by (整改期限): today or later, in the school’s zone. Left out: the district’s default school days for a general hazard.',
    {
      nullable: true,
    },
  )
  deadline?: string | null;

  @TextField('The contingency plan until it is rectified (应急预案), e.g. "设置警示标志并封闭通道".', { max: HAZARD_TEXT_MAX })
  contingencyPlan: string;

  @EnumField(HazardLevel, 'Re-level it (e.g. general to major); left out it stays as reported.', { nullable: true })
  level?: HazardLevel | null;
}

@InputType({ description: 'Record a hazard rectified (整改完成) with its evidence.' })
export class RecordHazardRectifiedInput extends HazardStepInput {
  @TextField('What was done (整改情况): the evidence a verifier checks.', { max: HAZARD_TEXT_MAX })
  evidence: string;

  @Field(() => [String], { defaultValue: [], description: `Photos of the rectification, at most ${HAZARD_PHOTOS_MAX}.` })
  @ArrayMaxSize(HAZARD_PHOTOS_MAX)
  evidencePhotoRefs: string[];
}

@InputType({ description: 'Verify a rectification (验收): passed, or failed with a reason (it reopens).' })
export class VerifyHazardInput extends HazardStepInput {
  @Field({ description: 'True: the rectification holds (验收合格). False: it does not; comment says why and it goes back to rectifying.' })
  @IsBoolean()
  passed: boolean;
}

@InputType({ description: 'Ask facilities to repair a hazard (隐患报修): a safety work order opens and the hazard waits for it.' })
export class RequestHazardRepairInput extends HazardStepInput {
  @EnumField(HazardRepairCategory, 'The kind of repair it needs.')
  category: HazardRepairCategory;
}

@InputType({ description: 'Narrow the hazard register (隐患台账).' })
export class HazardFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @EnumField(HazardStatus, 'Only this status.', { nullable: true })
  status?: HazardStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only those not yet closed (未销号); false: only closed ones.' })
  @IsOptional()
  @IsBoolean()
  open?: boolean | null;

  @EnumField(HazardLevel, 'Only this level.', { nullable: true })
  level?: HazardLevel | null;

  @EnumField(HazardSource, 'Only what this source found.', { nullable: true })
  source?: HazardSource | null;

  @Field(() => Int, { nullable: true, description: 'Only those reported at least this many days ago (age, 隐患时长), 0–3650.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  minAgeDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only those past their deadline and not yet rectified (超期).' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @IdField('Only those this staff member must rectify.', { nullable: true })
  responsibleStaffId?: string | null;

  @IdField('Only those in this responsibility zone.', { nullable: true })
  zoneId?: string | null;

  @IdField('Only those in this room.', { nullable: true })
  roomId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only those you reported.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}
