import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Input, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLanguage, useT } from '../../app/language';
import { graphql } from '../../graphql';
import type { DishFilter } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { useSettled } from '../../shared/import/useSettled';
import { useCursorPaging } from '../../shared/paging';
import { ALLERGEN_LABELS, formatAmount, labelOf } from './menu-helpers';

const CanteenDishesQuery = graphql(`
  query CanteenDishes($filter: DishFilter, $first: Int, $after: String) {
    dishes(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        name
        note
        schoolId
        school {
          id
          name
        }
        allergens
        nutrients {
          energyKcal
          proteinG
          calciumMg
          sodiumMg
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Dishes (菜品) of the viewer's schools with each serving's nutrients and allergens; canteen managers write new recipes. */
export default function DishListPage() {
  const t = useT();
  const { language } = useLanguage();
  const access = useAccess();
  const [search, setSearch] = useState('');
  const settled = useSettled(search.trim());
  const paging = useCursorPaging();
  const { reset } = paging;
  const filter: DishFilter = useMemo(() => ({ search: settled || undefined }), [settled]);
  useEffect(() => reset(), [filter, reset]);
  const { data, previousData, loading, error } = useQuery(CanteenDishesQuery, { variables: { filter, ...paging.variables } });
  const page = (data ?? previousData)?.dishes;

  return (
    <Card
      title={t('菜品', 'Dishes')}
      extra={
        access.can('createDish') ? (
          <Link to="/canteen/dishes/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="dish-new">
              {t('新建菜品', 'New dish')}
            </Button>
          </Link>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input
          prefix={<SearchOutlined />}
          allowClear
          style={{ width: 240 }}
          placeholder={t('搜索菜名', 'Search by name')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="dish-search"
        />
      </Space>
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <PagedTable
          data-testid="dish-table"
          rowKey="id"
          loading={loading}
          page={page}
          paging={paging}
          columns={[
            { title: t('菜名', 'Name'), key: 'name', render: (_, d) => <Link to={`/canteen/dishes/${d.id}`}>{d.name}</Link> },
            { title: t('学校', 'School'), key: 'school', render: (_, d) => d.school.name ?? d.schoolId },
            { title: t('做法', 'Note'), dataIndex: 'note', render: (v: string | null) => v ?? '—' },
            { title: t('能量', 'Energy'), key: 'energy', render: (_, d) => `${formatAmount(d.nutrients.energyKcal)} kcal` },
            { title: t('蛋白质', 'Protein'), key: 'protein', render: (_, d) => `${formatAmount(d.nutrients.proteinG)} g` },
            { title: t('钙', 'Calcium'), key: 'calcium', render: (_, d) => `${formatAmount(d.nutrients.calciumMg)} mg` },
            { title: t('钠', 'Sodium'), key: 'sodium', render: (_, d) => `${formatAmount(d.nutrients.sodiumMg)} mg` },
            {
              title: t('过敏原', 'Allergens'),
              key: 'allergens',
              render: (_, d) =>
                d.allergens.length ? d.allergens.map((a) => <Tag key={a}>{labelOf(ALLERGEN_LABELS, a, language)}</Tag>) : '—',
            },
          ]}
        />
      )}
    </Card>
  );
}
