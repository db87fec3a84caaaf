// 0040: item numbers (件号, issue 6 §4; R-ARCH-3, Art. 6). Every item gets a number within its
// archive, so its 档号 is archive number + item number (TS-2026-00001-003, contract/itemNumber.ts)
// and the loan, copy and destruction registers can cite one item. Numbers are never reused:
// archives.next_item_no is taken and advanced in the same transaction as the item's INSERT
// (numbering.ts nextItemNo); the triggers refuse a number that did not come from the counter, a
// counter going back and a renumber. Existing items are numbered in creation order (created_at,
// then id) per archive.
// Search: the item 档号 is found by search.ts's 档号 prefix path (the archive by its unique number,
// then its items' numbers), so the search rows (title + document type) stay as they are — putting
// the 档号 into every item's trigram text made archive-number searches several times slower.
import type { Migration } from '../../vault/migrations/types';

export const m0040: Migration = {
  version: 40,
  name: 'item-numbers',
  up(db) {
    db.exec(`
      ALTER TABLE archives ADD COLUMN next_item_no INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE items ADD COLUMN item_no INTEGER;

      UPDATE items SET item_no = n.no
        FROM (SELECT id, row_number() OVER (PARTITION BY archive_id ORDER BY created_at, id) AS no FROM items) AS n
       WHERE items.id = n.id;
      UPDATE archives SET next_item_no = 1 + coalesce((SELECT max(item_no) FROM items WHERE archive_id = archives.id), 0);

      -- one number per item within its archive; also the index's walk order (archive no., item no.)
      CREATE UNIQUE INDEX items_archive_item_no ON items(archive_id, item_no);
      CREATE TRIGGER items_item_no_from_counter BEFORE INSERT ON items
        WHEN NEW.item_no IS NULL OR NEW.item_no < 1 OR NEW.item_no >= (SELECT next_item_no FROM archives WHERE id = NEW.archive_id)
        BEGIN SELECT RAISE(ABORT, 'item numbers come from the archive counter'); END;
      CREATE TRIGGER items_no_renumber BEFORE UPDATE OF item_no, archive_id ON items
        BEGIN SELECT RAISE(ABORT, 'item numbers never change'); END;
      CREATE TRIGGER archives_item_counter_forward BEFORE UPDATE OF next_item_no ON archives
        WHEN NEW.next_item_no < OLD.next_item_no
        BEGIN SELECT RAISE(ABORT, 'item numbers are never reused'); END;
    `);
  },
};
