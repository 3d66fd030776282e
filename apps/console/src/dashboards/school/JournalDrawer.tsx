import { useQuery } from '@apollo/client/react';
import { Alert, Drawer, Tag, type TableColumnsType } from 'antd';
import { useT } from '../../app/language';
import { PagedTable } from '../../shared/components/PagedTable';
import { graphProblems } from '../../shared/graph-errors';
import { useCursorPaging } from '../../shared/paging';
import { Figure } from '../columns';
import { DashboardJournalEntriesDocument, entryAmount, journalFilter, type FigureSource, type JournalEntryRow } from './journal';

const SOURCE_TYPES: Record<string, [string, string]> = {
  MANUAL: ['记账凭证', 'Manual'],
  EXPENSE_CLAIM: ['报销', 'Expense claim'],
  PURCHASE_REQUEST: ['采购', 'Purchase'],
  REVERSAL: ['冲销', 'Reversal'],
  REFUND: ['退款', 'Refund'],
  TRANSFER: ['内部转账', 'Transfer'],
};

/** The journal entries behind a figure (明细): the school's entries of a category and month, paged. */
export function JournalDrawer({ source, title, onClose }: { source: FigureSource | null; title: string; onClose(): void }) {
  return (
    <Drawer open={source !== null} onClose={onClose} title={title} size="large" destroyOnHidden data-testid="journal-drawer">
      {source && <JournalEntries key={JSON.stringify(source)} source={source} />}
    </Drawer>
  );
}

function JournalEntries({ source }: { source: FigureSource }) {
  const t = useT();
  const paging = useCursorPaging(20);
  const { data, loading, error } = useQuery(DashboardJournalEntriesDocument, {
    variables: { filter: journalFilter(source), ...paging.variables },
  });
  const columns: TableColumnsType<JournalEntryRow> = [
    { key: 'date', title: t('日期', 'Date'), dataIndex: 'entryDate', width: 110 },
    { key: 'memo', title: t('摘要', 'Memo'), dataIndex: 'memo', width: 360, ellipsis: { showTitle: true } },
    {
      key: 'source',
      title: t('来源', 'Source'),
      render: (_, entry) => {
        const [zh, en] = SOURCE_TYPES[entry.sourceType] ?? [entry.sourceType, entry.sourceType];
        return <Tag>{t(zh, en)}</Tag>;
      },
    },
    {
      key: 'fund',
      title: t('账户', 'Account'),
      render: (_, entry) => (entry.fund === 'CANTEEN' ? t('食堂', 'Canteen') : t('学校', 'School')),
    },
    {
      key: 'amount',
      title: source.categoryId ? t('计入该科目', 'Charged to the category') : t('金额', 'Amount'),
      align: 'right',
      render: (_, entry) => <Figure kind="money" value={entryAmount(entry, source.categoryId)} />,
    },
  ];
  return (
    <>
      {error && (
        <Alert
          type="error"
          style={{ marginBottom: 12 }}
          title={graphProblems(error)
            .map((p) => p.message)
            .join(' ')}
        />
      )}
      <PagedTable<JournalEntryRow>
        data-testid="journal-entries"
        rowKey="id"
        columns={columns}
        page={data?.journalEntries}
        paging={paging}
        loading={loading}
      />
    </>
  );
}
