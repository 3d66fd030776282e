import { Button, Space, Table, type TableProps } from 'antd';
import { useT } from '../../app/language';
import type { ConnectionPage } from '../paging';

interface PagedTableProps<T> extends Omit<TableProps<T>, 'dataSource' | 'pagination'> {
  page: ConnectionPage<T> | undefined;
  paging: { pageNumber: number; next(endCursor: string | null | undefined): void; previous(): void };
}

/** The one table of a connection: rows of the current page, and previous/next by cursor. */
export function PagedTable<T extends object>({ page, paging, loading, ...rest }: PagedTableProps<T>) {
  const t = useT();
  return (
    <>
      <Table<T> {...rest} loading={loading} dataSource={page?.nodes ?? []} pagination={false} scroll={{ x: 'max-content' }} size="middle" />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={paging.pageNumber <= 1} onClick={paging.previous}>
          {t('上一页', 'Previous')}
        </Button>
        <span>{t(`第 ${paging.pageNumber} 页`, `Page ${paging.pageNumber}`)}</span>
        <Button disabled={!page?.pageInfo.hasNextPage} onClick={() => paging.next(page?.pageInfo.endCursor)}>
          {t('下一页', 'Next')}
        </Button>
      </Space>
    </>
  );
}
