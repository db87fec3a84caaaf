// A condition finding's optional photo (R-INSP-1): picked in the finding dialog (JPEG/PNG, checked
// again by main from its bytes) and shown from the inspection's table — the bytes come from main
// only when someone opens it.
import { CameraOutlined } from '@ant-design/icons';
import { App, Button, Form, Image, Modal, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FindingPhotoInput, InspectionItemRow } from '../../electron/inspections/contract/calls';
import { api, call } from '../api';
import { useLoad } from '../kit/useLoad';

const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

export function PhotoField<T extends FieldValues>({ control, existing }: { control: Control<T>; existing: InspectionItemRow['photo'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { field, fieldState } = useController({ control, name: 'photo' as FieldPath<T> });
  const photo = field.value as FindingPhotoInput | undefined;
  const error = fieldState.error?.message ?? (fieldState.error as { dataBase64?: { message?: string } } | undefined)?.dataBase64?.message;
  return (
    <Form.Item label={t('insp.photo')} validateStatus={error ? 'error' : undefined} help={error ? t(error) : t('insp.photoHint')}>
      <Space wrap>
        <Upload
          accept=".jpg,.jpeg,.png"
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > PHOTO_MAX_BYTES) {
              void message.error(t('v.photoTooLarge'));
              return Upload.LIST_IGNORE;
            }
            void file.arrayBuffer().then((buf) => {
              let bin = '';
              const bytes = new Uint8Array(buf);
              for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
              field.onChange({ fileName: file.name, dataBase64: btoa(bin) });
            });
            return false;
          }}
        >
          <Button icon={<CameraOutlined />} data-testid="finding-photo-pick">
            {existing || photo ? t('insp.photoReplace') : t('insp.photoAdd')}
          </Button>
        </Upload>
        {photo ? (
          <Tag closable onClose={() => field.onChange(undefined)} data-testid="finding-photo-picked">
            {photo.fileName}
          </Tag>
        ) : existing ? (
          <Tag>{t('insp.photoKept')}</Tag>
        ) : null}
      </Space>
    </Form.Item>
  );
}

/** 照片 in the table: opens the photo with its sha256. */
export function PhotoLink({ inspectionId, row }: { inspectionId: number; row: InspectionItemRow }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!row.photo) return null;
  return (
    <>
      <Button size="small" type="link" icon={<CameraOutlined />} onClick={() => setOpen(true)} data-testid={`finding-photo-${row.archiveNo}`}>
        {t('insp.photo')}
      </Button>
      {open ? <PhotoModal inspectionId={inspectionId} row={row} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function PhotoModal({ inspectionId, row, onClose }: { inspectionId: number; row: InspectionItemRow; onClose: () => void }) {
  const { t } = useTranslation();
  const p = useLoad(() => call(api().inspections.photo({ inspectionId, itemId: row.itemId })), [inspectionId, row.itemId]).data;
  return (
    <Modal open title={t('insp.photoTitle', { no: row.archiveNo })} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      {p ? (
        <>
          <Image src={`data:${p.mime};base64,${p.dataBase64}`} alt={t('insp.photoTitle', { no: row.archiveNo })} style={{ maxHeight: 480 }} />
          <div style={{ wordBreak: 'break-all', marginTop: 8, color: '#888' }}>SHA-256 {p.sha256}</div>
        </>
      ) : null}
    </Modal>
  );
}
