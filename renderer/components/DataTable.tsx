// The one data table. Two modes over the same column definitions:
//  - `rows`: a small list shown whole (antd Table);
//  - `loadPage`: a large list (the audit trail, the index) virtualised with @tanstack/react-virtual,
//    fetching pages with offset/limit as the operator scrolls. When the page before is already
//    loaded its last row is passed too, so a caller with keyset paging (archive.index `after`)
//    can fetch the next page by cursor: at 100k rows a deep OFFSET page costs 100–200 ms, a
//    cursor page well under 1 ms. A jump (scrollbar drag) has no previous page: offset then.
import { useVirtualizer } from '@tanstack/react-virtual';
import { Alert, Empty, Table } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<R> {
  key: string;
  title: ReactNode;
  width?: number;
  render: (row: R) => ReactNode;
}

interface RowsProps<R> {
  columns: Column<R>[];
  rowKey: (row: R) => string | number;
  rows: R[];
  loading?: boolean;
  ariaLabel?: string;
  onRowClick?: (row: R) => void;
}

export function DataTable<R extends object>({ columns, rowKey, rows, loading, ariaLabel, onRowClick }: RowsProps<R>) {
  return (
    <Table<R>
      aria-label={ariaLabel}
      size="small"
      loading={loading}
      rowKey={rowKey}
      dataSource={rows}
      onRow={onRowClick ? (r) => ({ onClick: () => onRowClick(r), style: { cursor: 'pointer' } }) : undefined}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      columns={columns.map((c) => ({ key: c.key, title: c.title, width: c.width, render: (_: unknown, r: R) => c.render(r) }))}
    />
  );
}

interface PagedProps<R> {
  columns: Column<R>[];
  rowKey: (row: R) => string | number;
  /**
   * fetch rows [offset, offset+limit) and the total count; `prev` is the last row of the page
   * before when that page is loaded (a cursor for keyset paging; ignore it to page by offset)
   */
  loadPage: (offset: number, limit: number, prev?: R) => Promise<{ rows: R[]; total: number }>;
  /** change it to drop the cache and start over (e.g. a new filter) */
  reloadKey: string;
  height?: number;
  ariaLabel?: string;
  onTotal?: (total: number) => void;
  onRowClick?: (row: R) => void;
}

const PAGE = 100;
const ROW_HEIGHT = 36;

export function VirtualDataTable<R extends object>({ columns, rowKey, loadPage, reloadKey, height = 520, ariaLabel, onTotal, onRowClick }: PagedProps<R>) {
  const { t } = useTranslation();
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, R[]>>(new Map());
  // a page that failed to load: its (translated) message is shown; scrolling back to it retries
  const [error, setError] = useState<string | null>(null);
  // the pages as of the last render, for the cursor (fetchPage must not change identity per page)
  const pagesRef = useRef(pages);
  pagesRef.current = pages;
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  const scrollRef = useRef<HTMLDivElement>(null);

  const fetchPage = useCallback(
    (page: number) => {
      if (inFlight.current.has(page)) return;
      inFlight.current.add(page);
      const gen = generation.current;
      const before = page > 0 ? pagesRef.current.get(page - 1) : undefined;
      // only a full previous page ends right before this one
      const prev = before && before.length === PAGE ? before[PAGE - 1] : undefined;
      loadPage(page * PAGE, PAGE, prev)
        .then((res) => {
          if (gen !== generation.current) return;
          setTotal(res.total);
          onTotal?.(res.total);
          setPages((prev) => new Map(prev).set(page, res.rows));
          setError(null);
        })
        .catch((e: unknown) => {
          inFlight.current.delete(page);
          if (gen === generation.current) setError(e instanceof Error ? e.message : String(e));
        });
    },
    [loadPage, onTotal],
  );

  useEffect(() => {
    generation.current += 1;
    inFlight.current = new Set();
    pagesRef.current = new Map();
    setPages(pagesRef.current);
    setTotal(null);
    setError(null);
    fetchPage(0);
    // reloadKey is the only trigger: loadPage changes identity with it
  }, [reloadKey]);

  const virtualizer = useVirtualizer({ count: total ?? 0, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    for (const it of items) {
      const page = Math.floor(it.index / PAGE);
      if (!pages.has(page)) fetchPage(page);
    }
  }, [items, pages, fetchPage]);

  const template = columns.map((c) => (c.width ? `${c.width}px` : 'minmax(120px, 1fr)')).join(' ');
  return (
    <div className="vtable" role="table" aria-label={ariaLabel} aria-rowcount={total ?? undefined}>
      <div className="vtable-head" role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((c) => (
          <div key={c.key} role="columnheader" className="vtable-cell">
            {c.title}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className="vtable-body" style={{ height }}>
        {total === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
        {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
        {total === null && !error ? <div className="vtable-loading">{t('common.loading')}</div> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((it) => {
            const row = pages.get(Math.floor(it.index / PAGE))?.[it.index % PAGE];
            return (
              <div
                key={row ? rowKey(row) : `p${it.index}`}
                role="row"
                className="vtable-row"
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${it.start}px)`,
                  height: ROW_HEIGHT,
                  cursor: onRowClick && row ? 'pointer' : undefined,
                }}
                onClick={onRowClick && row ? () => onRowClick(row) : undefined}
              >
                {row ? (
                  columns.map((c) => (
                    <div key={c.key} role="cell" className="vtable-cell">
                      {c.render(row)}
                    </div>
                  ))
                ) : (
                  <div className="vtable-cell">…</div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
