import { SearchOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Card, Input, Select, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useLanguage, useT } from '../../app/language';
import { graphql } from '../../graphql';
import type { StaffFilter, StaffPost } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { downloadWorkbook, sheet } from '../../shared/excel/workbook';
import { ExcelImport } from '../../shared/import/ExcelImport';
import { EXPORT_LIMIT, ExportButton } from '../../shared/import/ExportButton';
import { useRegisterSchools } from '../../shared/import/schools';
import { useSettled } from '../../shared/import/useSettled';
import { collectAllPages, MAX_PAGE_SIZE, useCursorPaging } from '../../shared/paging';
import { postLabel, STAFF_POSTS, staffImportSpec, type StaffImportRow } from './staff';

const StaffRegisterQuery = graphql(`
  query StaffRegister($filter: StaffFilter, $first: Int, $after: String) {
    staff(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        name
        employeeNumber
        phone
        active
        posts
        school {
          id
          name
        }
        campus {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ImportStaffRegisterMutation = graphql(`
  mutation ImportStaffRegister($input: ImportStaffInput!) {
    importStaff(input: $input) {
      count
    }
  }
`);

/** Staff register (教职工台账): search, filter, export what is filtered, import a school's staff list. */
export default function StaffRegisterPage() {
  const t = useT();
  const { language } = useLanguage();
  const access = useAccess();
  const client = useApolloClient();
  const { schools } = useRegisterSchools();
  const [schoolId, setSchoolId] = useState<string | undefined>();
  const [campusId, setCampusId] = useState<string | undefined>();
  const [post, setPost] = useState<StaffPost | undefined>();
  const [active, setActive] = useState<'true' | 'false' | 'all'>('true');
  const [search, setSearch] = useState('');
  const nameContains = useSettled(search.trim());
  const paging = useCursorPaging();
  const { reset } = paging;

  const filter: StaffFilter = useMemo(
    () => ({
      schoolId,
      campusId,
      post,
      nameContains: nameContains || undefined,
      active: active === 'all' ? undefined : active === 'true',
    }),
    [schoolId, campusId, post, nameContains, active],
  );
  useEffect(() => reset(), [filter, reset]);
  const { data, previousData, loading, error, refetch } = useQuery(StaffRegisterQuery, { variables: { filter, ...paging.variables } });
  const page = (data ?? previousData)?.staff;
  const campuses = schools.find((s) => s.id === schoolId)?.campuses ?? [];

  const canImport = access.can('importStaff') || access.hasRole('DISTRICT_ADMIN');
  const [importSchoolId, setImportSchoolId] = useState<string | undefined>();
  const importSchool = schools.find((s) => s.id === (importSchoolId ?? schoolId)) ?? (schools.length === 1 ? schools[0] : undefined);
  const spec = useMemo(() => staffImportSpec(importSchool?.campuses ?? []), [importSchool]);
  const [importStaff] = useMutation(ImportStaffRegisterMutation);

  async function exportAll() {
    const { items, truncated } = await collectAllPages(async (after) => {
      const result = await client.query({
        query: StaffRegisterQuery,
        variables: { filter, first: MAX_PAGE_SIZE, after },
        fetchPolicy: 'network-only',
      });
      return result.data!.staff;
    }, EXPORT_LIMIT);
    const school = schools.find((s) => s.id === schoolId);
    const conditions = [
      school ? `${t('学校', 'School')}: ${school.name}` : null,
      campusId ? `${t('校区', 'Campus')}: ${campuses.find((c) => c.id === campusId)?.name ?? campusId}` : null,
      post ? `${t('岗位', 'Post')}: ${postLabel(post, language)}` : null,
      active === 'all' ? null : active === 'true' ? t('在职', 'Current') : t('离职', 'Former'),
      nameContains ? `${t('姓名含', 'Name contains')}「${nameContains}」` : null,
    ].filter(Boolean);
    await downloadWorkbook(`${t('教职工台账', 'staff')}-${new Date().toISOString().slice(0, 10)}.xlsx`, [
      sheet({
        name: t('教职工', 'Staff'),
        caption: [
          `${t('教职工台账', 'Staff register')} ${conditions.join('；') || t('全部', 'all')}${truncated ? t('（仅前 5000 行）', ' (first 5000 rows)') : ''}`,
        ],
        columns: [
          { header: t('学校', 'School'), value: (s: (typeof items)[number]) => s.school.name, width: 24 },
          { header: t('校区', 'Campus'), value: (s) => s.campus?.name },
          { header: t('工号', 'Employee number'), value: (s) => s.employeeNumber, asText: true },
          { header: t('姓名', 'Name'), value: (s) => s.name },
          { header: t('岗位', 'Posts'), value: (s) => s.posts.map((p) => postLabel(p, language)).join('、'), width: 24 },
          { header: t('电话', 'Phone'), value: (s) => s.phone, asText: true },
          { header: t('状态', 'Status'), value: (s) => (s.active ? t('在职', 'Current') : t('离职', 'Former')) },
        ],
        rows: items,
      }),
    ]);
    return { truncated, count: items.length };
  }

  const schoolOptions = schools.map((s) => ({ value: s.id, label: s.name }));
  return (
    <>
      {canImport ? (
        <ExcelImport<StaffImportRow>
          key={importSchool?.id ?? 'none'}
          title={t('Excel 导入教职工', 'Import staff from Excel')}
          spec={spec}
          templateName={t('教职工导入模板.xlsx', 'staff-import-template.xlsx')}
          blocked={importSchool ? null : t('请先选择导入到哪所学校', 'Choose the school first')}
          extra={
            <Select
              style={{ minWidth: 200 }}
              placeholder={t('导入到学校', 'Import into school')}
              value={importSchool?.id}
              onChange={setImportSchoolId}
              options={schoolOptions}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="import-school"
            />
          }
          send={async (rows, validateOnly) => {
            const result = await importStaff({ variables: { input: { schoolId: importSchool!.id, rows, validateOnly } } });
            return result.data!.importStaff.count;
          }}
          onImported={() => {
            reset();
            void refetch();
          }}
        />
      ) : null}
      <Card title={t('教职工台账', 'Staff register')} extra={<ExportButton run={exportAll} />}>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            style={{ minWidth: 180 }}
            placeholder={t('全部学校', 'All schools')}
            value={schoolId}
            onChange={(value) => {
              setSchoolId(value);
              setCampusId(undefined);
            }}
            options={schoolOptions}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="filter-school"
          />
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('全部校区', 'All campuses')}
            disabled={!campuses.length}
            value={campusId}
            onChange={setCampusId}
            options={campuses.map((c) => ({ value: c.id, label: c.name }))}
          />
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('全部岗位', 'All posts')}
            value={post}
            onChange={setPost}
            options={STAFF_POSTS.map((p) => ({ value: p.value, label: p[language] }))}
          />
          <Select
            style={{ minWidth: 100 }}
            value={active}
            onChange={setActive}
            options={[
              { value: 'true', label: t('在职', 'Current') },
              { value: 'false', label: t('离职', 'Former') },
              { value: 'all', label: t('全部', 'All') },
            ]}
          />
          <Input
            prefix={<SearchOutlined />}
            allowClear
            style={{ width: 220 }}
            placeholder={t('搜索姓名', 'Search by name')}
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
              { title: t('工号', 'Employee no.'), dataIndex: 'employeeNumber' },
              { title: t('姓名', 'Name'), dataIndex: 'name' },
              { title: t('学校', 'School'), key: 'school', render: (_, s) => s.school.name },
              { title: t('校区', 'Campus'), key: 'campus', render: (_, s) => s.campus?.name ?? '—' },
              {
                title: t('岗位', 'Posts'),
                key: 'posts',
                render: (_, s) => s.posts.map((p) => <Tag key={p}>{postLabel(p, language)}</Tag>),
              },
              { title: t('电话', 'Phone'), dataIndex: 'phone', render: (phone: string | null) => phone ?? '—' },
              {
                title: t('状态', 'Status'),
                dataIndex: 'active',
                render: (isActive: boolean) =>
                  isActive ? <Tag color="green">{t('在职', 'Current')}</Tag> : <Tag>{t('离职', 'Former')}</Tag>,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
