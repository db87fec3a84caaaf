// 核验打印件 (print verification, issue 9): the operator scans a printed page's QR (a USB scanner
// types into the focused box and ends with Enter) or types its check code; the screen says whether
// the page matches the vault now and, if not, what changed since: rows added, struck off, gone, or
// differing (which fields). The same check as `npm run vault -- verify-print <code>`.
import { Alert, Button, Card, Descriptions, Input, Space, Tag, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';
import type { PrintCheckResult, PrintCheckVerdict, RecentPrint } from '../../electron/printcheck/contract/calls';
import { formatPageCode, printCheckLines } from '../../electron/printcheck/contract/words';
import { api, call } from '../api';
import { errorMessage, useLoad } from '../kit/useLoad';
import { DataTable, type Column } from '../components/DataTable';

const VERDICT_TYPE: Record<PrintCheckVerdict, 'success' | 'warning' | 'error' | 'info'> = {
  current: 'success',
  outdated: 'warning',
  tampered: 'error',
  unknown: 'error',
  noRebuild: 'info',
  invalid: 'error',
};

interface ChangeRow {
  kind: 'added' | 'struckOff' | 'removed' | 'changed';
  key: string;
  label: string;
  fields?: string[];
}
const KIND_COLOR: Record<ChangeRow['kind'], string> = { added: 'blue', struckOff: 'volcano', removed: 'red', changed: 'orange' };

export function PrintCheckScreen() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const time = (iso: string) => formatTime(iso, locale, workstationTimeZone(), { seconds: true });
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PrintCheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<InputRef>(null);
  const [version, setVersion] = useState(0);
  const recent = useLoad(() => call(api().printcheck.recent({ limit: 20 })), [version]);
  useEffect(() => input.current?.focus(), []);

  const verify = async (typed = code) => {
    if (!typed.trim()) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await call(api().printcheck.verify({ code: typed })));
    } catch (e) {
      setResult(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      setCode(''); // ready for the next scan
      setVersion((v) => v + 1);
      input.current?.focus();
    }
  };

  const c = result?.changes;
  const changeRows: ChangeRow[] = c
    ? [
        ...c.added.map((r) => ({ kind: 'added' as const, ...r })),
        ...c.struckOff.map((r) => ({ kind: 'struckOff' as const, ...r })),
        ...c.removed.map((r) => ({ kind: 'removed' as const, ...r })),
        ...c.changed.map((r) => ({ kind: 'changed' as const, ...r })),
      ]
    : [];
  const cols: Column<ChangeRow>[] = [
    { key: 'kind', title: t('pc.kind'), width: 130, render: (r) => <Tag color={KIND_COLOR[r.kind]}>{t(`pc.${r.kind}`)}</Tag> },
    { key: 'key', title: t('pc.row'), width: 140, render: (r) => r.key },
    { key: 'label', title: t('pc.label'), render: (r) => r.label },
    { key: 'fields', title: t('pc.fields'), render: (r) => r.fields?.join(locale === 'en' ? ', ' : '、') ?? '' },
  ];
  const lines = result ? printCheckLines(result, locale, time) : [];
  const recentCols: Column<RecentPrint>[] = [
    { key: 'title', title: t('pc.register'), render: (p) => p.title },
    { key: 'at', title: t('pc.printedAt'), width: 170, render: (p) => time(p.printedAt) },
    { key: 'by', title: t('pc.printedBy'), width: 110, render: (p) => p.printedByName },
    { key: 'target', title: t('pc.target'), width: 100, render: (p) => t(`pc.target.${p.target}`) },
    { key: 'pages', title: t('pc.pages'), width: 70, render: (p) => p.pages },
    {
      key: 'codes',
      title: t('pc.code'),
      width: 360,
      render: (p) => (
        <Space size={4} wrap>
          {p.codes.slice(0, 6).map((c, i) => (
            <Button key={c} size="small" type="link" onClick={() => void verify(c)} title={t('pc.pageOf', { n: i + 1, N: p.pages })}>
              {formatPageCode(c)}
            </Button>
          ))}
          {p.codes.length > 6 ? <Typography.Text type="secondary">…</Typography.Text> : null}
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('pc.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary">{t('pc.hint')}</Typography.Paragraph>
        <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
          <Input
            ref={input}
            aria-label={t('pc.input')}
            placeholder={t('pc.placeholder')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onPressEnter={() => void verify()}
            autoComplete="off"
            spellCheck={false}
            size="large"
            data-testid="printcheck-input"
          />
          <Button type="primary" size="large" loading={busy} onClick={() => void verify()}>
            {t('pc.verify')}
          </Button>
        </Space.Compact>
      </Card>
      {error && <Alert type="error" showIcon message={error} />}
      {result && (
        <Card data-testid="printcheck-result">
          <Alert
            type={VERDICT_TYPE[result.verdict]}
            showIcon
            message={<span data-testid="printcheck-verdict">{t(`pc.verdict.${result.verdict}`)}</span>}
            description={lines.slice(1).map((l, i) => (
              <div key={i}>{l}</div>
            ))}
            style={{ marginBottom: 16 }}
          />
          {result.print && (
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
              <Descriptions.Item label={t('pc.register')}>{result.print.title}</Descriptions.Item>
              <Descriptions.Item label={t('pc.page')}>{t('pc.pageOf', { n: result.print.page, N: result.print.pages })}</Descriptions.Item>
              <Descriptions.Item label={t('pc.rows')}>{result.print.rowCount}</Descriptions.Item>
              <Descriptions.Item label={t('pc.code')}>{formatPageCode(result.code)}</Descriptions.Item>
              <Descriptions.Item label={t('pc.printedAt')}>{time(result.print.printedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('pc.printedBy')}>{result.print.printedByName}</Descriptions.Item>
              <Descriptions.Item label={t('pc.target')}>{t(`pc.target.${result.print.target}`)}</Descriptions.Item>
              <Descriptions.Item label={t('pc.auditHead')}>
                <Typography.Text code>{result.print.auditHead.slice(0, 16)}</Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          )}
          {changeRows.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('pc.changes')}
              </Typography.Title>
              <DataTable columns={cols} rows={changeRows} rowKey={(r) => `${r.kind}:${r.key}`} ariaLabel={t('pc.changes')} />
            </>
          )}
        </Card>
      )}
      <Card title={t('pc.recent')} size="small">
        <Typography.Paragraph type="secondary">{t('pc.recentHint')}</Typography.Paragraph>
        {recent.error ? <Alert type="error" showIcon message={recent.error.message} /> : null}
        <DataTable columns={recentCols} rows={recent.data ?? []} loading={recent.loading} rowKey={(p) => p.id} ariaLabel={t('pc.recent')} />
      </Card>
    </Space>
  );
}
