import { Field, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { JournalEntry } from './ledger.entity';

@ObjectType({ description: 'A page of journal entries.' })
export class JournalEntryConnection extends Connection(JournalEntry, 'JournalEntry') {}

@ObjectType({ description: "A transfer between a school's two accounts (内部转账): one entry in each, sharing their sourceId." })
export class FundTransfer {
  @Field(() => JournalEntry, { description: 'The entry in the account the money left: Dr INTERNAL_TRANSFER / Cr BANK.' })
  from: JournalEntry;

  @Field(() => JournalEntry, { description: 'The entry in the account the money reached: Dr BANK / Cr INTERNAL_TRANSFER.' })
  to: JournalEntry;
}
