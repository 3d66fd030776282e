import { SearchOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Card, Input, Select, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../app/language';
import { graphql } from '../../graphql';
import type { SupplierFilter, SupplierStatus } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { downloadWorkbook, sheet } from '../../shared/excel/workbook';
import { ExcelImport } from '../../shared/import/ExcelImport';
import { EXPORT_LIMIT, ExportButton } from '../../shared/import/ExportButton';
import { useSettled } from '../../shared/import/useSettled';
import { collectAllPages, MAX_PAGE_SIZE, useCursorPaging } from '../../shared/paging';
import { supplierImportSpec, type SupplierImportRow } from './suppliers';

const SupplierRegisterQuery = graphql(`
  query SupplierRegister($filter: SupplierFilter, $first: Int, $after: String) {
    suppliers(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        name
        creditCode
        contactName
        phone
        bankAccount
        foodSupplier
        foodLicenceNumber
        foodLicenceExpiresOn
        status
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ImportSuppliersRegisterMutation = graphql(`
  mutation ImportSuppliersRegister($input: ImportSuppliersInput!) {
    importSuppliers(input: $input) {
      count
    }
  }
`);

/** Supplier register (供应商名录): the district's suppliers, searched, exported, imported from Excel. */
export default function SupplierRegisterPage() {
  const t = useT();
  const access = useAccess();
  const client = useApolloClient();
  const [status, setStatus] = useState<SupplierStatus | undefined>();
  const [food, setFood] = useState<'true' | 'false' | undefined>();
  const [search, setSearch] = useState('');
  const nameContains = useSettled(search.trim());
  const paging = useCursorPaging();
  const { reset } = paging;
  const filter: SupplierFilter = useMemo(
    () => ({ status, foodSupplier: food === undefined ? undefined : food === 'true', nameContains: nameContains || undefined }),
    [status, food, nameContains],
  );
  useEffect(() => reset(), [filter, reset]);
  const { data, previousData, loading, error, refetch } = useQuery(SupplierRegisterQuery, { variables: { filter, ...paging.variables } });
  const page = (data ?? previousData)?.suppliers;
  const [importSuppliers] = useMutation(ImportSuppliersRegisterMutation);
  const canImport = access.can('importSuppliers') || access.hasRole('DISTRICT_ADMIN', 'ACCOUNTANT', 'GENERAL_AFFAIRS_DIRECTOR');

  const statusLabel = (value: SupplierStatus) => (value === 'ACTIVE' ? t('正常', 'Active') : t('暂停', 'Suspended'));
  const yesNo = (value: boolean) => (value ? t('是', 'Yes') : t('否', 'No'));

  async function exportAll() {
    const { items, truncated } = await collectAllPages(async (after) => {
      const result = await client.query({
        query: SupplierRegisterQuery,
        variables: { filter, first: MAX_PAGE_SIZE, after },
        fetchPolicy: 'network-only',
      });
      return result.data!.suppliers;
    }, EXPORT_LIMIT);
    const conditions = [
      status ? `${t('状态', 'Status')}: ${statusLabel(status)}` : null,
      food ? `${t('食品供应商', 'Food supplier')}: ${yesNo(food === 'true')}` : null,
      nameContains ? `${t('名称含', 'Name contains')}「${nameContains}」` : null,
    ].filter(Boolean);
    await downloadWorkbook(`${t('供应商名录', 'suppliers')}-${new Date().toISOString().slice(0, 10)}.xlsx`, [
      sheet({
        name: t('供应商', 'Suppliers'),
        caption: [
          `${t('供应商名录', 'Supplier register')} ${conditions.join('；') || t('全部', 'all')}${truncated ? t('（仅前 5000 行）', ' (first 5000 rows)') : ''}`,
        ],
        columns: [
          { header: t('名称', 'Name'), value: (s: (typeof items)[number]) => s.name, width: 28 },
          { header: t('统一社会信用代码', 'Credit code'), value: (s) => s.creditCode, asText: true, width: 22 },
          { header: t('联系人', 'Contact'), value: (s) => s.contactName },
          { header: t('联系电话', 'Phone'), value: (s) => s.phone, asText: true },
          { header: t('开户行及账号', 'Bank account'), value: (s) => s.bankAccount, asText: true, width: 30 },
          { header: t('食品供应商', 'Food supplier'), value: (s) => yesNo(s.foodSupplier) },
          { header: t('食品经营许可证编号', 'Food licence number'), value: (s) => s.foodLicenceNumber, asText: true, width: 20 },
          { header: t('许可证有效期至', 'Licence valid until'), value: (s) => s.foodLicenceExpiresOn },
          { header: t('状态', 'Status'), value: (s) => statusLabel(s.status) },
        ],
        rows: items,
      }),
    ]);
    return { truncated, count: items.length };
  }

  return (
    <>
      {canImport ? (
        <ExcelImport<SupplierImportRow>
          title={t('Excel 导入供应商', 'Import suppliers from Excel')}
          spec={supplierImportSpec}
          templateName={t('供应商导入模板.xlsx', 'supplier-import-template.xlsx')}
          send={async (rows, validateOnly) => {
            const result = await importSuppliers({ variables: { input: { rows, validateOnly } } });
            return result.data!.importSuppliers.count;
          }}
          onImported={() => {
            reset();
            void refetch();
          }}
        />
      ) : null}
      <Card title={t('供应商名录', 'Supplier register')} extra={<ExportButton run={exportAll} />}>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            style={{ minWidth: 120 }}
            placeholder={t('全部状态', 'Any status')}
            value={status}
            onChange={setStatus}
            options={[
              { value: 'ACTIVE', label: t('正常', 'Active') },
              { value: 'SUSPENDED', label: t('暂停', 'Suspended') },
            ]}
          />
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('全部类别', 'All kinds')}
            value={food}
            onChange={setFood}
            options={[
              { value: 'true', label: t('食品供应商', 'Food suppliers') },
              { value: 'false', label: t('非食品供应商', 'Other suppliers') },
            ]}
          />
          <Input
            prefix={<SearchOutlined />}
            allowClear
            style={{ width: 240 }}
            placeholder={t('搜索名称', 'Search by name')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="register-search"
          />
        </Space>
        {error && !page ? (
          <GraphErrorResult error={error} />
        ) : (
          <PagedTable
            data-testid="register-table"
            rowKey="id"
            loading={loading}
            page={page}
            paging={paging}
            columns={[
              { title: t('名称', 'Name'), dataIndex: 'name' },
              { title: t('统一社会信用代码', 'Credit code'), dataIndex: 'creditCode' },
              { title: t('联系人', 'Contact'), dataIndex: 'contactName', render: (v: string | null) => v ?? '—' },
              { title: t('联系电话', 'Phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
              {
                title: t('食品经营许可证', 'Food licence'),
                key: 'licence',
                render: (_, s) =>
                  s.foodSupplier ? (
                    <span>
                      {s.foodLicenceNumber ?? '—'}
                      {s.foodLicenceExpiresOn ? ` · ${t('至', 'until')} ${s.foodLicenceExpiresOn}` : ''}
                    </span>
                  ) : (
                    <Tag>{t('非食品', 'Not food')}</Tag>
                  ),
              },
              {
                title: t('状态', 'Status'),
                dataIndex: 'status',
                render: (value: SupplierStatus) => <Tag color={value === 'ACTIVE' ? 'green' : 'red'}>{statusLabel(value)}</Tag>,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
