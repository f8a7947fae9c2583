import { useFicha, useT } from '../../store/use-ficha';

/** The updates due in each month of a chosen year. */
export function CalendarGrid() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const year = useFicha((state) => state.calendarYear);
  const months = useFicha((state) => state.calendar);
  const setYear = useFicha((state) => state.setCalendarYear);
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });

  return (
    <section className="review-box" aria-labelledby="calendar-heading">
      <div className="section-head">
        <h2 id="calendar-heading">{t('inventory.calendar')}</h2>
        <label className="field field-inline">
          <span>{t('inventory.year')}</span>
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(event) => {
              const next = Number.parseInt(event.target.value, 10);
              if (next >= 2000 && next <= 2100) void setYear(next);
            }}
          />
        </label>
      </div>
      <ol className="calendar-grid">
        {months.map((month) => (
          <li key={month.month} className="calendar-month">
            <h3>{monthName.format(new Date(Date.UTC(year, month.month - 1, 1)))}</h3>
            {month.entries.length === 0 ? (
              <p className="muted">—</p>
            ) : (
              <ul>
                {month.entries.map((entry) => (
                  <li key={entry.id} className={entry.overdue ? 'overdue' : undefined}>
                    {entry.title}
                    {entry.overdue && (
                      <span className="badge badge-warning"> {t('inventory.overdue')}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
