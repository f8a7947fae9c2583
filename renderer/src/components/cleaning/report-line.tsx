import type { StepPreview } from '../../../../shared/operations/results';
import type { MessageKey } from '../../i18n';
import { useT } from '../../store/use-ficha';

/** What the step would report, by kind, so that no value is lost without being seen. */
const reportKeys: Record<string, MessageKey> = {
  unmatched: 'colop.report.unmatched',
  ambiguous: 'colop.report.ambiguous',
  notConverted: 'colop.report.notConverted',
  markers: 'colop.report.markers',
  censored: 'colop.report.censored',
};

/** One line saying what a step found: values not matched, not converted, markers. */
export function ReportLine({ report }: { report: StepPreview['report'] | undefined }) {
  const t = useT();
  const kinds = Object.entries(report?.counts ?? {}).filter(([, n]) => n > 0);
  if (!report || kinds.length === 0) return null;
  const said = kinds.map(([kind, n]) =>
    reportKeys[kind] ? t(reportKeys[kind], { n }) : `${kind}: ${n}`,
  );
  return (
    <p className="column-op-report" role="status">
      {said.join(' · ')}
      {report.examples.length > 0 &&
        ` — ${t('colop.report.examples', { examples: report.examples.join(', ') })}`}
    </p>
  );
}
