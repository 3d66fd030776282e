import { ArrayMaxSize, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { EnumField, IdField, TextField } from '@houqin/subgraph-kit';
import { ACTIONS_MAX } from '../action-item/action-item.entity';
import { ActionItemInput } from '../action-item/action-item.inputs';
import { INCIDENT_PLACE_MAX, INCIDENT_TEXT_MAX, IncidentType } from './incident.entity';

@InputType({ description: 'Report an incident (安全事故/事件登记): what happened, when, where, who, what was done at once.' })
export class ReportIncidentInput {
  @IdField('The school.')
  schoolId: string;

  @EnumField(IncidentType, 'What kind of incident.')
  type: IncidentType;

  @Field({ description: 'When it happened (an instant, not in the future).' })
  occurredAt: Date;

  @TextField('Where, in words, e.g. "操场跑道东侧".', { max: INCIDENT_PLACE_MAX })
  place: string;

  @IdField('The facilities room of the school, when in one.', { nullable: true })
  roomId?: string | null;

  @Field(() => Int, { description: 'People affected, 0–10000.' })
  @IsInt()
  @Min(0)
  @Max(10000)
  peopleAffected: number;

  @Field(() => Int, { description: 'People injured, 0–10000 (not more than affected).' })
  @IsInt()
  @Min(0)
  @Max(10000)
  injured: number;

  @TextField('What happened.', { max: INCIDENT_TEXT_MAX })
  description: string;

  @TextField('What was done at once (现场处置).', { max: INCIDENT_TEXT_MAX })
  immediateActions: string;

  @Field({ description: 'Serious (须上报): to be reported to the district within the district’s hours.' })
  serious: boolean;
}

@InputType({ description: 'Record an incident’s investigation: its root cause and its corrective and preventive actions.' })
export class InvestigateIncidentInput {
  @IdField('The incident.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @TextField('Its root cause (原因分析).', { max: INCIDENT_TEXT_MAX })
  rootCause: string;

  @Field(() => [ActionItemInput], { description: `Corrective and preventive actions with owners and deadlines, 1–${ACTIONS_MAX}.` })
  @ArrayMaxSize(ACTIONS_MAX)
  @ValidateNested({ each: true })
  actions: ActionItemInput[];
}

@InputType({ description: 'A step on an incident that needs only its id and the version you read.' })
export class IncidentStepInput {
  @IdField('The incident.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;
}
