// A finding's photo (R-INSP-1): JPEG or PNG only, recognised by its first bytes (not by its name),
// with its sha256; read back whole for the screen.
import { createHash } from 'node:crypto';
import { DomainError } from '../contract/result';
import type { Db } from '../vault/db';
import { reader, sql } from '../vault/sql';
import type { FindingPhotoInput } from './contract/calls';

const PHOTO_MAGIC: [string, number[]][] = [
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

export function decodePhoto(photo: FindingPhotoInput): { bytes: Buffer; mime: string; sha256: string } {
  const bytes = Buffer.from(photo.dataBase64, 'base64');
  if (bytes.length > PHOTO_MAX_BYTES) throw new DomainError('BAD_INPUT', 'v.photoTooLarge', { path: 'photo' });
  const mime = PHOTO_MAGIC.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
  if (!mime) throw new DomainError('BAD_INPUT', 'v.photoType', { path: 'photo' });
  return { bytes, mime, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function findingPhoto(db: Db, input: { inspectionId: number; itemId: number }): { mime: string; sha256: string; dataBase64: string } {
  const p = reader(db).get<{ mime: string; sha256: string; data: Buffer }>(
    sql`SELECT mime, sha256, data FROM inspection_photos WHERE inspection_id = ${input.inspectionId} AND item_id = ${input.itemId}`,
  );
  if (!p) throw new DomainError('NOT_FOUND', `no photo for item ${input.itemId} in inspection ${input.inspectionId}`);
  return { mime: p.mime, sha256: p.sha256, dataBase64: p.data.toString('base64') };
}
