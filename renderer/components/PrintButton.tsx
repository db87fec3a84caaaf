// The one print button: "打印为 PDF" (save dialog in the app, a file in tests) or the system
// print dialog. The caller passes the *.print call bound to its current filter. After a PDF is
// written a result panel stays until dismissed (a 3-second toast is gone before anyone reads a
// path): where it went, how many pages, and 打开所在文件夹 (main opens only a file it wrote).
import { FilePdfOutlined, FolderOpenOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintResult } from '../../electron/contract/types';
import type { Result } from '../../electron/contract/result';
import { api, call, CallError } from '../api';

export function PrintButton({ print, label }: { print: (target: 'pdf' | 'printer') => Promise<Result<PrintResult>>; label?: string }) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const [busy, setBusy] = useState<'pdf' | 'printer' | null>(null);
  const showPdf = (path: string, pages: number | null) => {
    const key = 'pdf-result'; // one panel: the newest PDF replaces the last one
    const open = async () => {
      const r = await call(api().print.showInFolder({ path })).catch(() => ({ shown: false }));
      if (!r.shown) void message.warning(t('print.folderUnavailable'));
    };
    notification.success({
      key,
      duration: false,
      placement: 'bottomRight',
      role: 'status',
      className: 'pdf-result',
      title: t('print.pdfDone'),
      description: (
        <div data-testid="pdf-result">
          <Typography.Paragraph style={{ marginBottom: 4, wordBreak: 'break-all' }} copyable={{ text: path }}>
            <span>{t('print.savedTo', { path })}</span>
          </Typography.Paragraph>
          {pages !== null ? <Typography.Text type="secondary">{t('print.pages', { n: pages })}</Typography.Text> : null}
        </div>
      ),
      actions: (
        <Space>
          <Button icon={<FolderOpenOutlined />} onClick={() => void open()}>
            {t('print.openFolder')}
          </Button>
          <Button type="primary" onClick={() => notification.destroy(key)}>
            {t('print.dismiss')}
          </Button>
        </Space>
      ),
    });
  };
  const run = async (target: 'pdf' | 'printer') => {
    setBusy(target);
    try {
      const r = await call(print(target));
      if (target === 'pdf' && r.path) showPdf(r.path, r.pages);
      else if (target === 'printer') void message.success(t('print.sent'));
    } catch (e) {
      if (!(e instanceof CallError && e.code === 'PRINT_CANCELLED')) void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space.Compact>
      <Button icon={<FilePdfOutlined />} loading={busy === 'pdf'} onClick={() => void run('pdf')}>
        {label ? t('print.withPdf', { label }) : t('print.pdf')}
      </Button>
      <Button icon={<PrinterOutlined />} loading={busy === 'printer'} onClick={() => void run('printer')} aria-label={t('print.printer')}>
        {t('print.printer')}
      </Button>
    </Space.Compact>
  );
}
