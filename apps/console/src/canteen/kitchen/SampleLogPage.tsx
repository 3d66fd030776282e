import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Empty, Form, Input, InputNumber, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenFoodSamplesQuery } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { useGraphForm } from '../../shared/components/GraphForm';
import { PagedTable } from '../../shared/components/PagedTable';
import { graphProblems } from '../../shared/graph-errors';
import { useCursorPaging } from '../../shared/paging';
import { KitchenCanteenSelect, RosterSelect, useChosenCanteen, useKitchenCanteens, type KitchenCanteen } from './components';
import { gramsShort, sampleKeeping, schoolToday } from './kitchen-helpers';
import { labelOf, MEAL } from './labels';
import {
  CanteenDisposeFoodSampleMutation,
  CanteenFoodSamplesQuery as SamplesQuery,
  CanteenKitchenDishesQuery,
  CanteenSampleableServicesQuery,
  CanteenSampleSettingsQuery,
  CanteenTakeFoodSampleMutation,
} from './operations';

type Sample = CanteenFoodSamplesQuery['foodSamples']['nodes'][number];
type KeptFilter = 'all' | 'kept' | 'due' | 'disposed';

/**
 * The sample log (留样记录): take a sample of a dish of an open meal service (at least the district's
 * minimum, 125 g by default, into a chiller, by a named person), and the log with each sample's
 * keep-until time (48 hours by default); disposing of a sample before then is refused by the graph, and
 * the page shows its message.
 */
