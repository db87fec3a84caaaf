// 导入 (R-ARCH-3): a .xlsx/.csv of customers or items → preview (every row through the contract's
// schema; per-row errors with the spreadsheet's row numbers) → commit, all rows in one
// transaction or none, with a progress bar fed by import.progress.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Progress, Radio, Space, Statistic, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCommitted, ImportKind, ImportPreview, ImportProgress, ImportRowError } from '../../../electron/archive/contract/import';
import { api, call, CallError } from '../../api';
import { DataTable, type Column } from '../../components/DataTable';
import { i18n } from '../../i18n';
import { useLoad } from '../../kit/useLoad';
import { messageOf } from '../items/common';

/** File → base64 without the data: prefix. */
function readBase64(file: File): Promise<string> {
  return new Promise((res, rej) => {
    const r = new FileReader();
    r.onload = () => res(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => rej(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}

/** main has no such job (yet: the first polls run while the file is read; or any more: discarded, expired) */
const isGone = (e: unknown) => e instanceof CallError && e.code === 'IMPORT_EXPIRED';

/** Polls import.progress while `jobId` is set; a job main does not know (yet) has no progress, any other failure is shown. */
function useProgress(jobId: string | null): ImportProgress | null {
  const { data, reload } = useLoad<ImportProgress | null>(
    () => (jobId ? call(api().import.progress({ jobId })).catch((e: unknown) => (isGone(e) ? null : Promise.reject(e))) : Promise.resolve(null)),
    [jobId],
  );
  useEffect(() => {
    if (!jobId) return;
    const timer = setInterval(() => void reload(), 250);
    return () => clearInterval(timer);
  }, [jobId, reload]);
  return jobId ? (data ?? null) : null;
}

export function ImportScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>('customers');
  const [busyJob, setBusyJob] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [committed, setCommitted] = useState<ImportCommitted | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [template, setTemplate] = useState<string | null>(null);
  const progress = useProgress(busyJob);
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';

  /** Drops the shown preview in main; one that main already dropped (expired) is just as gone. */
  const discardPreview = async () => {
    if (!preview) return;
    try {
      await call(api().import.discard({ jobId: preview.jobId }));
    } catch (e) {
      if (!isGone(e)) void message.error(messageOf(e));
    }
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setCommitted(null);
    await discardPreview();
    setPreview(null);
    const jobId = crypto.randomUUID();
    setBusyJob(jobId);
    try {
      const dataBase64 = await readBase64(file);
      setPreview(await call(api().import.preview({ jobId, kind, fileName: file.name, dataBase64, locale })));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusyJob(null);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const commit = async () => {
    if (!preview) return;
    setError(null);
    setBusyJob(preview.jobId);
    try {
      const r = await call(api().import.commit({ jobId: preview.jobId, locale }));
      setCommitted(r);
      setPreview(null);
      void message.success(t('imp.committed', { n: r.rows }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusyJob(null);
    }
  };

  // the template's headers are the forms' labels; its example row is marked and never imported
  const downloadTemplate = async () => {
    setError(null);
    try {
      setTemplate((await call(api().import.template({ kind }))).path);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const discard = async () => {
    await discardPreview();
    setPreview(null);
  };

  const errCols: Column<ImportRowError>[] = [
    { key: 'row', title: t('imp.row'), width: 80, render: (e) => e.row },
    { key: 'col', title: t('imp.column'), width: 160, render: (e) => e.column },
    { key: 'msg', title: t('imp.message'), render: (e) => e.message },
  ];
  const headers = preview?.sample[0] ? Object.keys(preview.sample[0]) : [];
  const sampleCols: Column<Record<string, string>>[] = headers.map((h) => ({ key: h, title: h, render: (r) => r[h] ?? '' }));
  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <>
      <Typography.Title level={4}>{t('imp.title')}</Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as ImportKind)} disabled={busyJob !== null}>
            <Radio.Button value="customers">{t('imp.kind.customers')}</Radio.Button>
            <Radio.Button value="items">{t('imp.kind.items')}</Radio.Button>
          </Radio.Group>
          {/* the hidden file input is the real control; the button opens it */}
          <Button type="primary" icon={<UploadOutlined />} disabled={busyJob !== null} onClick={() => fileRef.current?.click()}>
            {t('imp.pick')}
          </Button>
          <input
            ref={fileRef}
            type="file"
            accept=".xlsx,.csv"
            aria-label={t('imp.pick')}
            style={{ display: 'none' }}
            disabled={busyJob !== null}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
          <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
            {t('imp.template')}
          </Button>
          <Typography.Text type="secondary">{t('imp.hint')}</Typography.Text>
        </Space>
      </Card>
      {template ? (
        <Alert
          type="info"
          showIcon
          closable
          onClose={() => setTemplate(null)}
          title={t('imp.templateSaved', { path: template })}
          description={t('imp.templateHint')}
          data-testid="import-template"
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {busyJob ? (
        <Progress
          percent={pct}
          status="active"
          format={() => (progress ? `${t(`imp.phase.${progress.phase}`)} ${progress.done}/${progress.total}` : '')}
          data-testid="import-progress"
        />
      ) : null}
      {error ? <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} /> : null}
      {committed ? (
        <Alert type="success" showIcon title={t('imp.committed', { n: committed.rows })} data-testid="import-done" style={{ marginBottom: 16 }} />
      ) : null}
      {preview ? (
        <Card
          size="small"
          title={`${t('imp.preview')} — ${preview.fileName}${preview.encoding ? `（${preview.encoding.toUpperCase()}）` : ''}`}
          data-testid="import-preview"
        >
          <Space size="large" style={{ marginBottom: 12 }}>
            <Statistic title={t('imp.rows')} value={preview.rows} />
            <Statistic title={t('imp.valid')} value={preview.valid} />
            <Statistic title={t('imp.errors')} value={preview.errors.length} valueStyle={preview.errors.length ? { color: '#cf1322' } : undefined} />
            {preview.nonDurable ? <Statistic title={t('item.nonDurable')} value={preview.nonDurable} /> : null}
          </Space>
          {preview.errors.length ? (
            <>
              <Alert type="error" showIcon title={t('imp.hasErrors', { n: preview.errors.length })} style={{ marginBottom: 12 }} />
              <DataTable<ImportRowError> ariaLabel={t('imp.errors')} columns={errCols} rowKey={(e) => `${e.row}-${e.column}-${e.key}`} rows={preview.errors} />
            </>
          ) : (
            <DataTable<Record<string, string>> ariaLabel={t('imp.preview')} columns={sampleCols} rowKey={(r) => JSON.stringify(r)} rows={preview.sample} />
          )}
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" disabled={preview.errors.length > 0 || busyJob !== null} onClick={() => void commit()}>
              {t('imp.commit', { n: preview.valid })}
            </Button>
            <Button onClick={() => void discard()}>{t('imp.discard')}</Button>
          </Space>
        </Card>
      ) : null}
    </>
  );
}
