import { useId } from 'react';
import '../support/controls.css';
import './Pager.css';

export interface PagerProps {
  /** 1-based. */
  readonly page: number;
  readonly pageCount: number;
  readonly onPage: (page: number) => void;
  /** Names the group; pagers on one page need different names. */
  readonly label: string;
}

/** Previous page, "Page 2 of 28", next page. */
export function Pager({ page, pageCount, onPage, label }: PagerProps) {
  return (
    <div className="catalog-pager" role="group" aria-label={label}>
      <button type="button" className="slb-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous page
      </button>
      <span className="catalog-pager__page">
        Page {page} of {pageCount}
      </span>
      <button type="button" className="slb-button" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next page
      </button>
    </div>
  );
}

export interface PageSizeProps<Size extends number | string> {
  readonly value: Size;
  readonly options: readonly Size[];
  readonly onChange: (size: Size) => void;
}

/** How many rows a page holds. */
export function PageSize<Size extends number | string>({ value, options, onChange }: PageSizeProps<Size>) {
  const id = useId();
  return (
    <div className="catalog-pager__size">
      <label htmlFor={id}>Rows a page</label>
      <select
        id={id}
        className="review-field review-field--compact"
        value={String(value)}
        onChange={(event) => {
          const chosen = options.find((option) => String(option) === event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {options.map((option) => (
          <option key={option} value={String(option)}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
