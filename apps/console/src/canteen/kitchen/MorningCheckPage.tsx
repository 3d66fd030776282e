import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Input, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenRosterQuery, MorningCheckSymptom } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { graphProblems } from '../../shared/graph-errors';
import { KitchenCanteenSelect, LabelTag, useChosenCanteen, useKitchenCanteens, useRoster } from './components';
import { certificateAllowsPass, certificateStateOf, isFever, rosterProgress, schoolToday, temperatureTenths } from './kitchen-helpers';
import { CERTIFICATE_STATE, CHECK_FAILURE, labelOf, POST, SYMPTOM, SYMPTOMS } from './labels';
import { CanteenRecordMorningCheckMutation } from './operations';

type Member = CanteenRosterQuery['canteenStaff']['nodes'][number];

/**
 * The morning check (晨检) on a phone: today's canteen roster, each person's health certificate
 * (valid, expiring, expired) and, for whoever is not checked yet, their temperature and symptoms
 * with big touch targets. The graph decides who passes (under 37.3 ℃, no symptom, a certificate valid
 * today) and never lets a check be edited; the page shows its verdict and its reasons.
 */
export default function MorningCheckPage() {
  const t = useT();
  const [search] = useSearchParams();
  const zone = useSchoolZone();
  const access = useAccess();
  const { canteens, loading, error } = useKitchenCanteens();
  const { canteen, canteenId, setCanteenId } = useChosenCanteen(canteens, search.get('canteen'));
  const roster = useRoster(canteenId);
  const members = roster.data?.canteenStaff.nodes ?? [];
  const progress = rosterProgress(members);
  const mayCheck = !!canteen && access.can('recordMorningCheck', canteen.schoolId);

  if (error) return <GraphErrorResult error={error} />;
  if (loading) return <Spin />;
  if (!canteens.length) return <Empty description={t('没有可查看的食堂', 'No canteen to show')} />;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 640 }}>
      <Card size="small">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('晨检', 'Morning check')} · {schoolToday(zone)}
        </Typography.Title>
        {canteens.length > 1 && (
          <KitchenCanteenSelect canteens={canteens} value={canteenId} onChange={setCanteenId} style={{ width: '100%' }} />
        )}
        <Space wrap style={{ marginTop: 8 }} data-testid="check-progress">
          <Tag>{t(`共 ${progress.total} 人`, `${progress.total} on the roster`)}</Tag>
          <Tag color="green">{t(`合格 ${progress.passed}`, `Passed ${progress.passed}`)}</Tag>
          <Tag color="red">{t(`不合格 ${progress.failed}`, `Failed ${progress.failed}`)}</Tag>
          <Tag color="blue">{t(`未检 ${progress.unchecked}`, `Not checked ${progress.unchecked}`)}</Tag>
        </Space>
        <div style={{ marginTop: 8 }}>
          <Link to="/canteen/health-certificates">{t('健康证登记', 'Health certificates')}</Link>
        </div>
      </Card>
      {roster.error && <GraphErrorResult error={roster.error} />}
      {roster.loading && !members.length && <Spin />}
      {!roster.loading && !members.length && <Empty description={t('花名册为空', 'Nobody on the roster')} />}
      {members.map((member) => (
        <RosterCard key={member.id} member={member} canteenId={canteenId!} mayCheck={mayCheck} onChecked={() => void roster.refetch()} />
      ))}
    </Space>
  );
}

function RosterCard({
  member,
  canteenId,
  mayCheck,
  onChecked,
}: {
  member: Member;
  canteenId: string;
  mayCheck: boolean;
  onChecked(): void;
}) {
  const t = useT();
  const certificate = certificateStateOf(member.healthCertificate);
  const check = member.morningCheckToday;
  return (
    <Card
      size="small"
      data-testid="roster-member"
      data-staff-id={member.staffId}
      data-checked={check ? (check.passed ? 'passed' : 'failed') : 'no'}
      title={
        <Space wrap size={4}>
          <span style={{ fontSize: 17 }}>{member.staff.name}</span>
          <Typography.Text type="secondary">{labelOf(POST, member.post, t)}</Typography.Text>
        </Space>
      }
      extra={<LabelTag table={CERTIFICATE_STATE} value={certificate} testId="certificate-state" />}
      style={{ borderColor: check ? (check.passed ? '#b7eb8f' : '#ffa39e') : undefined }}
    >
      {member.healthCertificate && (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
          {t('健康证', 'Certificate')} {member.healthCertificate.number} · {t('有效期至', 'valid until')}{' '}
          {member.healthCertificate.expiresOn}
        </Typography.Text>
      )}
      {check ? (
        <CheckResult check={check} />
      ) : mayCheck ? (
        <CheckForm member={member} canteenId={canteenId} onChecked={onChecked} />
      ) : (
        <Tag data-testid="check-result" data-passed="none">
          {t('今日未晨检', 'Not checked today')}
        </Tag>
      )}
    </Card>
  );
}

