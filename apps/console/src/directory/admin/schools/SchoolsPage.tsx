import { useQuery } from '@apollo/client/react';
import { Button, Card, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLanguage, useT } from '../../../app/language';
import { graphql } from '../../../graphql';
import { GraphErrorResult } from '../../../shared/components/GraphErrorResult';
import { PagedTable } from '../../../shared/components/PagedTable';
import { useCursorPaging } from '../../../shared/paging';
import { AdminCan } from '../admin-access';
import { labelOf, optionsOf, SCHOOL_KINDS } from '../labels';
import { SchoolFormModal } from './SchoolFormModal';

const SchoolsQuery = graphql(`
  query AdminSchools($filter: SchoolFilter, $first: Int, $after: String) {
    schools(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        code
        name
        kind
        address
        studentCount
        active
        timeZone
        version
        campuses {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Kind = keyof typeof SCHOOL_KINDS;

/** Schools (学校) of the district: find by name or code, kind and status; add one; open one for its campuses. */
export default function SchoolsPage() {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const paging = useCursorPaging();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<Kind | undefined>();
  const [active, setActive] = useState<boolean | undefined>(true);
  const [creating, setCreating] = useState(false);
  const filter = { search: search.trim() || null, kind: kind ?? null, active: active ?? null };
  const { data, previousData, loading, error, refetch } = useQuery(SchoolsQuery, { variables: { filter, ...paging.variables } });
  const page = (data ?? previousData)?.schools;

  return (
    <Card
      title={t('学校', 'Schools')}
      extra={
        <AdminCan action="createSchool">
          <Button type="primary" data-testid="new-school" onClick={() => setCreating(true)}>
            {t('新建学校', 'New school')}
          </Button>
        </AdminCan>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('名称或学校标识码', 'Name or school code')}
          style={{ width: 260 }}
          onSearch={(value) => {
            setSearch(value);
            paging.reset();
          }}
          data-testid="schools-search"
        />
        <Select<Kind>
          allowClear
          placeholder={t('学校类型', 'Kind')}
          style={{ width: 160 }}
          value={kind}
          options={optionsOf(SCHOOL_KINDS, language)}
          onChange={(value) => {
            setKind(value);
            paging.reset();
          }}
        />
        <Select<string>
          style={{ width: 140 }}
          value={active === undefined ? 'all' : String(active)}
          options={[
            { value: 'true', label: t('在用', 'Active') },
            { value: 'false', label: t('已撤并', 'Closed') },
            { value: 'all', label: t('全部', 'All') },
          ]}
          onChange={(value) => {
            setActive(value === 'all' ? undefined : value === 'true');
            paging.reset();
          }}
        />
      </Space>
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <div data-testid="schools-table">
          <PagedTable
            rowKey="id"
            page={page}
            paging={paging}
            loading={loading}
            onRow={(school) => ({ onDoubleClick: () => navigate(`/admin/schools/${school.id}`) })}
            columns={[
              { title: t('学校标识码', 'Code'), dataIndex: 'code', width: 130 },
              {
                title: t('名称', 'Name'),
                dataIndex: 'name',
                render: (name: string, school) => <Link to={`/admin/schools/${school.id}`}>{name}</Link>,
              },
              { title: t('类型', 'Kind'), dataIndex: 'kind', render: (value: string) => labelOf(SCHOOL_KINDS, value, language) },
              { title: t('在校生', 'Students'), dataIndex: 'studentCount', align: 'right' },
              { title: t('校区', 'Campuses'), key: 'campuses', align: 'right', render: (_, school) => school.campuses.length },
              {
                title: t('状态', 'Status'),
                dataIndex: 'active',
                render: (value: boolean) => (value ? <Tag color="green">{t('在用', 'Active')}</Tag> : <Tag>{t('已撤并', 'Closed')}</Tag>),
              },
            ]}
          />
        </div>
      )}
      {creating && (
        <SchoolFormModal
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void refetch();
            void navigate(`/admin/schools/${id}`);
          }}
        />
      )}
    </Card>
  );
}
