import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { School } from './school.entity';

@ObjectType({ description: 'A page of schools.' })
export class SchoolConnection extends Connection(School, 'School') {}
