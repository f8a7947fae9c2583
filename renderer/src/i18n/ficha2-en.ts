import type { ficha2Es } from './ficha2-es';

// English strings of the Ficha tab's spatial-coverage picker, its added
// fields and where findings point.
export const ficha2En: Record<keyof typeof ficha2Es, string> = {
  'ficha.spatial.kind': 'Kind of coverage',
  'ficha.spatial.national': 'National',
  'ficha.spatial.states': 'States',
  'ficha.spatial.municipalities': 'Municipalities',
  'ficha.spatial.text': 'Free text',
  'ficha.spatial.nationalHint': 'The whole country: Mexico.',
  'ficha.spatial.searchStates': 'Search a state by name or INEGI key',
  'ficha.spatial.searchMunicipalities': 'Search a municipality by name or INEGI key',
  'ficha.spatial.stateFilter': 'State of the municipalities',
  'ficha.spatial.allStates': 'All states',
  'ficha.spatial.chosenStates': 'Chosen states',
  'ficha.spatial.chosenMunicipalities': 'Chosen municipalities',
  'ficha.spatial.noneChosen': 'None chosen yet.',
  'ficha.spatial.remove': 'Remove {place}',
  'ficha.spatial.clear': 'Remove all {count}',
  'ficha.spatial.unknown': '{key} (unknown key)',
  'ficha.spatial.noMatch': 'Nothing matches «{query}».',
  'ficha.spatial.more': 'And {count} more; type to narrow.',
  'ficha.spatial.textLabel': 'Description of the coverage',
  'ficha.spatial.keysHint':
    'Arrows to move, Enter to choose or remove, Backspace to remove the last one.',
  'ficha.ckanName': 'CKAN name: {count}/{limit}',
  'ficha.moreInfoHint': 'One link per line.',
  'ficha.distributions': 'Distributions (files)',
  'ficha.distribution': 'Distribution {n}: {name}',
  'ficha.distributionFilled': 'Computed at export.',
  'ficha.noDistributions': 'The dataset has no distributions yet; a CSV is added at export.',
  'ficha.overLimit': '(over the limit)',
  'ficha.otherFields': 'Language and version',
};
