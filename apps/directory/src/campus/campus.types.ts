import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Campus } from './campus.entity';

@ObjectType({ description: 'A page of campuses.' })
export class CampusConnection extends Connection(Campus, 'Campus') {}
