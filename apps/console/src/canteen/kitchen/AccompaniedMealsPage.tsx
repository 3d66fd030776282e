import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Empty, Form, Input, Progress, Rate, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenAccompaniedMealsQuery, MealKind } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { useGraphForm } from '../../shared/components/GraphForm';
import { PagedTable } from '../../shared/components/PagedTable';
import { useCursorPaging } from '../../shared/paging';
import { KitchenCanteenSelect, useChosenCanteen, useKitchenCanteens } from './components';
import { coveragePercent, schoolToday, shiftDay } from './kitchen-helpers';
import { labelOf, MEAL, MEAL_KINDS } from './labels';
import {
  CanteenAccompaniedMealGapsQuery as GapsQuery,
  CanteenAccompaniedMealsQuery as MealsQuery,
  CanteenLogAccompaniedMealMutation as LogMutation,
} from './operations';

type AccompaniedMeal = CanteenAccompaniedMealsQuery['accompaniedMeals']['nodes'][number];

/**
 * Accompanied meals (陪餐) for principals and general-affairs directors: log the meal you ate with the
 * students today (rating 1–5, what you found), the log of the canteen's accompanied meals, and the
 * school days of a range without an accompanied lunch (陪餐缺失), as the graph counts school days
 * (weekdays less public holidays plus make-up working days).
 */
export default function AccompaniedMealsPage() {
  const t = useT();
  const [search] = useSearchParams();
  const zone = useSchoolZone();
  const access = useAccess();
  const today = schoolToday(zone);
  const { canteens, loading, error } = useKitchenCanteens();
  const { canteen, canteenId, setCanteenId } = useChosenCanteen(canteens, search.get('canteen'));
  const [from, setFrom] = useState(() => shiftDay(today, -29));
  const [to, setTo] = useState(today);
  const paging = useCursorPaging();
  const list = useQuery(MealsQuery, {
    variables: { filter: { canteenId }, ...paging.variables },
    skip: !canteenId,
    fetchPolicy: 'cache-and-network',
  });
  const gaps = useQuery(GapsQuery, {
    variables: { input: { canteenIds: canteenId ? [canteenId] : [], from, to } },
    skip: !canteenId || !from || !to,
    fetchPolicy: 'cache-and-network',
  });
  const coverage = gaps.data?.accompaniedMealGaps[0];
  const mayLog = !!canteen && access.can('logAccompaniedMeal', canteen.schoolId);

  if (error) return <GraphErrorResult error={error} />;
  if (loading) return <Spin />;
  if (!canteens.length) return <Empty description={t('没有可查看的食堂', 'No canteen to show')} />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
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
      {mayLog && canteenId && (
        <LogCard
          canteenId={canteenId}
          today={today}
          onLogged={() => {
            void list.refetch();
            void gaps.refetch();
          }}
        />
      )}
      <Card title={t('陪餐缺失', 'School days without an accompanied lunch')} data-testid="accompanied-gaps">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-label={t('从', 'From')} />
          <span>—</span>
          <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-label={t('至', 'To')} />
        </Space>
        {gaps.error && <GraphErrorResult error={gaps.error} />}
        {coverage && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Progress type="circle" size={72} percent={coveragePercent(coverage) ?? 0} />
              <Typography.Text data-testid="accompanied-coverage">
                {t(
                  `${coverage.from} 至 ${coverage.to}：上学日 ${coverage.schoolDays} 天，有陪餐 ${coverage.accompaniedDays} 天，缺 ${coverage.gaps.length} 天`,
                  `${coverage.from} to ${coverage.to}: ${coverage.schoolDays} school days, ${coverage.accompaniedDays} with an accompanied lunch, ${coverage.gaps.length} without`,
                )}
              </Typography.Text>
            </Space>
            <Space wrap data-testid="gap-days">
              {coverage.gaps.map((day) => (
                <Tag key={day} color="red" data-testid="gap-day">
                  {day}
                </Tag>
              ))}
              {!coverage.gaps.length && <Tag color="green">{t('无缺失', 'No gaps')}</Tag>}
            </Space>
          </Space>
        )}
      </Card>
      <Card title={t('陪餐记录', 'Accompanied meals')}>
        {list.error ? (
          <GraphErrorResult error={list.error} />
        ) : (
          <div data-testid="accompanied-table">
            <PagedTable<AccompaniedMeal>
              rowKey="id"
              page={list.data?.accompaniedMeals}
              paging={paging}
              loading={list.loading}
              columns={[
                { title: t('日期', 'Day'), dataIndex: 'servedOn' },
                { title: t('餐次', 'Meal'), key: 'meal', render: (_, m) => labelOf(MEAL, m.meal, t) },
                {
                  title: t('陪餐人', 'Leader'),
                  key: 'leader',
                  render: (_, m) => m.leaderStaff?.name ?? (m.leaderAccountId === access.accountId ? t('我', 'me') : '—'),
                },
                {
                  title: t('评分', 'Rating'),
                  key: 'rating',
                  render: (_, m) => <Rate disabled value={m.rating} style={{ fontSize: 14 }} />,
                },
                { title: t('陪餐记录', 'Remarks'), dataIndex: 'remarks', render: (r: string | null) => r ?? '—' },
                { title: t('登记时间', 'Logged'), key: 'at', render: (_, m) => <DateTime value={m.createdAt} /> },
              ]}
            />
          </div>
        )}
      </Card>
    </Space>
  );
}

interface LogValues {
  servedOn?: string;
  meal?: MealKind;
  rating?: number;
  remarks?: string;
}

function LogCard({ canteenId, today, onLogged }: { canteenId: string; today: string; onLogged(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<LogValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [log] = useMutation(LogMutation);

  async function onFinish(values: LogValues) {
    const result = await submit(() =>
      log({
        variables: {
          input: {
            canteenId,
            servedOn: values.servedOn ?? today,
            meal: values.meal ?? 'LUNCH',
            rating: values.rating ?? 0,
            remarks: values.remarks?.trim() || null,
          },
        },
      }),
    );
    if (!result?.data) return;
    void message.success(t('陪餐已登记', 'Accompanied meal logged'));
    form.resetFields();
    onLogged();
  }

  return (
    <Card title={t('登记陪餐', 'Log an accompanied meal')}>
      <Form<LogValues>
        form={form}
        layout="vertical"
        initialValues={{ servedOn: today, meal: 'LUNCH' }}
        onFinish={(v) => void onFinish(v)}
        data-testid="accompanied-form"
      >
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item name="servedOn" label={t('日期', 'Day')} rules={[{ required: true, message: t('必填', 'Required') }]}>
              <Input type="date" max={today} data-testid="accompanied-day" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="meal" label={t('餐次', 'Meal')} rules={[{ required: true, message: t('必填', 'Required') }]}>
              <Select options={MEAL_KINDS.map((m) => ({ value: m, label: labelOf(MEAL, m, t) }))} data-testid="accompanied-meal" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="rating"
              label={t('评分（1–5）', 'Rating (1–5)')}
              rules={[{ required: true, message: t('请评分', 'Give a rating') }]}
            >
              <Rate style={{ fontSize: 32 }} data-testid="accompanied-rating" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="remarks"
          label={t('陪餐记录（口味、分量、卫生、学生反映）', 'What you found (taste, portions, hygiene, students)')}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="accompanied-remarks" />
        </Form.Item>
        {alert}
        <Button type="primary" size="large" htmlType="submit" loading={submitting} data-testid="submit-accompanied">
          {t('登记', 'Log')}
        </Button>
      </Form>
    </Card>
  );
}
