import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'Change the district’s safety settings (安全设置); fields left out stay as they are.' })
export class UpdateSafetySettingsInput {
  @Field(() => Int, { description: 'The version you read (0 while the defaults apply).' })
  version: number;

  @Field(() => Boolean, { nullable: true, description: 'Use the serious level (较大隐患) between general and major.' })
  seriousLevelEnabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'A hazard’s default deadline in school days after it is assigned (1–60).' })
  generalHazardSchoolDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Drills each school must hold per month (0–10).' })
  drillsPerMonth?: number | null;

  @Field(() => Int, { nullable: true, description: 'Target evacuation time in seconds, buildings of four floors or fewer (30–1800).' })
  evacuationTargetSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Hours within which a serious incident must reach the district (1–72).' })
  incidentReportHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days ahead an expiry is announced (1–180).' })
  expiryNoticeDays?: number | null;
}