export default function SampleLogPage() {
  const t = useT();
  const access = useAccess();
  const [search] = useSearchParams();
  const { canteens, loading, error } = useKitchenCanteens();
  const { canteen, canteenId, setCanteenId } = useChosenCanteen(canteens, search.get('canteen'));
  const settings = useQuery(CanteenSampleSettingsQuery, { fetchPolicy: 'cache-first' });
  const minGrams = settings.data?.canteenSettings.sampleMinGrams ?? 125;
  const keepHours = settings.data?.canteenSettings.sampleKeepHours ?? 48;
  const [kept, setKept] = useState<KeptFilter>('all');
  const paging = useCursorPaging();
  const filter = {
    canteenId,
    disposed: kept === 'disposed' ? true : kept === 'kept' ? false : null,
    dueForDisposal: kept === 'due' ? true : null,
  };
  const list = useQuery(SamplesQuery, { variables: { filter, ...paging.variables }, skip: !canteenId, fetchPolicy: 'cache-and-network' });
  const dishes = useQuery(CanteenKitchenDishesQuery, {
    variables: { schoolId: canteen?.schoolId ?? null, search: null },
    skip: !canteen,
    fetchPolicy: 'cache-first',
  });
  const dishNames = useMemo(() => new Map((dishes.data?.dishes.nodes ?? []).map((d) => [d.id, d.name])), [dishes.data]);
  const [disposeProblem, setDisposeProblem] = useState<string | null>(null);
  const [dispose, disposing] = useMutation(CanteenDisposeFoodSampleMutation);
  const mayTake = !!canteen && access.can('takeFoodSample', canteen.schoolId);
  const mayDispose = !!canteen && access.can('disposeFoodSample', canteen.schoolId);

  async function onDispose(sample: Sample) {
    setDisposeProblem(null);
    try {
      await dispose({ variables: { id: sample.id } });
    } catch (e) {
      setDisposeProblem(
        graphProblems(e)
          .map((p) => p.message)
          .join(' '),
      );
    }
  }

  if (error) return <GraphErrorResult error={error} />;
  if (loading) return <Spin />;
  if (!canteens.length) return <Empty description={t('没有可查看的食堂', 'No canteen to show')} />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        data-testid="sample-rule"
        title={t(
          `每餐次每道菜留样不少于 ${minGrams} 克，冷藏保存不少于 ${keepHours} 小时。`,
          `Every dish of every meal service: at least ${minGrams} g, kept refrigerated at least ${keepHours} hours.`,
        )}
      />
      {canteens.length > 1 && (
        <KitchenCanteenSelect
          canteens={canteens}
          value={canteenId}
          onChange={(id) => {
            setCanteenId(id);
            paging.reset();
          }}
        />
      )}
      {mayTake && canteen && (
        <TakeSampleCard
          canteen={canteen}
          minGrams={minGrams}
          initialService={search.get('mealService')}
          onTaken={() => void list.refetch()}
        />
      )}
      <Card title={t('留样记录', 'Sample log')}>
        <Select<KeptFilter>
          value={kept}
          onChange={(v) => {
            setKept(v);
            paging.reset();
          }}
          style={{ width: 200, marginBottom: 12 }}
          options={[
            { value: 'all', label: t('全部', 'All') },
            { value: 'kept', label: t('留存中', 'Still kept') },
            { value: 'due', label: t('已到期待销毁', 'Due for disposal') },
            { value: 'disposed', label: t('已销毁', 'Disposed of') },
          ]}
          data-testid="sample-filter"
        />
        {disposeProblem && (
          <Alert
            type="error"
            showIcon
            closable
            role="alert"
            style={{ marginBottom: 12 }}
            title={disposeProblem}
            data-testid="dispose-error"
          />
        )}
        {list.error ? (
          <GraphErrorResult error={list.error} />
        ) : (
          <div data-testid="sample-table">
            <PagedTable<Sample>
              rowKey="id"
              page={list.data?.foodSamples}
              paging={paging}
              loading={list.loading}
              columns={[
                { title: t('留样时间', 'Taken'), key: 'at', render: (_, s) => <DateTime value={s.takenAt} /> },
                { title: t('菜品', 'Dish'), key: 'dish', render: (_, s) => dishNames.get(s.dishId) ?? '…' },
                {
                  title: t('重量', 'Weight'),
                  key: 'g',
                  align: 'right',
                  render: (_, s) => (
                    <span style={{ color: s.grams < s.minGramsAtTaking ? '#cf1322' : undefined }}>
                      {s.grams} g <Typography.Text type="secondary">(≥ {s.minGramsAtTaking})</Typography.Text>
                    </span>
                  ),
                },
                { title: t('留样人', 'Taken by'), key: 'by', render: (_, s) => s.takenBy.name },
                { title: t('留样至', 'Keep until'), key: 'until', render: (_, s) => <DateTime value={s.keepUntil} /> },
                {
                  title: t('状态', 'State'),
                  key: 'state',
                  render: (_, s) => {
                    const state = sampleKeeping(s);
                    if (state === 'DISPOSED')
                      return (
                        <Tag data-testid="sample-state" data-value={state}>
                          {t('已销毁', 'Disposed')} <DateTime value={s.disposal?.disposedAt} />
                        </Tag>
                      );
                    return (
                      <Tag color={state === 'DUE' ? 'gold' : 'blue'} data-testid="sample-state" data-value={state}>
                        {state === 'DUE' ? t('到期待销毁', 'Due for disposal') : t('留存中', 'Kept')}
                      </Tag>
                    );
                  },
                },
                ...(mayDispose
                  ? [
                      {
                        title: '',
                        key: 'dispose',
                        render: (_: unknown, s: Sample) =>
                          !s.disposal && (
                            <Button size="small" loading={disposing.loading} onClick={() => void onDispose(s)} data-testid="dispose-sample">
                              {t('销毁', 'Dispose')}
                            </Button>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          </div>
        )}
      </Card>
    </Space>
  );
}

interface TakeValues {
  mealServiceId?: string;
  dishId?: string;
  grams?: number;
  takenByStaffId?: string;
  locationId?: string;
  note?: string;
}

function TakeSampleCard({
  canteen,
  minGrams,
  initialService,
  onTaken,
}: {
  canteen: KitchenCanteen;
  minGrams: number;
  initialService: string | null;
  onTaken(): void;
}) {
  const t = useT();
  const zone = useSchoolZone();
  const { message } = App.useApp();
  const [form] = Form.useForm<TakeValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [take] = useMutation(CanteenTakeFoodSampleMutation);
  const [day, setDay] = useState(() => schoolToday(zone));
  const services = useQuery(CanteenSampleableServicesQuery, {
    variables: { canteenId: canteen.id, day },
    fetchPolicy: 'cache-and-network',
  });
  const serviceId = Form.useWatch('mealServiceId', form);
  const grams = Form.useWatch('grams', form);
  const service = services.data?.mealServices.nodes.find((s) => s.id === serviceId);
  const chillers = canteen.storageLocations.filter((l) => l.kind === 'CHILLED');

  async function onFinish(values: TakeValues) {
    const result = await submit(() =>
      take({
        variables: {
          input: {
            mealServiceId: values.mealServiceId ?? '',
            dishId: values.dishId ?? '',
            grams: values.grams ?? 0,
            takenByStaffId: values.takenByStaffId ?? '',
            locationId: values.locationId ?? '',
            note: values.note?.trim() || null,
          },
        },
        refetchQueries: ['CanteenMealServiceDetail'],
      }),
    );
    if (!result?.data) return;
    void message.success(t('已留样', 'Sample recorded'));
    form.resetFields(['dishId', 'grams', 'note']);
    onTaken();
  }

  return (
    <Card title={t('留样', 'Take a sample')}>
      <Form<TakeValues>
        form={form}
        layout="vertical"
        initialValues={{ mealServiceId: initialService ?? undefined, locationId: chillers.length === 1 ? chillers[0].id : undefined }}
        onFinish={(v) => void onFinish(v)}
        data-testid="sample-form"
      >
        <Row gutter={12}>
          <Col xs={24} sm={6}>
            <Form.Item label={t('日期', 'Day')}>
              <Input type="date" value={day} onChange={(e) => setDay(e.target.value || schoolToday(zone))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={9}>
            <Form.Item
              name="mealServiceId"
              label={t('餐次', 'Meal service')}
              rules={[{ required: true, message: t('请选择餐次', 'Choose') }]}
            >
              <Select
                loading={services.loading}
                notFoundContent={t('当天没有进行中的餐次', 'No open meal service that day')}
                onChange={() => form.setFieldValue('dishId', undefined)}
                options={(services.data?.mealServices.nodes ?? []).map((s) => ({
                  value: s.id,
                  label: `${s.servedOn} ${labelOf(MEAL, s.meal, t)}`,
                }))}
                data-testid="sample-meal-service"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={9}>
            <Form.Item name="dishId" label={t('菜品', 'Dish')} rules={[{ required: true, message: t('请选择菜品', 'Choose a dish') }]}>
              <Select options={(service?.dishes ?? []).map((d) => ({ value: d.dishId, label: d.dishName }))} data-testid="sample-dish" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item
              name="grams"
              label={t(`重量（不少于 ${minGrams} 克）`, `Weight (at least ${minGrams} g)`)}
              rules={[{ required: true, message: t('必填', 'Required') }]}
              validateStatus={gramsShort(grams, minGrams) ? 'warning' : undefined}
              help={gramsShort(grams, minGrams) ? t(`少于 ${minGrams} 克，将被拒绝`, `Under ${minGrams} g: it will be refused`) : undefined}
            >
              <InputNumber min={1} precision={0} suffix="g" style={{ width: '100%' }} data-testid="sample-grams" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item name="takenByStaffId" label={t('留样人', 'Taken by')} rules={[{ required: true, message: t('必填', 'Required') }]}>
              <RosterSelect canteenId={canteen.id} testId="sample-taken-by" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item name="locationId" label={t('冷藏留样柜', 'Chiller')} rules={[{ required: true, message: t('必填', 'Required') }]}>
              <Select options={chillers.map((l) => ({ value: l.id, label: l.name }))} data-testid="sample-location" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item name="note" label={t('备注', 'Note')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {alert}
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="submit-sample">
          {t('留样', 'Record sample')}
        </Button>
      </Form>
    </Card>
  );
}
