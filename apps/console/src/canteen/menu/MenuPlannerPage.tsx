import { CheckCircleOutlined, LeftOutlined, RightOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, DatePicker, Empty, QRCode, Row, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLanguage, useT } from '../../app/language';
import type { CanteenMenuWeekFieldsFragment, StudentAgeGroup } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { graphProblems } from '../../shared/graph-errors';
import {
  AGE_GROUP_LABELS,
  ALLERGEN_LABELS,
  cellKey,
  dayLabel,
  formatAmount,
  formatRange,
  gridOf,
  labelOf,
  MEAL_KINDS,
  MEAL_LABELS,
  MEASURE_LABELS,
  mealsOf,
  mondayOf,
  publicMenuPath,
  shiftDay,
  shortfallDirection,
  weekDays,
  type MenuGrid,
} from './menu-helpers';
import {
  CanteenMenuCanteensQuery,
  CanteenMenuDishOptionsQuery,
  CanteenMenuWeekQuery,
  CanteenPublishMenuWeekMutation,
  CanteenSaveMenuWeekMutation,
} from './operations';

type Week = CanteenMenuWeekFieldsFragment;

/** Today in the school's zone (YYYY-MM-DD). */
function todayIn(zone: string): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: zone });
}

/**
 * The menu planner (食谱): a canteen's week, days by breakfast, lunch and dinner, dishes picked per
 * meal and saved as a draft; after each save the week's nutrition check (WS/T 554-2017) explains
 * each shortfall by day and meal. The canteen manager publishes it for parents (食谱公示) and posts
 * the public page's link or QR code.
 */
