// R-INSP-1 a condition finding's optional photo, through the real vault: a PNG kept with its sha256
// and read back whole; a PDF or garbage named .jpg refused with nothing written; frozen once signed,
// and covered by the signatures (a changed photo row makes them fail to verify).
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ok } from './kit';
import { count, scanAll, setupInspections, signBoth, type InspectionRig } from './inspections-fixture';

// a 1×1 PNG
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);
let v: InspectionRig;
beforeEach(async () => {
  v = await setupInspections();
});
afterEach(() => {
  v.ctx.vault?.close();
  v.cleanup();
});

test('R-INSP-1 a finding with a photo: kept with its hash, shown back; bad files refused; frozen and signed with the record', async () => {
  await v.as('sup');
  const p = ok(await v.call('inspections.createPlan', { scope: 'room', roomId: v.roomId }));
  await v.as('op');
  let ins = await scanAll(v, ok(await v.call('inspections.start', { planId: p.id })));
  const a = v.items[0]!;
  const before = count(v.ctx, 'audit_entry');
  for (const data of [Buffer.from('%PDF-1.4 not a photo'), Buffer.from('hello')]) {
    const r = await v.call('inspections.finding', {
      inspectionId: ins.id,
      itemId: a,
      finding: 'damaged',
      note: '封皮破损',
      photo: { fileName: 'x.jpg', dataBase64: data.toString('base64') },
    });
    expect(r.ok || r.error.code).toBe('BAD_INPUT');
    expect(r.ok || r.error.message).toMatch(/JPEG or PNG/);
  }
  expect(count(v.ctx, 'inspection_photos')).toBe(0);
  expect(count(v.ctx, 'audit_entry')).toBe(before);

  ins = ok(
    await v.call('inspections.finding', {
      inspectionId: ins.id,
      itemId: a,
      finding: 'damaged',
      note: '封皮破损',
      photo: { fileName: '封皮.png', dataBase64: PNG.toString('base64') },
    }),
  );
  const sha = createHash('sha256').update(PNG).digest('hex');
  expect(ins.items.find((i) => i.itemId === a)!.photo).toEqual({ mime: 'image/png', size: PNG.length, sha256: sha });
  const back = ok(await v.call('inspections.photo', { inspectionId: ins.id, itemId: a }));
  expect(Buffer.from(back.dataBase64, 'base64').equals(PNG)).toBe(true);
  // a later edit without a photo keeps it
  ins = ok(await v.call('inspections.finding', { inspectionId: ins.id, itemId: a, finding: 'damaged', note: '封皮破损，装订线松脱' }));
  expect(ins.items.find((i) => i.itemId === a)!.photo?.sha256).toBe(sha);

  const signed = await signBoth(v, ins.id);
  expect(signed.signatures.map((s) => s.valid)).toEqual([true, true]);
  const r = await v.call('inspections.finding', { inspectionId: ins.id, itemId: a, finding: 'none' });
  expect(r.ok || r.error.code).toBe('INSPECTION_STATE');
  // the signatures cover the photo: a changed photo row behind the app's back no longer verifies
  const db = v.ctx.vault!.db;
  db.exec('DROP TRIGGER inspection_photos_frozen_update');
  db.prepare('UPDATE inspection_photos SET sha256 = ? WHERE inspection_id = ?').run('0'.repeat(64), ins.id);
  expect(ok(await v.call('inspections.get', { inspectionId: ins.id })).signatures.map((s) => s.valid)).toEqual([false, false]);
});
