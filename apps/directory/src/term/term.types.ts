import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDayKind, Connection } from '@houqin/common';
import { SchoolTerm } from './term.entity';

registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: 'What a day is on a school calendar (校历).',
  valuesConfig: {
    SCHOOL_DAY: { description: 'A working day inside a term (上学日), a make-up working day (调休上班) included.' },
    WEEKEND: { description: 'A Saturday or Sunday that is not a make-up working day (周末).' },
    PUBLIC_HOLIDAY: { description: 'A public holiday of the national schedule (法定节假日).' },
    VACATION: { description: 'A working day between terms (寒暑假).' },
  },
});

@ObjectType({ description: 'A page of school terms.' })
export class SchoolTermConnection extends Connection(SchoolTerm, 'SchoolTerm') {}

@ObjectType({ description: 'One day of a school calendar (校历).' })
export class CalendarDay {
  @Field({ description: 'The day, YYYY-MM-DD.' })
  date: string;

  @Field(() => CalendarDayKind, { description: 'What it is: a school day, a weekend, a public holiday or vacation.' })
  kind: CalendarDayKind;

  @Field({ description: 'True for a Saturday or Sunday made a working day to bridge a holiday (调休上班).' })
  makeUpWorkday: boolean;
}
