import type { ColumnProfile } from '../../../../shared/table';

/** The table's columns as the options of a select: machine name as value, label shown. */
export function ColumnOptions({
  columns,
}: {
  columns: readonly Pick<ColumnProfile, 'name' | 'label'>[];
}) {
  return (
    <>
      {columns.map((c) => (
        <option key={c.name} value={c.name}>
          {c.label}
        </option>
      ))}
    </>
  );
}
