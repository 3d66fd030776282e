import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Spin, Col, Form, Input, Row, Select, Space, Table, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenIssueStockMutation } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { useGraphForm } from '../../shared/components/GraphForm';
import { Money } from '../../shared/components/Money';
import { CanteenSelect, IngredientName, IngredientSelect, QuantityField, useCanteens, useIngredient } from './components';
import { labelOf, MEAL } from './labels';
import { CanteenIssueStockMutation as IssueMutation, CanteenOpenMealServicesQuery } from './operations';
import { defaultUnit, quantityInput, schoolToday, type QuantityValue } from './stock-helpers';

type Issue = CanteenIssueStockMutation['issueStock'];
interface IssueFormValues {
  canteenId?: string;
  mealServiceId?: string;
  lines?: { ingredientId?: string; quantity?: QuantityValue }[];
}

/**
 * Issuing stock to a meal service (出库/领用): the canteen's meal service of the day, the ingredients and
 * how much; the graph takes each from the lots first-expiring-first-out (FEFO, never an expired lot),
 * and the page shows the lots it took and what they cost.
 */
export default function IssuePage() {
  const t = useT();
  const zone = useSchoolZone();
  const access = useAccess();
  const { message } = App.useApp();
  const [search] = useSearchParams();
  const { canteens, loading: canteensLoading } = useCanteens();
  const issuing = canteens.filter((c) => access.can('issueStock', c.schoolId));
  const [form] = Form.useForm<IssueFormValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [issue] = useMutation(IssueMutation);
  const [day, setDay] = useState(() => schoolToday(zone));
  const [done, setDone] = useState<Issue | null>(null);
  const canteenId = Form.useWatch('canteenId', form) ?? search.get('canteen') ?? (issuing.length === 1 ? issuing[0].id : undefined);
  const services = useQuery(CanteenOpenMealServicesQuery, {
    variables: { canteenId: canteenId ?? '', day },
    skip: !canteenId,
    fetchPolicy: 'cache-and-network',
  });

  async function onFinish(values: IssueFormValues) {
    setDone(null);
    const result = await submit(() =>
      issue({
        variables: {
          input: {
            mealServiceId: values.mealServiceId ?? '',
            lines: (values.lines ?? []).map((l) => ({ ingredientId: l?.ingredientId ?? '', quantity: quantityInput(l?.quantity) })),
          },
        },
      }),
    );
    const issued = result?.data?.issueStock;
    if (!issued) return;
    void message.success(t('已出库', 'Issued'));
    setDone(issued);
    form.setFieldValue('lines', [{ quantity: { amount: '', unit: 'KG' } }]);
    void services.refetch();
  }

  if (canteensLoading && !canteens.length) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!issuing.length)
    return (
      <Card title={t('出库', 'Issue stock')}>
        <Typography.Text>{t('只有食堂管理员和保管员可以出库。', 'Only canteen managers and storekeepers issue stock.')}</Typography.Text>
      </Card>
    );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 1000 }}>
      <Card title={t('出库到餐次', 'Issue stock to a meal service')}>
        <Form<IssueFormValues>
          form={form}
          layout="vertical"
          onFinish={(v) => void onFinish({ ...v, canteenId })}
          initialValues={{ canteenId, lines: [{ quantity: { amount: '', unit: 'KG' } }] }}
        >
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item
                name="canteenId"
                label={t('食堂', 'Canteen')}
                rules={[{ required: true, message: t('请选择食堂', 'Choose a canteen') }]}
              >
                <CanteenSelect canteens={issuing} onChange={() => form.setFieldValue('mealServiceId', undefined)} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={6}>
              <Form.Item label={t('日期', 'Day')}>
                <Input type="date" value={day} onChange={(e) => setDay(e.target.value || schoolToday(zone))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item
                name="mealServiceId"
                label={t('餐次', 'Meal service')}
                rules={[{ required: true, message: t('请选择餐次', 'Choose a meal service') }]}
              >
                <Select
                  loading={services.loading}
                  placeholder={t('选择餐次', 'Choose')}
                  notFoundContent={t('当天没有未锁定的餐次', 'No open meal service that day')}
                  options={(services.data?.mealServices.nodes ?? []).map((m) => ({
                    value: m.id,
                    label: `${m.servedOn} ${labelOf(MEAL, m.meal, t)} · ${t('计划', 'planned')} ${m.portionsPlannedStudents + m.portionsPlannedStaff} ${t('份', 'meals')}`,
                  }))}
                  data-testid="issue-meal-service"
                />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={5}>{t('领用食材', 'Ingredients')}</Typography.Title>
          <Form.List name="lines">
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field) => (
                  <IssueLine
                    key={field.key}
                    form={form}
                    name={field.name}
                    onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
                  />
                ))}
                <Form.ErrorList errors={errors} />
                {fields.length < 50 && (
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ quantity: { amount: '', unit: 'KG' } })}
                    style={{ marginBottom: 16 }}
                    data-testid="add-line"
                  >
                    {t('添加一行', 'Add a line')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
          {alert}
          <Button type="primary" size="large" htmlType="submit" loading={submitting} data-testid="submit-issue">
            {t('出库', 'Issue')}
          </Button>
        </Form>
      </Card>
      {done && (
        <Card title={t('已出库：按先到期先出取用的批次', 'Issued: the lots taken, first-expiring first')} data-testid="issue-result">
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={
              <span>
                {t('出库金额', 'Cost issued')} <Money value={done.cost} />
              </span>
            }
          />
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={done.movements}
            columns={[
              {
                title: t('食材', 'Ingredient'),
                key: 'i',
                render: (_, m: Issue['movements'][number]) =>
                  m.lot ? (
                    <Link to={`/canteen/stock/lots/${m.lotId}`}>
                      <IngredientName id={m.lot.ingredientId} />
                    </Link>
                  ) : (
                    m.lotId
                  ),
              },
              { title: t('批号', 'Batch'), key: 'b', render: (_, m: Issue['movements'][number]) => m.lot?.batchNumber ?? '—' },
              { title: t('保质期至', 'Expires'), key: 'e', render: (_, m: Issue['movements'][number]) => m.lot?.expiresOn ?? '—' },
              { title: t('库位', 'Location'), key: 'l', render: (_, m: Issue['movements'][number]) => m.lot?.location?.name ?? '—' },
              { title: t('出库数量', 'Issued'), key: 'q', align: 'right', render: (_, m: Issue['movements'][number]) => m.moved.display },
              {
                title: t('金额', 'Cost'),
                key: 'c',
                align: 'right',
                render: (_, m: Issue['movements'][number]) => <Money value={m.cost} />,
              },
              {
                title: t('批次结存', 'Left in lot'),
                key: 'left',
                align: 'right',
                render: (_, m: Issue['movements'][number]) => m.lot?.balanceQuantity.display ?? '—',
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}

function IssueLine({ form, name, onRemove }: { form: FormInstance<IssueFormValues>; name: number; onRemove?: () => void }) {
  const t = useT();
  const ingredientId = Form.useWatch(['lines', name, 'ingredientId'], form) as string | undefined;
  const ingredient = useIngredient(ingredientId);
  return (
    <Row gutter={12} align="top" data-testid="issue-line">
      <Col xs={24} sm={12}>
        <Form.Item
          name={[name, 'ingredientId']}
          label={t('食材', 'Ingredient')}
          rules={[{ required: true, message: t('请选择食材', 'Choose an ingredient') }]}
        >
          <IngredientSelect
            testId="issue-ingredient"
            onPick={(picked) =>
              picked && form.setFieldValue(['lines', name, 'quantity'], { amount: '', unit: defaultUnit(picked.baseUnit) })
            }
          />
        </Form.Item>
      </Col>
      <Col xs={20} sm={10}>
        <Form.Item name={[name, 'quantity']} label={t('数量', 'Quantity')} rules={[{ required: true, message: t('必填', 'Required') }]}>
          <QuantityField baseUnit={ingredient?.baseUnit} pieceGrams={ingredient?.pieceGrams} testId="issue-quantity" />
        </Form.Item>
      </Col>
      <Col xs={4} sm={2} style={{ paddingTop: 30 }}>
        {onRemove && <Button type="text" icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('删除此行', 'Remove line')} />}
      </Col>
    </Row>
  );
}
