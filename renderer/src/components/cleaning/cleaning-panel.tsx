import { useEffect } from 'react';
import '../../styles/cleaning-menus.css';
import { useFicha } from '../../store/use-ficha';
import { ClustersBox } from './clusters-box';
import { HistoryList } from './history-list';
import { StepPreview } from './step-preview';
import { SuggestionList } from './suggestion-list';

/** The Limpieza tab: suggested fixes, a preview before applying, clusters, and the history. */
export function CleaningPanel() {
  const dataset = useFicha((state) => state.gridDataset);
  const load = useFicha((state) => state.loadCleaning);

  useEffect(() => {
    void load();
  }, [dataset, load]);

  return (
    <div className="cleaning-panel">
      <div className="cleaning-main">
        <StepPreview />
        <SuggestionList />
        <ClustersBox />
      </div>
      <HistoryList />
    </div>
  );
}
