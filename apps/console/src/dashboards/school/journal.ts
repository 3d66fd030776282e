import { graphql } from '../../graphql';
import type { DashboardJournalEntriesQuery, JournalEntryFilter } from '../../graphql/graphql';
import { periodOf, yearRange } from '../period';

/** The entries behind a figure of the school dashboard: a school's journal for a year or a month, of one category or all. */
export const DashboardJournalEntriesDocument = graphql(`
  query DashboardJournalEntries($filter: JournalEntryFilter, $first: Int, $after: String) {
    journalEntries(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        fund
        entryDate
        period
        memo
        sourceType
        reversesEntryId
        lines {
          id
          account
          categoryId
          debit {
            fen
          }
          credit {
            fen
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type JournalEntryRow = DashboardJournalEntriesQuery['journalEntries']['nodes'][number];

/** What a click on the dashboard asks for: a category (or all), a month (or the whole year). */
export interface FigureSource {
  schoolId: string;
  year: number;
  month: number | null;
  categoryId: string | null;
  /** Only the canteen's (or the school's) account, e.g. behind the canteen statement. */
  fund?: 'SCHOOL' | 'CANTEEN';
}

/** The journal filter of a figure: the school, the month (or the year's dates), the category when one is named. */
export function journalFilter(source: FigureSource): JournalEntryFilter {
  const filter: JournalEntryFilter = { schoolId: source.schoolId };
  if (source.month !== null) filter.period = periodOf(source.year, source.month);
  else Object.assign(filter, yearRange(source.year));
  if (source.categoryId) filter.categoryId = source.categoryId;
  if (source.fund) filter.fund = source.fund;
  return filter;
}

/**
 * An entry's amount as the figure counts it: the debits less credits charged to the category when one
 * is named (what budget execution adds up), else the entry's total debits (= its credits). Exact fen.
 */
export function entryAmount(entry: Pick<JournalEntryRow, 'lines'>, categoryId: string | null): number {
  let total = 0;
  for (const line of entry.lines) {
    if (!categoryId) total += line.debit.fen;
    // A reversal credits the expense back: it counts against the category.
    else if (line.categoryId === categoryId) total += line.debit.fen - line.credit.fen;
  }
  return total;
}
