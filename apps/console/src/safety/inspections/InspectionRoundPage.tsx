import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Input, Progress, Radio, Result, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/language';
import type { InspectionResult, SafetyRoundFieldsFragment } from '../../graphql/graphql';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { graphProblems } from '../../shared/graph-errors';
import { labelOf } from '../../shared/labels';
import { limitsText } from '../../shared/limits';
import { HAZARD_LEVEL, HAZARD_STATUS } from '../hazards/labels';
import { numberedSections, roundProgress } from './inspections';
import { RESULT, RESULT_COLOR, ROUND_STATUS } from './labels';
import { SafetyAnswerItemsMutation, SafetyRoundQuery, SafetySubmitRoundMutation } from './operations';

type Round = SafetyRoundFieldsFragment;
type Item = Round['templateVersion']['sections'][number]['items'][number] & { index: number };
type Answer = Round['answers'][number];

/**
 * One inspection round (检查记录), built for a phone: the version's sections, each item answered where it
 * stands (pass 合格 / fail 不合格 / not applicable 不适用, or the number read), a note for what was found
 * and a photo reference where the item asks for one; each answer is saved at once, so the round is filled
 * item by item. Submitting it turns every failed item into a hazard, listed here with its link.
 */
export default function InspectionRoundPage() {
  const t = useT();
  const { id } = useParams();
  const { data, error, loading } = useQuery(SafetyRoundQuery, { variables: { id: id! }, fetchPolicy: 'cache-and-network' });
  const round = data?.inspectionRound;
  const [answer] = useMutation(SafetyAnswerItemsMutation);
  const [submitRound, submitting] = useMutation(SafetySubmitRoundMutation);
  const [problem, setProblem] = useState<string | null>(null);
  if (error && !round) return <GraphErrorResult error={error} />;
  if (!round) return <Card loading={loading} />;

  const sections = numberedSections(round.templateVersion.sections);
  const items = sections.flatMap((s) => s.items);
  const progress = roundProgress(items, round.answers);
  const open = round.status === 'OPEN';
  const answerOf = (index: number) => round.answers.find((a) => a.itemIndex === index);

  async function save(
    item: Item,
    given: { result?: InspectionResult | null; value?: string | null; note?: string | null; photo?: string | null },
  ) {
    setProblem(null);
    try {
      await answer({
        variables: {
          input: {
            roundId: round!.id,
            answers: [
              {
                itemIndex: item.index,
                result: given.result ?? null,
                value: given.value?.trim() || null,
                note: given.note?.trim() || null,
                photoRefs: given.photo?.trim() ? [given.photo.trim()] : [],
              },
            ],
          },
        },
      });
    } catch (e) {
      setProblem(
        graphProblems(e)
          .map((p) => p.message)
          .join(' '),
      );
    }
  }

  async function submit() {
    setProblem(null);
    try {
      await submitRound({ variables: { roundId: round!.id } });
    } catch (e) {
      setProblem(
        graphProblems(e)
          .map((p) => p.message)
          .join(' '),
      );
    }
  }

  const raised = round.answers.filter((a) => a.hazard);
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 640 }}>
      <Card
        title={round.title}
        extra={
          <Tag color={open ? 'gold' : 'green'} data-testid="round-status" data-status={round.status}>
            {labelOf(ROUND_STATUS, round.status, t)}
          </Tag>
        }
      >
        <Typography.Paragraph>
          {round.school.name} · {t('检查人', 'Inspector')} {round.assignee.name} · {t('应完成', 'Due')} {round.dueOn}
          {round.late && <Tag color="orange">{t('逾期完成', 'Late')}</Tag>} · {t('版本', 'Version')} {round.templateVersion.number}
        </Typography.Paragraph>
        <Progress
          percent={progress.required ? Math.round((progress.answered * 100) / progress.required) : 100}
          data-testid="round-progress"
        />
      </Card>
      {problem && <Alert type="error" showIcon message={problem} data-testid="round-problem" />}
      {sections.map((section) => (
        <Card key={section.title} size="small" title={section.title}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {section.items.map((item) => (
              <ItemRow key={item.index} item={item} answer={answerOf(item.index)} editable={open} onSave={(given) => save(item, given)} />
            ))}
          </Space>
        </Card>
      ))}
      {open ? (
        <Button type="primary" size="large" block loading={submitting.loading} onClick={submit} data-testid="round-submit">
          {progress.missing.length
            ? t(`提交（还有 ${progress.missing.length} 项未填）`, `Submit (${progress.missing.length} to answer)`)
            : t('提交检查', 'Submit the inspection')}
        </Button>
      ) : (
        <Result
          status={raised.length ? 'warning' : 'success'}
          title={
            raised.length
              ? t(`${raised.length} 项不合格，已生成隐患`, `${raised.length} failed: hazards raised`)
              : t('全部合格', 'All passed')
          }
          extra={
            <Space direction="vertical">
              {raised.map((a) => (
                <Link key={a.id} to={`/safety/hazards/${a.hazard!.id}`} data-testid="raised-hazard">
                  {a.hazard!.title} · {labelOf(HAZARD_STATUS, a.hazard!.status, t)}
                </Link>
              ))}
            </Space>
          }
        />
      )}
    </Space>
  );
}

