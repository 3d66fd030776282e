import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { DutyOccurrence, DutyTask } from './duty.entity';

@ObjectType({ description: 'A page of duty tasks (工作叙事表).' })
export class DutyTaskConnection extends Connection(DutyTask, 'DutyTask') {}

@ObjectType({ description: 'A page of duty occurrences, in day order (the sheet).' })
export class DutyOccurrenceConnection extends Connection(DutyOccurrence, 'DutyOccurrence') {}

@ObjectType({ description: 'What planning the duty task sheet (排表) did: occurrences added, and the days of the rules left out and why.' })
export class DutyPlanResult {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field({ description: 'The first day planned (YYYY-MM-DD).' })
  from: string;

  @Field({ description: 'The last day planned (YYYY-MM-DD).' })
  to: string;

  @Field(() => Int, { description: 'Routine tasks in force over the range.' })
  tasks: number;

  @Field(() => Int, { description: 'Occurrences added now.' })
  planned: number;

  @Field(() => Int, { description: 'Occurrences that were planned before (a plan never adds one twice).' })
  alreadyPlanned: number;

  @Field(() => Int, {
    description:
      'Days a rule names that are not school days (weekends, public holidays such as the National Day week, vacations): not planned.',
  })
  nonSchoolDays: number;

  @Field(() => Int, {
    description: 'Days whose deadline had already passed: not planned (nobody could have done a task not on the sheet).',
  })
  pastDays: number;
}

/** A step of a duty occurrence the viewer could take now. */
export enum DutyOccurrenceViewerAction {
  MARK_DONE = 'MARK_DONE',
  CHECK = 'CHECK',
}
registerEnumType(DutyOccurrenceViewerAction, {
  name: 'DutyOccurrenceViewerAction',
  description: 'A step of a duty occurrence you could take now, by its mutation.',
  valuesConfig: {
    MARK_DONE: { description: 'markDutyOccurrenceDone: you are responsible and it is to do (from the start of its day).' },
    CHECK: { description: 'checkDutyOccurrence: you check it, and it is marked done or past its deadline.' },
  },
});
