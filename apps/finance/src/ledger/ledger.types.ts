import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { JournalEntry } from './ledger.entity';

@ObjectType({ description: 'A page of journal entries.' })
export class JournalEntryConnection extends Connection(JournalEntry, 'JournalEntry') {}
