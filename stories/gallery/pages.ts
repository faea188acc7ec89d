// The gallery's pages. A page holds up to `size` rows, and never two banners with the same
// name: a Banner is a region landmark named by its title and description, several catalog rows
// share their words (slb-055, slb-065 …), and one page's landmarks must have distinct names
// (axe's landmark-unique). Such a row starts the next page instead.
import type { SlbErrorReport } from '../../src/core/index.ts';

/** The name a row's landmark gets on its surface; `null` when its surface is no landmark of that kind. */
export function landmarkName(report: SlbErrorReport): string | null {
  // axe compares names without case.
  return report.surface === 'banner' ? `${report.title}\n${report.description}`.toLowerCase() : null;
}

export function paginate<Row extends { readonly report: SlbErrorReport }>(rows: readonly Row[], size: number): Row[][] {
  const pageSize = Math.max(1, Math.floor(size));
  const pages: Row[][] = [];
  let page: Row[] = [];
  let names = new Set<string>();
  for (const row of rows) {
    const name = landmarkName(row.report);
    if (page.length === pageSize || (name !== null && names.has(name))) {
      pages.push(page);
      page = [];
      names = new Set();
    }
    page.push(row);
    if (name !== null) names.add(name);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
