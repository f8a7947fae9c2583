import type { Locale, Translate } from '../../i18n';
import { formatCount, formatNumber } from '../../i18n/format';

interface HistogramProps {
  column: string;
  bins: { from: number; to: number; count: number }[];
  locale: Locale;
  t: Translate;
}

const width = 280;
const height = 110;

/** A histogram drawn as plain SVG bars, each with its range and count as a title. */
export function Histogram({ column, bins, locale, t }: HistogramProps) {
  if (bins.length === 0) return null;
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  const barWidth = width / bins.length;
  const min = formatNumber(locale, bins[0].from);
  const max = formatNumber(locale, bins[bins.length - 1].to);
  const label = t('panel.histogramLabel', { column, bins: bins.length, min, max });

  return (
    <figure className="histogram">
      <svg viewBox={`0 0 ${width} ${height + 2}`} role="img" aria-label={label}>
        {bins.map((bin, index) => {
          const barHeight = Math.max(bin.count > 0 ? 2 : 0, (bin.count / most) * height);
          return (
            <rect
              key={index}
              x={index * barWidth + 1}
              y={height - barHeight}
              width={Math.max(1, barWidth - 2)}
              height={barHeight}
              rx={1.5}
            >
              <title>
                {t('panel.binLabel', {
                  from: formatNumber(locale, bin.from),
                  to: formatNumber(locale, bin.to),
                  count: formatCount(locale, bin.count),
                })}
              </title>
            </rect>
          );
        })}
        <line x1={0} x2={width} y1={height + 1} y2={height + 1} className="axis" />
      </svg>
      <figcaption className="histogram-axis">
        <span>{min}</span>
        <span>{max}</span>
      </figcaption>
    </figure>
  );
}
