// 附件 (scanned attachments) of one archive item: list, upload, preview/download, withdraw.
// Self-contained so the item drawer mounts it with one line. The main process decides the type
// by magic bytes, the 20 MB limit and the content gate; the checks here only spare the operator
// a pointless 28 MB IPC round trip. Preview uses data: URLs (the CSP allows img-src data: and
// nothing else; PDF/TIFF cannot be shown inline under object-src/frame-src 'none', so those are
// download-only). Nothing is deleted: an attachment is withdrawn with a reason.
import { Alert, Button, Input, Modal, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MIMES, type AttachmentMime, type AttachmentRow } from '../../../electron/archive/contract/attachments';
import { api, call, CallError } from '../../api';
import { useCan } from '../../kit/can';

// UI words for this panel only (errors come translated from the shared table).
const WORDS = {
  'zh-CN': {
    title: '附件（扫描件）',
    upload: '上传扫描件',
    hint: '支持 PDF、JPEG、PNG、TIFF，每个文件不超过 20 MB；文件加密保存在档案库内',
    name: '文件名',
    size: '大小',
    addedAt: '上传时间',
    addedBy: '上传人',
    view: '查看',
    download: '另存为…',
    saved: '已保存至 {path}（已记入审计）',
    withdraw: '撤回',
    withdrawn: '已撤回',
    showWithdrawn: '显示已撤回',
    reason: '撤回原因',
    reasonRequired: '请填写撤回原因',
    withdrawIntro: '档案内容不删除：附件标记为已撤回并记入审计，仍保留在历史中。',
    none: '暂无附件',
    denied: '无查阅授权，附件不可见',
    uploading: '正在上传…',
  },
  en: {
    title: 'Attachments (scans)',
    upload: 'Upload scan',
    hint: 'PDF, JPEG, PNG, TIFF up to 20 MB each; stored encrypted inside the vault',
    name: 'File name',
    size: 'Size',
    addedAt: 'Added',
    addedBy: 'By',
    view: 'View',
    download: 'Save as…',
    saved: 'Saved to {path} (recorded in the audit trail)',
    withdraw: 'Withdraw',
    withdrawn: 'Withdrawn',
    showWithdrawn: 'Show withdrawn',
    reason: 'Reason',
    reasonRequired: 'Enter a reason',
    withdrawIntro: 'Archive content is never deleted: the attachment is marked withdrawn, audited, and kept in the history.',
    none: 'No attachments',
    denied: 'No access permission: attachments are hidden',
    uploading: 'Uploading…',
  },
} as const;

const PREVIEWABLE: readonly AttachmentMime[] = ['image/jpeg', 'image/png'];
const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** base64 of a File, without the data: prefix (FileReader works inside the renderer sandbox). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.onload = () => {
      const s = String(r.result);
      resolve(s.slice(s.indexOf(',') + 1));
    };
    r.readAsDataURL(file);
  });
}