function CheckResult({ check }: { check: NonNullable<Member['morningCheckToday']> }) {
  const t = useT();
  return (
    <div data-testid="check-result" data-passed={String(check.passed)}>
      <Space wrap>
        <Tag color={check.passed ? 'green' : 'red'} style={{ fontSize: 16, padding: '4px 12px' }}>
          {check.passed ? t('合格，可上岗', 'Passed: may work') : t('不合格，不得上岗', 'Failed: kept off food')}
        </Tag>
        <span>{check.temperature} ℃</span>
        {check.symptoms.map((s) => (
          <Tag key={s} color="orange">
            {labelOf(SYMPTOM, s, t)}
          </Tag>
        ))}
      </Space>
      {!check.passed && (
        <div style={{ marginTop: 6 }} data-testid="check-failures">
          {check.failures.map((f) => labelOf(CHECK_FAILURE, f, t)).join('，')}
        </div>
      )}
    </div>
  );
}

function CheckForm({ member, canteenId, onChecked }: { member: Member; canteenId: string; onChecked(): void }) {
  const t = useT();
  const [temperature, setTemperature] = useState('');
  const [symptoms, setSymptoms] = useState<MorningCheckSymptom[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [record, { loading }] = useMutation(CanteenRecordMorningCheckMutation);
  const certificate = certificateStateOf(member.healthCertificate);
  const typed = temperatureTenths(temperature);
  const toggle = (s: MorningCheckSymptom) => setSymptoms((now) => (now.includes(s) ? now.filter((x) => x !== s) : [...now, s]));

  async function submit() {
    setProblems([]);
    try {
      await record({
        variables: { input: { canteenId, staffId: member.staffId, temperature: temperature.trim().replace(',', '.'), symptoms } },
      });
      onChecked();
    } catch (error) {
      setProblems(graphProblems(error).map((p) => p.message));
    }
  }

  return (
    <Space orientation="vertical" size={10} style={{ width: '100%' }}>
      {!certificateAllowsPass(certificate) && (
        <Alert
          type="error"
          showIcon
          data-testid="certificate-blocks"
          title={t(
            '健康证无效：晨检不能合格，不得从事接触食品的工作。',
            'No valid health certificate: the check cannot pass; kept off food.',
          )}
        />
      )}
      <Input
        size="large"
        inputMode="decimal"
        prefix={t('体温', 'Temp.')}
        suffix="℃"
        placeholder="36.5"
        value={temperature}
        onChange={(e) => setTemperature(e.target.value)}
        status={temperature && typed === null ? 'error' : isFever(temperature) ? 'warning' : undefined}
        data-testid="check-temperature"
        style={{ fontSize: 20 }}
      />
      {isFever(temperature) && <Typography.Text type="danger">{t('≥ 37.3 ℃：发热，不合格', '≥ 37.3 ℃: fever, fails')}</Typography.Text>}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        {SYMPTOMS.map((s) => (
          <Button
            key={s}
            size="large"
            type={symptoms.includes(s) ? 'primary' : 'default'}
            danger={symptoms.includes(s)}
            onClick={() => toggle(s)}
            aria-pressed={symptoms.includes(s)}
            data-testid={`symptom-${s}`}
            style={{ minHeight: 48, whiteSpace: 'normal', height: 'auto' }}
          >
            {labelOf(SYMPTOM, s, t)}
          </Button>
        ))}
      </div>
      {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join(' ')} data-testid="check-error" />}
      <Button
        type="primary"
        size="large"
        block
        disabled={typed === null}
        loading={loading}
        onClick={() => void submit()}
        data-testid="record-check"
        style={{ minHeight: 52, fontSize: 18 }}
      >
        {symptoms.length ? t('记录晨检（有症状）', 'Record check (symptoms)') : t('记录晨检', 'Record check')}
      </Button>
    </Space>
  );
}
