import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

export interface Column {
  key: string;
  header: ReactNode;
  /** For sortable columns: the current sort state, announced to screen readers. */
  ariaSort?: 'ascending' | 'descending' | 'none';
  /** CSS grid track, e.g. `2fr` or `8rem`. */
  width: string;
}

interface VirtualTableProps {
  label: string;
  columns: readonly Column[];
  rowCount: number;
  rowHeight?: number;
  /** Cells of one row, in column order. */
  renderRow: (index: number) => ReactNode[];
  /** Called with the first and last rendered indexes, so callers can load just those rows. */
  onRangeChange?: (start: number, end: number) => void;
  emptyMessage: string;
  getRowKey?: (index: number) => string | number;
  selectedIndex?: number | null;
}

/**
 * A table that renders only the rows in view, so 500,000 audit events or
 * 10,000 initiatives scroll as smoothly as ten. ARIA table semantics keep it a
 * table for assistive technology.
 */
export function VirtualTable({
  label,
  columns,
  rowCount,
  rowHeight = 44,
  renderRow,
  onRangeChange,
  emptyMessage,
  getRowKey,
  selectedIndex,
}: VirtualTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // Rows have a fixed height, so the virtualizer keys its measurements by index: reordering
    // the rows (a sort) then costs no re-measurement of every row. The rendered rows still
    // take `getRowKey` as their React key.
    onChange: (instance) => {
      const items = instance.getVirtualItems();
      const first = items[0];
      const last = items[items.length - 1];
      if (first && last) onRangeChange?.(first.index, last.index);
    },
  });
  const template = columns.map((c) => c.width).join(' ');
  const items = virtualizer.getVirtualItems();
  return (
    <div role="table" aria-label={label} aria-rowcount={rowCount + 1} className="vtable">
      <div role="rowgroup" className="vtable-head">
        <div
          role="row"
          aria-rowindex={1}
          className="vtable-row"
          style={{ gridTemplateColumns: template }}
        >
          {columns.map((column) => (
            <div
              role="columnheader"
              key={column.key}
              className="vtable-cell"
              aria-sort={column.ariaSort}
            >
              {column.header}
            </div>
          ))}
        </div>
      </div>
      {rowCount === 0 ? (
        <p className="vtable-empty">{emptyMessage}</p>
      ) : (
        // The scroll area takes keyboard focus so arrow keys and Page Down scroll it.
        <div ref={scrollRef} className="vtable-body" tabIndex={0} role="rowgroup">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => (
              <div
                role="row"
                key={getRowKey ? getRowKey(item.index) : item.key}
                aria-rowindex={item.index + 2}
                aria-selected={
                  selectedIndex === undefined ? undefined : selectedIndex === item.index
                }
                className="vtable-row"
                style={{
                  gridTemplateColumns: template,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: item.size,
                  transform: `translateY(${String(item.start)}px)`,
                }}
              >
                {renderRow(item.index).map((cell, i) => (
                  <div role="cell" key={columns[i]?.key ?? i} className="vtable-cell">
                    {cell}
                  </div>
                ))}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
