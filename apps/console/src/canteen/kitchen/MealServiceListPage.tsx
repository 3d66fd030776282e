import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Col, Empty, Form, Input, InputNumber, Modal, Row, Select, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenMealServiceListQuery, MealKind } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { useGraphForm } from '../../shared/components/GraphForm';
import { Money } from '../../shared/components/Money';
import { PagedTable } from '../../shared/components/PagedTable';
import { useCursorPaging } from '../../shared/paging';
import { KitchenCanteenSelect, useChosenCanteen, useKitchenCanteens } from './components';
import { schoolToday } from './kitchen-helpers';
import { labelOf, MEAL, MEAL_KINDS } from './labels';
import { CanteenKitchenDishesQuery, CanteenMealServiceListQuery as ListQuery, CanteenPlanMealServiceMutation } from './operations';

type ServiceRow = CanteenMealServiceListQuery['mealServices']['nodes'][number];

/**
 * Meal services (餐次生产记录) of a canteen on a day (or every day, newest first): dishes, portions
 * planned and served, whether every dish is sampled (留样), the stock issued and the cost per meal, and
 * whether the counts locked it; the canteen manager plans a new one here.
 */
export default function MealServiceListPage() {
  const t = useT();
  const [search] = useSearchParams();
  const zone = useSchoolZone();
  const access = useAccess();
  const { canteens, loading, error } = useKitchenCanteens();
  const { canteen, canteenId, setCanteenId } = useChosenCanteen(canteens, search.get('canteen'));
  const [day, setDay] = useState<string>(() => schoolToday(zone));
  const [planning, setPlanning] = useState(false);
  const paging = useCursorPaging();
  const list = useQuery(ListQuery, {
    variables: { filter: { canteenId, from: day || null, to: day || null }, ...paging.variables },
    skip: !canteenId,
    fetchPolicy: 'cache-and-network',
  });
  const mayPlan = !!canteen && access.can('planMealService', canteen.schoolId);

  if (error) return <GraphErrorResult error={error} />;
  if (loading) return <Spin />;
  if (!canteens.length) return <Empty description={t('没有可查看的食堂', 'No canteen to show')} />;

  return (
    <Card
      title={t('餐次', 'Meal services')}
      extra={
        mayPlan && (
          <Button type="primary" onClick={() => setPlanning(true)} data-testid="plan-meal-service">
            {t('计划餐次', 'Plan a meal service')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <KitchenCanteenSelect
          canteens={canteens}
          value={canteenId}
          onChange={(id) => {
            setCanteenId(id);
            paging.reset();
          }}
        />
        <Input
          type="date"
          value={day}
          onChange={(e) => {
            setDay(e.target.value);
            paging.reset();
          }}
          style={{ width: 170 }}
          aria-label={t('日期', 'Day')}
          data-testid="meal-service-day"
        />
        <Button
          onClick={() => {
            setDay('');
            paging.reset();
          }}
        >
          {t('全部日期', 'Every day')}
        </Button>
      </Space>
      {list.error ? (
        <GraphErrorResult error={list.error} />
      ) : (
        <div data-testid="meal-service-table">
          <PagedTable<ServiceRow>
            rowKey="id"
            page={list.data?.mealServices}
            paging={paging}
            loading={list.loading}
            columns={[
              {
                title: t('日期', 'Day'),
                key: 'day',
                render: (_, m) => (
                  <Link to={`/canteen/meal-services/${m.id}`} data-testid="meal-service-link">
                    {m.servedOn} {labelOf(MEAL, m.meal, t)}
                  </Link>
                ),
              },
              { title: t('菜品', 'Dishes'), key: 'dishes', render: (_, m) => m.dishes.map((d) => d.dishName).join('、') },
              {
                title: t('计划/实际份数', 'Planned / served'),
                key: 'portions',
                align: 'right',
                render: (_, m) => `${m.portionsPlannedStudents + m.portionsPlannedStaff} / ${m.mealsServed ?? '—'}`,
              },
              {
                title: t('留样', 'Samples'),
                key: 'samples',
                render: (_, m) =>
                  m.missingSamples.length ? (
                    <Tag color="red" data-testid="samples-missing">
                      {t(`${m.missingSamples.length} 道未留样/不足`, `${m.missingSamples.length} missing or short`)}
                    </Tag>
                  ) : (
                    <Tag color="green">{t('已留样', 'Sampled')}</Tag>
                  ),
              },
              { title: t('领用成本', 'Issued'), key: 'issued', align: 'right', render: (_, m) => <Money value={m.issuedCost} /> },
              { title: t('每餐成本', 'Per meal'), key: 'perMeal', align: 'right', render: (_, m) => <Money value={m.costPerMeal} /> },
              {
                title: t('状态', 'State'),
                key: 'state',
                render: (_, m) => (m.lockedAt ? <Tag>{t('已锁定', 'Locked')}</Tag> : <Tag color="blue">{t('进行中', 'Open')}</Tag>),
              },
            ]}
          />
        </div>
      )}
      {planning && canteen && (
        <PlanModal canteenId={canteen.id} schoolId={canteen.schoolId} day={day || schoolToday(zone)} onClose={() => setPlanning(false)} />
      )}
    </Card>
  );
}

interface PlanValues {
  servedOn?: string;
  meal?: MealKind;
  dishIds?: string[];
  portionsPlannedStudents?: number;
  portionsPlannedStaff?: number;
}

function PlanModal({ canteenId, schoolId, day, onClose }: { canteenId: string; schoolId: string; day: string; onClose(): void }) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<PlanValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [plan] = useMutation(CanteenPlanMealServiceMutation);
  const dishes = useQuery(CanteenKitchenDishesQuery, { variables: { schoolId, search: null } });

  async function onFinish(values: PlanValues) {
    const result = await submit(() =>
      plan({
        variables: {
          input: {
            canteenId,
            servedOn: values.servedOn ?? day,
            meal: values.meal ?? 'LUNCH',
            dishIds: values.dishIds ?? [],
            portionsPlannedStudents: values.portionsPlannedStudents ?? 0,
            portionsPlannedStaff: values.portionsPlannedStaff ?? 0,
          },
        },
      }),
    );
    const id = result?.data?.planMealService.id;
    if (id) void navigate(`/canteen/meal-services/${id}`);
  }

  return (
    <Modal open title={t('计划餐次', 'Plan a meal service')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<PlanValues>
        form={form}
        layout="vertical"
        initialValues={{ servedOn: day, meal: 'LUNCH', portionsPlannedStudents: 0, portionsPlannedStaff: 0 }}
        onFinish={(v) => void onFinish(v)}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="servedOn" label={t('日期', 'Day')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="meal" label={t('餐次', 'Meal')} rules={[{ required: true }]}>
              <Select options={MEAL_KINDS.map((m) => ({ value: m, label: labelOf(MEAL, m, t) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="dishIds" label={t('菜品（按上菜顺序）', 'Dishes (in serving order)')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            loading={dishes.loading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(dishes.data?.dishes.nodes ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="portionsPlannedStudents" label={t('学生份数', 'Student portions')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="portionsPlannedStaff" label={t('教职工份数', 'Staff portions')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {alert}
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('计划', 'Plan')}
        </Button>
      </Form>
    </Modal>
  );
}
