import { SearchOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../app/language';
import { graphql } from '../../graphql';
import type { BudgetRegisterQuery as BudgetRegisterData } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { useGraphForm } from '../../shared/components/GraphForm';
import { Money } from '../../shared/components/Money';
import { downloadWorkbook, sheet } from '../../shared/excel/workbook';
import { ExcelImport } from '../../shared/import/ExcelImport';
import { ExportButton } from '../../shared/import/ExportButton';
import { useRegisterSchools } from '../../shared/import/schools';
import { fenToYuan, normalizeYuan } from '../../shared/money';
import { budgetImportSpec, budgetTotals, searchLines, type BudgetImportRow } from './budgets';

const BudgetRegisterQuery = graphql(`
  query BudgetRegister($schoolId: ID!, $fiscalYear: Int!) {
    budgetExecution(schoolId: $schoolId, fiscalYear: $fiscalYear) {
      category {
        id
        code
        name
        fund
        overrunPolicy
      }
      allocated {
        yuan
        fen
      }
      committed {
        yuan
        fen
      }
      spent {
        yuan
        fen
      }
      remaining {
        yuan
        fen
      }
      spentByMonth {
        yuan
        fen
      }
    }
  }
`);

const BudgetCategoriesRegisterQuery = graphql(`
  query BudgetCategoriesRegister {
    budgetCategories {
      id
      code
      name
      active
    }
  }
`);

const SetBudgetRegisterMutation = graphql(`
  mutation SetBudgetRegister($input: SetBudgetInput!) {
    setBudget(input: $input) {
      category {
        id
      }
      allocated {
        yuan
        fen
      }
    }
  }
`);

const ImportBudgetsRegisterMutation = graphql(`
  mutation ImportBudgetsRegister($input: ImportBudgetsInput!) {
    importBudgets(input: $input) {
      count
    }
  }
`);

type Line = BudgetRegisterData['budgetExecution'][number];

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => THIS_YEAR + 1 - i);