export default function MenuPlannerPage() {
  const t = useT();
  const { language } = useLanguage();
  const access = useAccess();
  const zone = useSchoolZone();
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();

  const canteens = useQuery(CanteenMenuCanteensQuery);
  const canteenList = useMemo(() => canteens.data?.canteens.nodes ?? [], [canteens.data]);
  const canteenId = params.get('canteen') ?? canteenList[0]?.id;
  const canteen = canteenList.find((c) => c.id === canteenId);
  const weekStart = mondayOf(params.get('week') ?? todayIn(zone));
  const days = weekDays(weekStart);

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  const weekQuery = useQuery(CanteenMenuWeekQuery, {
    variables: { filter: { canteenId: canteenId ?? '', from: weekStart } },
    skip: !canteenId,
    fetchPolicy: 'cache-and-network',
  });
  const loadedWeek = weekQuery.data?.menuWeeks.nodes.find((w) => w.weekStart === weekStart);
  const [savedWeek, setSavedWeek] = useState<Week | undefined>();
  const week = savedWeek && savedWeek.canteenId === canteenId && savedWeek.weekStart === weekStart ? savedWeek : loadedWeek;

  const dishes = useQuery(CanteenMenuDishOptionsQuery, { variables: { schoolId: canteen?.schoolId ?? '' }, skip: !canteen });
  const dishOptions = useMemo(
    () =>
      (dishes.data?.dishes.nodes ?? []).map((d) => ({
        value: d.id,
        label: d.allergens.length
          ? `${d.name}（${t('含', 'contains')} ${d.allergens.map((a) => labelOf(ALLERGEN_LABELS, a, language)).join('、')}）`
          : d.name,
      })),
    [dishes.data, t, language],
  );

  // The grid and age group shown are the week as the graph holds it until the planner changes them;
  // a loaded or saved week (a new id, version or status) drops the unsaved edit.
  const weekKey = week ? `${week.id}@${week.version}@${week.status}` : `none@${canteenId}@${weekStart}`;
  const [edit, setEdit] = useState<{ key: string; grid: MenuGrid; ageGroup: StudentAgeGroup } | null>(null);
  const current = edit && edit.key === weekKey ? edit : null;
  const grid: MenuGrid = current?.grid ?? (week ? gridOf(week.days) : {});
  const ageGroup: StudentAgeGroup = current?.ageGroup ?? week?.ageGroup ?? 'AGE_9_11';
  const dirty = !!current;
  const change = (next: { grid?: MenuGrid; ageGroup?: StudentAgeGroup }) =>
    setEdit({ key: weekKey, grid: next.grid ?? grid, ageGroup: next.ageGroup ?? ageGroup });
  const [saveError, setSaveError] = useState<string[]>([]);

  const [save, saving] = useMutation(CanteenSaveMenuWeekMutation);
  const [publish, publishing] = useMutation(CanteenPublishMenuWeekMutation);

  const schoolId = canteen?.schoolId;
  const mayPlan = !!schoolId && access.can('saveMenuWeek', schoolId);
  const mayPublish = !!schoolId && access.can('publishMenuWeek', schoolId);
  const published = week?.status === 'PUBLISHED';
  const meals = mealsOf(weekStart, grid);

  async function onSave() {
    if (!canteenId) return;
    setSaveError([]);
    try {
      const result = await save({
        variables: { input: { canteenId, weekStart, ageGroup, version: week?.version, meals } },
      });
      const saved = result.data?.saveMenuWeek;
      if (saved) {
        setSavedWeek(saved);
        void message.success(t('已保存草稿', 'Draft saved'));
        void weekQuery.refetch();
      }
    } catch (error) {
      setSaveError(graphProblems(error).map((p) => p.message));
    }
  }

  function onPublish() {
    if (!week) return;
    modal.confirm({
      title: t('发布本周食谱？', 'Publish this week’s menu?'),
      content: week.nutritionCheck.passes
        ? t('发布后向家长公示，且不能再修改。', 'Parents will see it, and it can no longer change.')
        : t(
            `营养评价有 ${week.nutritionCheck.shortfalls.length} 项未达标。发布后向家长公示，且不能再修改，未达标项会被记录。`,
            `The nutrition check has ${week.nutritionCheck.shortfalls.length} shortfalls. Parents will see it, it can no longer change, and the shortfalls are recorded.`,
          ),
      okText: t('确认发布', 'Publish'),
      cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        try {
          const result = await publish({ variables: { input: { id: week.id } } });
          if (result.data) setSavedWeek(result.data.publishMenuWeek);
          void message.success(t('已发布公示', 'Published'));
          void weekQuery.refetch();
        } catch (error) {
          setSaveError(graphProblems(error).map((p) => p.message));
        }
      },
    });
  }

  if (canteens.error) return <GraphErrorResult error={canteens.error} />;
  if (!canteens.loading && !canteenList.length)
    return (
      <Card title={t('食谱', 'Menus')}>
        <Empty description={t('没有可查看的食堂', 'No canteen to show')} />
      </Card>
    );

  // The grid may be used once the week (or its absence) and the school's dishes are known.
  const ready = !!canteen && !!dishes.data && !weekQuery.loading;
  const dayChecks = new Map((week?.nutritionCheck.days ?? []).map((d) => [d.servedOn, d]));
  const publicUrl = canteenId ? `${window.location.origin}${publicMenuPath(canteenId, weekStart)}` : '';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('食谱', 'Menu planner')}
        extra={
          <Link to="/canteen/dishes" data-testid="menu-dishes-link">
            {t('菜品与配料', 'Dishes and recipes')}
          </Link>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            style={{ minWidth: 260 }}
            loading={canteens.loading}
            value={canteenId}
            onChange={(value) => setParam('canteen', value)}
            options={canteenList.map((c) => ({ value: c.id, label: `${c.school.name ?? ''} · ${c.name}` }))}
            data-testid="menu-canteen"
          />
          <Button icon={<LeftOutlined />} onClick={() => setParam('week', shiftDay(weekStart, -7))} data-testid="menu-week-previous" />
          <DatePicker
            picker="week"
            allowClear={false}
            value={dayjs(weekStart)}
            onChange={(value) => value && setParam('week', mondayOf(value.format('YYYY-MM-DD')))}
          />
          <Button icon={<RightOutlined />} onClick={() => setParam('week', shiftDay(weekStart, 7))} data-testid="menu-week-next" />
          <Typography.Text data-testid="menu-week-label">
            {weekStart} – {shiftDay(weekStart, 6)}
          </Typography.Text>
          <Select
            style={{ minWidth: 220 }}
            value={ageGroup}
            disabled={!mayPlan || published}
            onChange={(value) => change({ ageGroup: value })}
            options={Object.keys(AGE_GROUP_LABELS).map((value) => ({
              value: value as StudentAgeGroup,
              label: labelOf(AGE_GROUP_LABELS, value, language),
            }))}
            data-testid="menu-age-group"
          />
          <span data-testid="menu-status">
            {!week ? (
              <Tag>{t('未计划', 'Not planned')}</Tag>
            ) : published ? (
              <Tag color="green">
                {t('已公示', 'Published')} <DateTime value={week.publishedAt} />
              </Tag>
            ) : (
              <Tag color="blue">
                {t('草稿', 'Draft')} · v{week.version}
              </Tag>
            )}
          </span>
        </Space>
        {weekQuery.error && !week ? <GraphErrorResult error={weekQuery.error} /> : null}
        <div data-testid="menu-grid" data-ready={ready ? 'true' : 'false'}>
          <Table
            data-testid="menu-grid-table"
            rowKey={(day) => day}
            dataSource={days}
            pagination={false}
            size="small"
            scroll={{ x: 900 }}
            columns={[
              {
                title: t('日期', 'Day'),
                key: 'day',
                width: 120,
                render: (_, day) => {
                  const check = dayChecks.get(day);
                  return (
                    <Space direction="vertical" size={0}>
                      <span>{dayLabel(day, language)}</span>
                      {check ? (
                        check.passes ? (
                          <Tag color="green" icon={<CheckCircleOutlined />}>
                            {t('达标', 'Meets')}
                          </Tag>
                        ) : (
                          <Tag color="orange" icon={<WarningOutlined />}>
                            {t('未达标', 'Short')}
                          </Tag>
                        )
                      ) : null}
                    </Space>
                  );
                },
              },
              ...MEAL_KINDS.map((meal) => ({
                title: labelOf(MEAL_LABELS, meal, language),
                key: meal,
                render: (_: unknown, day: string) => {
                  const savedMeal = week?.days.find((d) => d.servedOn === day)?.meals.find((m) => m.meal === meal);
                  const mealCheck = dayChecks.get(day)?.meals.find((m) => m.meal === meal);
                  return (
                    <Space direction="vertical" size={2} style={{ width: '100%' }}>
                      <Select
                        mode="multiple"
                        allowClear
                        style={{ width: '100%', minWidth: 200 }}
                        placeholder={t('选择菜品', 'Pick dishes')}
                        disabled={!mayPlan || published}
                        value={grid[cellKey(day, meal)] ?? []}
                        options={dishOptions}
                        optionFilterProp="label"
                        onChange={(ids: string[]) => change({ grid: { ...grid, [cellKey(day, meal)]: ids } })}
                        data-testid={`menu-cell-${day}-${meal}`}
                      />
                      {savedMeal && !dirty ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatAmount(savedMeal.nutrients.energyKcal)} kcal · {t('蛋白质', 'protein')}{' '}
                          {formatAmount(savedMeal.nutrients.proteinG)} g · {t('钙', 'calcium')}{' '}
                          {formatAmount(savedMeal.nutrients.calciumMg)} mg
                          {mealCheck && !mealCheck.passes ? (
                            <Tag color="orange" style={{ marginLeft: 4 }}>
                              {t('未达标', 'short')}
                            </Tag>
                          ) : null}
                        </Typography.Text>
                      ) : null}
                    </Space>
                  );
                },
              })),
            ]}
          />
        </div>
        {saveError.length ? (
          <Alert type="error" showIcon style={{ marginTop: 16 }} title={saveError.join(' ')} data-testid="menu-error" />
        ) : null}
        <Space style={{ marginTop: 16 }} wrap>
          {mayPlan && !published ? (
            <Button type="primary" onClick={() => void onSave()} loading={saving.loading} disabled={!meals.length} data-testid="menu-save">
              {t('保存草稿', 'Save draft')}
            </Button>
          ) : null}
          {mayPublish && week && !published ? (
            <Button onClick={onPublish} loading={publishing.loading} disabled={dirty} data-testid="menu-publish">
              {t('发布公示', 'Publish')}
            </Button>
          ) : null}
          {dirty ? (
            <Typography.Text type="warning">
              {t('有未保存的修改；保存后重新评价营养。', 'Unsaved changes: save to check the nutrition again.')}
            </Typography.Text>
          ) : null}
        </Space>
      </Card>

      {week ? <NutritionCheckCard week={week} /> : null}

      {canteenId && mayPublish ? (
        <Card title={t('食谱公示链接', 'Public menu link')} size="small">
          <Row gutter={16} align="middle">
            <Col flex="none">
              <QRCode value={publicUrl} size={128} />
            </Col>
            <Col flex="auto">
              <Typography.Paragraph>
                {t(
                  '家长无需登录即可打开此链接查看本食堂已公示的食谱；打印二维码张贴在校门或发到家长群。',
                  'Parents open this link without signing in to see the canteen’s published menu; print the QR code or send the link to the parents’ group.',
                )}
              </Typography.Paragraph>
              <Typography.Paragraph copyable={{ text: publicUrl }} data-testid="public-menu-link">
                <a href={publicUrl} target="_blank" rel="noreferrer">
                  {publicUrl}
                </a>
              </Typography.Paragraph>
            </Col>
          </Row>
        </Card>
      ) : null}
    </Space>
  );
}

