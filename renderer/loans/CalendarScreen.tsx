// 借阅期限与工作日历 (R-LOAN-3), for the security officer: the loan period (days ≤ 3, how a due
// date on a closed day moves, the due time) and each year's holidays and 调休 make-up working
// days. Every save is one audit entry; an unconfirmed year (2027 shipped with the statutory
// holidays only) says so until it is checked against the State Council's schedule.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Descriptions, Input, Select, Space, Switch, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { weekday, type CalendarDay } from '../../electron/loans/contract/calendar';
import { api, call } from '../api';
import { errorMessage, useLoad } from '../kit/useLoad';
import { useTime } from './common';

/** The loan period in force (R-LOAN-3); R-GOV-1: a policy value, changed on the 策略 page under GM approval. */
function PolicyCard() {
  const { t } = useTranslation();
  const p = useLoad(() => call(api().loans.policy()), []);
  return (
    <Card title={t('loan.policy.title')} data-testid="loan-policy" loading={p.loading}>
      <Alert type="info" showIcon title={t('common.policyViaProposal')} style={{ marginBottom: 12 }} />
      {p.data ? (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('loan.policy.days')}>{p.data.days}</Descriptions.Item>
          <Descriptions.Item label={t('loan.policy.mode')}>{t(`loan.policy.mode.${p.data.mode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('loan.policy.dueTime')}>{p.data.dueTime}</Descriptions.Item>
        </Descriptions>
      ) : null}
    </Card>
  );
}

function YearCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = useTime();
  const thisYear = new Date().getFullYear();
  const years = [...new Set([2026, 2027, thisYear, thisYear + 1])].sort();
  const [year, setYear] = useState(2026);
  const [version, setVersion] = useState(0);
  const loaded = useLoad(() => call(api().loans.calendar({ year })), [year, version]);
  const [days, setDays] = useState<CalendarDay[]>([]);
  const [source, setSource] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [draft, setDraft] = useState<{ date: string | null; kind: CalendarDay['kind']; name: string }>({ date: null, kind: 'holiday', name: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!loaded.data) return;
    setDays(loaded.data.days);
    setSource(loaded.data.source);
    setConfirmed(loaded.data.confirmed);
  }, [loaded.data]);

  const add = () => {
    if (!draft.date || !draft.name.trim()) return;
    setDays((d) =>
      [...d.filter((x) => x.date !== draft.date), { date: draft.date!, kind: draft.kind, name: draft.name.trim() }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    );
    setDraft({ date: null, kind: draft.kind, name: draft.name });
  };
  const save = async () => {
    setError(null);
    setBusy(true);
    try {
      await call(api().loans.setCalendarYear({ year, days, source, confirmed }));
      void message.success(t('loan.cal.saved', { year }));
      setVersion((n) => n + 1);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const y = loaded.data;
  return (
    <Card
      title={t('loan.cal.title')}
      data-testid="loan-calendar"
      extra={
        <Select
          aria-label={t('loan.cal.year')}
          value={year}
          onChange={setYear}
          options={years.map((v) => ({ value: v, label: `${v}` }))}
          style={{ width: 100 }}
        />
      }
    >
      <Typography.Paragraph type="secondary">{t('loan.cal.rule')}</Typography.Paragraph>
      {y && !y.confirmed ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('loan.cal.unconfirmed', { year })} /> : null}
      <Typography.Paragraph type="secondary">
        {y?.edited ? t('loan.cal.edited', { at: time(y.updatedAt), by: y.updatedByName ?? '' }) : t('loan.cal.shipped')}
      </Typography.Paragraph>
      <Table<CalendarDay>
        size="small"
        rowKey="date"
        dataSource={days}
        pagination={false}
        scroll={{ y: 300 }}
        columns={[
          { key: 'date', title: t('loan.cal.date'), width: 120, render: (_: unknown, d) => d.date },
          { key: 'wd', title: t('loan.cal.weekday'), width: 70, render: (_: unknown, d) => t(`loan.week.${weekday(d.date)}`) },
          { key: 'kind', title: t('loan.cal.kind'), width: 110, render: (_: unknown, d) => t(`loan.cal.kind.${d.kind}`) },
          { key: 'name', title: t('loan.cal.name'), render: (_: unknown, d) => d.name },
          {
            key: 'x',
            title: '',
            width: 60,
            render: (_: unknown, d) => (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${t('loan.cal.remove')} ${d.date}`}
                onClick={() => setDays((all) => all.filter((x) => x.date !== d.date))}
              />
            ),
          },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }}>
        <DatePicker
          aria-label={t('loan.cal.date')}
          value={draft.date ? dayjs(draft.date) : null}
          onChange={(d) => setDraft({ ...draft, date: d ? d.format('YYYY-MM-DD') : null })}
        />
        <Select
          aria-label={t('loan.cal.kind')}
          value={draft.kind}
          style={{ width: 120 }}
          onChange={(k) => setDraft({ ...draft, kind: k })}
          options={(['holiday', 'workday'] as const).map((k) => ({ value: k, label: t(`loan.cal.kind.${k}`) }))}
        />
        <Input
          aria-label={t('loan.cal.name')}
          placeholder={t('loan.cal.name')}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          style={{ width: 180 }}
        />
        <Button icon={<PlusOutlined />} onClick={add}>
          {t('loan.cal.add')}
        </Button>
      </Space>
      <div style={{ marginTop: 12 }}>
        <Typography.Text>{t('loan.cal.source')}</Typography.Text>
        <Input.TextArea aria-label={t('loan.cal.source')} value={source} onChange={(e) => setSource(e.target.value)} autoSize />
      </div>
      <Space style={{ marginTop: 12 }}>
        <Switch aria-label={t('loan.cal.confirmed')} checked={confirmed} onChange={setConfirmed} />
        <Typography.Text>{t('loan.cal.confirmed')}</Typography.Text>
      </Space>
      {error ? <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={error} /> : null}
      <div style={{ marginTop: 12 }}>
        <Button type="primary" loading={busy} onClick={() => void save()}>
          {t('loan.cal.save', { year })}
        </Button>
      </div>
    </Card>
  );
}

export function CalendarScreen() {
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <PolicyCard />
      <YearCard />
    </Space>
  );
}