/** Budget register (预算台账): a school's budget lines for a year, allocated and executed; allocation one by one or from Excel. */
export default function BudgetRegisterPage() {
  const t = useT();
  const access = useAccess();
  const client = useApolloClient();
  const { schools } = useRegisterSchools();
  const [pickedSchool, setSchoolId] = useState<string | undefined>();
  const schoolId = pickedSchool ?? schools[0]?.id;
  const school = schools.find((s) => s.id === schoolId);
  const [fiscalYear, setFiscalYear] = useState(THIS_YEAR);
  const [search, setSearch] = useState('');
  const { data, previousData, loading, error, refetch } = useQuery(BudgetRegisterQuery, {
    variables: { schoolId: schoolId ?? '', fiscalYear },
    skip: !schoolId,
  });
  const lines = useMemo(() => searchLines((data ?? previousData)?.budgetExecution ?? [], search), [data, previousData, search]);
  const totals = budgetTotals(lines);
  const canAllocate = access.can('setBudget') || access.hasRole('DISTRICT_ADMIN');
  const canImport = access.can('importBudgets') || access.hasRole('DISTRICT_ADMIN');
  const { data: categoryData } = useQuery(BudgetCategoriesRegisterQuery, { skip: !canAllocate && !canImport, fetchPolicy: 'cache-first' });
  const categories = useMemo(() => categoryData?.budgetCategories ?? [], [categoryData]);
  const spec = useMemo(() => budgetImportSpec(schools, categories), [schools, categories]);
  const [importBudgets] = useMutation(ImportBudgetsRegisterMutation);
  const [editing, setEditing] = useState<{ categoryId?: string; allocated?: string } | null>(null);

  const fundLabel = (fund: string) => (fund === 'CANTEEN' ? t('食堂账户', 'Canteen account') : t('学校账户', 'School account'));

  async function exportLines() {
    const months = Array.from({ length: 12 }, (_, i) => i);
    await downloadWorkbook(`${t('预算台账', 'budgets')}-${school?.name ?? ''}-${fiscalYear}.xlsx`, [
      sheet({
        name: t('预算', 'Budgets'),
        caption: [
          `${t('预算台账', 'Budget register')} ${school?.name ?? ''} ${fiscalYear}${t(' 年度', '')}${search.trim() ? `；${t('科目含', 'category contains')}「${search.trim()}」` : ''}`,
        ],
        columns: [
          { header: t('科目代码', 'Code'), value: (l: Line) => l.category.code, width: 20 },
          { header: t('预算科目', 'Category'), value: (l) => l.category.name, width: 20 },
          { header: t('资金账户', 'Account'), value: (l) => fundLabel(l.category.fund) },
          { header: t('下达金额', 'Allocated'), value: (l) => l.allocated.fen, kind: 'money' as const, width: 16 },
          { header: t('已占用', 'Committed'), value: (l) => l.committed.fen, kind: 'money' as const, width: 16 },
          { header: t('已支出', 'Spent'), value: (l) => l.spent.fen, kind: 'money' as const, width: 16 },
          { header: t('余额', 'Remaining'), value: (l) => l.remaining.fen, kind: 'money' as const, width: 16 },
          ...months.map((m) => ({
            header: t(`${m + 1}月支出`, `Spent ${m + 1}`),
            value: (l: Line) => l.spentByMonth[m]?.fen,
            kind: 'money' as const,
          })),
        ],
        rows: lines,
      }),
    ]);
    return { truncated: false, count: lines.length };
  }

  return (
    <>
      {canImport ? (
        <ExcelImport<BudgetImportRow>
          title={t('Excel 批量下达预算', 'Allocate budgets from Excel')}
          spec={spec}
          templateName={t('预算导入模板.xlsx', 'budget-import-template.xlsx')}
          blocked={categories.length && schools.length ? null : t('正在读取学校和预算科目…', 'Loading schools and categories…')}
          send={async (rows, validateOnly) => {
            const result = await importBudgets({ variables: { input: { rows, validateOnly } } });
            return result.data!.importBudgets.count;
          }}
          onImported={() => void refetch()}
        />
      ) : null}
      <Card
        title={t('预算台账', 'Budget register')}
        extra={
          <Space>
            {canAllocate ? (
              <Button onClick={() => setEditing({})} disabled={!schoolId} data-testid="set-budget">
                {t('下达预算', 'Allocate')}
              </Button>
            ) : null}
            <ExportButton run={exportLines} disabled={!schoolId || !!error} />
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            style={{ minWidth: 200 }}
            placeholder={t('学校', 'School')}
            value={schoolId}
            onChange={setSchoolId}
            options={schools.map((s) => ({ value: s.id, label: s.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="filter-school"
          />
          <Select
            style={{ minWidth: 110 }}
            value={fiscalYear}
            onChange={setFiscalYear}
            options={YEARS.map((y) => ({ value: y, label: t(`${y} 年度`, `FY ${y}`) }))}
            data-testid="filter-year"
          />
          <Input
            prefix={<SearchOutlined />}
            allowClear
            style={{ width: 220 }}
            placeholder={t('搜索科目名称或代码', 'Search category')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="register-search"
          />
        </Space>
        {error && !data ? (
          <GraphErrorResult error={error} />
        ) : (
          <Table<Line>
            data-testid="register-table"
            rowKey={(l) => l.category.id}
            loading={loading}
            dataSource={lines}
            pagination={false}
            size="middle"
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: schoolId ? t('该年度尚无预算', 'No budget for this year') : t('请选择学校', 'Choose a school') }}
            columns={[
              { title: t('科目代码', 'Code'), key: 'code', render: (_, l) => <Typography.Text code>{l.category.code}</Typography.Text> },
              { title: t('预算科目', 'Category'), key: 'name', render: (_, l) => l.category.name },
              {
                title: t('资金账户', 'Account'),
                key: 'fund',
                render: (_, l) => <Tag color={l.category.fund === 'CANTEEN' ? 'orange' : 'blue'}>{fundLabel(l.category.fund)}</Tag>,
              },
              { title: t('下达金额', 'Allocated'), key: 'allocated', align: 'right', render: (_, l) => <Money value={l.allocated} /> },
              { title: t('已占用', 'Committed'), key: 'committed', align: 'right', render: (_, l) => <Money value={l.committed} /> },
              { title: t('已支出', 'Spent'), key: 'spent', align: 'right', render: (_, l) => <Money value={l.spent} /> },
              { title: t('余额', 'Remaining'), key: 'remaining', align: 'right', render: (_, l) => <Money value={l.remaining} /> },
              ...(canAllocate
                ? [
                    {
                      title: t('操作', 'Actions'),
                      key: 'actions',
                      render: (_: unknown, l: Line) => (
                        <Button size="small" onClick={() => setEditing({ categoryId: l.category.id, allocated: l.allocated.yuan })}>
                          {t('调整', 'Adjust')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
            summary={() =>
              lines.length ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={3}>
                    <strong>{t('合计', 'Total')}</strong>
                  </Table.Summary.Cell>
                  {(['allocated', 'committed', 'spent', 'remaining'] as const).map((key, i) => (
                    <Table.Summary.Cell key={key} index={i + 3} align="right">
                      <strong>
                        <Money value={{ fen: totals[key], yuan: fenToYuan(totals[key]) }} />
                      </strong>
                    </Table.Summary.Cell>
                  ))}
                  {canAllocate ? <Table.Summary.Cell index={7} /> : null}
                </Table.Summary.Row>
              ) : null
            }
          />
        )}
      </Card>
      {editing && schoolId ? (
        <SetBudgetModal
          schoolId={schoolId}
          schoolName={school?.name ?? ''}
          fiscalYear={fiscalYear}
          initial={editing}
          categories={categories.filter((c) => c.active || c.id === editing.categoryId)}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              void refetch();
              void client.refetchQueries({ include: 'active' });
            }
          }}
        />
      ) : null}
    </>
  );
}

interface SetBudgetValues {
  categoryId?: string;
  allocated?: string;
}

function SetBudgetModal({
  schoolId,
  schoolName,
  fiscalYear,
  initial,
  categories,
  onClose,
}: {
  schoolId: string;
  schoolName: string;
  fiscalYear: number;
  initial: SetBudgetValues;
  categories: readonly { id: string; code: string; name: string }[];
  onClose: (saved: boolean) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<SetBudgetValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [setBudget] = useMutation(SetBudgetRegisterMutation);
  async function save() {
    // A field left empty: the form shows its message beside it; nothing to send.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const done = await submit(() =>
      setBudget({
        variables: {
          input: { schoolId, fiscalYear, categoryId: values.categoryId!, allocated: normalizeYuan(values.allocated ?? '') ?? '' },
        },
      }),
    );
    if (done) onClose(true);
  }
  return (
    <Modal
      open
      title={t(`下达预算：${schoolName} ${fiscalYear} 年度`, `Allocate: ${schoolName}, FY ${fiscalYear}`)}
      onCancel={() => onClose(false)}
      onOk={() => void save()}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={submitting}
      okButtonProps={{ 'data-testid': 'set-budget-save' } as ButtonProps}
      destroyOnHidden
    >
      {alert}
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item
          name="categoryId"
          label={t('预算科目', 'Category')}
          rules={[{ required: true, message: t('请选择科目', 'Choose a category') }]}
        >
          <Select
            disabled={!!initial.categoryId}
            options={categories.map((c) => ({ value: c.id, label: `${c.name}（${c.code}）` }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="allocated"
          label={t('下达金额（元）', 'Allocated (yuan)')}
          rules={[
            { required: true, message: t('请填写金额', 'Enter an amount') },
            {
              validator: (_, value: string | undefined) =>
                !value || normalizeYuan(value) !== null
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('金额最多两位小数，如 1234.50', 'At most two decimals, e.g. 1234.50'))),
            },
          ]}
        >
          <Input inputMode="decimal" style={{ textAlign: 'right' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