/** The week's nutrition check (营养评价, WS/T 554-2017): each shortfall with its measure, what is planned and the range. */
function NutritionCheckCard({ week }: { week: Week }) {
  const t = useT();
  const { language } = useLanguage();
  const check = week.nutritionCheck;
  return (
    <Card
      title={
        <Space>
          {t('营养评价（WS/T 554-2017）', 'Nutrition check (WS/T 554-2017)')}
          <Tag>{labelOf(AGE_GROUP_LABELS, check.ageGroup, language)}</Tag>
          {check.passes ? (
            <Tag color="green" data-testid="nutrition-verdict">
              {t('全部达标', 'Meets the guideline')}
            </Tag>
          ) : (
            <Tag color="orange" data-testid="nutrition-verdict">
              {t(`${check.shortfalls.length} 项未达标`, `${check.shortfalls.length} shortfalls`)}
            </Tag>
          )}
        </Space>
      }
    >
      {check.passes ? (
        <Typography.Text>
          {t('按本周计划，每天每餐都在指南范围内。', 'As planned, every day and meal is within the guideline.')}
        </Typography.Text>
      ) : (
        <Table
          data-testid="nutrition-shortfalls"
          size="small"
          rowKey={(s) => `${s.servedOn}|${s.meal}|${s.measure}`}
          dataSource={check.shortfalls}
          pagination={check.shortfalls.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 800 }}
          columns={[
            {
              title: t('日期', 'Day'),
              key: 'day',
              render: (_, s) => (s.servedOn ? dayLabel(s.servedOn, language) : t('全周', 'Week')),
            },
            {
              title: t('餐次', 'Meal'),
              key: 'meal',
              render: (_, s) => (s.meal ? labelOf(MEAL_LABELS, s.meal, language) : s.servedOn ? t('全天', 'Day') : '—'),
            },
            { title: t('指标', 'Measure'), key: 'measure', render: (_, s) => labelOf(MEASURE_LABELS, s.measure, language) },
            { title: t('计划', 'Planned'), key: 'planned', render: (_, s) => `${formatAmount(s.planned)} ${s.unit}` },
            { title: t('指南范围', 'Range'), key: 'range', render: (_, s) => formatRange(s.min, s.max, s.unit) },
            {
              title: '',
              key: 'direction',
              render: (_, s) => {
                const direction = shortfallDirection(s.planned, s.min, s.max);
                return direction === 'LOW' ? (
                  <Tag color="orange">{t('不足', 'too little')}</Tag>
                ) : direction === 'HIGH' ? (
                  <Tag color="red">{t('超出', 'too much')}</Tag>
                ) : null;
              },
            },
            {
              title: t('说明', 'Explanation'),
              dataIndex: 'message',
              render: (m: string) => <Typography.Text type="secondary">{m}</Typography.Text>,
            },
          ]}
        />
      )}
    </Card>
  );
}
