// R-SEC-6 / R-LOAN-1: after destruction nothing of the items' content is left in the vault file
// or its WAL — read page by page through the key (vault-pages.ts), so free pages and superseded
// WAL frames count too. The markers are found before (the check can fail), gone after; the index
// line stays; the file is still encrypted and opens; attachment bytes never reach the audit trail.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vaultFilePath } from '../../electron/vault/keyfile';
import { ok } from './kit';
import { recordedBatch, setupDestruction, witness } from './destruction-fixture';
import { decryptedPages, findInVault } from './vault-pages';

const b64 = (b: Buffer) => b.toString('base64');

describe('destruction purge', () => {
  it('R-SEC-6 R-LOAN-1 after destruction the attachment bytes and content fields are found nowhere in vault.db or its WAL, decrypted; the index line stays', async () => {
    const remarksMarker = `备注标记-${randomBytes(8).toString('hex')}`;
    const v = await setupDestruction('en', remarksMarker);
    const bytesMarker = randomBytes(48);
    // a 60 KB scan: overflow pages, the marker repeated so whole copies sit inside single pages
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), ...Array.from({ length: 1200 }, () => bytesMarker), Buffer.from('\n%%EOF\n')]);
    const att = ok(await v.call('attachments.add', { itemId: v.items.old1, fileName: '授信合同扫描件.pdf', mime: 'application/pdf', dataBase64: b64(pdf) }));
    // the kept item's content stays: the purge is not a blanket wipe
    const keptMarker = `保留标记-${randomBytes(8).toString('hex')}`;
    ok(
      await v.call('attachments.add', {
        itemId: v.items.kept,
        fileName: 'kept.pdf',
        mime: 'application/pdf',
        dataBase64: b64(Buffer.from(`%PDF-1.4\n${keptMarker}\n%%EOF\n`)),
      }),
    );

    const file = vaultFilePath(v.ctx.vault!.dir);
    const key = v.ctx.vault!.withDataKey((k) => Buffer.from(k));
    const db = v.ctx.vault!.db;
    // decryption works: page 1 is a SQLite b-tree page after the salt (page type at file offset 100)
    expect([0x0d, 0x05]).toContain(decryptedPages(file, key)[0]!.data[100 - 16]);
    expect(findInVault(file, key, remarksMarker).length).toBeGreaterThan(0);
    expect(findInVault(file, key, bytesMarker).length).toBeGreaterThan(0);
    // and the raw file is encrypted: the markers are not readable without the key
    expect(readFileSync(file).includes(Buffer.from(remarksMarker))).toBe(false);

    const b = await recordedBatch(v, [v.items.old1, v.items.old2]);
    ok(await witness(v, b.id, 'sup'));
    ok(await witness(v, b.id, 'cus'));
    ok(await v.call('destruction.execute', { batchId: b.id }));

    expect(findInVault(file, key, remarksMarker)).toEqual([]);
    expect(findInVault(file, key, bytesMarker)).toEqual([]);
    expect(findInVault(file, key, keptMarker).length).toBeGreaterThan(0);
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toMatch(/^SQLite format 3/);
    // the index line and the attachment's facts (size, hash) stay; the content is gone
    const it1 = db.prepare('SELECT title, doc_date, retention_until, classification, remarks, custody_state FROM items WHERE id = ?').get(v.items.old1);
    expect(it1).toEqual({
      title: '2010年度授信合同',
      doc_date: '2010-03-01',
      retention_until: '2020-03-01',
      classification: 0,
      remarks: null,
      custody_state: 'destroyed',
    });
    expect(db.prepare('SELECT file_name, size FROM attachments WHERE id = ?').get(att.id)).toEqual({ file_name: '（已销毁）', size: pdf.length });
    expect(db.prepare('SELECT count(*) FROM attachment_blobs WHERE attachment_id = ?').pluck().get(att.id)).toBe(0);
    expect(ok(await v.call('attachments.list', { itemId: v.items.old1 })).map((a) => a.fileName)).toEqual(['（已销毁）']);
    expect((await v.call('attachments.get', { id: att.id })).ok).toBe(false);
    // the audit trail never held the bytes (it names the file and its hash only)
    const audit = (db.prepare('SELECT detail_json FROM audit_entry').pluck().all() as string[]).join('\n');
    expect(audit.includes(b64(bytesMarker).slice(0, 40))).toBe(false);
    expect(audit.includes(remarksMarker)).toBe(false);
    // the trail still verifies and the vault reopens with its key
    v.ctx.vault!.close();
    const { Vault } = await import('../../electron/vault/vault');
    const again = Vault.openWithDataKey(v.ctx.vault!.dir, key, v.ctx.vault!.opts);
    expect(again.db.prepare('SELECT custody_state FROM items WHERE id = ?').pluck().get(v.items.old1)).toBe('destroyed');
    again.close();
  });
});
