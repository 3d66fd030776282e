import { SearchOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Card, Input, Select, Space, Tag, Tooltip } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useLanguage, useT } from '../../app/language';
import { graphql } from '../../graphql';
import type { IngredientCategory, IngredientFilter, IngredientRowInput } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { downloadWorkbook, sheet } from '../../shared/excel/workbook';
import { ExcelImport } from '../../shared/import/ExcelImport';
import { EXPORT_LIMIT, ExportButton } from '../../shared/import/ExportButton';
import { useSettled } from '../../shared/import/useSettled';
import { collectAllPages, MAX_PAGE_SIZE, useCursorPaging } from '../../shared/paging';
import { ingredientImportSpec, type IngredientImportRow } from './ingredients';
import { ALLERGEN_LABELS, CATEGORY_LABELS, labelOf, tableValue } from './menu-helpers';

const CanteenIngredientsQuery = graphql(`
  query CanteenIngredients($filter: IngredientFilter, $first: Int, $after: String) {
    ingredients(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        foodCode
        name
        category
        baseUnit
        pieceGrams
        ediblePercent
        allergens
        energyKcal
        proteinUg
        fatUg
        carbohydrateUg
        calciumUg
        ironUg
        vitaminAUg
        vitaminCUg
        sodiumUg
        source
        version
        forbidden {
          id
          name
          reason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CanteenImportIngredientsMutation = graphql(`
  mutation CanteenImportIngredients($input: ImportIngredientsInput!) {
    importIngredients(input: $input) {
      count
      created
      updated
    }
  }
`);

/** The ingredient catalogue (食材目录): searched by name or food code, exported, and the licensed food table imported from Excel. */
export default function IngredientRegisterPage() {
  const t = useT();
  const { language } = useLanguage();
  const access = useAccess();
  const client = useApolloClient();
  const [category, setCategory] = useState<IngredientCategory | undefined>();
  const [search, setSearch] = useState('');
  const settled = useSettled(search.trim());
  const paging = useCursorPaging();
  const { reset } = paging;
  const filter: IngredientFilter = useMemo(() => ({ category, search: settled || undefined }), [category, settled]);
  useEffect(() => reset(), [filter, reset]);
  const { data, previousData, loading, error, refetch } = useQuery(CanteenIngredientsQuery, { variables: { filter, ...paging.variables } });
  const page = (data ?? previousData)?.ingredients;
  const [importIngredients] = useMutation(CanteenImportIngredientsMutation);
  const canImport = access.can('importIngredients');
  const categoryOptions = Object.keys(CATEGORY_LABELS).map((value) => ({
    value: value as IngredientCategory,
    label: labelOf(CATEGORY_LABELS, value, language),
  }));

  async function exportAll() {
    const { items, truncated } = await collectAllPages(async (after) => {
      const result = await client.query({
        query: CanteenIngredientsQuery,
        variables: { filter, first: MAX_PAGE_SIZE, after },
        fetchPolicy: 'network-only',
      });
      return result.data!.ingredients;
    }, EXPORT_LIMIT);
    type Item = (typeof items)[number];
    await downloadWorkbook(`${t('食材目录', 'ingredients')}-${new Date().toISOString().slice(0, 10)}.xlsx`, [
      sheet({
        name: t('食材', 'Ingredients'),
        caption: [`${t('食材目录', 'Ingredient catalogue')}${truncated ? t('（仅前 5000 行）', ' (first 5000 rows)') : ''}`],
        columns: [
          { header: t('食物编码', 'Food code'), value: (i: Item) => i.foodCode, asText: true },
          { header: t('食物名称', 'Name'), value: (i: Item) => i.name, width: 24 },
          { header: t('食物类别', 'Food group'), value: (i: Item) => labelOf(CATEGORY_LABELS, i.category, language) },
          { header: t('可食部（%）', 'Edible part (%)'), value: (i: Item) => i.ediblePercent },
          {
            header: t('致敏物质', 'Allergens'),
            value: (i: Item) => i.allergens.map((a) => labelOf(ALLERGEN_LABELS, a, language)).join('、'),
          },
          {
            header: t('能量（kcal/100g）', 'Energy (kcal/100 g)'),
            value: (i: Item) => (i.energyKcal == null ? '—' : String(i.energyKcal)),
          },
          { header: t('蛋白质（g/100g）', 'Protein (g/100 g)'), value: (i: Item) => tableValue(i.proteinUg, 1e6) },
          { header: t('脂肪（g/100g）', 'Fat (g/100 g)'), value: (i: Item) => tableValue(i.fatUg, 1e6) },
          { header: t('碳水化合物（g/100g）', 'Carbohydrate (g/100 g)'), value: (i: Item) => tableValue(i.carbohydrateUg, 1e6) },
          { header: t('钙（mg/100g）', 'Calcium (mg/100 g)'), value: (i: Item) => tableValue(i.calciumUg, 1e3) },
          { header: t('铁（mg/100g）', 'Iron (mg/100 g)'), value: (i: Item) => tableValue(i.ironUg, 1e3) },
          { header: t('维生素A（µgRAE/100g）', 'Vitamin A (µgRAE/100 g)'), value: (i: Item) => tableValue(i.vitaminAUg, 1) },
          { header: t('维生素C（mg/100g）', 'Vitamin C (mg/100 g)'), value: (i: Item) => tableValue(i.vitaminCUg, 1e3) },
          { header: t('钠（mg/100g）', 'Sodium (mg/100 g)'), value: (i: Item) => tableValue(i.sodiumUg, 1e3) },
          { header: t('数据来源', 'Source'), value: (i: Item) => i.source, width: 36 },
        ],
        rows: items,
      }),
    ]);
    return { truncated, count: items.length };
  }

  return (
    <>
      {canImport ? (
        <ExcelImport<IngredientImportRow>
          title={t('导入食物成分表（Excel）', 'Import the licensed food table (Excel)')}
          spec={ingredientImportSpec}
          templateName={t('食物成分表导入模板.xlsx', 'food-table-import-template.xlsx')}
          send={async (rows, validateOnly) => {
            const result = await importIngredients({ variables: { input: { rows: rows as IngredientRowInput[], validateOnly } } });
            return result.data!.importIngredients.count;
          }}
          onImported={() => {
            reset();
            void refetch();
          }}
        />
      ) : null}
      <Card title={t('食材目录', 'Ingredient catalogue')} extra={<ExportButton run={exportAll} />}>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('全部类别', 'All food groups')}
            value={category}
            onChange={setCategory}
            options={categoryOptions}
          />
          <Input
            prefix={<SearchOutlined />}
            allowClear
            style={{ width: 260 }}
            placeholder={t('搜索名称或食物编码', 'Search name or food code')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="ingredient-search"
          />
        </Space>
        {error && !page ? (
          <GraphErrorResult error={error} />
        ) : (
          <PagedTable
            data-testid="ingredient-table"
            rowKey="id"
            loading={loading}
            page={page}
            paging={paging}
            scroll={{ x: 1000 }}
            columns={[
              { title: t('食物编码', 'Food code'), dataIndex: 'foodCode' },
              {
                title: t('名称', 'Name'),
                key: 'name',
                render: (_, i) => (
                  <Space size={4}>
                    {i.name}
                    {i.forbidden ? (
                      <Tooltip title={i.forbidden.reason}>
                        <Tag color="red">{t('禁用', 'Forbidden')}</Tag>
                      </Tooltip>
                    ) : null}
                  </Space>
                ),
              },
              { title: t('类别', 'Food group'), key: 'category', render: (_, i) => labelOf(CATEGORY_LABELS, i.category, language) },
              { title: t('可食部', 'Edible'), key: 'edible', render: (_, i) => `${i.ediblePercent}%` },
              { title: t('能量', 'Energy'), key: 'energy', render: (_, i) => (i.energyKcal == null ? '—' : `${i.energyKcal} kcal`) },
              { title: t('蛋白质', 'Protein'), key: 'protein', render: (_, i) => `${tableValue(i.proteinUg, 1e6)} g` },
              { title: t('钙', 'Calcium'), key: 'calcium', render: (_, i) => `${tableValue(i.calciumUg, 1e3)} mg` },
              { title: t('钠', 'Sodium'), key: 'sodium', render: (_, i) => `${tableValue(i.sodiumUg, 1e3)} mg` },
              {
                title: t('致敏物质', 'Allergens'),
                key: 'allergens',
                render: (_, i) =>
                  i.allergens.length ? i.allergens.map((a) => <Tag key={a}>{labelOf(ALLERGEN_LABELS, a, language)}</Tag>) : '—',
              },
              { title: t('数据来源', 'Source'), dataIndex: 'source', ellipsis: true },
            ]}
          />
        )}
      </Card>
    </>
  );
}
