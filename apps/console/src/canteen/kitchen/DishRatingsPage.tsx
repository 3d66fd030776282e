import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Form, Input, Rate, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/language';
import type { CanteenDishRatingSummariesQuery, CanteenDishRatingsQuery, DishRaterKind } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { useGraphForm } from '../../shared/components/GraphForm';
import { PagedTable } from '../../shared/components/PagedTable';
import { useCursorPaging } from '../../shared/paging';
import { scoreShares } from './kitchen-helpers';
import { labelOf, RATER_KIND } from './labels';
import {
  CanteenDishRatingsQuery as RatingsQuery,
  CanteenDishRatingSummariesQuery as SummariesQuery,
  CanteenRateDishMutation as RateMutation,
} from './operations';

type DishRow = CanteenDishRatingSummariesQuery['dishes']['nodes'][number];
type Rating = CanteenDishRatingsQuery['dishRatings']['nodes'][number];

/**
 * Dish ratings (菜品评价): teachers record their students' ratings (1–5, a comment, the student's class
 * and number), parents' committee members (家长委员会) rate for themselves; each dish's roll-up (mean,
 * count per score, students and committee) and, opened, its ratings newest first.
 */
export default function DishRatingsPage() {
  const t = useT();
  const access = useAccess();
  const [search, setSearch] = useState('');
  const paging = useCursorPaging();
  const dishes = useQuery(SummariesQuery, {
    variables: { filter: { search: search.trim() || null }, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const mayRate = access.can('rateDish');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {mayRate && <RateCard dishes={dishes.data?.dishes.nodes ?? []} onRated={() => void dishes.refetch()} />}
      <Card title={t('菜品评价汇总', 'Dish ratings')}>
        <Input.Search
          placeholder={t('菜品名称', 'Dish name')}
          allowClear
          onSearch={(value) => {
            setSearch(value);
            paging.reset();
          }}
          style={{ maxWidth: 280, marginBottom: 12 }}
        />
        {dishes.error ? (
          <GraphErrorResult error={dishes.error} />
        ) : (
          <div data-testid="dish-rating-table">
            <PagedTable<DishRow>
              rowKey="id"
              page={dishes.data?.dishes}
              paging={paging}
              loading={dishes.loading}
              expandable={{ expandedRowRender: (dish) => <DishRatingList dishId={dish.id} /> }}
              columns={[
                { title: t('菜品', 'Dish'), dataIndex: 'name' },
                {
                  title: t('平均分', 'Average'),
                  key: 'avg',
                  render: (_, d) => (
                    <span data-testid="dish-average">
                      {d.ratingSummary?.averageScore ? (
                        <Space size={4}>
                          <Rate
                            disabled
                            allowHalf
                            value={Math.round(Number(d.ratingSummary.averageScore) * 2) / 2}
                            style={{ fontSize: 13 }}
                          />
                          {d.ratingSummary.averageScore}
                        </Space>
                      ) : (
                        '—'
                      )}
                    </span>
                  ),
                },
                { title: t('评价数', 'Ratings'), key: 'count', align: 'right', render: (_, d) => d.ratingSummary?.count ?? 0 },
                { title: t('学生', 'Students'), key: 'st', align: 'right', render: (_, d) => d.ratingSummary?.students ?? 0 },
                { title: t('家委会', 'Committee'), key: 'pc', align: 'right', render: (_, d) => d.ratingSummary?.parentCommittee ?? 0 },
                {
                  title: t('1–5 分分布', 'Scores 1–5'),
                  key: 'dist',
                  render: (_, d) => <ScoreBars byScore={d.ratingSummary?.byScore ?? [0, 0, 0, 0, 0]} />,
                },
              ]}
            />
          </div>
        )}
      </Card>
    </Space>
  );
}

function ScoreBars({ byScore }: { byScore: readonly number[] }) {
  const shares = scoreShares(byScore);
  return (
    <div style={{ display: 'flex', alignItems: 'flex-end', gap: 3, height: 28 }} title={byScore.map((n, i) => `${i + 1}: ${n}`).join('  ')}>
      {shares.map((share, i) => (
        <div key={i} style={{ width: 12, textAlign: 'center', fontSize: 10 }}>
          <div style={{ height: Math.max(2, (share * 20) / 100), background: i < 2 ? '#ff7875' : i === 2 ? '#ffc53d' : '#73d13d' }} />
          {i + 1}
        </div>
      ))}
    </div>
  );
}

function DishRatingList({ dishId }: { dishId: string }) {
  const t = useT();
  const { data, loading, error } = useQuery(RatingsQuery, { variables: { filter: { dishId }, first: 50 } });
  if (error) return <GraphErrorResult error={error} />;
  return (
    <Table<Rating>
      rowKey="id"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={data?.dishRatings.nodes ?? []}
      columns={[
        { title: t('日期', 'Day'), dataIndex: 'ratedOn' },
        { title: t('分数', 'Score'), dataIndex: 'score' },
        {
          title: t('评价人', 'By'),
          key: 'by',
          render: (_, r) => `${labelOf(RATER_KIND, r.raterKind, t)}${r.studentRef ? ` ${r.studentRef}` : ''}`,
        },
        { title: t('评语', 'Comment'), dataIndex: 'comment', render: (c: string | null) => c ?? '—' },
      ]}
    />
  );
}

interface RateValues {
  dishId?: string;
  score?: number;
  comment?: string;
  raterKind?: DishRaterKind;
  studentRef?: string;
}

function RateCard({ dishes, onRated }: { dishes: readonly DishRow[]; onRated(): void }) {
  const t = useT();
  const access = useAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<RateValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [rate] = useMutation(RateMutation);
  const kinds: DishRaterKind[] = [
    ...(access.can('recordStudentDishRating') ? (['STUDENT'] as const) : []),
    ...(access.can('rateDishAsParentCommittee') ? (['PARENT_COMMITTEE'] as const) : []),
  ];
  const kind = (Form.useWatch('raterKind', form) as DishRaterKind | undefined) ?? kinds[0];

  async function onFinish(values: RateValues) {
    const raterKind = values.raterKind ?? kinds[0] ?? 'STUDENT';
    const result = await submit(() =>
      rate({
        variables: {
          input: {
            dishId: values.dishId ?? '',
            score: values.score ?? 0,
            comment: values.comment?.trim() || null,
            raterKind,
            studentRef: raterKind === 'STUDENT' ? (values.studentRef?.trim() ?? '') : null,
          },
        },
      }),
    );
    if (!result?.data) return;
    void message.success(t('评价已记录', 'Rating recorded'));
    form.resetFields(['score', 'comment', 'studentRef']);
    onRated();
  }

  return (
    <Card title={t('评价菜品', 'Rate a dish')}>
      <Form<RateValues> form={form} layout="vertical" initialValues={{ raterKind: kinds[0] }} onFinish={(v) => void onFinish(v)}>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="dishId" label={t('菜品', 'Dish')} rules={[{ required: true, message: t('请选择菜品', 'Choose a dish') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={dishes.map((d) => ({ value: d.id, label: d.name }))}
                data-testid="rate-dish"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="score"
              label={t('分数（1–5）', 'Score (1–5)')}
              rules={[{ required: true, message: t('请评分', 'Give a score') }]}
            >
              <Rate style={{ fontSize: 28 }} data-testid="rate-score" />
            </Form.Item>
          </Col>
          {kinds.length > 1 && (
            <Col xs={24} sm={8}>
              <Form.Item name="raterKind" label={t('评价人', 'Rater')}>
                <Select options={kinds.map((k) => ({ value: k, label: labelOf(RATER_KIND, k, t) }))} />
              </Form.Item>
            </Col>
          )}
          {kind === 'STUDENT' && (
            <Col xs={24} sm={8}>
              <Form.Item
                name="studentRef"
                label={t('学生（班级学号）', 'Student (class and number)')}
                rules={[{ required: true, message: t('必填', 'Required') }]}
              >
                <Input placeholder="三年级2班15号" data-testid="rate-student" />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item name="comment" label={t('评语', 'Comment')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="rate-comment" />
        </Form.Item>
        {alert}
        {!kinds.length && (
          <Typography.Paragraph type="secondary">
            <Tag>{t('仅教师和家委会成员可以评价', 'Only teachers and parents’ committee members rate')}</Tag>
          </Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" loading={submitting} disabled={!kinds.length} data-testid="submit-rating">
          {t('提交评价', 'Rate')}
        </Button>
      </Form>
    </Card>
  );
}