export function AttachmentsPanel({ itemId }: { itemId: number }) {
  const { t, i18n } = useTranslation();
  const w = WORDS[i18n.language === 'en' ? 'en' : 'zh-CN'];
  const canAdd = useCan('attachments.add');
  const canWithdraw = useCan('attachments.withdraw');
  const [rows, setRows] = useState<AttachmentRow[]>([]);
  const [history, setHistory] = useState(false);
  const [denied, setDenied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ name: string; url: string } | null>(null);
  const [withdrawing, setWithdrawing] = useState<AttachmentRow | null>(null);
  const [reason, setReason] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    try {
      setRows(await call(api().attachments.list({ itemId, includeWithdrawn: history })));
      setDenied(false);
    } catch (e) {
      if (e instanceof CallError && e.code === 'CONTENT_DENIED') setDenied(true);
      else setError(e instanceof Error ? e.message : String(e));
    }
  }, [itemId, history]);
  useEffect(() => void load(), [load]);

  const upload = async (file: File) => {
    setError(null);
    if (file.size > ATTACHMENT_MAX_BYTES) return setError(t('v.attachmentTooLarge'));
    if (!(ATTACHMENT_MIMES as readonly string[]).includes(file.type)) return setError(t('v.attachmentType'));
    setBusy(true);
    try {
      const dataBase64 = await readAsBase64(file);
      await call(api().attachments.add({ itemId, fileName: file.name, mime: file.type as AttachmentMime, dataBase64 }));
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const open = async (row: AttachmentRow, mode: 'view' | 'download') => {
    setError(null);
    try {
      if (mode === 'view') {
        const c = await call(api().attachments.get({ id: row.id }));
        setPreview({ name: c.fileName, url: `data:${c.mime};base64,${c.dataBase64}` });
        return;
      }
      // main asks where (its own save dialog), writes the file and records the copy; the page
      // never holds a downloadable copy
      const { path } = await call(api().attachments.save({ id: row.id }));
      setSaved(w.saved.replace('{path}', path));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const withdraw = async () => {
    if (!withdrawing || !reason.trim()) return;
    setError(null);
    try {
      await call(api().attachments.withdraw({ id: withdrawing.id, reason: reason.trim() }));
      setWithdrawing(null);
      setReason('');
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (denied) return <Alert type="warning" showIcon title={w.denied} style={{ marginBottom: 16 }} data-testid="attachments-denied" />;

  return (
    <section aria-label={w.title} data-testid="attachments-panel" style={{ marginBottom: 16 }}>
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Text strong>{w.title}</Typography.Text>
        {canAdd ? (
          <>
            <input
              ref={fileInput}
              type="file"
              accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff"
              aria-label={w.upload}
              data-testid="attachment-file"
              style={{ display: 'none' }}
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void upload(f);
              }}
            />
            <Button loading={busy} onClick={() => fileInput.current?.click()}>
              {busy ? w.uploading : w.upload}
            </Button>
          </>
        ) : null}
        <Switch size="small" checked={history} onChange={setHistory} aria-label={w.showWithdrawn} /> <span>{w.showWithdrawn}</span>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {w.hint}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 8 }} /> : null}
      {saved ? <Alert type="success" role="status" showIcon closable title={saved} onClose={() => setSaved(null)} style={{ marginBottom: 8 }} /> : null}
      <Table<AttachmentRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: w.none }}
        columns={[
          {
            key: 'name',
            title: w.name,
            render: (_, r) => (
              <span>
                {r.fileName} {r.withdrawn ? <Tag title={`${r.withdrawn.byName}：${r.withdrawn.reason}`}>{w.withdrawn}</Tag> : null}
              </span>
            ),
          },
          { key: 'size', title: w.size, width: 80, render: (_, r) => kb(r.size) },
          { key: 'at', title: w.addedAt, width: 140, render: (_, r) => dayjs(r.addedAt).format('YYYY-MM-DD HH:mm') },
          { key: 'by', title: w.addedBy, width: 90, render: (_, r) => r.addedByName },
          {
            key: 'actions',
            title: '',
            width: 170,
            render: (_, r) => (
              <Space size="small">
                {PREVIEWABLE.includes(r.mime) ? (
                  <Button size="small" type="link" onClick={() => void open(r, 'view')}>
                    {w.view}
                  </Button>
                ) : null}
                <Button size="small" type="link" onClick={() => void open(r, 'download')}>
                  {w.download}
                </Button>
                {canWithdraw && !r.withdrawn ? (
                  <Button size="small" type="link" danger onClick={() => setWithdrawing(r)}>
                    {w.withdraw}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <Modal open={preview !== null} title={preview?.name} footer={null} width={720} onCancel={() => setPreview(null)} destroyOnHidden>
        {preview ? <img src={preview.url} alt={preview.name} style={{ maxWidth: '100%' }} /> : null}
      </Modal>
      <Modal
        open={withdrawing !== null}
        title={`${w.withdraw}：${withdrawing?.fileName ?? ''}`}
        okText={w.withdraw}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        onOk={() => void withdraw()}
        onCancel={() => {
          setWithdrawing(null);
          setReason('');
        }}
        destroyOnHidden
      >
        <Alert type="info" showIcon title={w.withdrawIntro} style={{ marginBottom: 12 }} />
        <Input.TextArea aria-label={w.reason} placeholder={w.reasonRequired} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </section>
  );
}