/** One item: its text and limits, its answer (saved on each choice), a note and a photo reference. */
function ItemRow({
  item,
  answer,
  editable,
  onSave,
}: {
  item: Item;
  answer: Answer | undefined;
  editable: boolean;
  onSave(given: { result?: InspectionResult | null; value?: string | null; note?: string | null; photo?: string | null }): Promise<void>;
}) {
  const t = useT();
  const [note, setNote] = useState(answer?.note ?? '');
  const [photo, setPhoto] = useState(answer?.photoRefs[0] ?? '');
  const [value, setValue] = useState(answer?.value ?? '');
  const current = { result: answer?.result ?? null, value: answer?.value ?? null, note, photo };
  const resaveIfAnswered = () =>
    answer && void onSave({ ...current, result: item.kind === 'NUMBER' && answer.result !== 'NOT_APPLICABLE' ? null : answer.result });
  return (
    <div
      data-testid={`item-${item.index}`}
      data-result={answer?.result ?? ''}
      style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}
    >
      <Space wrap size={4}>
        <Typography.Text strong>
          {item.index + 1}. {item.text}
        </Typography.Text>
        {item.kind === 'NUMBER' && <Tag>{limitsText(item)}</Tag>}
        {!item.required && <Tag>{t('选填', 'Optional')}</Tag>}
        {item.photoRequired && <Tag color="blue">{t('需拍照', 'Photo')}</Tag>}
        {item.hazardLevel === 'MAJOR' && <Tag color="red">{labelOf(HAZARD_LEVEL, 'MAJOR', t)}</Tag>}
        {answer && (
          <Tag color={RESULT_COLOR[answer.result]} data-testid={`item-${item.index}-answer`}>
            {labelOf(RESULT, answer.result, t)}
            {answer.value ? ` ${answer.value}` : ''}
          </Tag>
        )}
      </Space>
      {editable && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 6 }}>
          {item.kind === 'PASS_FAIL' ? (
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              value={answer?.result}
              onChange={(e) => void onSave({ ...current, result: e.target.value as InspectionResult })}
              options={(['PASS', 'FAIL', 'NOT_APPLICABLE'] as const).map((r) => ({ value: r, label: labelOf(RESULT, r, t) }))}
              data-testid={`item-${item.index}-result`}
            />
          ) : (
            <Space.Compact style={{ width: '100%' }}>
              <Input
                inputMode="decimal"
                value={value}
                onChange={(e) => setValue(e.target.value)}
                placeholder={t('读数', 'Reading')}
                addonAfter={item.unit ?? undefined}
                data-testid={`item-${item.index}-value`}
              />
              <Button onClick={() => void onSave({ ...current, result: null, value })} data-testid={`item-${item.index}-save`}>
                {t('保存', 'Save')}
              </Button>
              <Button onClick={() => void onSave({ ...current, result: 'NOT_APPLICABLE', value: null })}>
                {labelOf(RESULT, 'NOT_APPLICABLE', t)}
              </Button>
            </Space.Compact>
          )}
          <Input.TextArea
            autoSize
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onBlur={resaveIfAnswered}
            placeholder={t('发现的问题（不合格时写明）', 'What you found (say it when it fails)')}
            data-testid={`item-${item.index}-note`}
          />
          {item.photoRequired && (
            <Input
              value={photo}
              onChange={(e) => setPhoto(e.target.value)}
              onBlur={resaveIfAnswered}
              placeholder={t('照片编号或链接', 'Photo reference')}
              data-testid={`item-${item.index}-photo`}
            />
          )}
        </Space>
      )}
      {!editable && answer?.note && <Typography.Paragraph type="secondary">{answer.note}</Typography.Paragraph>}
    </div>
  );
}
